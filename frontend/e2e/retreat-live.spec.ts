import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { cooperationIdFrom, expectAccessible, login, mainNav } from './helpers';

// The demo's "Klausur 2027" (PREPARING in the seed) from the live prioritisation to the plan:
// the chair opens the session and voting, two participants place points on their phones and see
// each other's points arrive, the presenter view follows; the chair closes voting, records a
// decision on every proposal and closes the retreat; the accepted event proposal is a draft event
// in October 2027 and the minutes list the tally, the decisions and the plan. Closing cannot be
// undone, so the spec needs the freshly seeded database scripts/e2e.sh makes for every run.

const RETREAT = 'Klausur 2027';
const CHAIR = 'coordinator@koop.test';
const WKHL = 'coordinator.wkhl@koop.test';
const MEMBER = 'member@koop.test';
const PHONE = { width: 390, height: 844 };
const EVENT = 'Investitionsmesse Lichtenberg 2027';
const WORKSTREAM = 'Lichtenberger Ausbildungsbörse';

/** The decision on each of the seed's proposals (kind as the minutes name it). */
const DECISIONS: { title: string; kind: string; outcome: 'Angenommen' | 'Abgelehnt' | 'Vertagt'; text: string; owner?: string; dueOn?: string }[] = [
  {
    title: EVENT,
    kind: 'Veranstaltung',
    outcome: 'Angenommen',
    text: 'Die Investitionsmesse 2027 findet am 7. Oktober wieder im Dong Xuan Center statt, mit einem Forum für Gründungen.',
    owner: 'WKHL',
    dueOn: '2027-03-31',
  },
  {
    title: WORKSTREAM,
    kind: 'Projekt',
    outcome: 'Angenommen',
    text: 'Die Ausbildungsbörse wird 2027 als gemeinsames Projekt vorbereitet.',
    owner: 'BA Lichtenberg',
    dueOn: '2027-05-31',
  },
  { title: 'Wirtschaftsdinner Lichtenberg 2027', kind: 'Veranstaltung', outcome: 'Vertagt', text: 'Wird entschieden, sobald die Sponsoren zugesagt haben.' },
  { title: 'Vermarktung der Gewerbeflächen beschleunigen', kind: 'Projekt', outcome: 'Abgelehnt', text: 'Die Vergabe der Flächen liegt beim Land; das Projekt bleibt, wie es ist.' },
  { title: 'Tourismus als Schwerpunkt 2027', kind: 'Schwerpunkt', outcome: 'Vertagt', text: 'Zur nächsten Klausur mit einem Vorschlag des Tourismusvereins.' },
  { title: 'Gemeinsamer Auftritt auf der Grünen Woche?', kind: 'Thema', outcome: 'Abgelehnt', text: 'Der Aufwand steht in keinem Verhältnis zum Nutzen für die Betriebe.' },
];
const OUTCOME = { Angenommen: 'ACCEPTED', Abgelehnt: 'REJECTED', Vertagt: 'DEFERRED' } as const;

function kindOf(title: string): string {
  const d = DECISIONS.find((x) => x.title === title);
  if (!d) throw new Error(`no proposal "${title}" in the seed's Klausur 2027`);
  return d.kind;
}

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

