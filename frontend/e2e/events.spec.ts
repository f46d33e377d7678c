import { expect, test, type Page } from '@playwright/test';
import { cooperationIdFrom, expectAccessible, login, mainNav } from './helpers';

/** A suffix that keeps titles unique when the suite runs twice against one database. */
const run = Date.now().toString(36).slice(-5);

async function openEvents(page: Page, email: string): Promise<string> {
  await login(page, email);
  const id = cooperationIdFrom(page);
  await mainNav(page).getByRole('link', { name: 'Veranstaltungen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Veranstaltungen' })).toBeVisible();
  return id;
}

test('the coordinator sees the events as a list and as a calendar with Berlin holidays', async ({ page }) => {
  const id = await openEvents(page, 'coordinator@koop.test');
  const table = page.getByRole('table', { name: 'Veranstaltungen der Kooperation' });
  await expect(table.getByRole('link', { name: 'Neujahrsempfang 2027' })).toBeVisible();
  await expectAccessible(page, 'Veranstaltungen (Liste)');

  await page.goto(`/c/${id}/events?view=calendar&month=2027-01`);
  const calendar = page.getByRole('region', { name: 'Kalender der Veranstaltungen' });
  await expect(calendar.getByText('Neujahrsempfang 2027')).toBeVisible();
  await expect(calendar.getByText('Feiertag: Neujahr')).toBeVisible();
  await expectAccessible(page, 'Veranstaltungen (Kalender)');
});

test('an event created from a series gets its checklist, warns about a booked venue and moves along its statuses', async ({ page }) => {
  await openEvents(page, 'coordinator@koop.test');
  await page.getByRole('button', { name: 'Veranstaltung anlegen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Veranstaltung anlegen' });
  await dialog.getByLabel('Reihe').selectOption({ label: 'Wirtschaftsdinner Lichtenberg' });
  // the evening of the Neujahrsempfang 2027, in the same house
  await dialog.getByLabel('Beginn (Datum)').fill('2027-01-20');
  await dialog.getByLabel('Beginn (Uhrzeit)').fill('19:00');
  await dialog.getByLabel('Ende (Uhrzeit)').fill('22:00');
  await dialog.getByLabel('Ort').fill('Kulturhaus Karlshorst');
  const warnings = dialog.getByRole('status').filter({ hasText: 'Planungshinweis' });
  await expect(warnings).toContainText('Der Ort „Kulturhaus Karlshorst“ ist zur selben Zeit schon vorgesehen für');
  await expect(warnings.getByRole('link', { name: 'Neujahrsempfang 2027' })).toBeVisible();
  await expectAccessible(page, 'Veranstaltung anlegen mit Hinweis');

  // the series' usual month is free; the title follows the date until typed over
  await dialog.getByLabel('Beginn (Datum)').fill('2027-09-16');
  await dialog.getByLabel('Ende (Datum)').fill('2027-09-16');
  await expect(warnings).toHaveCount(0);
  const title = `Wirtschaftsdinner Lichtenberg 2027 ${run}`;
  await dialog.getByLabel('Titel').fill(title);
  await dialog.getByRole('button', { name: 'Anlegen' }).click();

  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText('Idee', { exact: true }).first()).toBeVisible();
  await expectAccessible(page, 'Veranstaltung Übersicht');

  await page.getByRole('tab', { name: /Aufgaben/ }).click();
  await expect(page.getByTestId('task-summary')).toHaveText('6 von 6 Aufgaben offen');
  await expect(page.getByRole('cell', { name: 'Location buchen', exact: true })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Location buchen erledigt' }).click();
  await expect(page.getByRole('checkbox', { name: 'Location buchen erledigt' })).toBeChecked();
  await expect(page.getByTestId('task-summary')).toHaveText('5 von 6 Aufgaben offen');
  await expectAccessible(page, 'Veranstaltung Aufgaben');

  await page.getByRole('tab', { name: 'Übersicht' }).click();
  await page.getByRole('button', { name: 'In Planung nehmen' }).click();
  await expect(page.getByText('Status ist jetzt „In Planung“.')).toBeVisible();

  // bad input: the end before the start, German at the field, nothing typed lost
  await page.getByRole('button', { name: 'Bearbeiten' }).click();
  const form = page.getByRole('region', { name: 'Veranstaltung bearbeiten' });
  await form.getByLabel('Ende (Uhrzeit)').fill('17:00');
  await form.getByLabel('Ort').fill('Hotel Abacus Tierpark');
  await form.getByRole('button', { name: 'Speichern' }).click();
  await expect(form.getByText('Das Ende muss nach dem Beginn liegen.')).toBeVisible();
  await expect(form.getByLabel('Ort')).toHaveValue('Hotel Abacus Tierpark');
  await form.getByLabel('Ende (Uhrzeit)').fill('23:00');
  await form.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByText('Änderungen gespeichert.')).toBeVisible();
  await expect(page.getByText('Hotel Abacus Tierpark').first()).toBeVisible();
});

