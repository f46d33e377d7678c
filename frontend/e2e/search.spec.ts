import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, login, mainNav } from './helpers';

/** A demo event with an empty description: the planner gives it one with "Veranstaltung" in it. */
const EVENT = 'Lichtenberger Kultursalon 2027';

function searchBox(page: Page) {
  return page.getByRole('banner').getByRole('combobox', { name: 'Suche' });
}

/** The option that aria-activedescendant points at. */
async function activeOption(page: Page) {
  const id = await searchBox(page).getAttribute('aria-activedescendant');
  expect(id, 'an option is active').toBeTruthy();
  return page.locator(`[id="${id}"]`);
}

/** Moves down with the arrow key until the active option shows `title` (at most `max` steps). */
async function arrowTo(page: Page, title: string, max = 40) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('ArrowDown');
    const option = await activeOption(page);
    if (((await option.textContent()) ?? '').includes(title)) return option;
  }
  throw new Error(`no option "${title}" reached with the arrow keys`);
}

test('"Veranstaltungen" finds an event by its German stem; arrow keys and Enter open it', async ({ page }) => {
  await login(page, 'coordinator@koop.test');
  // the planner describes the event; the search index follows the text
  await mainNav(page).getByRole('link', { name: 'Veranstaltungen' }).click();
  await page.getByRole('link', { name: EVENT }).click();
  await expect(page.getByRole('heading', { level: 1, name: EVENT })).toBeVisible();
  await page.getByRole('button', { name: 'Bearbeiten' }).click();
  await page.getByLabel('Beschreibung').fill('Die Veranstaltung bringt Unternehmen und Kulturschaffende ins Gespräch.');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByText('Änderungen gespeichert.')).toBeVisible();
  const eventUrl = page.url().replace(/[?#].*$/, '');

  await mainNav(page).getByRole('link', { name: 'Übersicht' }).click();
  await expect(page.getByRole('region', { name: 'Meine offenen Aufgaben' })).toBeVisible();

  // "/" focuses the box from the page
  await page.locator('body').press('/');
  const box = searchBox(page);
  await expect(box).toBeFocused();
  await box.pressSequentially('Veranstaltungen');
  const list = page.getByRole('listbox', { name: 'Suchergebnisse' });
  await expect(list).toBeVisible();
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  const events = list.getByRole('group', { name: /^Veranstaltungen/ });
  await expect(events.getByRole('option', { name: new RegExp(EVENT) })).toBeVisible();
  // the stem is marked in the snippet, as text
  await expect(events.getByRole('option', { name: new RegExp(EVENT) }).locator('mark')).toContainText(['Veranstaltung']);
  await expectAccessible(page, 'Suche mit offener Trefferliste');

  // Home/End and the arrow keys move the active option; the list wraps round
  await page.keyboard.press('ArrowDown');
  const first = await (await activeOption(page)).getAttribute('id');
  await expect(list.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('End');
  await expect(list.getByRole('option').last()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  expect(await (await activeOption(page)).getAttribute('id')).toBe(first);
  await page.keyboard.press('ArrowUp');
  await expect(list.getByRole('option').last()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Home');
  await expect(list.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');

  await page.keyboard.press('End'); // the walk down starts over at the top
  await arrowTo(page, EVENT);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: EVENT })).toBeVisible();
  expect(page.url().replace(/[?#].*$/, '')).toBe(eventUrl);
  await expect(list).toHaveCount(0);
  await expectAccessible(page, 'Veranstaltung aus der Suche');
});

test('Escape closes the list; no hits and a too-long query are explained in German', async ({ page }) => {
  await login(page, 'coordinator@koop.test');
  const box = searchBox(page);
  await page.keyboard.press('Control+k');
  await expect(box).toBeFocused();

  await box.fill('Neujahrsempfang');
  const list = page.getByRole('listbox', { name: 'Suchergebnisse' });
  await expect(list.getByRole('option', { name: /Neujahrsempfang 2027/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(list).toHaveCount(0);
  await expect(box).toHaveValue('Neujahrsempfang');
  await page.keyboard.press('Escape');
  await expect(box).toHaveValue('');

  await box.fill('Quxplorwendt');
  await expect(page.getByTestId('search-panel')).toHaveText('Keine Treffer für „Quxplorwendt“.');
  await expect(page.getByRole('banner').getByRole('status')).toHaveText('Keine Treffer für „Quxplorwendt“.');
  await expectAccessible(page, 'Suche ohne Treffer');

  await box.fill('Lichtenberg '.repeat(30));
  await expect(page.getByRole('banner').getByRole('alert')).toHaveText('Der Suchbegriff ist zu lang (höchstens 200 Zeichen).');

  // SQL and tsquery syntax are only text
  await box.fill("Neujahr'; DROP TABLE events; -- & !|");
  await expect(page.getByRole('banner').getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('banner').getByRole('status')).toContainText('Treffer');
});

test('a nomination opens its cycle on the Nominierungen tab, and a proposal its retreat', async ({ page }) => {
  await login(page, 'coordinator@koop.test');
  const box = searchBox(page);
  await box.fill('Lastenrad');
  const list = page.getByRole('listbox', { name: 'Suchergebnisse' });
  const nominations = list.getByRole('group', { name: /^Nominierungen/ });
  await expect(nominations.getByRole('option').first()).toBeVisible();
  await nominations.getByRole('option', { name: /Lastenrad-Manufaktur/ }).first().click();
  await expect(page).toHaveURL(/\/award\/[^/?]+\?tab=nominations$/);
  await expect(page.getByRole('tab', { name: 'Nominierungen', selected: true })).toBeVisible();
  await expectAccessible(page, 'Nominierung aus der Suche');

  await box.fill('Ausbildungsbörse');
  const proposals = list.getByRole('group', { name: /^Vorschläge/ });
  await expect(proposals.getByRole('option', { name: /Lichtenberger Ausbildungsbörse/ })).toBeVisible();
  await arrowTo(page, 'Lichtenberger Ausbildungsbörse');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/retreats\/[^/?]+\?tab=proposals$/);
  await expect(page.getByRole('tab', { name: /Vorschläge/, selected: true })).toBeVisible();
});

test('an outside juror finds only the nominations of their cycle', async ({ page }) => {
  await login(page, 'juror1@koop.test');
  const box = searchBox(page);
  await box.fill('Lichtenberg');
  const list = page.getByRole('listbox', { name: 'Suchergebnisse' });
  await expect(list.getByRole('group', { name: /^Nominierungen/ })).toBeVisible();
  await expect(list.getByRole('group')).toHaveCount(1);
  await expect(list.getByRole('group', { name: /^Kontakte/ })).toHaveCount(0);
  await expectAccessible(page, 'Suche als Jurorin');
});
