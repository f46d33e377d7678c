import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getAccessToken } from '../../../lib/authToken';
import { graphqlResponse, renderRoute, testClient } from '../../../test/render';
import { getSession, resetSessionForTests } from '../session';
import { LoginPage } from './LoginPage';

afterEach(() => resetSessionForTests());

const user = {
  __typename: 'User',
  id: 'u1',
  email: 'admin@koop.test',
  name: 'Anna Admin',
  locale: 'DE',
  isSystemAdmin: true,
  memberships: [],
};

function fields() {
  return {
    email: screen.getByRole('textbox', { name: /E-Mail/ }),
    password: screen.getByLabelText(/^Passwort/, { selector: 'input' }),
    submit: screen.getByRole('button', { name: 'Anmelden' }),
  };
}

describe('LoginPage', () => {
  it('validates the form before sending anything', async () => {
    const fetchFn = vi.fn<typeof fetch>();
    await renderRoute(LoginPage, { path: '/login', client: testClient(fetchFn) });
    const ue = userEvent.setup();
    await ue.click(fields().submit);
    expect(await screen.findByText('Bitte geben Sie eine E-Mail-Adresse ein.')).toBeInTheDocument();
    expect(screen.getByText('Bitte geben Sie Ihr Passwort ein.')).toBeInTheDocument();
    await ue.type(fields().email, 'kein-at-zeichen');
    await ue.click(fields().submit);
    expect(await screen.findByText('Bitte geben Sie eine gültige E-Mail-Adresse ein.')).toBeInTheDocument();
    expect(fetchFn).not.toHaveBeenCalled();
  });

  it('shows the server message and keeps what was typed', async () => {
    const fetchFn = vi.fn<typeof fetch>(() =>
      Promise.resolve(
        graphqlResponse({
          data: null,
          errors: [{ message: 'E-Mail oder Passwort ist falsch.', extensions: { code: 'UNAUTHENTICATED' } }],
        }),
      ),
    );
    await renderRoute(LoginPage, { path: '/login', client: testClient(fetchFn) });
    const ue = userEvent.setup();
    await ue.type(fields().email, 'admin@koop.test');
    await ue.type(fields().password, 'falsch-falsch');
    await ue.click(fields().submit);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('E-Mail oder Passwort ist falsch.');
    expect(fields().email).toHaveValue('admin@koop.test');
    expect(fields().password).toHaveValue('falsch-falsch');
    expect(getSession().status).not.toBe('authenticated');
    // a wrong password must not trigger a refresh-and-retry
    expect(fetchFn).toHaveBeenCalledTimes(1);
  });

  it('puts an INVALID error on its field', async () => {
    const fetchFn = vi.fn<typeof fetch>(() =>
      Promise.resolve(
        graphqlResponse({
          data: null,
          errors: [{ message: 'Diese Adresse kennen wir nicht.', extensions: { code: 'INVALID', field: 'email' } }],
        }),
      ),
    );
    await renderRoute(LoginPage, { path: '/login', client: testClient(fetchFn) });
    const ue = userEvent.setup();
    await ue.type(fields().email, 'x@y.de');
    await ue.type(fields().password, 'irgendwas');
    await ue.click(fields().submit);
    expect(await screen.findByText('Diese Adresse kennen wir nicht.')).toBeInTheDocument();
    expect(fields().email).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('logs in, keeps the token in memory and goes to the redirect target', async () => {
    const fetchFn = vi.fn<typeof fetch>(() =>
      Promise.resolve(
        graphqlResponse({
          data: {
            login: {
              __typename: 'LoginPayload',
              accessToken: 'tok-1',
              expiresAt: new Date(Date.now() + 15 * 60_000).toISOString(),
              user,
            },
          },
        }),
      ),
    );
    await renderRoute(LoginPage, {
      path: '/login',
      url: '/login?redirect=%2Fc%2Fabc',
      client: testClient(fetchFn),
      extraPaths: ['/c/abc'],
    });
    const ue = userEvent.setup();
    await ue.type(fields().email, 'admin@koop.test');
    await ue.type(fields().password, 'koop-demo');
    await ue.click(fields().submit);
    expect(await screen.findByText('route:/c/abc')).toBeInTheDocument();
    expect(getAccessToken()).toBe('tok-1');
    await waitFor(() => expect(getSession().status).toBe('authenticated'));
    const sent = fetchFn.mock.calls[0]?.[1]?.body;
    const body = JSON.parse(typeof sent === 'string' ? sent : '{}') as { variables: unknown };
    expect(body.variables).toEqual({ input: { email: 'admin@koop.test', password: 'koop-demo' } });
    expect(window.localStorage.getItem('tok-1')).toBeNull();
    expect(JSON.stringify({ ...window.localStorage })).not.toContain('tok-1');
  });
});
