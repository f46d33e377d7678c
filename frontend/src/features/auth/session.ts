import type { SessionUserFragment } from '../../gql/graphql';
import { setAccessToken, setAuthFailureHandler } from '../../lib/authToken';
import { graphqlRequest, GraphQLRequestError } from '../../lib/graphqlRequest';
import { LogoutMutation, RefreshSessionMutation } from './api/auth';

/** The logged-in user as the shell needs it. */
export type SessionUser = SessionUserFragment;

/** What login, setPassword and refreshSession return. */
export interface SessionPayload {
  accessToken: string;
  expiresAt: string;
  user: SessionUser;
}

/** Why there is no session: never had one, logged out on purpose, or it ran out. */
export type EndReason = 'none' | 'logout' | 'expired';

export type SessionState =
  | { status: 'loading'; user: null }
  | { status: 'anonymous'; user: null; reason: EndReason }
  | { status: 'authenticated'; user: SessionUser; expiresAt: number };

/** Refresh this long before the access token expires. */
export const REFRESH_MARGIN_MS = 60_000;
/** A token with more life than this left is fresh enough to reuse instead of refreshing. */
const FRESH_ENOUGH_MS = REFRESH_MARGIN_MS + 15_000;
const LOCK_NAME = 'koop-refresh';
const CHANNEL_NAME = 'koop-session';
/** How long a new tab waits for another tab to hand over its token. */
const PEER_WAIT_MS = 150;

type ChannelMessage =
  | { type: 'session'; payload: SessionPayload }
  | { type: 'logout' }
  | { type: 'request' };

type Listener = () => void;

let state: SessionState = { status: 'loading', user: null };
let token: string | null = null;
let expiresAt = 0;
let timer: ReturnType<typeof setTimeout> | null = null;
let inflight: Promise<string | null> | null = null;
let readyResolve: (() => void) | null = null;
let ready: Promise<void> = new Promise((r) => (readyResolve = r));
const listeners = new Set<Listener>();
let peerWaiter: ((p: SessionPayload) => void) | null = null;

const channel: BroadcastChannel | null =
  typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL_NAME);

function emit(): void {
  listeners.forEach((l) => l());
}

function setState(next: SessionState): void {
  state = next;
  if (next.status !== 'loading' && readyResolve) {
    readyResolve();
    readyResolve = null;
  }
  emit();
}

function post(message: ChannelMessage): void {
  try {
    channel?.postMessage(message);
  } catch {
    // a closed channel only costs other tabs a refresh of their own
  }
}

function schedule(): void {
  if (timer) clearTimeout(timer);
  timer = null;
  if (!token) return;
  const delay = Math.max(expiresAt - Date.now() - REFRESH_MARGIN_MS, 5_000);
  timer = setTimeout(() => void refresh(), delay);
}

/** Takes over a session: from our own login/refresh or from another tab. */
function adopt(payload: SessionPayload): void {
  token = payload.accessToken;
  const parsed = Date.parse(payload.expiresAt);
  expiresAt = Number.isNaN(parsed) ? Date.now() + 5 * 60_000 : parsed;
  setAccessToken(token);
  schedule();
  setState({ status: 'authenticated', user: payload.user, expiresAt });
}

function end(reason: EndReason): void {
  token = null;
  expiresAt = 0;
  if (timer) clearTimeout(timer);
  timer = null;
  setAccessToken(null);
  setState({ status: 'anonymous', user: null, reason });
}

function onMessage(event: MessageEvent<ChannelMessage>): void {
  const msg = event.data;
  if (msg.type === 'session') {
    if (peerWaiter) peerWaiter(msg.payload);
    // Same browser, same cookie, so the same session: every tab uses the newest token.
    adopt(msg.payload);
  } else if (msg.type === 'logout') {
    if (state.status === 'authenticated') end('logout');
  } else if (state.status === 'authenticated' && token && expiresAt - Date.now() > FRESH_ENOUGH_MS) {
    post({ type: 'session', payload: { accessToken: token, expiresAt: new Date(expiresAt).toISOString(), user: state.user } });
  }
}

channel?.addEventListener('message', onMessage);

