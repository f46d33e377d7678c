import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { COOPERATION_NAME, DEMO_PASSWORD, cooperationIdFrom, expectAccessible, login, mainNav, uniqueEmail } from './helpers';
import { waitForSetPasswordLink } from './mail';

const suffix = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;

/** The system page and its create form. */
async function openSystemCooperations(page: Page) {
  await page.goto('/system/cooperations');
  await expect(page.getByRole('heading', { level: 1, name: 'Kooperationen verwalten' })).toBeVisible();
  // the list has loaded once the demo cooperation shows
  await expect(page.getByRole('link', { name: COOPERATION_NAME })).toBeVisible();
  return page.getByRole('region', { name: 'Kooperation anlegen' });
}

test('the system admin creates a cooperation; its first admin sets a password and sees only it', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const cooperation = `Wirtschaftsförderung Helmstedt ${suffix}`;
  const firstAdmin = { email: uniqueEmail('e2e.helmstedt'), name: `E2E Erste Administration ${suffix}` };
  const password = 'helmstedt-passwort-42';

  await login(page, 'admin@koop.test');
  const form = await openSystemCooperations(page);
  await expectAccessible(page, 'Kooperationen verwalten');

  await form.getByRole('textbox', { name: 'Name', exact: true }).fill(cooperation);
  await form.getByRole('textbox', { name: 'Beschreibung' }).fill('Kooperation von Landkreis und Stadt Helmstedt (E2E).');
  await form.getByRole('textbox', { name: 'Name von Partner 1' }).fill('Landkreis Helmstedt');
  await form.getByRole('combobox', { name: 'Art 1' }).selectOption({ label: 'Behörde' });
  await form.getByRole('textbox', { name: 'Name von Partner 2' }).fill('Stadt Helmstedt');
  await form.getByRole('combobox', { name: 'Art 2' }).selectOption({ label: 'Behörde' });
  await expect(form.getByRole('combobox', { name: 'Art 1' })).toHaveValue('AUTHORITY');
  await expect(form.getByRole('combobox', { name: 'Art 2' })).toHaveValue('AUTHORITY');
  await form.getByRole('textbox', { name: 'E-Mail der ersten Administration' }).fill(firstAdmin.email);
  await form.getByRole('textbox', { name: 'Name der ersten Administration' }).fill(firstAdmin.name);
  const represents = form.getByRole('combobox', { name: 'Die erste Administration vertritt' });
  await represents.selectOption({ label: 'Landkreis Helmstedt' });
  await expect(represents).toHaveValue('0');
  await expectAccessible(page, 'Kooperation anlegen (ausgefüllt)');
  await form.getByRole('button', { name: 'Kooperation anlegen' }).click();

  await expect(page.getByText(`Kooperation „${cooperation}“ angelegt.`)).toBeVisible();
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: cooperation }) });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Landkreis Helmstedt, Stadt Helmstedt');
  // the form is empty again for the next one
  await expect(form.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue('');
  await expect(form.getByRole('textbox', { name: 'E-Mail der ersten Administration' })).toHaveValue('');
  await expectAccessible(page, 'Kooperationen verwalten (angelegt)');

  // The first admin, in a browser of their own, follows the invitation link.
  const link = await waitForSetPasswordLink(firstAdmin.email);
  const context = await browser.newContext();
  try {
    const admin = await context.newPage();
    await admin.goto(link);
    await expect(admin.getByRole('heading', { level: 1, name: 'Passwort festlegen' })).toBeVisible();
    await expect(admin.getByText(`Hallo ${firstAdmin.name},`)).toBeVisible();
    await expect(admin.getByText(firstAdmin.email)).toBeVisible();
    await expectAccessible(admin, 'Passwort festlegen (erste Administration)');
    await admin.getByLabel('Neues Passwort', { exact: false }).first().fill(password);
    await admin.getByLabel('Passwort wiederholen', { exact: false }).first().fill(password);
    await admin.getByRole('button', { name: 'Passwort speichern und anmelden' }).click();

    await expect(admin.getByRole('heading', { level: 1, name: cooperation })).toBeVisible();
    await expect(admin).toHaveURL(/\/c\/[^/]+$/);
    await expect(admin.getByText('Kooperation von Landkreis und Stadt Helmstedt (E2E).')).toBeVisible();
    await expect(admin.getByTestId('my-role')).toHaveText('Administration');
    const partners = admin.getByRole('region', { name: 'Partner' });
    await expect(partners.getByRole('listitem')).toHaveCount(2);
    await expect(partners.getByRole('listitem').filter({ hasText: 'Landkreis Helmstedt' })).toContainText('Behörde');
    await expect(partners.getByRole('listitem').filter({ hasText: 'Stadt Helmstedt' })).toContainText('Behörde');
    await expect(partners.getByText('Bezirksamt Lichtenberg')).toHaveCount(0);
    const nav = mainNav(admin);
    await expect(nav.getByRole('link', { name: 'Übersicht' })).toBeVisible();
    await expect(nav.getByText('Verwaltung')).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Mitglieder' })).toBeVisible();
    await expectAccessible(admin, 'Übersicht der neuen Kooperation');

    // The switcher offers the new cooperation and nothing else.
    const switcher = admin.getByRole('textbox', { name: 'Kooperation', exact: true });
    await expect(switcher).toHaveValue(cooperation);
    await switcher.click();
    const options = admin.getByRole('listbox');
    await expect(options.getByRole('option', { name: cooperation })).toBeVisible();
    await expect(options.getByRole('option')).toHaveCount(1);
    await expect(admin.getByRole('option', { name: COOPERATION_NAME })).toHaveCount(0);
    await expectAccessible(admin, 'Kooperation wählen (geöffnet)');
    await admin.keyboard.press('Escape');
    await expect(options).toBeHidden();

    // They represent the first partner.
    const id = cooperationIdFrom(admin);
    await nav.getByRole('link', { name: 'Mitglieder' }).click();
    await expect(admin).toHaveURL(new RegExp(`/c/${id}/admin/members`));
    await expect(admin.getByRole('heading', { level: 1, name: 'Mitglieder' })).toBeVisible();
    const me = admin.getByRole('row').filter({ hasText: firstAdmin.email });
    await expect(me).toHaveCount(1);
    await expect(me).toContainText('Landkreis Helmstedt');
    await expect(me).not.toContainText('Stadt Helmstedt');
    await expect(me.getByRole('combobox', { name: `Rolle von ${firstAdmin.name}` })).toHaveValue('ADMIN');
    await expectAccessible(admin, 'Mitglieder der neuen Kooperation');

    // And the demo cooperation stays closed to them.
    await admin.goto('/system/cooperations');
    await expect(admin.getByText('Diese Seite steht nur der Systemadministration offen.')).toBeVisible();
    await expect(admin.getByRole('link', { name: COOPERATION_NAME })).toHaveCount(0);
  } finally {
    await context.close();
  }
});

