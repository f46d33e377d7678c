import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { cooperationIdFrom, expectAccessible, login } from './helpers';

/** The demo Neujahrsempfang 2027 (postgres/seed_events.go). */
const NEUJAHR = '6b00c0de-0000-4000-8000-000000000306';

test('a member downloads an event as a calendar file', async ({ page }) => {
  await login(page, 'member@koop.test');
  await page.goto(`/c/${cooperationIdFrom(page)}/events/${NEUJAHR}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Neujahrsempfang 2027' })).toBeVisible();
  await expectAccessible(page, 'Veranstaltung mit Kalenderdatei');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Kalenderdatei (.ics)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('Neujahrsempfang-2027.ics');
  const ics = await readFile(await download.path(), 'utf8');
  expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(ics).toContain('\r\nSUMMARY:Neujahrsempfang 2027\r\n');
  expect(ics).toContain(`\r\nUID:${NEUJAHR}@koop\r\n`);
  expect(ics).toContain('\r\nEND:VCALENDAR\r\n');
});

/** The feed dialog on the events page. */
async function openFeedDialog(page: Page) {
  await page.getByRole('button', { name: 'Kalender abonnieren' }).click();
  const dialog = page.getByRole('dialog', { name: 'Kalender abonnieren' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('a coordinator creates and rotates the calendar feed; the old address stops working', async ({ page }) => {
  await login(page, 'coordinator@koop.test');
  await page.goto(`/c/${cooperationIdFrom(page)}/events`);
  await expect(page.getByRole('heading', { level: 1, name: 'Veranstaltungen' })).toBeVisible();
  let dialog = await openFeedDialog(page);
  await expect(dialog).toContainText('geheimen Schlüssel');
  // a fresh database has no feed; a rerun against the same one may
  const create = dialog.getByRole('button', { name: 'Kalenderabo einrichten' });
  const rotate = dialog.getByRole('button', { name: 'Neue Adresse erzeugen' });
  await expect(create.or(rotate)).toBeVisible();
  await expectAccessible(page, 'Kalender abonnieren');
  if (await rotate.isVisible()) {
    await rotate.click();
    await dialog.getByRole('button', { name: 'Ja, neue Adresse erzeugen' }).click();
  } else {
    await expect(dialog).toContainText('noch kein Kalenderabo');
    await create.click();
  }
  const address = dialog.getByRole('textbox', { name: 'Adresse des Kalenderabos' });
  await expect(address).toHaveValue(/\/calendar\/feeds\/[A-Za-z0-9_-]{43}\.ics$/);
  const first = await address.inputValue();
  await expect(dialog.getByRole('button', { name: 'Adresse kopieren' })).toBeVisible();
  await expect(dialog).toContainText('Ein Kalenderabo besteht seit');
  await expectAccessible(page, 'Kalender abonnieren (neue Adresse)');

  // No login needed: calendar apps cannot log in.
  const feed = await page.request.get(first);
  expect(feed.status()).toBe(200);
  expect(feed.headers()['content-type']).toBe('text/calendar; charset=utf-8');
  const body = await feed.text();
  expect(body.startsWith('BEGIN:VCALENDAR')).toBe(true);
  expect(body).toContain('SUMMARY:Neujahrsempfang 2027');

  // Rotating asks first, then the old address is gone.
  await dialog.getByRole('button', { name: 'Neue Adresse erzeugen' }).click();
  await expect(dialog).toContainText('Die bisherige Adresse funktioniert danach nicht mehr.');
  await expectAccessible(page, 'Neue Adresse erzeugen?');
  await dialog.getByRole('button', { name: 'Ja, neue Adresse erzeugen' }).click();
  await expect(address).not.toHaveValue(first);
  const second = await address.inputValue();
  const old = await page.request.get(first);
  expect(old.status()).toBe(404);
  expect(await old.text()).toContain('Kalenderabo');
  expect((await page.request.get(second)).status()).toBe(200);

  // Reopened, the dialog no longer shows the address.
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  dialog = await openFeedDialog(page);
  await expect(dialog).toContainText('Ein Kalenderabo besteht seit');
  await expect(dialog).toContainText('Clara Conrad');
  await expect(dialog.getByRole('textbox', { name: 'Adresse des Kalenderabos' })).toHaveCount(0);

  // Ending the feed ends the address.
  await dialog.getByRole('button', { name: 'Kalenderabo beenden' }).click();
  await expect(dialog).toContainText('Die Adresse funktioniert danach nicht mehr');
  await dialog.getByRole('button', { name: 'Ja, Kalenderabo beenden' }).click();
  await expect(dialog).toContainText('noch kein Kalenderabo');
  expect((await page.request.get(second)).status()).toBe(404);
});

test('a viewer reads about the calendar feed but cannot create one', async ({ page }) => {
  await login(page, 'viewer@koop.test');
  await page.goto(`/c/${cooperationIdFrom(page)}/events`);
  const dialog = await openFeedDialog(page);
  await expect(dialog.getByRole('status')).toContainText(/Kalenderabo/);
  await expect(dialog.getByRole('button', { name: 'Kalenderabo einrichten' })).toHaveCount(0);
  await expect(dialog.getByRole('button', { name: 'Neue Adresse erzeugen' })).toHaveCount(0);
  await expectAccessible(page, 'Kalender abonnieren (Lesend)');
});
