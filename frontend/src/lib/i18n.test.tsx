import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { resources } from './i18n';
import { PublicLayout } from '../app/layout/PublicLayout';
import { LoginPage } from '../features/auth/components/LoginPage';
import { i18n } from './i18n';
import { renderRoute } from '../test/render';

afterEach(async () => {
  await i18n.changeLanguage('de');
});

function LoginWithChrome() {
  return (
    <PublicLayout>
      <LoginPage />
    </PublicLayout>
  );
}

type Tree = { [key: string]: string | Tree };

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [prefix + k] : keys(v, `${prefix}${k}.`)));
}

describe('i18n', () => {
  it('has the same keys in German and English', () => {
    for (const ns of Object.keys(resources.de) as (keyof typeof resources.de)[]) {
      expect(keys(resources.en[ns] as Tree).sort(), ns).toEqual(keys(resources.de[ns] as Tree).sort());
    }
  });

  it('switches the UI and <html lang> between German and English, and remembers the choice', async () => {
    await renderRoute(LoginWithChrome, { path: '/login' });
    expect(document.documentElement.lang).toBe('de');
    expect(screen.getByRole('heading', { name: 'Anmelden' })).toBeInTheDocument();
    expect(screen.getByText('Zum Inhalt springen')).toBeInTheDocument();

    await userEvent.setup().click(screen.getByRole('radio', { name: 'EN' }));

    await waitFor(() => expect(screen.getByRole('heading', { name: 'Log in' })).toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Log in' })).toBeInTheDocument();
    expect(screen.getByText('Skip to content')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem('koop-language')).toBe('en');
  });
});