test('a bad admin e-mail shows a German error at the field and keeps what was typed', async ({ page }) => {
  const cooperation = `Wirtschaftsförderung Helmstedt ${suffix} (Fehler)`;
  await login(page, 'admin@koop.test');
  const form = await openSystemCooperations(page);

  const name = form.getByRole('textbox', { name: 'Name', exact: true });
  const description = form.getByRole('textbox', { name: 'Beschreibung' });
  const partner1 = form.getByRole('textbox', { name: 'Name von Partner 1' });
  const partner2 = form.getByRole('textbox', { name: 'Name von Partner 2' });
  const kind2 = form.getByRole('combobox', { name: 'Art 2' });
  const email = form.getByRole('textbox', { name: 'E-Mail der ersten Administration' });
  const adminName = form.getByRole('textbox', { name: 'Name der ersten Administration' });
  const represents = form.getByRole('combobox', { name: 'Die erste Administration vertritt' });

  await name.fill(cooperation);
  await description.fill('Bleibt stehen.');
  await partner1.fill('Landkreis Helmstedt');
  await partner2.fill('Stadt Helmstedt');
  await kind2.selectOption({ label: 'Behörde' });
  await email.fill('keine-adresse');
  await adminName.fill('Erika Mustermann');
  await represents.selectOption({ label: 'Stadt Helmstedt' });

  const expectKept = async (typedEmail: string) => {
    await expect(name).toHaveValue(cooperation);
    await expect(description).toHaveValue('Bleibt stehen.');
    await expect(partner1).toHaveValue('Landkreis Helmstedt');
    await expect(partner2).toHaveValue('Stadt Helmstedt');
    await expect(form.getByRole('combobox', { name: 'Art 1' })).toHaveValue('AUTHORITY');
    await expect(kind2).toHaveValue('AUTHORITY');
    await expect(email).toHaveValue(typedEmail);
    await expect(adminName).toHaveValue('Erika Mustermann');
    await expect(represents).toHaveValue('1');
  };

  // Checked in the browser: the form is not sent.
  await form.getByRole('button', { name: 'Kooperation anlegen' }).click();
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(email).toHaveAccessibleDescription('Bitte geben Sie eine gültige E-Mail-Adresse ein.');
  await expect(email).toBeFocused();
  await expect(name).not.toHaveAttribute('aria-invalid', 'true');
  await expectKept('keine-adresse');
  await expectAccessible(page, 'Kooperation anlegen (ungültige E-Mail)');

  // Looks like an address but the server refuses it: its message lands at the same field.
  const bad = 'erika,mustermann@helmstedt.de';
  await email.fill(bad);
  await form.getByRole('button', { name: 'Kooperation anlegen' }).click();
  await expect(email).toHaveAccessibleDescription(`Die E-Mail-Adresse "${bad}" ist ungültig.`);
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByRole('alert')).toHaveCount(0);
  await expectKept(bad);
  await expectAccessible(page, 'Kooperation anlegen (vom Server abgelehnte E-Mail)');

  // Nothing was created.
  await page.reload();
  await expect(page.getByRole('link', { name: COOPERATION_NAME })).toBeVisible();
  await expect(page.getByRole('link', { name: cooperation })).toHaveCount(0);
});

