import { expect, test, type Locator, type Page } from '@playwright/test';
import { cooperationIdFrom, expectAccessible, login, mainNav } from './helpers';

// KPIs on goals and on event series (postgres/seed_strategy.go): goal 1 carries "Sozialversicherungs-
// pflichtig Beschäftigte im Bezirk", the series "Wirtschaftsdinner Lichtenberg" carries "Teilnehmende
// Unternehmen" with two measurements (78 on 18.09.2025, 84 on 17.09.2026). Every test leaves the
// demo as it found it: what it adds it deletes again.

const SUB_GOAL = '4.2 Vereinbarkeit von Familie und Beruf in Unternehmen fördern';
const DINNER = 'Wirtschaftsdinner Lichtenberg';
const DINNER_KPI = 'Teilnehmende Unternehmen';

const stamp = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;

async function openGoals(page: Page, email: string): Promise<void> {
  await login(page, email);
  await mainNav(page).getByRole('link', { name: 'Ziele' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ziele' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '1 Wirtschaftsstandort Lichtenberg stärken' })).toBeVisible();
}

async function openSeries(page: Page, email: string): Promise<void> {
  await login(page, email);
  await page.goto(`/c/${cooperationIdFrom(page)}/events/series`);
  await expect(page.getByRole('heading', { level: 1, name: 'Veranstaltungsreihen' })).toBeVisible();
  await expect(dinnerRow(page)).toContainText(DINNER_KPI);
}

function dinnerRow(page: Page): Locator {
  return page.getByRole('row').filter({ has: page.getByText(DINNER, { exact: true }) });
}

/** A KPI's card, found by its heading. */
function kpiCard(scope: Page | Locator, name: string): Locator {
  return scope.getByRole('article', { name });
}

test('a coordinator adds a KPI to a sub-goal, records a measurement, sees it in the summary and deletes the KPI', async ({ page }) => {
  test.setTimeout(120_000);
  const name = `Familienfreundliche Betriebe ${stamp()}`;
  await openGoals(page, 'coordinator@koop.test');
  const goal = page.getByTestId('goal-4.2');
  await expect(goal.getByRole('heading', { level: 4, name: SUB_GOAL })).toBeVisible();
  // the demo's goal KPI unfolds to its card (chart and all) and folds again
  const economy = page.getByTestId('goal-1').getByRole('button', { name: /^Sozialversicherungspflichtig Beschäftigte im Bezirk: / });
  await expect(economy).toHaveAttribute('aria-expanded', 'false');
  await economy.click();
  await expect(economy).toHaveAttribute('aria-expanded', 'true');
  const economyCard = kpiCard(page, 'Sozialversicherungspflichtig Beschäftigte im Bezirk');
  await expect(economyCard.getByRole('img', { name: /^Verlauf von Sozialversicherungspflichtig Beschäftigte/ })).toBeVisible();
  await expect(economyCard.getByRole('heading', { level: 4 })).toBeVisible();
  await expectAccessible(page, 'Ziele mit aufgeklappter Kennzahl');
  await economy.click();
  await expect(economyCard).toHaveCount(0);

  // add: the API's German message for a missing unit lands at its field
  await goal.getByRole('button', { name: `Kennzahl hinzufügen: ${SUB_GOAL}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Kennzahl hinzufügen' });
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByRole('textbox', { name: 'Ausgangswert', exact: true }).fill('12');
  await dialog.getByLabel('Ausgangswert vom').fill('2025-01-01');
  await dialog.getByRole('textbox', { name: 'Zielwert' }).fill('40');
  await dialog.getByLabel('Ziel bis').fill('2027-12-31');
  await dialog.getByRole('button', { name: 'Speichern' }).click();
  await expect(dialog.getByText(/Bitte geben Sie die Einheit der Kennzahl an/)).toBeVisible();
  await expectAccessible(page, 'Kennzahl hinzufügen (Ziel) mit Fehler');
  await dialog.getByRole('textbox', { name: 'Einheit' }).fill('Unternehmen');
  await dialog.getByRole('button', { name: 'Speichern' }).click();
  await expect(dialog).toBeHidden();

  // the new KPI is in the goal's summary, not yet measured
  const toggle = goal.getByRole('button', { name: new RegExp(`^${name}: `) });
  await expect(toggle).toContainText('noch kein Wert · Ziel 40 Unternehmen');
  await expect(goal.getByText('Kein Messwert')).toBeVisible();

  // unfold it (by keyboard) and record a measurement
  await toggle.focus();
  await page.keyboard.press('Enter');
  const card = kpiCard(goal, name);
  await expect(card).toBeVisible();
  await expect(card.getByRole('heading', { level: 5, name })).toBeVisible();
  await expectAccessible(page, 'Kennzahl eines Unterziels aufgeklappt');
  await card.getByRole('button', { name: `Messwert erfassen: ${name}` }).click();
  const record = page.getByRole('dialog', { name: `Messwert erfassen: ${name}` });
  await record.getByLabel('Datum').fill('2026-06-30');
  await record.getByLabel('Wert (Unternehmen)').fill('25');
  await record.getByLabel('Notiz').fill('Umfrage des Wirtschaftskreises');
  await expectAccessible(page, 'Messwert erfassen (Ziel)');
  await record.getByRole('button', { name: 'Speichern' }).click();
  await expect(record).toBeHidden();
  await expect(card.getByTestId('kpi-latest')).toHaveText('25 Unternehmen am 30.06.2026');
  await expect(toggle).toContainText('25 Unternehmen (Stand 30.06.2026) · Ziel 40 Unternehmen');
  await expect(goal.getByText('Kein Messwert')).toHaveCount(0);
  // the goal is still a coverage gap: a KPI is no measure
  await expect(goal.getByTestId('coverage-gap')).toBeVisible();

  // delete it again, after a confirmation naming it
  await card.getByRole('button', { name: `Löschen: Kennzahl ${name}` }).click();
  const confirm = page.getByRole('dialog', { name: 'Kennzahl löschen?' });
  await expect(confirm).toContainText(`„${name}“`);
  await expectAccessible(page, 'Kennzahl löschen (Ziel)');
  await confirm.getByRole('button', { name: 'Kennzahl löschen' }).click();
  await expect(page.getByText(`Die Kennzahl „${name}“ wurde gelöscht.`)).toBeVisible();
  await expect(goal.getByText(name)).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId('goal-4.2').getByRole('heading', { name: SUB_GOAL })).toBeVisible();
  await expect(page.getByTestId('goal-4.2')).not.toContainText('Kennzahlen');
});

test('a coordinator sees the dinner KPI on the series page, records a measurement and deletes it again', async ({ page }) => {
  await openSeries(page, 'coordinator@koop.test');
  const row = dinnerRow(page);
  await expect(row).toContainText('Im Plan');
  await expectAccessible(page, 'Veranstaltungsreihen mit Kennzahlen');

  const details = row.getByRole('button', { name: `Details: Kennzahlen von ${DINNER}` });
  await expect(details).toHaveAttribute('aria-expanded', 'false');
  await details.click();
  await expect(details).toHaveAttribute('aria-expanded', 'true');
  const panel = page.getByTestId('series-kpis');
  const heading = panel.getByRole('heading', { level: 2, name: `Kennzahlen: ${DINNER}` });
  await expect(heading).toBeFocused();
  const card = kpiCard(panel, DINNER_KPI);
  await expect(card.getByTestId('kpi-latest')).toHaveText('84 Unternehmen am 17.09.2026');
  await expect(card.getByRole('img', { name: /^Verlauf von Teilnehmende Unternehmen: 2 Messwerte/ })).toBeVisible();
  await card.getByText('Messwerte als Tabelle (2)').click();
  const table = card.getByRole('table', { name: `Messwerte von ${DINNER_KPI}` });
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(table).toContainText('Wirtschaftsdinner 2025');
  await expectAccessible(page, 'Kennzahlen einer Reihe');

  // an earlier value: the latest stays
  await card.getByRole('button', { name: `Messwert erfassen: ${DINNER_KPI}` }).click();
  const record = page.getByRole('dialog', { name: `Messwert erfassen: ${DINNER_KPI}` });
  await record.getByLabel('Datum').fill('2024-09-19');
  await record.getByLabel('Wert (Unternehmen)').fill('71');
  await record.getByLabel('Notiz').fill('Wirtschaftsdinner 2024');
  await expectAccessible(page, 'Messwert erfassen (Reihe)');
  await record.getByRole('button', { name: 'Speichern' }).click();
  await expect(record).toBeHidden();
  await expect(page.getByText('Der Messwert wurde gespeichert.')).toBeVisible();
  await expect(card.getByText('Messwerte als Tabelle (3)')).toBeVisible();
  await expect(table.getByRole('row').filter({ hasText: '19.09.2024' })).toContainText('71 Unternehmen');
  await expect(card.getByTestId('kpi-latest')).toHaveText('84 Unternehmen am 17.09.2026');

  // delete that measurement again
  await table.getByRole('button', { name: 'Löschen: Messwert vom 19.09.2024' }).click();
  const confirm = page.getByRole('dialog', { name: 'Messwert löschen?' });
  await expect(confirm).toContainText('71 Unternehmen vom 19.09.2024');
  await expectAccessible(page, 'Messwert löschen (Reihe)');
  await confirm.getByRole('button', { name: 'Löschen' }).click();
  await expect(page.getByText('Der Messwert wurde gelöscht.')).toBeVisible();
  await expect(card.getByText('Messwerte als Tabelle (2)')).toBeVisible();
  await expect(table.getByRole('row').filter({ hasText: '19.09.2024' })).toHaveCount(0);

  // closing the panel returns the focus to the row's button
  await panel.getByRole('button', { name: 'Kennzahlen ausblenden' }).click();
  await expect(panel).toHaveCount(0);
  await expect(details).toBeFocused();
  await expect(details).toHaveAttribute('aria-expanded', 'false');

  // a series without KPIs offers planners to add one
  const empty = page.getByRole('row').filter({ has: page.getByText('Neujahrsempfang', { exact: true }) });
  await expect(empty).toContainText('Keine Kennzahl');
  await empty.getByRole('button', { name: 'Hinzufügen: Kennzahlen von Neujahrsempfang' }).click();
  await expect(panel.getByText('Noch keine Kennzahlen.')).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Kennzahl hinzufügen' })).toBeVisible();
  await expectAccessible(page, 'Reihe ohne Kennzahl');
});

test('a viewer reads goal and series KPIs but cannot add or record', async ({ page }) => {
  await openGoals(page, 'viewer@koop.test');
  await expect(page.getByRole('button', { name: /^Kennzahl hinzufügen/ })).toHaveCount(0);
  const economy = page.getByTestId('goal-1').getByRole('button', { name: /^Sozialversicherungspflichtig Beschäftigte im Bezirk: / });
  await economy.click();
  const card = kpiCard(page, 'Sozialversicherungspflichtig Beschäftigte im Bezirk');
  await expect(card.getByTestId('kpi-latest')).toBeVisible();
  await expect(card.getByRole('button', { name: /Messwert erfassen|Bearbeiten|Löschen/ })).toHaveCount(0);
  await expectAccessible(page, 'Ziele (Lesend)');

  await page.goto(`/c/${cooperationIdFrom(page)}/events/series`);
  await expect(page.getByRole('heading', { level: 1, name: 'Veranstaltungsreihen' })).toBeVisible();
  const row = dinnerRow(page);
  await expect(row).toContainText(DINNER_KPI);
  await expect(row).toContainText('Im Plan');
  // nothing to show for a series without KPIs, nothing to add
  await expect(page.getByRole('button', { name: /^Hinzufügen/ })).toHaveCount(0);
  await row.getByRole('button', { name: `Details: Kennzahlen von ${DINNER}` }).click();
  const panel = page.getByTestId('series-kpis');
  await expect(kpiCard(panel, DINNER_KPI).getByTestId('kpi-latest')).toHaveText('84 Unternehmen am 17.09.2026');
  await expect(panel.getByRole('button', { name: /Kennzahl hinzufügen|Messwert erfassen|Bearbeiten|Löschen/ })).toHaveCount(0);
  await expectAccessible(page, 'Veranstaltungsreihen (Lesend)');
});