function askPeers(): Promise<SessionPayload | null> {
  if (!channel) return Promise.resolve(null);
  return new Promise((resolve) => {
    const t = setTimeout(() => {
      peerWaiter = null;
      resolve(null);
    }, PEER_WAIT_MS);
    peerWaiter = (p) => {
      clearTimeout(t);
      peerWaiter = null;
      resolve(p);
    };
    post({ type: 'request' });
  });
}

async function withRefreshLock<T>(fn: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (locks && typeof locks.request === 'function') {
    return locks.request(LOCK_NAME, { mode: 'exclusive' }, fn) as Promise<T>;
  }
  return fn();
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Refreshes the session, serialised across tabs: refresh tokens rotate and a reused one revokes
 * the session, so only one tab may present the cookie at a time. Inside the lock a tab first
 * checks whether another tab has refreshed meanwhile (its token arrives over the
 * BroadcastChannel) and reuses that token. Resolves to the new access token, or null when the
 * session is gone. `failedToken` is the token a request was just refused with: it never counts
 * as fresh.
 */
export function refresh(failedToken?: string | null): Promise<string | null> {
  inflight ??= doRefresh(failedToken ?? null).finally(() => {
    inflight = null;
  });
  return inflight;
}

async function doRefresh(failedToken: string | null): Promise<string | null> {
  return withRefreshLock(async () => {
    if (token && token !== failedToken && expiresAt - Date.now() > FRESH_ENOUGH_MS) return token;
    if (!token) {
      const peer = await askPeers();
      if (peer && peer.accessToken !== failedToken && Date.parse(peer.expiresAt) - Date.now() > FRESH_ENOUGH_MS) {
        adopt(peer);
        return token;
      }
    }
    try {
      const data = await graphqlRequest(RefreshSessionMutation, {}, null);
      adopt(data.refreshSession);
      post({ type: 'session', payload: data.refreshSession });
      // Hold the lock a moment so that the other tabs have the new token before they may refresh.
      await sleep(50);
      return data.refreshSession.accessToken;
    } catch (e) {
      if (e instanceof GraphQLRequestError && e.hasCode('NETWORK') && state.status === 'authenticated') {
        // Offline for a moment: keep the session and try again soon.
        if (timer) clearTimeout(timer);
        timer = setTimeout(() => void refresh(), 15_000);
        return null;
      }
      end(state.status === 'loading' ? 'none' : 'expired');
      return null;
    }
  });
}

/** Restores the session from the refresh cookie; called once at start. */
export function initSession(): Promise<void> {
  if (state.status === 'loading') void refresh();
  return ready;
}

/** Resolves once the start-up refresh has decided whether there is a session. */
export function sessionReady(): Promise<void> {
  return ready;
}

/** Starts a session from what login or setPassword returned, and tells the other tabs. */
export function startSession(payload: SessionPayload): void {
  adopt(payload);
  post({ type: 'session', payload });
}

/** Replaces the user data after the user changed their own settings. */
export function updateSessionUser(user: SessionUser): void {
  if (state.status === 'authenticated') setState({ ...state, user });
}

/** Revokes the session on the server, forgets it here and in every other tab. */
export async function logout(): Promise<void> {
  const current = token;
  try {
    if (current) await withRefreshLock(() => graphqlRequest(LogoutMutation, {}, current));
  } catch {
    // the local session ends anyway; the server revokes on the next refresh attempt at the latest
  } finally {
    end('logout');
    post({ type: 'logout' });
  }
}

export function getSession(): SessionState {
  return state;
}

export function subscribeSession(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

setAuthFailureHandler((failedToken) => refresh(failedToken));

if (typeof document !== 'undefined') {
  document.addEventListener('visibilitychange', () => {
    // Timers sleep in background tabs: catch up when the tab is shown again.
    if (document.visibilityState === 'visible' && token && expiresAt - Date.now() < REFRESH_MARGIN_MS) {
      void refresh();
    }
  });
}

/** For tests: back to the state before initSession. */
export function resetSessionForTests(): void {
  token = null;
  expiresAt = 0;
  if (timer) clearTimeout(timer);
  timer = null;
  inflight = null;
  setAccessToken(null);
  state = { status: 'loading', user: null };
  ready = new Promise((r) => (readyResolve = r));
  emit();
}
