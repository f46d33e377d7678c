import { afterEach, describe, expect, it, vi } from 'vitest';
import { graphqlResponse } from '../test/render';
import { setAccessToken, setAuthFailureHandler } from './authToken';
import { authFetch } from './urql';

const unauthenticated = () =>
  graphqlResponse({ data: null, errors: [{ message: 'Bitte melden Sie sich an.', extensions: { code: 'UNAUTHENTICATED' } }] });
const ok = () => graphqlResponse({ data: { me: { id: 'u1' } } });

function body(operationName: string) {
  return JSON.stringify({ operationName, query: `query ${operationName} { me { id } }`, variables: {} });
}

function authHeader(call: unknown[] | undefined): string | null {
  const init = call?.[1] as RequestInit | undefined;
  return new Headers(init?.headers).get('Authorization');
}

afterEach(() => {
  vi.unstubAllGlobals();
  setAuthFailureHandler(null);
  setAccessToken(null);
});

describe('authFetch', () => {
  it('sends the token as Bearer header with same-origin credentials', async () => {
    const fetchMock = vi.fn<typeof fetch>(() => Promise.resolve(ok()));
    vi.stubGlobal('fetch', fetchMock);
    setAccessToken('tok-a');
    await authFetch('/query', { method: 'POST', body: body('Me') });
    expect(authHeader(fetchMock.mock.calls[0])).toBe('Bearer tok-a');
    expect(fetchMock.mock.calls[0]?.[1]?.credentials).toBe('same-origin');
  });

  it('refreshes once on UNAUTHENTICATED and retries with the new token', async () => {
    const fetchMock = vi.fn<typeof fetch>().mockResolvedValueOnce(unauthenticated()).mockResolvedValueOnce(ok());
    vi.stubGlobal('fetch', fetchMock);
    setAccessToken('old');
    const handler = vi.fn((failed: string | null) => {
      expect(failed).toBe('old');
      return Promise.resolve('new');
    });
    setAuthFailureHandler(handler);
    const res = await authFetch('/query', { method: 'POST', body: body('Members') });
    expect(handler).toHaveBeenCalledTimes(1);
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(authHeader(fetchMock.mock.calls[1])).toBe('Bearer new');
    expect(await res.json()).toEqual({ data: { me: { id: 'u1' } } });
  });

  it('returns the failure when the refresh fails, without a second try', async () => {
    const fetchMock = vi.fn<typeof fetch>(() => Promise.resolve(unauthenticated()));
    vi.stubGlobal('fetch', fetchMock);
    setAuthFailureHandler(() => Promise.resolve(null));
    const res = await authFetch('/query', { method: 'POST', body: body('Members') });
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(res.status).toBe(200);
  });

  it('never refreshes for a failed login (a wrong password is UNAUTHENTICATED too)', async () => {
    const fetchMock = vi.fn<typeof fetch>(() => Promise.resolve(unauthenticated()));
    vi.stubGlobal('fetch', fetchMock);
    const handler = vi.fn(() => Promise.resolve('new'));
    setAuthFailureHandler(handler);
    await authFetch('/query', { method: 'POST', body: body('Login') });
    expect(handler).not.toHaveBeenCalled();
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });
});
