import { afterEach, describe, expect, it, vi } from 'vitest';
import { getAccessToken } from '../../lib/authToken';
import { graphqlResponse } from '../../test/render';
import { getSession, initSession, refresh, resetSessionForTests, startSession, type SessionPayload } from './session';

const user = {
  __typename: 'User' as const,
  id: 'u1',
  email: 'member@koop.test',
  name: 'Mia Mitglied',
  locale: 'DE' as const,
  isSystemAdmin: false,
  memberships: [],
};

function payload(token: string, minutes = 15): SessionPayload {
  return { accessToken: token, expiresAt: new Date(Date.now() + minutes * 60_000).toISOString(), user };
}

afterEach(() => {
  vi.unstubAllGlobals();
  resetSessionForTests();
});

describe('session', () => {
  it('restores the session from the refresh cookie at start', async () => {
    const fetchMock = vi.fn<typeof fetch>(() => Promise.resolve(graphqlResponse({ data: { refreshSession: payload('restored') } })));
    vi.stubGlobal('fetch', fetchMock);
    await initSession();
    expect(getSession().status).toBe('authenticated');
    expect(getAccessToken()).toBe('restored');
    expect(fetchMock.mock.calls[0]?.[1]?.credentials).toBe('same-origin');
  });

  it('is logged out when the cookie is not accepted', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn<typeof fetch>(() =>
        Promise.resolve(graphqlResponse({ data: null, errors: [{ message: 'Sitzung abgelaufen.', extensions: { code: 'UNAUTHENTICATED' } }] })),
      ),
    );
    await initSession();
    expect(getSession()).toEqual({ status: 'anonymous', user: null, reason: 'none' });
    expect(getAccessToken()).toBeNull();
  });

  it('sends one refresh for concurrent callers (a rotated cookie must not be presented twice)', async () => {
    let release: (r: Response) => void = () => {};
    const fetchMock = vi.fn<typeof fetch>(() => new Promise<Response>((r) => (release = r)));
    vi.stubGlobal('fetch', fetchMock);
    startSession(payload('old', 0.5));
    const a = refresh('old');
    const b = refresh('old');
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
    release(graphqlResponse({ data: { refreshSession: payload('fresh') } }));
    expect(await a).toBe('fresh');
    expect(await b).toBe('fresh');
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('reuses a token that another tab refreshed instead of refreshing again', async () => {
    const fetchMock = vi.fn<typeof fetch>();
    vi.stubGlobal('fetch', fetchMock);
    startSession(payload('old', 0.5));
    const otherTab = new BroadcastChannel('koop-session');
    otherTab.postMessage({ type: 'session', payload: payload('from-other-tab') });
    await vi.waitFor(() => expect(getAccessToken()).toBe('from-other-tab'));
    expect(await refresh('old')).toBe('from-other-tab');
    expect(fetchMock).not.toHaveBeenCalled();
    otherTab.close();
  });

  it('ends the session as expired when a refresh is refused', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn<typeof fetch>(() =>
        Promise.resolve(graphqlResponse({ data: null, errors: [{ message: 'Abgelaufen.', extensions: { code: 'UNAUTHENTICATED' } }] })),
      ),
    );
    startSession(payload('old'));
    expect(await refresh('old')).toBeNull();
    expect(getSession()).toEqual({ status: 'anonymous', user: null, reason: 'expired' });
  });
});
