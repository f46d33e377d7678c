import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { COOPERATION_NAME, cooperationIdFrom, expectAccessible, login, uniqueEmail } from './helpers';
import { waitForSetPasswordLink } from './mail';

// One story in order: the admin invites a new member, the member sets a password, the admin
// changes the member's role and finally deactivates the membership.
test.describe.configure({ mode: 'serial' });

const newMember = { email: uniqueEmail('e2e.neu'), name: `E2E Neues Mitglied ${Date.now().toString(36)}` };
const password = 'ein-sicheres-passwort-42';

let adminContext: BrowserContext;
let memberContext: BrowserContext;
let admin: Page;
let member: Page;
let cooperationId = '';

async function openMembers(page: Page, filter: string) {
  await page.goto(`/c/${cooperationId}/admin/members?q=${encodeURIComponent(filter)}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Mitglieder' })).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Suche' })).toHaveValue(filter);
}

function memberRow(page: Page) {
  return page.getByRole('row').filter({ hasText: newMember.email });
}

test.beforeAll(async ({ browser }: { browser: Browser }) => {
  adminContext = await browser.newContext();
  memberContext = await browser.newContext();
  admin = await adminContext.newPage();
  member = await memberContext.newPage();
});

test.afterAll(async () => {
  await adminContext.close();
  await memberContext.close();
});

test('admin invites a new member, who sets a password and is logged in as Mitglied', async () => {
  test.setTimeout(120_000);
  await login(admin, 'admin@koop.test');
  cooperationId = cooperationIdFrom(admin);
  await admin.goto(`/c/${cooperationId}/admin/members`);
  await expect(admin.getByRole('heading', { level: 1, name: 'Mitglieder' })).toBeVisible();

  await admin.getByRole('button', { name: 'Mitglied einladen' }).click();
  const dialog = admin.getByRole('dialog', { name: 'Mitglied einladen' });
  await expect(dialog).toBeVisible();
  await expectAccessible(admin, 'Mitglied einladen (Dialog)');
  await dialog.getByRole('textbox', { name: 'E-Mail' }).fill(newMember.email);
  await dialog.getByRole('textbox', { name: 'Name' }).fill(newMember.name);
  await expect(dialog.getByRole('combobox', { name: 'Rolle' })).toHaveValue('MEMBER');
  await dialog.getByRole('button', { name: 'Einladen' }).click();
  await expect(dialog).toBeHidden();
  await expect(admin.getByText(`Einladung an ${newMember.email} gesendet.`)).toBeVisible();

  await openMembers(admin, newMember.email);
  await expect(memberRow(admin)).toHaveCount(1);
  await expect(memberRow(admin)).toContainText('Einladung offen');
  await expect(memberRow(admin).getByRole('combobox', { name: `Rolle von ${newMember.name}` })).toHaveValue('MEMBER');

  const link = await waitForSetPasswordLink(newMember.email);
  await member.goto(link);
  await expect(member.getByRole('heading', { level: 1, name: 'Passwort festlegen' })).toBeVisible();
  await expect(member.getByText(`Hallo ${newMember.name},`)).toBeVisible();
  await expectAccessible(member, 'Passwort festlegen');
  await member.getByLabel('Neues Passwort', { exact: false }).first().fill('zu-kurz');
  await member.getByLabel('Passwort wiederholen', { exact: false }).first().fill('anders');
  await member.getByRole('button', { name: 'Passwort speichern und anmelden' }).click();
  await expect(member.getByText('Das Passwort muss mindestens 10 Zeichen lang sein.')).toBeVisible();
  await expectAccessible(member, 'Passwort festlegen (Fehler)');
  await member.getByLabel('Neues Passwort', { exact: false }).first().fill(password);
  await member.getByLabel('Passwort wiederholen', { exact: false }).first().fill(password);
  await member.getByRole('button', { name: 'Passwort speichern und anmelden' }).click();

  await expect(member.getByRole('heading', { level: 1, name: COOPERATION_NAME })).toBeVisible();
  await expect(member).toHaveURL(new RegExp(`/c/${cooperationId}$`));
  await expect(member.getByTestId('my-role')).toHaveText('Mitglied');

  await admin.reload();
  await expect(memberRow(admin)).toContainText('aktiv');
  await expect(memberRow(admin)).not.toContainText('Einladung offen');
});

test('admin changes the role; the member sees it on the next page load', async () => {
  await openMembers(admin, newMember.email);
  await memberRow(admin).getByRole('combobox', { name: `Rolle von ${newMember.name}` }).selectOption('COORDINATOR');
  await expect(admin.getByText(`${newMember.name} hat jetzt die Rolle Koordination.`)).toBeVisible();
  await expect(memberRow(admin).getByRole('combobox', { name: `Rolle von ${newMember.name}` })).toHaveValue('COORDINATOR');

  await member.reload();
  await expect(member.getByRole('heading', { level: 1, name: COOPERATION_NAME })).toBeVisible();
  await expect(member.getByTestId('my-role')).toHaveText('Koordination');
  await expectAccessible(member, 'Übersicht as new coordinator');
});

test('admin deactivates the member after confirming', async () => {
  await openMembers(admin, newMember.email);
  await memberRow(admin).getByRole('button', { name: `Deaktivieren ${newMember.name}` }).click();
  const dialog = admin.getByRole('dialog', { name: 'Mitglied deaktivieren?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(newMember.name);
  await expect(dialog).toContainText(newMember.email);
  await expectAccessible(admin, 'Mitglied deaktivieren (Dialog)');
  await dialog.getByRole('button', { name: 'Deaktivieren' }).click();
  await expect(dialog).toBeHidden();
  await expect(admin.getByText(`${newMember.name} wurde deaktiviert.`)).toBeVisible();
  await expect(memberRow(admin)).toContainText('deaktiviert');
  await expect(memberRow(admin).getByRole('button', { name: `Reaktivieren ${newMember.name}` })).toBeVisible();

  await member.reload();
  await expect(member.getByTestId('my-role')).toHaveCount(0);
});
