import { expect, test } from '@playwright/test';
import {
  COOPERATION_NAME,
  DEMO_USERS,
  cooperationIdFrom,
  expectAccessible,
  login,
  mainNav,
} from './helpers';

test.describe('login per role', () => {
  for (const user of DEMO_USERS) {
    test(`${user.email} lands on the Übersicht`, async ({ page }) => {
      await login(page, user.email);
      await expect(page).toHaveURL(/\/c\/[^/]+$/);
      await expect(page.getByRole('heading', { level: 1, name: COOPERATION_NAME })).toBeVisible();
      await expect(page.getByTestId('my-role')).toHaveText(user.role);
      const partners = page.getByRole('region', { name: 'Partner' });
      await expect(partners.getByText('Bezirksamt Lichtenberg', { exact: true })).toBeVisible();
      await expect(partners.getByText('Wirtschaftskreis Hohenschönhausen-Lichtenberg e. V.')).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', 'de');

      const nav = mainNav(page);
      await expect(nav.getByRole('link', { name: 'Übersicht' })).toBeVisible();
      if (user.admin) {
        await expect(nav.getByText('Verwaltung')).toBeVisible();
        await expect(nav.getByRole('link', { name: 'Mitglieder' })).toBeVisible();
        await expect(nav.getByRole('link', { name: 'Änderungsprotokoll' })).toBeVisible();
      } else {
        await expect(nav.getByText('Verwaltung')).toHaveCount(0);
        await expect(nav.getByRole('link', { name: 'Mitglieder' })).toHaveCount(0);
      }
      await expectAccessible(page, `Übersicht as ${user.email}`);
    });
  }
});

test('a non-admin opening Mitglieder sees "Keine Berechtigung"', async ({ page }) => {
  await login(page, 'coordinator@koop.test');
  const id = cooperationIdFrom(page);
  await page.goto(`/c/${id}/admin/members`);
  await expect(page.getByRole('heading', { name: 'Keine Berechtigung' })).toBeVisible();
  await expectAccessible(page, 'Mitglieder as coordinator');
});

test('a wrong password shows the German error and keeps the input', async ({ page }) => {
  await page.goto('/login');
  await expectAccessible(page, 'Anmelden');
  await page.getByRole('textbox', { name: 'E-Mail' }).fill('viewer@koop.test');
  await page.getByLabel('Passwort', { exact: false }).first().fill('falsches-passwort');
  await page.getByRole('button', { name: 'Anmelden' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('Anmeldung fehlgeschlagen');
  await expect(alert).toContainText(/passwort/i);
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole('textbox', { name: 'E-Mail' })).toHaveValue('viewer@koop.test');
  await expectAccessible(page, 'Anmelden with error');
});

test('logout returns to the login page and a reload stays logged out', async ({ page }) => {
  await login(page, 'member@koop.test');
  await page.getByRole('button', { name: /Benutzermenü/ }).click();
  await expect(page.getByRole('menu')).toBeVisible();
  await expectAccessible(page, 'user menu');
  await page.getByRole('menuitem', { name: 'Abmelden' }).click();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole('heading', { name: 'Anmelden' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Anmelden' })).toBeVisible();
  await expect(page).toHaveURL(/\/login$/);
  await page.goto('/');
  await expect(page).toHaveURL(/\/login/);
});

test('a deep link survives a reload, and a logged-out deep link comes back after login', async ({ page }) => {
  await login(page, 'admin@koop.test');
  const id = cooperationIdFrom(page);
  await page.goto(`/c/${id}/admin/members`);
  await expect(page.getByRole('heading', { level: 1, name: 'Mitglieder' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'member@koop.test' })).toBeVisible();
  await page.reload();
  await expect(page).toHaveURL(new RegExp(`/c/${id}/admin/members$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Mitglieder' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'member@koop.test' })).toBeVisible();
  await expectAccessible(page, 'Mitglieder');

  await page.goto(`/c/${id}/admin/audit`);
  await expect(page.getByRole('heading', { level: 1, name: 'Änderungsprotokoll' })).toBeVisible();
  await expect(page.getByRole('table')).toBeVisible();
  await expectAccessible(page, 'Änderungsprotokoll');

  await page.getByRole('button', { name: /Benutzermenü/ }).click();
  await page.getByRole('menuitem', { name: 'Abmelden' }).click();
  await expect(page).toHaveURL(/\/login$/);

  await page.goto(`/c/${id}/admin/members`);
  await expect(page).toHaveURL(/\/login\?redirect=/);
  await page.getByRole('textbox', { name: 'E-Mail' }).fill('admin@koop.test');
  await page.getByLabel('Passwort', { exact: false }).first().fill(process.env.KOOP_DEMO_PASSWORD ?? 'koop-demo');
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await expect(page).toHaveURL(new RegExp(`/c/${id}/admin/members$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Mitglieder' })).toBeVisible();
});

test('profile, system administration and the 404 page are accessible', async ({ page }) => {
  await login(page, 'admin@koop.test');
  await page.getByRole('button', { name: /Benutzermenü/ }).click();
  await page.getByRole('menuitem', { name: 'Profil' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Profil' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Name' })).not.toHaveValue('');
  await expectAccessible(page, 'Profil');

  await page.goto('/system/cooperations');
  await expect(page.getByRole('heading', { level: 1, name: 'Kooperationen verwalten' })).toBeVisible();
  await expect(page.getByRole('link', { name: COOPERATION_NAME })).toBeVisible();
  await expectAccessible(page, 'Kooperationen verwalten');

  await page.goto('/gibt-es-nicht');
  await expect(page.getByRole('heading', { level: 1, name: 'Seite nicht gefunden' })).toBeVisible();
  await expectAccessible(page, '404');
});

test('the public password pages are accessible and do not reveal accounts', async ({ page }) => {
  await page.goto('/login');
  await page.getByRole('link', { name: 'Passwort vergessen?' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Passwort vergessen' })).toBeVisible();
  await expectAccessible(page, 'Passwort vergessen');
  await page.getByRole('textbox', { name: 'E-Mail' }).fill('niemand-hier@koop.test');
  await page.getByRole('button', { name: 'Link anfordern' }).click();
  await expect(page.getByText('Falls ein Konto existiert, haben wir eine E-Mail geschickt.')).toBeVisible();
  await expectAccessible(page, 'Passwort vergessen (gesendet)');

  await page.goto('/set-password?token=gibt-es-nicht');
  await expect(page.getByRole('heading', { level: 1, name: 'Link nicht gültig' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Passwort vergessen/ })).toHaveAttribute('href', '/forgot-password');
  await expectAccessible(page, 'Passwort festlegen (ungültig)');
});

test('the language switch turns the UI to English and back', async ({ page }) => {
  await page.goto('/login');
  await page.locator('label', { hasText: /^EN$/ }).click();
  await expect(page.getByRole('heading', { name: 'Log in' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectAccessible(page, 'login (English)');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Log in' })).toBeVisible();
  await page.locator('label', { hasText: /^DE$/ }).click();
  await expect(page.getByRole('heading', { name: 'Anmelden' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
});