/** Puts the demo member's language back to German through the API (only if the test failed midway). */
async function resetMemberLocale(request: APIRequestContext) {
  const gql = async (query: string, variables: Record<string, unknown>, token?: string) => {
    const res = await request.post('/query', {
      data: { query, variables },
      headers: token ? { Authorization: `Bearer ${token}` } : {},
    });
    expect(res.ok()).toBe(true);
    return (await res.json()) as { data?: Record<string, { accessToken?: string }>; errors?: unknown };
  };
  const login = await gql('mutation($input: LoginInput!) { login(input: $input) { accessToken } }', {
    input: { email: 'member@koop.test', password: DEMO_PASSWORD },
  });
  const token = login.data?.login?.accessToken;
  expect(token, JSON.stringify(login.errors)).toBeTruthy();
  const res = await gql(
    'mutation($input: UpdateMeInput!) { updateMe(input: $input) { user { id } } }',
    { input: { locale: 'DE' } },
    token,
  );
  expect(res.errors).toBeUndefined();
}

test.describe('profile language', () => {
  test.afterEach(async ({ request }, testInfo) => {
    // other specs log in as member@koop.test and expect German
    if (testInfo.status !== testInfo.expectedStatus) await resetMemberLocale(request);
  });

  test('member@koop.test switches the profile to English and back', async ({ page, browser }) => {
    test.setTimeout(90_000);
    await login(page, 'member@koop.test');
    await page.getByRole('button', { name: /Benutzermenü/ }).click();
    await page.getByRole('menuitem', { name: 'Profil' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Profil' })).toBeVisible();
    const language = page.getByRole('combobox', { name: 'Sprache' });
    await expect(language).toHaveValue('DE');
    await expect(page.getByRole('button', { name: 'Speichern' })).toBeDisabled();
    await expectAccessible(page, 'Profil (Deutsch)');

    await language.selectOption({ label: 'Englisch' });
    await page.getByRole('button', { name: 'Speichern' }).click();
    await expect(page.getByText('Profile saved.')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1, name: 'Profile' })).toBeVisible();

    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Profile' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    await expect(nav.getByRole('link', { name: 'Overview' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Language' })).toHaveValue('EN');
    await expect(page.getByRole('button', { name: 'Save' })).toBeDisabled();
    await expectAccessible(page, 'Profile (English)');

    // The choice is stored on the account, not only in this browser.
    const other = await browser.newContext();
    try {
      const fresh = await other.newPage();
      await login(fresh, 'member@koop.test');
      await expect(fresh.locator('html')).toHaveAttribute('lang', 'en');
      const freshNav = fresh.getByRole('navigation', { name: 'Main navigation' });
      await expect(freshNav.getByRole('link', { name: 'Overview' })).toBeVisible();
      await expect(fresh.getByTestId('my-role')).toHaveText('Member');
    } finally {
      await other.close();
    }

    await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'German' });
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('Profil gespeichert.')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page.getByRole('heading', { level: 1, name: 'Profil' })).toBeVisible();
    await expect(mainNav(page).getByRole('link', { name: 'Übersicht' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Profil' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Sprache' })).toHaveValue('DE');
    await expectAccessible(page, 'Profil (wieder Deutsch)');
  });
});
