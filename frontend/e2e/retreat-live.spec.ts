import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { expectAccessible, login, mainNav } from './helpers';

// The live prioritisation on the demo's "Klausur 2027" (PREPARING in the seed): the chair opens
// the session and voting, two participants place points on their phones and see each other's
// points arrive, the presenter view follows. The steps tolerate a rerun against the same
// database (session already open, points already placed): they compare with what they read.

const RETREAT = 'Klausur 2027';
const CHAIR = 'coordinator@koop.test';
const WKHL = 'coordinator.wkhl@koop.test';
const MEMBER = 'member@koop.test';
const PHONE = { width: 390, height: 844 };

test.describe.configure({ mode: 'serial' });

async function newPage(browser: Browser, email: string, viewport?: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext(viewport ? { viewport } : {});
  const page = await context.newPage();
  await login(page, email);
  return page;
}

/** Opens the retreat from the navigation and returns its path (/c/…/retreats/…). */
async function openRetreat(page: Page): Promise<string> {
  await mainNav(page).getByRole('link', { name: 'Klausur' }).click();
  await page.getByRole('link', { name: RETREAT, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: RETREAT })).toBeVisible();
  return new URL(page.url()).pathname;
}

async function openVotePage(page: Page, retreatPath: string): Promise<void> {
  await page.goto(`${retreatPath}/vote`);
  await expect(page.getByRole('heading', { level: 1, name: RETREAT })).toBeVisible();
  await expect(page.getByTestId('voting-state')).toHaveText('Abstimmung offen');
  await expect(page.getByTestId('connection')).toHaveText('Live');
}

function card(page: Page, title: string): Locator {
  return page.getByRole('listitem', { name: title, exact: true });
}

/** The number in "12 Punkte insgesamt", "1 Punkt insgesamt" or "3 Punkte". */
async function numberIn(locator: Locator): Promise<number> {
  const text = (await locator.textContent()) ?? '';
  const m = /(\d+)/.exec(text);
  if (!m?.[1]) throw new Error(`no number in "${text}"`);
  return Number(m[1]);
}

const total = (page: Page, title: string) => card(page, title).getByTestId('proposal-total');
const mine = (page: Page, title: string) => card(page, title).getByTestId('my-points');
const more = (page: Page, title: string) => page.getByRole('button', { name: `Einen Punkt mehr für „${title}“`, exact: true });
const less = (page: Page, title: string) => page.getByRole('button', { name: `Einen Punkt weniger für „${title}“`, exact: true });
const pointsLabel = (n: number) => (n === 1 ? '1 Punkt' : `${n} Punkte`);

async function pointsLeft(page: Page): Promise<number> {
  await expect(page.getByTestId('points-left')).toHaveText(/^Noch \d+ von 10 Punkten frei$/);
  return numberIn(page.getByTestId('points-left'));
}

