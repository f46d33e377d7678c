import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { apiAs, COOPERATION_NAME, cooperationIdFrom, expectAccessible, login, uniqueEmail } from './helpers';
import { waitForSetPasswordLink } from './mail';

// Personal data of users (issue 8): on Verwaltung › Mitglieder a system admin exports a member's
// data as JSON and erases the account — refused while the person is a juror of an open award
// cycle. Administrators who are not system admins, and coordinators, see no such action. The
// accounts erased or created here are made by this spec, so no other spec's demo data changes.

const COOPERATION_ID = '6b00c0de-0000-4000-8000-000000000001';
const ERASED_NAME = 'Gelöschte Person';
const run = Date.now().toString(36).slice(-5);

async function openMembers(page: Page, filter: string): Promise<void> {
  await page.goto(`/c/${cooperationIdFrom(page)}/admin/members?q=${encodeURIComponent(filter)}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Mitglieder' })).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Suche' })).toHaveValue(filter);
}

function membersTable(page: Page) {
  return page.getByRole('table', { name: 'Mitglieder der Kooperation' });
}

test('a system admin cannot erase a juror of an open award cycle: the dialog names the blocker', async ({ page }) => {
  await login(page, 'admin@koop.test');
  await openMembers(page, 'juror1@koop.test');
  const row = membersTable(page).getByRole('row').filter({ hasText: 'juror1@koop.test' });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole('button', { name: 'Daten exportieren (JSON) Jana Jäger' })).toBeVisible();
  await expectAccessible(page, 'Mitglieder mit Datenschutz-Aktionen');

  await row.getByRole('button', { name: 'Person löschen … Jana Jäger' }).click();
  const dialog = page.getByRole('dialog', { name: 'Jana Jäger löschen' });
  const blockers = dialog.getByTestId('erase-blockers');
  await expect(blockers).toContainText('Erst zu erledigen');
  await expect(blockers).toContainText('Jana Jäger ist in der Jury von');
  await expect(blockers).toContainText('Abstimmung noch nicht abgeschlossen');
  await expect(dialog.getByRole('button', { name: 'Endgültig löschen' })).toBeDisabled();
  await expect(dialog.getByRole('textbox', { name: /Grund/ })).toBeDisabled();
  await expect(dialog.getByRole('checkbox', { name: /gelöscht werden soll/ })).toBeDisabled();
  await expectAccessible(page, 'Jana Jäger löschen, blockiert');
  await dialog.getByRole('button', { name: 'Abbrechen' }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toContainText('Jana Jäger');
});

test('a system admin exports an invited member as JSON and erases the account', async ({ page }) => {
  const person = { email: uniqueEmail('e2e.loeschen'), name: `E2E Löschkandidat ${run}` };
  await login(page, 'admin@koop.test');
  await page.goto(`/c/${cooperationIdFrom(page)}/admin/members`);
  await expect(page.getByRole('heading', { level: 1, name: 'Mitglieder' })).toBeVisible();

  // invite a fresh member
  await page.getByRole('button', { name: 'Mitglied einladen' }).click();
  const invite = page.getByRole('dialog', { name: 'Mitglied einladen' });
  await invite.getByRole('textbox', { name: 'E-Mail' }).fill(person.email);
  await invite.getByRole('textbox', { name: 'Name' }).fill(person.name);
  await invite.getByRole('button', { name: 'Einladen' }).click();
  await expect(invite).toBeHidden();
  await expect(page.getByText(`Einladung an ${person.email} gesendet.`)).toBeVisible();

  await openMembers(page, person.email);
  const row = membersTable(page).getByRole('row').filter({ hasText: person.email });
  await expect(row).toContainText('Einladung offen');

  // export: a JSON file holding the member's address
  const downloading = page.waitForEvent('download');
  await row.getByRole('button', { name: `Daten exportieren (JSON) ${person.name}` }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.json$/);
  const text = await readFile(await download.path(), 'utf8');
  expect(() => JSON.parse(text) as unknown).not.toThrow();
  expect(text).toContain(person.email);
  await expect(page.getByText(`Die Datei „${download.suggestedFilename()}“ wurde heruntergeladen.`)).toBeVisible();

  // erase: the dialog names what happens, needs a reason and the tick
  await row.getByRole('button', { name: `Person löschen … ${person.name}` }).click();
  const dialog = page.getByRole('dialog', { name: `${person.name} löschen` });
  const effects = dialog.getByTestId('erase-effects');
  await expect(effects).toContainText(`Der Name wird durch „${ERASED_NAME}“ ersetzt`);
  await expect(effects).toContainText('1 Mitgliedschaft wird deaktiviert.');
  await expect(dialog.getByTestId('erase-blockers')).toHaveCount(0);
  const submit = dialog.getByRole('button', { name: 'Endgültig löschen' });
  await expect(submit).toBeDisabled();
  await dialog.getByRole('textbox', { name: /Grund/ }).fill('Antrag nach Art. 17 DSGVO vom 30.11.2026');
  await expect(submit).toBeDisabled();
  await dialog.getByRole('checkbox', { name: 'Ich habe geprüft, dass diese Person gelöscht werden soll.' }).check();
  await expect(submit).toBeEnabled();
  await expectAccessible(page, `${person.name} löschen`);
  await submit.click();
  await expect(dialog).toBeHidden();

  // the list shows the anonymised member, deactivated, and what was done
  const result = page.getByTestId('member-erase-result');
  await expect(result).toContainText('Personendaten gelöscht');
  await expect(result).toContainText(`Die Personendaten von ${person.name} wurden gelöscht.`);
  await expect(page.getByRole('searchbox', { name: 'Suche' })).toHaveValue(ERASED_NAME);
  const erased = membersTable(page).getByRole('row').filter({ hasText: ERASED_NAME });
  await expect(erased.first()).toBeVisible();
  await expect(erased.first()).toContainText('deaktiviert');
  await expect(erased.first().getByRole('button', { name: /Person löschen/ })).toHaveCount(0);
  await expect(page.getByText(person.email)).toHaveCount(0);
  await expect(page.getByText(person.name, { exact: true })).toHaveCount(0);
  await expectAccessible(page, 'Mitglieder nach dem Löschen');

  // the old address finds no one any more
  await openMembers(page, person.email);
  await expect(page.getByText('Keine Mitglieder gefunden.')).toBeVisible();
});

test('an administrator who is no system admin, and a coordinator, see no erase action', async ({ page, request }) => {
  // a fresh administrator of the cooperation, with a password set through the invitation link
  const email = uniqueEmail('e2e.admin');
  const password = 'ein-sicheres-passwort-42';
  const api = await apiAs(request, 'admin@koop.test');
  await api('mutation($input: InviteMemberInput!) { inviteMember(input: $input) { membership { id } } }', {
    input: { cooperationId: COOPERATION_ID, email, name: `E2E Administration ${run}`, role: 'ADMIN' },
  });
  const link = await waitForSetPasswordLink(email);
  const token = new URL(link, 'http://localhost').searchParams.get('token');
  const res = await request.post('/query', {
    data: { query: 'mutation($input: SetPasswordInput!) { setPassword(input: $input) { accessToken } }', variables: { input: { token, password } } },
  });
  expect(res.ok()).toBe(true);

  await login(page, email, password);
  await expect(page.getByRole('heading', { level: 1, name: COOPERATION_NAME })).toBeVisible();
  await openMembers(page, 'juror1@koop.test');
  const row = membersTable(page).getByRole('row').filter({ hasText: 'juror1@koop.test' });
  await expect(row.getByRole('button', { name: /Deaktivieren/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /Person löschen/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Daten exportieren/ })).toHaveCount(0);
  await expectAccessible(page, 'Mitglieder ohne Systemadministration');

  await page.getByRole('button', { name: /Benutzermenü/ }).click();
  await page.getByRole('menuitem', { name: 'Abmelden' }).click();
  await login(page, 'coordinator@koop.test');
  await page.goto(`/c/${cooperationIdFrom(page)}/admin/members`);
  await expect(page.getByRole('heading', { level: 1, name: 'Keine Berechtigung' })).toBeVisible();
  await expect(page.getByRole('button', { name: /Person löschen/ })).toHaveCount(0);
  await expectAccessible(page, 'Mitglieder als Koordination');
});
