import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { cooperationIdFrom, expectAccessible, login } from './helpers';

/** A suffix that keeps texts and file names unique when the suite runs twice against one database. */
const run = Date.now().toString(36).slice(-5);

/** The demo Neujahrsempfang 2027 (postgres/seed_events.go). */
const NEUJAHR = '6b00c0de-0000-4000-8000-000000000306';

async function openNeujahr(page: Page, email: string, tab?: string): Promise<void> {
  await login(page, email);
  const id = cooperationIdFrom(page);
  await page.goto(`/c/${id}/events/${NEUJAHR}${tab ? `?tab=${tab}` : ''}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Neujahrsempfang 2027' })).toBeVisible();
}

test('a coordinator comments on an event, edits the comment and deletes it after confirming', async ({ page }) => {
  await openNeujahr(page, 'coordinator@koop.test');
  const comments = page.getByRole('region', { name: 'Kommentare' });
  const box = comments.getByLabel('Neuer Kommentar');

  // an empty comment is refused at the field, nothing is sent
  await comments.getByRole('button', { name: 'Kommentieren' }).click();
  await expect(comments.getByText('Bitte schreiben Sie einen Text.')).toBeVisible();

  const text = `Catering-Angebot der Spreeküche liegt vor (${run}).`;
  await box.fill(text);
  await box.press('Control+Enter');
  const list = comments.getByRole('list', { name: 'Kommentare' });
  const item = list.getByRole('listitem').filter({ hasText: text });
  await expect(item).toBeVisible();
  await expect(box).toHaveValue('');
  await expectAccessible(page, 'Kommentare');

  await item.getByRole('button', { name: 'Bearbeiten' }).click();
  const edit = item.getByLabel('Kommentar bearbeiten');
  await expect(edit).toBeFocused();
  await edit.fill(`${text} Zusage bis 10.12.`);
  await item.getByRole('button', { name: 'Speichern' }).click();
  const edited = list.getByRole('listitem').filter({ hasText: `${text} Zusage bis 10.12.` });
  await expect(edited).toContainText('bearbeitet');

  await edited.getByRole('button', { name: 'Löschen' }).click();
  const confirm = page.getByRole('dialog', { name: 'Kommentar löschen?' });
  await expect(confirm).toContainText('wird gelöscht');
  await expectAccessible(page, 'Kommentar löschen');
  await confirm.getByRole('button', { name: 'Löschen' }).click();
  await expect(list.getByRole('listitem').filter({ hasText: text })).toHaveCount(0);
});

test('a coordinator uploads a PDF to an event, downloads it unchanged, is refused an HTML file and deletes the PDF', async ({ page }) => {
  await openNeujahr(page, 'coordinator@koop.test', 'files');
  await expect(page.getByRole('tab', { name: 'Dateien' })).toHaveAttribute('aria-selected', 'true');
  const upload = page.getByRole('region', { name: 'Datei hochladen' });

  // a web page disguised as a PDF is refused by its content, the German reason sits at the field
  await upload.getByLabel('Datei').setInputFiles({
    name: 'einladung.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('<html><script>alert(1)</script></html>'),
  });
  await upload.getByRole('button', { name: 'Hochladen' }).click();
  await expect(upload.getByText('Diese Dateiart ist nicht erlaubt.', { exact: false })).toBeVisible();
  await expect(upload.getByLabel('Datei')).toHaveAttribute('aria-invalid', 'true');

  const name = `Ablaufplan-${run}.pdf`;
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
  await upload.getByLabel('Datei').setInputFiles({ name, mimeType: 'application/pdf', buffer: pdf });
  await upload.getByLabel('Beschreibung').fill('Ablauf für den Abend');
  await upload.getByRole('button', { name: 'Hochladen' }).click();
  const table = page.getByRole('table', { name: 'Dateien der Veranstaltung' });
  const row = table.getByRole('row').filter({ hasText: name });
  await expect(row).toContainText('Ablauf für den Abend');
  await expect(row).toContainText('Clara Conrad');
  await expectAccessible(page, 'Dateien');

  const downloading = page.waitForEvent('download');
  await row.getByRole('link', { name }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(name);
  const path = await download.path();
  expect(Buffer.compare(await readFile(path), pdf)).toBe(0);

  await row.getByRole('button', { name: `Löschen: ${name}` }).click();
  const confirm = page.getByRole('dialog', { name: 'Datei löschen?' });
  await expect(confirm).toContainText(name);
  await confirm.getByRole('button', { name: 'Löschen' }).click();
  await expect(table.getByRole('row').filter({ hasText: name })).toHaveCount(0);
});

test('a viewer reads comments and files but cannot write either', async ({ page }) => {
  await openNeujahr(page, 'viewer@koop.test');
  const comments = page.getByRole('region', { name: 'Kommentare' });
  await expect(comments).toBeVisible();
  await expect(comments.getByLabel('Neuer Kommentar')).toHaveCount(0);
  await page.getByRole('tab', { name: 'Dateien' }).click();
  await expect(page.getByRole('heading', { name: 'Dateien', level: 2 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Datei hochladen' })).toHaveCount(0);
  await expectAccessible(page, 'Dateien (Lesend)');
});
