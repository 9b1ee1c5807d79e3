// Home: who you are in Lantern, what your role does here, and what you can open now.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../hooks';
import { useSignedIn } from '../session';
import type { AllowedAction } from '../types';

interface Destination {
  to: string;
  name: 'pointPersons' | 'agreements' | 'organizations' | 'users' | 'account';
  /** Shown when the session allows one of these; undefined: everyone. */
  needs?: AllowedAction[];
}

const DESTINATIONS: readonly Destination[] = [
  { to: '/point-persons', name: 'pointPersons' },
  { to: '/admin/agreements', name: 'agreements', needs: ['mou.read', 'mou.manage'] },
  { to: '/admin/organizations', name: 'organizations', needs: ['organization.manage'] },
  { to: '/admin/users', name: 'users', needs: ['user.read', 'user.manage'] },
  { to: '/account', name: 'account' },
];

export function HomePage() {
  const { t } = useTranslation();
  const { user, allowedActions } = useSignedIn();
  usePageTitle(t('home.title'));
  const open = DESTINATIONS.filter(
    (destination) =>
      !destination.needs || destination.needs.some((a) => allowedActions.includes(a)),
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
