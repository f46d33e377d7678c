/**
 * The access token lives in memory only (never in localStorage): a page reload loses it and the
 * session is restored from the HttpOnly refresh cookie.
 */

type Listener = () => void;

let accessToken: string | null = null;
const listeners = new Set<Listener>();

/**
 * Called by the GraphQL fetch when a request failed with UNAUTHENTICATED: it refreshes the session
 * once and resolves to the new token, or null when the session is gone.
 */
export type AuthFailureHandler = (failedToken: string | null) => Promise<string | null>;

let authFailureHandler: AuthFailureHandler | null = null;

export function getAccessToken(): string | null {
  return accessToken;
}

export function setAccessToken(token: string | null): void {
  if (token === accessToken) return;
  accessToken = token;
  listeners.forEach((l) => l());
}

export function subscribeAccessToken(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function setAuthFailureHandler(handler: AuthFailureHandler | null): void {
  authFailureHandler = handler;
}

export function getAuthFailureHandler(): AuthFailureHandler | null {
  return authFailureHandler;
}
