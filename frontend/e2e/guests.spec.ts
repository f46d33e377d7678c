import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { cooperationIdFrom, expectAccessible, login, mainNav } from './helpers';
import { waitForRsvpLink } from './mail';

/** A suffix that keeps titles unique when the suite runs twice against one database. */
const run = Date.now().toString(36).slice(-5);

/** Parses the guest list CSV as German Excel reads it: BOM, semicolons, quoted cells. */
function parseCsv(text: string): string[][] {
  expect(text.charCodeAt(0), 'the CSV starts with a UTF-8 BOM').toBe(0xfeff);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 1; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ';') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      row.push(cell.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  return rows;
}

function guestRow(page: Page, name: string) {
  return page.getByRole('table', { name: 'Gäste der Veranstaltung' }).getByRole('row').filter({ hasText: name });
}

test('guests of a small event: invite three, one declines by her link, the waiting guest moves up, check-in and CSV', async ({ page, browser }) => {
  test.setTimeout(120_000);
  // An event from a series, with room for two.
  await login(page, 'coordinator@koop.test');
  const coopId = cooperationIdFrom(page);
  await mainNav(page).getByRole('link', { name: 'Veranstaltungen' }).click();
  await page.getByRole('button', { name: 'Veranstaltung anlegen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Veranstaltung anlegen' });
  await dialog.getByLabel('Reihe').selectOption({ label: 'Lichtenberger Kultursalon' });
  await dialog.getByLabel('Beginn (Datum)').fill('2027-06-16');
  await dialog.getByLabel('Ende (Datum)').fill('2027-06-16');
  await dialog.getByLabel('Beginn (Uhrzeit)').fill('19:00');
  await dialog.getByLabel('Ende (Uhrzeit)').fill('21:30');
  await dialog.getByLabel('Kapazität').fill('2');
  const title = `Kultursalon im Salon ${run}`;
  await dialog.getByLabel('Titel').fill(title);
  await dialog.getByRole('button', { name: 'Anlegen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  // its checklist came with it
  await page.getByRole('tab', { name: /Aufgaben/ }).click();
  await expect(page.getByTestId('task-summary')).toHaveText(/von \d+ Aufgaben offen/);
  await page.getByRole('tab', { name: 'Übersicht' }).click();
  await page.getByRole('button', { name: 'In Planung nehmen' }).click();
  await expect(page.getByText('Status ist jetzt „In Planung“.')).toBeVisible();
  await page.getByRole('button', { name: 'Bestätigen' }).click();
  await expect(page.getByText('Status ist jetzt „Bestätigt“.')).toBeVisible();

  // Three contacts on the list, as drafts, then sent.
  await page.getByRole('tab', { name: 'Gäste' }).click();
  await expect(page.getByText('Noch keine Gäste.', { exact: false })).toBeVisible();
  await expectAccessible(page, 'Gäste (leer)');
  await page.getByRole('button', { name: 'Gäste einladen' }).click();
  const invite = page.getByRole('dialog', { name: 'Gäste einladen' });
  const picker = invite.getByRole('textbox', { name: 'Kontakte' });
  for (const [typed, option] of [
    ['Krüger', /Sabine Krüger/],
    ['Böttcher', /Jens Böttcher/],
    ['Braun', /Claudia Braun/],
  ] as const) {
    await picker.fill(typed);
    // the options open in a portal, outside the dialog
    await page.getByRole('option', { name: option }).click();
  }
  // close the open option list (it scrolls without focus) before checking the dialog
  await invite.getByText('Die Gäste kommen als Entwurf', { exact: false }).click();
  await expect(page.getByRole('listbox')).toHaveCount(0);
  await expect(invite.getByText('Claudia Braun', { exact: false })).toBeVisible();
  await expectAccessible(page, 'Gäste einladen');
  await invite.getByRole('button', { name: 'Zur Gästeliste hinzufügen' }).click();
  await expect(page.getByText('3 Gäste hinzugefügt.')).toBeVisible();
  await expect(guestRow(page, 'Sabine Krüger')).toContainText('Entwurf');

  await page.getByRole('button', { name: '3 Einladungen verschicken' }).click();
  const confirmSend = page.getByRole('dialog', { name: 'Einladungen verschicken?' });
  await expect(confirmSend).toContainText('3 Gäste erhalten jetzt eine E-Mail');
  await confirmSend.getByRole('button', { name: 'Verschicken' }).click();
  await expect(page.getByText('3 Einladungen verschickt.')).toBeVisible();
  await expect(guestRow(page, 'Claudia Braun')).toContainText('Eingeladen');

  // Two accept by phone and fill the room; the third waits.
  for (const name of ['Sabine Krüger', 'Jens Böttcher', 'Claudia Braun']) {
    await page.getByRole('button', { name: `Antwort erfassen: ${name}` }).click();
    const answer = page.getByRole('dialog', { name: `Antwort von ${name} erfassen` });
    await answer.getByRole('radio', { name: 'Kommt', exact: true }).check();
    await answer.getByRole('button', { name: 'Speichern' }).click();
    await expect(answer).toHaveCount(0);
  }
  await expect(guestRow(page, 'Claudia Braun')).toContainText(/Warteliste\s*Platz 1/);
  await expect(guestRow(page, 'Sabine Krüger')).toContainText('Zugesagt');
  await expectAccessible(page, 'Gäste (voll)');

  // Sabine Krüger declines through the link in her mail, in a browser that never logged in.
  const link = await waitForRsvpLink('sabine.krueger@spreekueche.example');
  const guest = await browser.newContext();
  const rsvp = await guest.newPage();
  await rsvp.goto(new URL(link, page.url()).href);
  await expect(rsvp.getByText(title).first()).toBeVisible();
  await rsvp.getByRole('radio', { name: 'Ich komme nicht' }).check();
  await rsvp.getByRole('button', { name: /Antwort (senden|ändern)/ }).click();
  await expect(rsvp.getByText('Ihre Absage ist gespeichert.', { exact: false })).toBeVisible();
  await guest.close();

  // The waiting guest moved up.
  await page.reload();
  await expect(guestRow(page, 'Claudia Braun')).toContainText('Zugesagt');
  await expect(guestRow(page, 'Sabine Krüger')).toContainText('Abgesagt');

  // At the door.
  await page.getByRole('tab', { name: 'Check-in' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Personen da' })).toHaveText('0 von 2 Personen da');
  await page.getByLabel('Gast suchen').fill('böttcher');
  await page.getByRole('button', { name: 'Jens Böttcher einchecken' }).click();
  await expect(page.getByText('Jens Böttcher ist eingecheckt.')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Personen da' })).toHaveText('1 von 2 Personen da');
  await page.getByRole('button', { name: 'Hinzufügen und einchecken' }).click();
  await expect(page.getByText('Der Name darf nicht leer sein.')).toBeVisible();
  await page.getByRole('region', { name: 'Gast ohne Einladung' }).getByRole('textbox', { name: /Name/ }).fill('Petra Spontan');
  await page.getByRole('button', { name: 'Hinzufügen und einchecken' }).click();
  await expect(page.getByText('Petra Spontan ist eingecheckt.')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Personen da' })).toHaveText('2 von 3 Personen da');
  await expectAccessible(page, 'Check-in');

  // The guest list as CSV.
  await page.getByRole('tab', { name: 'Gäste' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Gästeliste (CSV)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^Gaeste-Kultursalon-im-Salon-.*\.csv$/);
  const rows = parseCsv(await readFile(await download.path(), 'utf8'));
  expect(rows[0]?.slice(0, 4)).toEqual(['Anrede', 'Titel', 'Vorname', 'Nachname']);
  const status = Object.fromEntries(rows.slice(1).map((r): [string, string] => [r[3] ?? '', r[7] ?? '']));
  expect(status).toEqual({ Böttcher: 'Anwesend', Braun: 'Zugesagt', Krüger: 'Abgesagt', 'Petra Spontan': 'Anwesend' });
  await expect(page).toHaveURL(new RegExp(`/c/${coopId}/events/.+tab=guests`));
});
