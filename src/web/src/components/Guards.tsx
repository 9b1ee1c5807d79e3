// Routes that need an open session, or an action the server allows this person.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Outlet, useLocation } from 'react-router';
import { seesYouthData } from '../../../domain/case-access.js';
import { roleSeesYouthData } from '../../../domain/vocabulary.js';
import type { Role } from '../../../domain/vocabulary.js';
import { usePageTitle } from '../hooks';
import { useSession } from '../session';
import type { AllowedAction } from '../types';

export function RequireSession() {
  const { session, signedOut } = useSession();
  const location = useLocation();
  if (!session || session.pending !== 'none') {
    // Come back here after signing in, unless the person chose to sign out.
    const from = `${location.pathname}${location.search}`;
    return <Navigate to="/login" replace state={signedOut ? null : { from }} />;
  }
  return <Outlet />;
}

/** Shows the page only when the session's allowedActions include one of `anyOf`. */
export function RequireAction({
  anyOf,
  children,
}: {
  anyOf: AllowedAction[];
  children: ReactNode;
}) {
  const { session } = useSession();
  const allowed = anyOf.some((action) => session?.allowedActions.includes(action));
  return allowed ? children : <NotAllowed />;
}

/**
 * Youth records are for roles that work with youth; oversight and administration never see
 * them (the server refuses too). Which parts of a record show is decided per case by the server.
 */
export function RequireYouthAccess({ children }: { children: ReactNode }) {
  const { session } = useSession();
  return session?.user.roles.some(roleSeesYouthData) ? children : <NotAllowed />;
}

/**
 * Work on cases (answering releases, a party's standing acceptance): roles that work with youth,
 * and never an account that also administers or oversees (the server refuses those too).
 */
export function RequireCaseWork({ children }: { children: ReactNode }) {
  const { session } = useSession();
  return session && seesYouthData(session.user) ? children : <NotAllowed />;
}

/** Shows the page only to people holding one of `anyOf`. */
export function RequireRole({ anyOf, children }: { anyOf: Role[]; children: ReactNode }) {
  const { session } = useSession();
  return session?.user.roles.some((role) => anyOf.includes(role)) ? children : <NotAllowed />;
}

function NotAllowed() {
  const { t } = useTranslation();
  usePageTitle(t('notAllowed.title'));
  return (
    <>
      <h1>{t('notAllowed.title')}</h1>
      <p>{t('notAllowed.body')}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </>
  );
}
