// The frame of every page: skip link, header with navigation, language and sign-out, main.
import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useLocation } from 'react-router';
import { mayReviewBreakGlass } from '../../../domain/break-glass-review.js';
import { seesYouthData } from '../../../domain/case-access.js';
import { decideCourtCalendarRead } from '../../../domain/hearings.js';
import { roleSeesCustodyNotices, roleSeesYouthData } from '../../../domain/vocabulary.js';
import type { OrganizationType, Role } from '../../../domain/vocabulary.js';
import { useSession } from '../session';
import type { AllowedAction } from '../types';
import { LanguageSwitch } from './LanguageSwitch';
import { IdleWarning } from './IdleWarning';
import { Loading } from './Messages';
import { NotificationsLink } from './NotificationsLink';
import { SignOutButton } from './SignOutButton';

export function Layout() {
  const { t } = useTranslation();
  const { status, session } = useSession();
  useFocusHeadingOnNavigation();
  const open = session !== null && session.pending === 'none';
  return (
    <>
      <a className="skip-link" href="#main">
        {t('common.skipLink')}
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <p className="brand">{t('common.appName')}</p>
          <LanguageSwitch />
          {session ? (
            <>
              <SignOutButton className="sign-out" />
              <IdleWarning key={session.user.id} idleTimeoutSeconds={session.idleTimeoutSeconds} />
            </>
          ) : null}
        </div>
        {open ? (
          <MainNavigation
            allowedActions={session.allowedActions}
            roles={session.user.roles}
            organizationType={session.user.organizationType}
          />
        ) : null}
      </header>
      <main id="main" tabIndex={-1}>
        {status === 'loading' ? (
          <Loading label={t('common.loading')} />
        ) : (
          <Suspense fallback={<Loading label={t('common.loading')} />}>
            <Outlet />
          </Suspense>
        )}
      </main>
      {session ? null : (
        <footer className="site-footer no-print">
          <NavLink to="/find-help">{t('findHelp.link')}</NavLink>{' '}
          <NavLink to="/guide">{t('guide.link')}</NavLink>
        </footer>
      )}
    </>
  );
}

function MainNavigation(props: {
  allowedActions: readonly AllowedAction[];
  roles: readonly Role[];
  organizationType: OrganizationType;
}) {
  const { allowedActions, roles, organizationType } = props;
  const { t } = useTranslation();
  const allows = (...actions: AllowedAction[]) => actions.some((a) => allowedActions.includes(a));
  return (
    <nav aria-label={t('nav.label')}>
      <ul className="nav-list">
        <li>
          <NavLink to="/" end>
            {t('nav.home')}
          </NavLink>
        </li>
        {seesYouthData({ roles }) ? (
          <li>
            <NavLink to="/work">{t('work.nav')}</NavLink>
          </li>
        ) : null}
        {roles.some(roleSeesYouthData) ? (
          <li>
            <NavLink to="/youth">{t('nav.youth')}</NavLink>
          </li>
        ) : null}
        {roles.some(roleSeesYouthData) ? (
          <li>
            <NavLink to="/referrals">{t('referrals.nav')}</NavLink>
          </li>
        ) : null}
        {seesYouthData({ roles }) ? (
          <li>
            <NavLink to="/releases">{t('releases.nav')}</NavLink>
          </li>
        ) : null}
        {seesYouthData({ roles }) ? (
          <li>
            <NavLink to="/mdt">{t('mdt.nav')}</NavLink>
          </li>
        ) : null}
        {seesYouthData({ roles }) ? (
          <li>
            <NavLink to="/check-name">{t('contactCheck.nav')}</NavLink>
          </li>
        ) : null}
        {decideCourtCalendarRead({ roles }).allowed ? (
          <li>
            <NavLink to="/court-calendar">{t('courtCalendar.nav')}</NavLink>
          </li>
        ) : null}
        {roles.some(roleSeesYouthData) ? (
          <li>
            <NotificationsLink />
          </li>
        ) : null}
        {roles.some(roleSeesCustodyNotices) ? (
          <li>
            <NavLink to="/custody">{t('missing.custody.nav')}</NavLink>
          </li>
        ) : null}
        {mayReviewBreakGlass({ roles, organizationType }) ? (
          <li>
            <NavLink to="/break-glass/reviews">{t('breakGlassReview.nav')}</NavLink>
          </li>
        ) : null}
        {roles.some((role) => role === 'oversight_analyst' || role === 'coordinator') ? (
          <li>
            <NavLink to="/reports">{t('reports.nav')}</NavLink>
          </li>
        ) : null}
        {roles.some((role) => role !== 'administrator') ? (
          <li>
            <NavLink to="/training">{t('training.nav')}</NavLink>
          </li>
        ) : null}
        <li>
          <NavLink to="/directory">{t('directory.nav')}</NavLink>
        </li>
        <li>
          <NavLink to="/point-persons">{t('nav.pointPersons')}</NavLink>
        </li>
        {allows('mou.read', 'mou.manage') ? (
          <li>
            <NavLink to="/admin/agreements">{t('nav.agreements')}</NavLink>
          </li>
        ) : null}
        {allows('organization.manage') ? (
          <li>
            <NavLink to="/admin/organizations">{t('nav.organizations')}</NavLink>
          </li>
        ) : null}
        {allows('user.read', 'user.manage') ? (
          <li>
            <NavLink to="/admin/users">{t('nav.users')}</NavLink>
          </li>
        ) : null}
        {allows('legalProfile.manage') ? (
          <li>
            <NavLink to="/admin/legal-profile">{t('nav.legalProfile')}</NavLink>
          </li>
        ) : null}
        {allows('qualification.manage') ? (
          <li>
            <NavLink to="/admin/qualifications">{t('nav.qualifications')}</NavLink>
          </li>
        ) : null}
        {allows('protocol.manage') ? (
          <li>
            <NavLink to="/protocol">{t('protocol.nav')}</NavLink>
          </li>
        ) : null}
        {allows('approval.read') ? (
          <li>
            <NavLink to="/approvals">{t('approvals.nav')}</NavLink>
          </li>
        ) : null}
        <li>
          <NavLink to="/account">{t('nav.account')}</NavLink>
        </li>
      </ul>
    </nav>
  );
}

/** After moving to another page, put focus on its heading so screen readers start there. */
function useFocusHeadingOnNavigation() {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    const heading = document.querySelector<HTMLElement>('main h1');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
  }, [pathname]);
}