async function openTab(page: Page, name: string): Promise<void> {
  const tab = page.getByRole('tab', { name: new RegExp(`^${name}`) });
  await tab.click();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A proposal's decision in the editor, its heading "2. Title" (ranked) or "Title". */
const decision = (page: Page, title: string) => page.getByRole('article', { name: new RegExp(`^(\\d+\\. )?${escapeRegExp(title)}$`) });

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

test('participants prioritise live and see each other’s points arrive; the chair records the decisions and closes; the plan is in the calendar and the minutes', async ({ browser }) => {
  test.setTimeout(180_000);
  // The chair starts the session and opens voting on the Vorbereitung tab.
  const chair = await newPage(browser, CHAIR);
  const cooperationId = cooperationIdFrom(chair);
  const retreatPath = await openRetreat(chair);
  await expect(chair.getByTestId('retreat-status'), 'Klausur 2027 as seeded (the spec needs a fresh database)').toHaveText('Vorbereitung');
  await chair.getByRole('tab', { name: /^Vorbereitung/ }).click();
  await chair.getByRole('button', { name: 'Sitzung beginnen' }).click();
  await chair.getByRole('button', { name: 'Abstimmung öffnen' }).click();
  await expect(chair.getByRole('button', { name: 'Abstimmung schließen' })).toBeVisible();

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
  await expect(chair.getByTestId('voting-state')).toHaveText('Abstimmung geschlossen');

  // --- the decisions -------------------------------------------------------------------------
  // The chair records one on every proposal, in the order of the tally: the participants'
  // points decide the order and stand next to each proposal.
  const firstPoints = firstBefore + 1;
  const secondPoints = secondBefore + miraLeft;
  expect(secondPoints).toBeGreaterThan(firstPoints);
  await openTab(chair, 'Beschlüsse');
  const editors = chair.getByTestId('decision-editor');
  await expect(editors).toHaveCount(DECISIONS.length);
  await expect(editors.nth(0).getByRole('heading', { level: 3 })).toHaveText(`1. ${second}`);
  await expect(editors.nth(1).getByRole('heading', { level: 3 })).toHaveText(`2. ${first}`);
  await expect(decision(chair, second).getByTestId('decision-points')).toHaveText(`${pointsLabel(secondPoints)} · von 1 Person`);
  await expect(decision(chair, first).getByTestId('decision-points')).toHaveText(`${pointsLabel(firstPoints)} · von 1 Person`);
  await expectAccessible(chair, 'Beschlüsse (Editor)');

  const record = async (d: (typeof DECISIONS)[number]) => {
    const editor = decision(chair, d.title);
    await editor.getByRole('radio', { name: d.outcome }).check();
    await editor.getByLabel('Beschluss', { exact: true }).fill(d.text);
    if (d.owner) await editor.getByLabel('Verantwortlicher Partner').selectOption({ label: d.owner });
    if (d.dueOn) await editor.getByLabel('Bis', { exact: true }).fill(d.dueOn);
    await editor.getByRole('button', { name: `Speichern: ${d.title}` }).click();
    await expect(editor).toHaveAttribute('data-outcome', OUTCOME[d.outcome]);
    await expect(editor.getByText('Nicht gespeichert')).toHaveCount(0);
  };
  const [last, ...rest] = [...DECISIONS].reverse();
  for (const d of rest.reverse()) await record(d);

  // with one proposal undecided the retreat cannot be closed yet
  const closeRetreat = chair.getByRole('button', { name: 'Klausur abschließen' });
  const confirm = chair.getByRole('dialog', { name: 'Klausur abschließen?' });
  await closeRetreat.click();
  await expect(confirm.getByRole('alert')).toContainText('1 Vorschlag hat noch keinen Beschluss.');
  await expect(confirm.getByRole('button', { name: 'Endgültig abschließen' })).toBeDisabled();
  await confirm.getByRole('button', { name: 'Abbrechen' }).click();
  await expect(confirm).toBeHidden();
  if (last) await record(last);

  // closing through the confirmation dialog, which says what will be created
  await closeRetreat.click();
  await expect(confirm.getByTestId('close-summary').getByRole('listitem')).toHaveText([
    '1 Veranstaltung als Idee im Jahr 2027, mit der Checkliste ihrer Reihe',
    '1 neues Projekt',
    '2 Aufgaben',
  ]);
  await expect(confirm.getByRole('alert')).toHaveCount(0);
  await confirm.getByRole('button', { name: 'Endgültig abschließen' }).click();
  await expect(confirm).toBeHidden();
  await expect(chair.getByTestId('retreat-status')).toHaveText('Abgeschlossen');
  await expect(chair.getByText('Die Klausur ist abgeschlossen; der Plan für 2027 wurde angelegt.')).toBeVisible();
  await expect(closeRetreat).toHaveCount(0);
  // the phones learn it live
  await expect(cem.getByTestId('voting-state')).toHaveText('Die Klausur ist abgeschlossen');
  await expect(more(cem, first)).toBeDisabled();

  const plan = chair.getByTestId('plan-summary');
  await expect(plan).toContainText('Plan 2027');
  const eventLink = plan.getByRole('link', { name: EVENT, exact: true });
  await expect(eventLink).toHaveAttribute('href', new RegExp(`^/c/${cooperationId}/events/[^/]+$`));
  await expect(plan.getByRole('link', { name: WORKSTREAM, exact: true })).toHaveAttribute('href', new RegExp(`^/c/${cooperationId}/workstreams/[^/]+$`));
  for (const d of DECISIONS.filter((x) => x.outcome === 'Angenommen')) await expect(plan).toContainText(`Aufgabe: ${d.text}`);
  await expect(chair.getByTestId('decisions-table').getByTestId('decision-row')).toHaveCount(DECISIONS.length);
  await expectAccessible(chair, 'Beschlüsse nach dem Abschluss');
  const eventHref = (await eventLink.getAttribute('href')) ?? '';

  // --- the draft event in the calendar of October 2027 -----------------------------------------
  await chair.goto(`/c/${cooperationId}/events?view=calendar&month=2027-10`);
  const calendar = chair.getByRole('region', { name: 'Kalender der Veranstaltungen' });
  await expect(calendar.locator('td[data-date="2027-10-07"]').getByText(EVENT)).toBeVisible();
  await expectAccessible(chair, 'Kalender Oktober 2027');
  await chair.goto(eventHref);
  await expect(chair.getByRole('heading', { level: 1, name: EVENT })).toBeVisible();
  await expect(chair.getByText('Idee', { exact: true }).first()).toBeVisible();

  // --- the minutes -----------------------------------------------------------------------------
  await chair.goto(`${retreatPath}/print/minutes`);
  await expect(chair.getByRole('heading', { level: 1, name: `Protokoll: ${RETREAT}` })).toBeVisible();
  await expect(chair.getByText(`${firstPoints + secondPoints} Punkte von 2 der 3 Teilnehmenden, je 10 Punkte.`)).toBeVisible();
  const row = (table: Locator, title: string) => table.getByRole('row').filter({ has: chair.getByRole('rowheader', { name: title, exact: true }) });
  // the tally: the points Cem and Mira gave, ranked
  const tally = chair.getByTestId('print-tally');
  await expect(tally.getByRole('row')).toHaveCount(DECISIONS.length + 1);
  await expect(row(tally, second).getByRole('cell')).toHaveText(['1', kindOf(second), String(secondPoints), '1']);
  await expect(row(tally, first).getByRole('cell')).toHaveText(['2', kindOf(first), String(firstPoints), '1']);
  for (const d of DECISIONS.filter((x) => x.title !== first && x.title !== second)) {
    await expect(row(tally, d.title).getByRole('cell').nth(2)).toHaveText('0');
  }
  // the decisions
  const decided = chair.getByTestId('print-decisions');
  await expect(decided.getByRole('row')).toHaveCount(DECISIONS.length + 1);
  for (const d of DECISIONS) {
    const cells = row(decided, d.title).getByRole('cell');
    await expect(cells.nth(1)).toHaveText(d.outcome);
    await expect(cells.nth(2)).toHaveText(d.text);
    await expect(cells.nth(3)).toHaveText(d.owner ?? '–');
    await expect(cells.nth(4)).toHaveText(d.dueOn ? d.dueOn.split('-').reverse().join('.') : '–');
  }
  // the plan they became, the event linked
  const created = chair.getByTestId('print-plan').getByRole('listitem');
  await expect(created).toHaveCount(4);
  await expect(created.filter({ hasText: 'Veranstaltung (Idee)' })).toHaveText(
    new RegExp(`^Veranstaltung \\(Idee\\): ${EVENT} \\(Idee am 07\\.10\\.2027 in der Reihe „Investitionsmesse“\\) \\(Beschluss \\d: ${EVENT}\\)$`),
  );
  await expect(created.getByRole('link', { name: EVENT, exact: true })).toHaveAttribute('href', eventHref);
  await expect(created.filter({ hasText: 'Neues Projekt' })).toContainText(`Neues Projekt: ${WORKSTREAM} (Vorgeschlagen ab 01.01.2027, Priorität mittel)`);
  await expect(created.filter({ hasText: 'Neues Projekt' }).getByRole('link', { name: WORKSTREAM, exact: true })).toBeVisible();
  for (const d of DECISIONS.filter((x) => x.outcome === 'Angenommen')) {
    await expect(created.filter({ hasText: `Aufgabe: ${d.text}` })).toContainText(`bis ${(d.dueOn ?? '').split('-').reverse().join('.')}`);
  }
  await expectAccessible(chair, 'Protokoll');

  await Promise.all([chair, cem, mira].map((p) => p.context().close()));
});
