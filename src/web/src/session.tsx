// Who is signed in, shared by every screen. The server decides; the app only remembers.
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { ApiError, getSessionState, logout, onSessionEnded, onSessionStale } from './api';
import { deleteExpiredDrafts, forgetDrafts, keepPendingDrafts, setDraftOwner } from './drafts';
import { adoptUserLanguage } from './i18n';
import type { Session } from './types';

type SessionState =
  { status: 'loading' } | { status: 'ready'; session: Session | null; signedOut?: boolean };

interface SessionContextValue {
  status: SessionState['status'];
  session: Session | null;
  /** Why the server ended the session (idle or expired): sign-in says so. */
  sessionEnded: ApiError | null;
  /** True after the person signed out here: the next sign-in starts at home, not their last page. */
  signedOut: boolean;
  /** Asks the server again; returns the session, or null when signed out. */
  refresh: () => Promise<Session | null>;
  /** The person chose to sign out: their drafts on this device are deleted too. */
  signOut: () => Promise<void>;
  /** The idle warning went unanswered: drafts are kept, sign-in says the session ended. */
  endIdleSession: () => Promise<void>;
}

const SessionContext = createContext<SessionContextValue | null>(null);

async function fetchSession(): Promise<Session | null> {
  try {
    return await getSessionState();
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const [sessionEnded, setSessionEnded] = useState<ApiError | null>(null);

  useEffect(() => {
    onSessionEnded((reason) => {
      setState({ status: 'ready', session: null });
      setSessionEnded(reason);
    });
    return () => {
      onSessionEnded(null);
    };
  }, []);

  useEffect(() => {
    let cancelled = false;
    fetchSession().then(
      (session) => {
        if (!cancelled) setState({ status: 'ready', session });
      },
      () => {
        // Lantern is unreachable: show sign-in, which reports the problem on the next try.
        if (!cancelled) setState({ status: 'ready', session: null });
      },
    );
    return () => {
      cancelled = true;
    };
  }, []);

  const session = state.status === 'ready' ? state.session : null;
  const userLanguage = session?.user.language;
  useEffect(() => {
    if (userLanguage) adoptUserLanguage(userLanguage);
  }, [userLanguage]);

  // Drafts are written for the person signed in here only (docs/CONFIDENTIALITY.md).
  const userId = session?.user.id ?? null;
  useEffect(() => {
    setDraftOwner(userId);
    if (userId) void deleteExpiredDrafts();
  }, [userId]);

  const refresh = useCallback(async () => {
    const fresh = await fetchSession();
    setState({ status: 'ready', session: fresh });
    if (fresh) setSessionEnded(null);
    return fresh;
  }, []);

  // The server now wants a step first (a second factor, a new password): show it.
  useEffect(() => {
    onSessionStale(() => {
      refresh().catch(() => undefined);
    });
    return () => {
      onSessionStale(null);
    };
  }, [refresh]);

  const signOut = useCallback(async () => {
    if (userId) await forgetDrafts(userId);
    try {
      await logout();
    } catch {
      // Already signed out on the server, or unreachable: forget the session here anyway.
    }
    setSessionEnded(null);
    setState({ status: 'ready', session: null, signedOut: true });
  }, [userId]);

  const endIdleSession = useCallback(async () => {
    await keepPendingDrafts();
    setDraftOwner(null);
    try {
      // Ended on the server too, so a reload cannot open what the screen shows as ended.
      await logout('idle');
    } catch {
      // Already ended there, or unreachable: the server's own idle limit ends it.
    }
    setState({ status: 'ready', session: null });
    setSessionEnded(new ApiError(401, 'session_expired', 'Your session ended. Sign in again.'));
  }, []);

  const signedOut = state.status === 'ready' && state.signedOut === true;
  const value = useMemo(
    () => ({
      status: state.status,
      session,
      sessionEnded,
      signedOut,
      refresh,
      signOut,
      endIdleSession,
    }),
    [state.status, session, sessionEnded, signedOut, refresh, signOut, endIdleSession],
  );
  return <SessionContext value={value}>{children}</SessionContext>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}

/** The open session of a page behind <RequireSession>. */
export function useSignedIn(): Session {
  const { session } = useSession();
  if (!session) throw new Error('useSignedIn must be used behind <RequireSession>');
  return session;
}