test('the member finds their open task on the Übersicht, can tick it off, and cannot plan', async ({ page }) => {
  await login(page, 'member@koop.test');
  const mine = page.getByRole('region', { name: 'Meine offenen Aufgaben' });
  await expect(mine.getByText('Catering beauftragen')).toBeVisible();
  await expectAccessible(page, 'Übersicht als Mitglied');

  await mainNav(page).getByRole('link', { name: 'Veranstaltungen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Veranstaltungen' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Veranstaltung anlegen' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Neujahrsempfang 2027' }).click();
  await expect(page.getByRole('button', { name: 'Bearbeiten' })).toHaveCount(0);
  await page.getByRole('tab', { name: /Aufgaben/ }).click();
  // the box follows the server's answer, so click and wait rather than check()
  await page.getByRole('checkbox', { name: 'Catering beauftragen erledigt' }).click();
  await expect(page.getByRole('checkbox', { name: 'Catering beauftragen erledigt' })).toBeChecked();
  await expect(page.getByText('„Catering beauftragen“ ist erledigt.')).toBeVisible();
  await expectAccessible(page, 'Aufgaben als Mitglied');
});

test('a planner keeps a series checklist, with German errors for a bad row', async ({ page }) => {
  const id = await openEvents(page, 'coordinator.wkhl@koop.test');
  await page.getByRole('link', { name: 'Veranstaltungsreihen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Veranstaltungsreihen' })).toBeVisible();
  await expect(page.getByText('Wirtschaftsdinner Lichtenberg', { exact: true })).toBeVisible();
  await expectAccessible(page, 'Veranstaltungsreihen');

  await page.getByRole('button', { name: 'Reihe anlegen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Veranstaltungsreihe anlegen' });
  const name = `Unternehmerinnenfrühstück ${run}`;
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByLabel('Üblicher Monat').selectOption({ label: 'Juni' });
  await dialog.getByRole('button', { name: 'Aufgabe zur Checkliste hinzufügen' }).click();
  await dialog.getByLabel('Aufgabe 1').fill('Raum reservieren');
  await dialog.getByLabel('Tage vor Beginn (1)').fill('vierzig');
  await dialog.getByRole('button', { name: 'Aufgabe zur Checkliste hinzufügen' }).click();
  await dialog.getByLabel('Aufgabe 2').fill('Einladungen versenden');
  await dialog.getByRole('button', { name: 'Speichern' }).click();
  await expect(dialog.getByText('Bitte geben Sie eine ganze Zahl zwischen -365 und 730 ein.')).toBeVisible();
  await expect(dialog.getByLabel('Aufgabe 2')).toHaveValue('Einladungen versenden');
  await expectAccessible(page, 'Reihe anlegen mit Fehler');
  await dialog.getByLabel('Tage vor Beginn (1)').fill('40');
  await dialog.getByRole('button', { name: 'Nach oben (2)' }).click();
  await expect(dialog.getByLabel('Aufgabe 1')).toHaveValue('Einladungen versenden');
  await dialog.getByRole('button', { name: 'Speichern' }).click();
  await expect(dialog).toHaveCount(0);
  const row = page.getByRole('row').filter({ hasText: name });
  await expect(row).toContainText('Juni');
  await expect(row).toContainText('2 Aufgaben');
  await page.goto(`/c/${id}/events/series`);
  await expect(page.getByRole('row').filter({ hasText: name })).toBeVisible();
});

test('a planner deletes an event made by mistake, after a confirmation naming what goes with it', async ({ page }) => {
  await openEvents(page, 'coordinator@koop.test');
  await page.getByRole('button', { name: 'Veranstaltung anlegen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Veranstaltung anlegen' });
  await dialog.getByLabel('Reihe').selectOption({ label: 'Neujahrsempfang' });
  await dialog.getByLabel('Beginn (Datum)').fill('2028-01-19');
  await dialog.getByLabel('Ende (Datum)').fill('2028-01-19');
  await dialog.getByLabel('Beginn (Uhrzeit)').fill('18:00');
  await dialog.getByLabel('Ende (Uhrzeit)').fill('21:00');
  const title = `Doppelt angelegt ${run}`;
  await dialog.getByLabel('Titel').fill(title);
  await dialog.getByRole('button', { name: 'Anlegen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const url = page.url();

  await page.getByRole('button', { name: 'Löschen', exact: true }).click();
  const confirm = page.getByRole('dialog', { name: 'Veranstaltung löschen?' });
  await expect(confirm).toContainText('die Aufgaben der Checkliste');
  await expectAccessible(page, 'Veranstaltung löschen');
  await confirm.getByRole('button', { name: 'Endgültig löschen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Veranstaltungen' })).toBeVisible();
  await expect(page.getByText(`„${title}“ gelöscht.`)).toBeVisible();
  // its page is gone
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1, name: 'Veranstaltung nicht gefunden' })).toBeVisible();
});
