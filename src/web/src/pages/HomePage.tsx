// Home: a case worker's work first (docs/ARCHITECTURE.md, "Notifications"); then who you are in
// Lantern, what your role does here, and what you can open now.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { seesYouthData } from '../../../domain/case-access.js';
import { roleSeesYouthData } from '../../../domain/vocabulary.js';
import type { Role } from '../../../domain/vocabulary.js';
import { usePageTitle } from '../hooks';
import { useSignedIn } from '../session';
import type { AllowedAction } from '../types';
import { ApprovalsWaiting } from './approvals/ApprovalsPage';
import { AdministrationDashboardSection } from './home/AdministrationDashboard';
import { HomeWork } from './home/HomeWork';

interface Destination {
  to: string;
  name:
    | 'youth'
    | 'notifications'
    | 'pointPersons'
    | 'agreements'
    | 'organizations'
    | 'users'
    | 'legalProfile'
    | 'qualifications'
    | 'account';
  /** Shown when the session allows one of these; undefined: everyone. */
  needs?: AllowedAction[];
  /** Shown only to people holding a role that passes this test. */
  forRole?: (role: Role) => boolean;
}

const DESTINATIONS: readonly Destination[] = [
  { to: '/youth', name: 'youth', forRole: roleSeesYouthData },
  { to: '/notifications', name: 'notifications', forRole: roleSeesYouthData },
  { to: '/point-persons', name: 'pointPersons' },
  { to: '/admin/agreements', name: 'agreements', needs: ['mou.read', 'mou.manage'] },
  { to: '/admin/organizations', name: 'organizations', needs: ['organization.manage'] },
  { to: '/admin/users', name: 'users', needs: ['user.read', 'user.manage'] },
  { to: '/admin/legal-profile', name: 'legalProfile', needs: ['legalProfile.manage'] },
  { to: '/admin/qualifications', name: 'qualifications', needs: ['qualification.manage'] },
  { to: '/account', name: 'account' },
];

export function HomePage() {
  const { t } = useTranslation();
  const { user, allowedActions } = useSignedIn();
  usePageTitle(t('home.title'));
  const open = DESTINATIONS.filter(
    (destination) =>
      (!destination.needs || destination.needs.some((a) => allowedActions.includes(a))) &&
      (!destination.forRole || user.roles.some(destination.forRole)),
  );
  return (
    <>
      <h1>{t('home.greeting', { name: user.displayName })}</h1>
      <p className="lead">
        {t('home.organization', {
          organization: user.organizationName,
          type: t(`organizationTypes.${user.organizationType}`),
        })}
      </p>

      {/* A case worker's home starts with their work (docs/PROTOCOL.md, Tasks); a role that
          works no case is told why it sees none here. */}
      {seesYouthData(user) ? <HomeWork /> : <p>{t('homeWork.noYouthData')}</p>}

      <section aria-labelledby="your-roles">
        <h2 id="your-roles">{t('home.rolesHeading')}</h2>
        <dl className="roles">
          {user.roles.map((role) => (
            <div key={role}>
              <dt>{t(`roles.${role}`)}</dt>
              <dd>{t(`roleDescriptions.${role}`)}</dd>
            </div>
          ))}
        </dl>
      </section>

      {allowedActions.includes('approval.read') ? <ApprovalsWaiting /> : null}

      {user.roles.includes('administrator') ? <AdministrationDashboardSection /> : null}

      <section aria-labelledby="open-now">
        <h2 id="open-now">{t('home.openHeading')}</h2>
        <ul className="destinations">
          {open.map((destination) => (
            <li key={destination.to}>
              <Link to={destination.to}>{t(`home.links.${destination.name}`)}</Link>
              <p>{t(`home.linkDescriptions.${destination.name}`)}</p>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
