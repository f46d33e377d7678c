import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, login, mainNav } from './helpers';

// The whole path of issue 6 across its pages: a new goal is a coverage gap until a new
// workstream serves it; the workstream gets a KPI with two measurements and leaves the
// "without KPI" list; linked to a commitment, it appears in the agreement's ledger. The test
// deletes what it created, so the demo stays as seeded for the other specs.

const AGREEMENT = 'Kooperationsvereinbarung Bezirksamt Lichtenberg – Wirtschaftskreis Hohenschönhausen-Lichtenberg';
const COMMITMENT = 'Enger zusammenarbeiten bei Projekten der Wirtschaftsförderung und Stadtplanung';

const stamp = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function openCoverage(page: Page): Promise<void> {
  await mainNav(page).getByRole('link', { name: 'Ziele' }).click();
  await page.getByRole('link', { name: 'Abdeckung prüfen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Abdeckung' })).toBeVisible();
}

test('a new goal leaves the coverage gaps through a new workstream with a KPI, and the ledger shows it', async ({ page }) => {
  test.setTimeout(240_000);
  const goal = `Digitale Services für Unternehmen ${stamp()}`;
  const workstream = `Digitales Gewerbeportal ${stamp()}`;
  await login(page, 'coordinator@koop.test');

  // 1. a new top goal: a gap until something serves it
  await mainNav(page).getByRole('link', { name: 'Ziele' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ziele' })).toBeVisible();
  await page.getByRole('button', { name: 'Oberziel anlegen' }).click();
  let dialog = page.getByRole('dialog', { name: 'Oberziel anlegen' });
  await dialog.getByLabel('Titel').fill(goal);
  await dialog.getByLabel('Priorität').selectOption({ label: 'Hoch' });
  await dialog.getByRole('button', { name: 'Ziel anlegen' }).click();
  await expect(dialog).toBeHidden();
  const goalHeading = page.getByRole('heading', { name: new RegExp(`^\\d+ ${escape(goal)}$`) });
  await expect(goalHeading).toBeVisible();
  const code = ((await goalHeading.textContent()) ?? '').split(' ')[0];

  await openCoverage(page);
  const gaps = page.getByRole('region', { name: /^Ziele ohne Maßnahme/ });
  await expect(gaps.getByRole('link', { name: `${code} ${goal}` })).toBeVisible();
  await expectAccessible(page, 'Abdeckung mit neuer Lücke');

  // 2. link a new workstream right from the goal
  await mainNav(page).getByRole('link', { name: 'Ziele' }).click();
  await page.getByRole('button', { name: `Maßnahme verknüpfen: ${code} ${goal}` }).click();
  dialog = page.getByRole('dialog', { name: `Maßnahme für ${code} ${goal} verknüpfen` });
  await dialog.getByRole('radio', { name: 'Neues Projekt anlegen' }).check();
  await dialog.getByLabel('Titel des Projekts').fill(workstream);
  await dialog.getByLabel('Beginn').fill('2026-01-01');
  await dialog.getByLabel('Ende').fill('2027-12-31');
  await expectAccessible(page, 'Neues Projekt für ein Ziel');
  await dialog.getByRole('button', { name: 'Projekt anlegen' }).click();
  await expect(dialog).toBeHidden();
  const goalItem = page.getByTestId(`goal-${code}`);
  await expect(goalItem.getByTestId('coverage-gap')).toHaveCount(0);

  // 3. on the workstream's page: a KPI and two measurements
  await goalItem.getByRole('link', { name: workstream }).click();
  await expect(page.getByRole('heading', { level: 1, name: workstream })).toBeVisible();
  await page.getByRole('tab', { name: 'Kennzahlen' }).click();
  await page.getByRole('button', { name: 'Kennzahl hinzufügen' }).click();
  dialog = page.getByRole('dialog', { name: 'Kennzahl hinzufügen' });
  await dialog.getByLabel('Name').fill('Online beantragte Gewerbeanmeldungen');
  await dialog.getByRole('textbox', { name: 'Einheit' }).fill('%');
  await dialog.getByRole('textbox', { name: 'Ausgangswert', exact: true }).fill('20');
  await dialog.getByRole('textbox', { name: 'Zielwert' }).fill('80');
  await dialog.getByRole('button', { name: 'Speichern' }).click();
  await expect(dialog).toBeHidden();
  const card = page.getByRole('article', { name: 'Online beantragte Gewerbeanmeldungen' });
  const measurements: [string, string][] = [
    ['2026-03-31', '31'],
    ['2026-09-30', '44,5'],
  ];
  for (const [day, value] of measurements) {
    await card.getByRole('button', { name: 'Messwert erfassen: Online beantragte Gewerbeanmeldungen' }).click();
    const d = page.getByRole('dialog', { name: 'Messwert erfassen: Online beantragte Gewerbeanmeldungen' });
    await d.getByLabel('Datum').fill(day);
    await d.getByLabel(/^Wert/).fill(value);
    await d.getByRole('button', { name: 'Speichern' }).click();
    await expect(d).toBeHidden();
  }
  await expect(card.getByTestId('kpi-latest')).toHaveText('44,5 % am 30.09.2026');
  await expect(card.getByRole('img', { name: /^Verlauf von Online beantragte Gewerbeanmeldungen: 2 Messwerte/ })).toBeVisible();
  await expectAccessible(page, 'Projekt mit Kennzahl');

  // 4. the coverage view: the goal has a measure, the measure has a KPI
  await openCoverage(page);
  await expect(page.getByRole('region', { name: /^Ziele ohne Maßnahme/ })).not.toContainText(goal);
  await expect(page.getByRole('region', { name: /^Maßnahmen ohne Kennzahl/ })).not.toContainText(workstream);
  // it has no leads yet: no partner is involved
  await expect(page.getByRole('region', { name: /^Maßnahmen mit nur einem Partner/ }).getByRole('link', { name: workstream })).toBeVisible();

  // 5. the commitments ledger shows the workstream once it is linked to a commitment for 2026
  await mainNav(page).getByRole('link', { name: 'Vereinbarung' }).click();
  await page.getByRole('link', { name: AGREEMENT }).click();
  await expect(page.getByRole('heading', { level: 1, name: AGREEMENT })).toBeVisible();
  await page.getByRole('button', { name: `Maßnahme zuordnen: ${COMMITMENT}` }).click();
  dialog = page.getByRole('dialog', { name: `Maßnahme zuordnen: ${COMMITMENT}` });
  await dialog.getByRole('radio', { name: 'Projekt' }).check();
  await dialog.getByLabel('Jahr').selectOption('2026');
  await dialog.getByRole('textbox', { name: 'Projekt wählen' }).click();
  await page.getByRole('option', { name: new RegExp(`^${escape(workstream)}`) }).click();
  await dialog.getByRole('button', { name: 'Zuordnen' }).click();
  await expect(dialog).toBeHidden();
  const cell = page.getByTestId('ledger-8-2026');
  await expect(cell.getByRole('link', { name: workstream })).toHaveAttribute('href', /\/workstreams\//);
  await expectAccessible(page, 'Vereinbarung mit neuem Projekt');

  // clean up: the workstream (its KPI and the ledger entry go with it), then the goal
  await cell.getByRole('link', { name: workstream }).click();
  await expect(page.getByRole('heading', { level: 1, name: workstream })).toBeVisible();
  await page.getByRole('button', { name: 'Löschen' }).first().click();
  const del = page.getByRole('dialog', { name: 'Projekt löschen?' });
  await del.getByRole('button', { name: 'Projekt löschen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Projekte' })).toBeVisible();
  await mainNav(page).getByRole('link', { name: 'Ziele' }).click();
  await page.getByRole('button', { name: `Löschen: ${code} ${goal}` }).click();
  await page.getByRole('dialog', { name: `Ziel ${code} ${goal} löschen?` }).getByRole('button', { name: 'Ziel löschen' }).click();
  await expect(page.getByRole('heading', { name: new RegExp(escape(goal)) })).toHaveCount(0);
});
