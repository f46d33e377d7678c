import { expect, test, type Download, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { apiAs, cooperationIdFrom, expectAccessible, login, mainNav, uniqueEmail } from './helpers';

// Personal data (issue 8): export and erase a contact from its page — first blocked while the
// contact is on the guest list of an upcoming event —, the retention review, and "Meine Daten
// exportieren" in the profile. The contact erased here is created by this spec, so no other
// spec's demo data changes.

const COOPERATION_ID = '6b00c0de-0000-4000-8000-000000000001';
/** Lichtenberger Kultursalon 2027: in planning, no other spec touches its guest list. */
const KULTURSALON_2027 = '6b00c0de-0000-4000-8000-000000000308';
const METALLBAU = '6b00c0de-0000-4000-8000-000000000481'; // Hohenschönhausener Metallbau GmbH
/** A suffix that keeps names unique when the suite runs twice against one database. */
const run = Date.now().toString(36).slice(-5);

/** The downloaded file parsed as JSON, with its suggested name. */
async function downloadedJson(download: Download): Promise<{ name: string; text: string; data: unknown }> {
  const file = await download.path();
  const text = await readFile(file, 'utf8');
  return { name: download.suggestedFilename(), text, data: JSON.parse(text) as unknown };
}

async function openContactsAsAdmin(page: Page): Promise<void> {
  await login(page, 'admin@koop.test');
  await mainNav(page).getByRole('link', { name: 'Kontakte' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kontakte' })).toBeVisible();
}

test('an admin exports a contact as JSON and erases it, naming what will happen', async ({ page, request }) => {
  const lastName = `Datenschutz-${run}`;
  const api = await apiAs(request, 'admin@koop.test');
  const created = (await api('mutation($input: CreateContactInput!) { createContact(input: $input) { contact { id } } }', {
    input: {
      cooperationId: COOPERATION_ID,
      firstName: 'Paula',
      lastName,
      function: 'Geschäftsführerin',
      organisationId: METALLBAU,
      email: uniqueEmail('datenschutz'),
      phone: '030 1234567',
      legalBasis: 'LEGITIMATE_INTEREST',
    },
  })) as { createContact: { contact: { id: string } } };
  const contactId = created.createContact.contact.id;
  // on the guest list of an upcoming event: that must be settled before erasing
  const invited = (await api('mutation($input: InviteGuestsInput!) { inviteGuests(input: $input) { added { id version } } }', {
    input: { eventId: KULTURSALON_2027, contactIds: [contactId] },
  })) as { inviteGuests: { added: { id: string; version: number }[] } };
  const invitation = invited.inviteGuests.added[0];
  expect(invitation).toBeTruthy();

  await openContactsAsAdmin(page);
  await expect(page.getByRole('link', { name: 'Aufbewahrung' })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Suche' }).fill(lastName);
  await page.getByRole('table', { name: 'Kontakte' }).getByRole('link', { name: `${lastName}, Paula` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Paula ${lastName}` })).toBeVisible();
  const privacy = page.getByRole('region', { name: 'Datenschutz' });
  await expect(privacy).toBeVisible();
  await expectAccessible(page, 'Kontakt mit Datenschutz');

  // export: a JSON file named as the server suggests, holding the contact
  const downloading = page.waitForEvent('download');
  await privacy.getByRole('button', { name: 'Daten exportieren (JSON)' }).click();
  const file = await downloadedJson(await downloading);
  expect(file.name).toMatch(/\.json$/);
  expect(file.text).toContain(lastName);
  expect(file.text).toContain('Paula');
  await expect(page.getByText(`Die Datei „${file.name}“ wurde heruntergeladen.`)).toBeVisible();

  // blocked: the dialog says what must happen first and cannot be confirmed
  await privacy.getByRole('button', { name: 'Person löschen …' }).click();
  const dialog = page.getByRole('dialog', { name: `Paula ${lastName} löschen` });
  const blockers = dialog.getByTestId('erase-blockers');
  await expect(blockers).toContainText('Erst zu erledigen');
  await expect(blockers).toContainText('Lichtenberger Kultursalon 2027');
  const submit = dialog.getByRole('button', { name: 'Endgültig löschen' });
  await expect(submit).toBeDisabled();
  await expect(dialog.getByRole('textbox', { name: /Grund/ })).toBeDisabled();
  await expectAccessible(page, 'Person löschen, blockiert');
  await dialog.getByRole('button', { name: 'Abbrechen' }).click();
  await expect(dialog).toBeHidden();
  await api('mutation($input: DeleteInvitationInput!) { deleteInvitation(input: $input) { id } }', { input: { id: invitation?.id, version: invitation?.version } });

  // erase: the dialog names the effects (on no guest list: deleted outright), needs a reason and the last name
  await privacy.getByRole('button', { name: 'Person löschen …' }).click();
  const effects = dialog.getByTestId('erase-effects');
  await expect(effects.getByRole('listitem').first()).toContainText('vollständig gelöscht');
  await expect(blockers).toHaveCount(0);
  await expect(submit).toBeDisabled();
  await dialog.getByRole('textbox', { name: /Grund/ }).fill('Antrag nach Art. 17 DSGVO vom 28.11.2026');
  await dialog.getByRole('textbox', { name: /Nachnamen/ }).fill('Falsch');
  await expect(dialog.getByText('Der Nachname stimmt nicht überein.')).toBeVisible();
  await expect(submit).toBeDisabled();
  await expectAccessible(page, 'Person löschen');
  await dialog.getByRole('textbox', { name: /Nachnamen/ }).fill(lastName);
  await expect(submit).toBeEnabled();
  await submit.click();
  await expect(dialog).toBeHidden();

  // deleted: back on the list, with a German confirmation; the name is found no more
  await expect(page.getByRole('heading', { level: 1, name: 'Kontakte' })).toBeVisible();
  await expect(page.getByText('Der Kontakt wurde vollständig gelöscht.')).toBeVisible();
  await page.getByRole('searchbox', { name: 'Suche' }).fill(lastName);
  await expect(page.getByText('Keine Kontakte passen zu den Filtern.')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Kontakte' }).getByRole('link', { name: new RegExp(lastName) })).toHaveCount(0);
});

test('an admin erases a past guest: the contact stays anonymised, the guest counts stay', async ({ page }) => {
  // Kai Hahn (demo contact 437) was a guest of the Wirtschaftsdinner 2026 only; no other spec uses him.
  await openContactsAsAdmin(page);
  await page.getByRole('searchbox', { name: 'Suche' }).fill('Hahn');
  await page.getByRole('table', { name: 'Kontakte' }).getByRole('link', { name: 'Hahn, Kai' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kai Hahn' })).toBeVisible();
  const privacy = page.getByRole('region', { name: 'Datenschutz' });
  await privacy.getByRole('button', { name: 'Person löschen …' }).click();
  const dialog = page.getByRole('dialog', { name: 'Kai Hahn löschen' });
  const effects = dialog.getByTestId('erase-effects');
  await expect(effects).toContainText('Auf 1 Gästeliste bleibt der Eintrag als „Gelöschte Person“');
  await dialog.getByRole('textbox', { name: /Grund/ }).fill('Antrag nach Art. 17 DSGVO vom 27.11.2026');
  await dialog.getByRole('textbox', { name: /Nachnamen/ }).fill('hahn');
  await expectAccessible(page, 'Kai Hahn löschen');
  await dialog.getByRole('button', { name: 'Endgültig löschen' }).click();
  await expect(dialog).toBeHidden();

  // the page shows the anonymised contact and what was done
  await expect(page.getByRole('heading', { level: 1, name: 'Gelöschte Person' })).toBeVisible();
  await expect(page.getByTestId('erase-result')).toContainText('Personendaten gelöscht');
  await expect(page.getByTestId('erase-result').getByRole('listitem').first()).toBeVisible();
  await expect(page.getByText('kai.hahn@tischlerei-hahn.example')).toHaveCount(0);
  await expectAccessible(page, 'anonymisierter Kontakt');

  // the Wirtschaftsdinner 2026 still counts him: invited, accepted, attended, guests
  await page.goto(`/c/${cooperationIdFrom(page)}/report?year=2026`);
  const dinner = page.getByTestId('report-events').getByRole('row').filter({ hasText: 'Wirtschaftsdinner Lichtenberg 2026' });
  await expect(dinner.getByRole('cell')).toHaveText(['17.09.2026', 'Wirtschaftsdinner Lichtenberg', 'BA Lichtenberg', '11', '10', '9', '11']);
});

test('the retention review shows the rule, changes it and asks before erasing', async ({ page }) => {
  await openContactsAsAdmin(page);
  await page.getByRole('link', { name: 'Aufbewahrung' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Aufbewahrung' })).toBeVisible();
  const rule = page.getByTestId('retention-rule');
  await expect(rule).toHaveText(/Kontakte werden \d+ Jahre? nach der letzten Einladung gelöscht\./);
  await expectAccessible(page, 'Aufbewahrung');
  const years = page.getByRole('textbox', { name: 'Jahre nach der letzten Einladung' });
  const before = await years.inputValue();

  // out of range: refused at the field, before anything is sent
  await years.fill('31');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByText('Bitte eine ganze Zahl von 1 bis 30 eingeben.')).toBeVisible();
  await expectAccessible(page, 'Aufbewahrung mit Fehler');

  // under the demo's rule of 3 years, Renate Vogt (entered in 2021, never invited) is listed
  await years.fill(before);
  const table = page.getByRole('table', { name: 'Kontakte, die länger gespeichert sind, als die Regel erlaubt' });
  await expect(table.getByRole('row', { name: /Renate Vogt/ })).toContainText('nie eingeladen, angelegt am 03.02.2021');
  await page.getByRole('checkbox', { name: 'Renate Vogt auswählen' }).check();
  await expect(page.getByText('1 Kontakt ausgewählt')).toBeVisible();
  await page.getByRole('button', { name: 'Ausgewählte löschen …' }).click();
  const confirm = page.getByRole('dialog', { name: 'Kontakte löschen' });
  await expect(confirm).toContainText('1 Kontakt wird');
  await expect(confirm).toContainText('Das kann nicht rückgängig gemacht werden.');
  await expectAccessible(page, 'Kontakte löschen');
  await confirm.getByRole('button', { name: 'Abbrechen' }).click();
  await expect(confirm).toBeHidden();
  await page.getByRole('button', { name: 'Ausgewählte löschen …' }).click();
  await confirm.getByRole('button', { name: '1 Kontakt löschen' }).click();
  await expect(page.getByText('1 Kontakt wurde gelöscht.')).toBeVisible();
  await expect(table.getByRole('row', { name: /Renate Vogt/ })).toHaveCount(0);
  await expectAccessible(page, 'Aufbewahrung nach dem Löschen');

  // the shortest rule lists the contacts not invited for a year
  await years.fill('1');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(rule).toHaveText('Kontakte werden 1 Jahr nach der letzten Einladung gelöscht.');
  await expectAccessible(page, 'Aufbewahrung, 1 Jahr');

  // back to the rule as it was
  await years.fill(before);
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(rule).toHaveText(new RegExp(`Kontakte werden ${before} Jahre? nach`));
});

test('a coordinator exports but cannot erase; a member exports their own data from the profile', async ({ page }) => {
  await login(page, 'coordinator@koop.test');
  await mainNav(page).getByRole('link', { name: 'Kontakte' }).click();
  await expect(page.getByRole('link', { name: 'Aufbewahrung' })).toHaveCount(0);
  await page.getByRole('table', { name: 'Kontakte' }).getByRole('link').first().click();
  const privacy = page.getByRole('region', { name: 'Datenschutz' });
  await expect(privacy.getByRole('button', { name: 'Daten exportieren (JSON)' })).toBeVisible();
  await expect(privacy.getByRole('button', { name: 'Person löschen …' })).toHaveCount(0);
  await page.goto(`/c/${cooperationIdFrom(page)}/contacts/retention`);
  await expect(page.getByText('Die Aufbewahrung prüft nur die Administration der Kooperation.')).toBeVisible();

  await page.getByRole('button', { name: /Benutzermenü/ }).click();
  await page.getByRole('menuitem', { name: 'Abmelden' }).click();
  await login(page, 'member@koop.test');
  await page.getByRole('button', { name: /Benutzermenü/ }).click();
  await page.getByRole('menuitem', { name: 'Profil' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Profil' })).toBeVisible();
  const mine = page.getByRole('region', { name: 'Meine Daten' });
  await expectAccessible(page, 'Profil mit Meine Daten');
  const downloading = page.waitForEvent('download');
  await mine.getByRole('button', { name: 'Meine Daten exportieren' }).click();
  const file = await downloadedJson(await downloading);
  expect(file.name).toMatch(/\.json$/);
  expect(file.text).toContain('member@koop.test');
});
