import { useRef, useSyncExternalStore } from 'react';
import { getSession, subscribeSession, type SessionState, type SessionUser } from './session';

/** The session state, re-rendering on login, refresh and logout. */
export function useSession(): SessionState {
  return useSyncExternalStore(subscribeSession, getSession, getSession);
}

/**
 * The logged-in user, for components below the authenticated layout. While the layout is
 * leaving after a logout it keeps answering with the last user instead of failing.
 */
export function useSessionUser(): SessionUser {
  const s = useSession();
  const last = useRef<SessionUser | null>(null);
  if (s.status === 'authenticated') {
    last.current = s.user;
    return s.user;
  }
  if (last.current) return last.current;
  throw new Error('useSessionUser outside an authenticated route');
}
