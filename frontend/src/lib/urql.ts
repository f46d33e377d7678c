import { cacheExchange, Client, fetchExchange, subscriptionExchange } from '@urql/core';
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import { getAccessToken, getAuthFailureHandler } from './authToken';

/** The GraphQL endpoint (same origin; the Vite dev server proxies it to the Go server). */
export const GRAPHQL_PATH = '/query';

/**
 * Operations that must not trigger a refresh-and-retry when they answer UNAUTHENTICATED:
 * a wrong password is UNAUTHENTICATED too, and the refresh itself must not recurse.
 */
const NO_RETRY_OPERATIONS: ReadonlySet<string> = new Set([
  'Login',
  'RefreshSession',
  'Logout',
  'SetPassword',
  'PasswordToken',
  'RequestPasswordReset',
]);

function withAuthorization(headers: HeadersInit | undefined, token: string | null): Headers {
  const h = new Headers(headers);
  if (token) h.set('Authorization', `Bearer ${token}`);
  else h.delete('Authorization');
  return h;
}

function operationName(body: BodyInit | null | undefined): string | null {
  if (typeof body !== 'string') return null;
  try {
    const parsed = JSON.parse(body) as { operationName?: unknown };
    return typeof parsed.operationName === 'string' ? parsed.operationName : null;
  } catch {
    return null;
  }
}

/** Whether a GraphQL response reports UNAUTHENTICATED (as status 401 or as an error code). */
export async function isUnauthenticatedResponse(res: Response): Promise<boolean> {
  if (res.status === 401) return true;
  const type = res.headers.get('content-type') ?? '';
  if (!type.includes('json')) return false;
  try {
    const body = (await res.clone().json()) as { errors?: { extensions?: { code?: unknown } }[] };
    return (body.errors ?? []).some((e) => e.extensions?.code === 'UNAUTHENTICATED');
  } catch {
    return false;
  }
}

/**
 * fetch for urql: sends the in-memory access token as a Bearer header and the cookie
 * (same origin). When the server answers UNAUTHENTICATED it refreshes the session once and
 * retries; when that fails the session layer sends the user to the login page.
 */
export const authFetch: typeof fetch = async (input, init) => {
  const send = (token: string | null) =>
    fetch(input, {
      ...init,
      credentials: 'same-origin',
      headers: withAuthorization(init?.headers, token),
    });
  const token = getAccessToken();
  const res = await send(token);
  const name = operationName(init?.body);
  if (name !== null && NO_RETRY_OPERATIONS.has(name)) return res;
  const handler = getAuthFailureHandler();
  if (!handler || !(await isUnauthenticatedResponse(res))) return res;
  const fresh = await handler(token);
  if (!fresh) return res;
  return send(fresh);
};

let wsClient: WsClient | null = null;

/** The websocket client for subscriptions (lazy: it connects only once a subscription starts). */
function getWsClient(): WsClient {
  if (!wsClient) {
    const url = new URL(GRAPHQL_PATH, window.location.href);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    wsClient = createWsClient({
      url: url.toString(),
      lazy: true,
      connectionParams: () => {
        const token = getAccessToken();
        return token ? { Authorization: `Bearer ${token}` } : {};
      },
    });
    wsClient.on('closed', () => socketClosedListeners.forEach((l) => l()));
  }
  return wsClient;
}

const socketClosedListeners = new Set<() => void>();

/**
 * Calls `listener` whenever the websocket closes (the client then reconnects by itself and
 * subscribes again, and the server answers a new subscription with its full state). Returns
 * the unsubscribe function.
 */
export function onSocketClosed(listener: () => void): () => void {
  socketClosedListeners.add(listener);
  return () => {
    socketClosedListeners.delete(listener);
  };
}

/** A fresh urql client; one per logged-in user so that no cached data crosses users. */
export function createUrqlClient(): Client {
  return new Client({
    url: GRAPHQL_PATH,
    fetch: authFetch,
    fetchOptions: { credentials: 'same-origin' },
    preferGetMethod: false,
    exchanges: [
      cacheExchange,
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query ?? '' };
          return {
            subscribe(sink) {
              const unsubscribe = getWsClient().subscribe(input, sink);
              return { unsubscribe };
            },
          };
        },
      }),
    ],
  });
}