test('participants prioritise live: each sees the other’s points arrive, the budget holds, the presenter view follows', async ({ browser }) => {
  // The chair starts the session and opens voting on the Vorbereitung tab.
  const chair = await newPage(browser, CHAIR);
  const retreatPath = await openRetreat(chair);
  await chair.getByRole('tab', { name: /^Vorbereitung/ }).click();
  const start = chair.getByRole('button', { name: 'Sitzung beginnen' });
  const open = chair.getByRole('button', { name: 'Abstimmung öffnen' });
  const closeVoting = chair.getByRole('button', { name: 'Abstimmung schließen' });
  await expect(start.or(open).or(closeVoting)).toBeVisible();
  if (await start.isVisible()) {
    await start.click();
    await expect(open).toBeVisible();
  }
  if (await open.isVisible()) await open.click();
  await expect(closeVoting).toBeVisible();

  // The presenter view (the chair's laptop at the projector), without the app's shell.
  await chair.goto(`${retreatPath}/presenter`);
  await expect(chair.getByRole('heading', { level: 1, name: RETREAT })).toBeVisible();
  await expect(chair.getByRole('navigation', { name: 'Hauptnavigation' })).toHaveCount(0);
  await expect(chair.getByTestId('connection')).toHaveText('Live');
  await expect(chair.getByTestId('voting-state')).toHaveText('Abstimmung offen');
  await expect(chair.getByRole('button', { name: 'Vollbild' })).toBeVisible();
  await expect(chair.getByRole('link', { name: 'Zurück zur Klausur' })).toBeVisible();
  await expectAccessible(chair, 'Präsentationsansicht');

  // Two participants on their phones.
  const cem = await newPage(browser, WKHL, PHONE);
  const mira = await newPage(browser, MEMBER, PHONE);
  await openVotePage(cem, retreatPath);
  await openVotePage(mira, retreatPath);

  const titles = (await cem.getByTestId('vote-card').getByRole('heading', { level: 2 }).allTextContents()).map((s) => s.trim());
  expect(titles.length).toBeGreaterThanOrEqual(2);
  const [first = '', second = ''] = titles;

  // Cem gives a point to the first proposal: Mira and the projector see it without reloading.
  const firstBefore = await numberIn(total(mira, first));
  const cemLeft = await pointsLeft(cem);
  expect(cemLeft).toBeGreaterThan(0);
  await more(cem, first).click();
  await expect(cem.getByTestId('points-left')).toHaveText(`Noch ${cemLeft - 1} von 10 Punkten frei`);
  await expect(total(cem, first)).toContainText(pointsLabel(firstBefore + 1));
  await expect(total(mira, first)).toContainText(pointsLabel(firstBefore + 1));
  const firstRow = chair.getByTestId('ranking-row').filter({ has: chair.getByTestId('ranking-title').getByText(first, { exact: true }) });
  await expect(firstRow.getByTestId('ranking-points')).toHaveText(pointsLabel(firstBefore + 1));

  // And the other way round: Mira gives a point to the second proposal, Cem sees it.
  const secondBefore = await numberIn(total(cem, second));
  await more(mira, second).click();
  await expect(total(mira, second)).toContainText(pointsLabel(secondBefore + 1));
  await expect(total(cem, second)).toContainText(pointsLabel(secondBefore + 1));
  const secondRow = chair.getByTestId('ranking-row').filter({ has: chair.getByTestId('ranking-title').getByText(second, { exact: true }) });
  await expect(secondRow.getByTestId('ranking-points')).toHaveText(pointsLabel(secondBefore + 1));
  await expect(chair.getByTestId('voters')).toHaveText(/^\d+ von 3 Teilnehmenden (hat|haben) abgestimmt$/);

  // Mira spends all her points on the second proposal, tapping quickly: the budget holds.
  const miraLeft = await pointsLeft(mira);
  const miraOnSecond = await numberIn(mine(mira, second));
  for (let i = 0; i < miraLeft; i++) await more(mira, second).click();
  await expect(mira.getByTestId('points-left')).toHaveText('Noch 0 von 10 Punkten frei');
  await expect(card(mira, second).getByTestId('vote-pending')).toHaveCount(0);
  await expect(mine(mira, second)).toHaveText(String(miraOnSecond + miraLeft));
  await expect(total(cem, second)).toContainText(pointsLabel(secondBefore + 1 + miraLeft));
  await expect(secondRow.getByTestId('ranking-points')).toHaveText(pointsLabel(secondBefore + 1 + miraLeft));
  for (const title of titles) await expect(more(mira, title)).toBeDisabled();
  // Not even the keyboard gets past a "+" at 0 points left.
  const miraOnFirst = await numberIn(mine(mira, first));
  await more(mira, first).focus();
  await mira.keyboard.press('Enter');
  await mira.keyboard.press('Space');
  await expect(mira.getByTestId('points-left')).toHaveText('Noch 0 von 10 Punkten frei');
  await expect(mine(mira, first)).toHaveText(String(miraOnFirst));
  await expect(more(mira, first)).toBeFocused();

  // Taking a point back frees it at once, and "+" works again.
  await less(mira, second).click();
  await expect(mira.getByTestId('points-left')).toHaveText('Noch 1 von 10 Punkten frei');
  await expect(more(mira, first)).toBeEnabled();
  await expect(total(cem, second)).toContainText(pointsLabel(secondBefore + miraLeft));

  // The vote page on a phone: accessible and without sideways scrolling.
  await expectAccessible(mira, 'Abstimmen (Telefon)');
  expect(await mira.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await mira.setViewportSize({ width: 1280, height: 900 });
  await expectAccessible(mira, 'Abstimmen');

  // The presenter view after the votes, with the ranking highest first.
  const points = (await chair.getByTestId('ranking-points').allTextContents()).map((s) => Number(/\d+/.exec(s)?.[0] ?? 'NaN'));
  expect(points).toEqual([...points].sort((a, b) => b - a));
  await expectAccessible(chair, 'Präsentationsansicht nach der Abstimmung');

  // The chair closes voting: the phones say so and lock their buttons, live.
  await chair.getByRole('link', { name: 'Zurück zur Klausur' }).click();
  await expect(chair.getByRole('heading', { level: 1, name: RETREAT })).toBeVisible();
  await chair.getByRole('tab', { name: /^Vorbereitung/ }).click();
  await chair.getByRole('button', { name: 'Abstimmung schließen' }).click();
  await expect(cem.getByTestId('voting-state')).toHaveText('Abstimmung geschlossen — warten Sie auf die Moderation');
  await expect(more(cem, first)).toBeDisabled();
  await expect(less(cem, first)).toBeDisabled();
  await expect(cem.getByTestId('vote-block')).toBeVisible();
  await expectAccessible(cem, 'Abstimmen (geschlossen)');
  // …and opens it again, so that a rerun of this spec finds voting open.
  await chair.getByRole('button', { name: 'Abstimmung öffnen' }).click();
  await expect(cem.getByTestId('voting-state')).toHaveText('Abstimmung offen');
  await expect(less(cem, first)).toBeEnabled();

  await Promise.all([chair, cem, mira].map((p) => p.context().close()));
});
