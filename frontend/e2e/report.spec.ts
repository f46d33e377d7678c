import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expectAccessible, login, mainNav } from './helpers';

// Jahresbericht (issue 8): the demo year 2026 (five events held; guests at the Neujahrsempfang
// and the Wirtschaftsdinner), narrowed to a partner, printed to PDF, and its CSV; 2019 has no data.

/** An amount as the report shows it: "16.260,00 €". */
const EURO = /^\d{1,3}(\.\d{3})*,\d{2}\s€$/;

/** "16.260,00 €" → 1626000. */
function cents(text: string | undefined): number {
  return Number((text ?? '').replace(/[^\d,]/g, '').replace(',', ''));
}

/** 1626000 → "16.260,00 €", as Intl formats euros in German. */
function formatCents(c: number): string {
  return new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' }).format(c / 100);
}

test('a member opens the annual report, picks year and partner, prints it and downloads the CSV', async ({ page }) => {
  await login(page, 'member@koop.test');
  await mainNav(page).getByRole('link', { name: 'Jahresbericht' }).click();
  await expect(page).toHaveURL(/\/report/);
  await page.getByRole('combobox', { name: 'Jahr', exact: true }).selectOption('2026');
  await expect(page).toHaveURL(/year=2026/);
  await expect(page.getByRole('heading', { level: 1, name: 'Jahresbericht 2026 — Kooperation Bezirksamt Lichtenberg – WKHL' })).toBeVisible();

  // Veranstaltungen: the Neujahrsempfang 2026 with 15 invited, 11 checked in, 14 through the door
  const events = page.getByTestId('report-events');
  const neujahr = events.getByRole('row').filter({ hasText: 'Neujahrsempfang 2026' });
  await expect(neujahr).toContainText('21.01.2026');
  // date, series, lead, invited, accepted, attended, guests (plus-ones included)
  await expect(neujahr.getByRole('cell')).toHaveText(['21.01.2026', 'Neujahrsempfang', 'BA Lichtenberg', '15', '13', '11', '14']);
  const total = page.getByTestId('report-events-total');
  await expect(total.getByRole('rowheader')).toHaveText('Summe (5 Veranstaltungen)');
  await expect(total.getByRole('cell')).toHaveText(['26', '23', '20', '25']);
  // Budget je Partner in euros, German format (the Wirtschaftsdinner and the Investitionsmesse;
  // the budget spec may have added a line before, so the sums are checked, not the demo's amounts)
  const budget = page.getByTestId('report-budget');
  const ba = budget.getByRole('row').filter({ hasText: 'Bezirksamt Lichtenberg' }).getByRole('cell');
  const wkhl = budget.getByRole('row').filter({ hasText: 'Wirtschaftskreis' }).getByRole('cell');
  await expect(ba).toHaveText([EURO, EURO]);
  await expect(wkhl).toHaveText([EURO, EURO]);
  const baCells = await ba.allTextContents();
  const wkhlCells = await wkhl.allTextContents();
  await expect(budget.getByRole('row').filter({ hasText: 'Summe' }).getByRole('cell')).toHaveText(
    [0, 1].map((i) => formatCents(cents(baCells[i]) + cents(wkhlCells[i]))),
  );
  for (const id of ['report-award', 'report-retreat', 'report-workstreams', 'report-kpis', 'report-commitments']) {
    await expect(page.getByTestId(id)).toBeVisible();
  }
  await expectAccessible(page, 'Jahresbericht 2026');

  // one partner: kept in the URL, named in the title block
  await page.getByRole('combobox', { name: 'Partner', exact: true }).selectOption({ label: 'Bezirksamt Lichtenberg' });
  await expect(page).toHaveURL(/partner=/);
  await expect(page.getByTestId('annual-report').getByRole('definition').first()).toHaveText('Bezirksamt Lichtenberg');
  await expect(budget.getByRole('row')).toHaveCount(2);
  await expect(ba).toHaveText(baCells);
  await expectAccessible(page, 'Jahresbericht 2026, ein Partner');
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Partner', exact: true })).toHaveValue(/.+/);
  await page.getByRole('combobox', { name: 'Partner', exact: true }).selectOption({ label: 'Alle Partner' });
  await expect(page).not.toHaveURL(/partner=/);

  // the CSV: UTF-8 with BOM, semicolons, the figures
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'CSV herunterladen' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const csv = await readFile(await download.path());
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = csv.toString('utf8');
  expect(text).toContain(';');
  const line = text.split(/\r?\n/).find((l) => l.includes('Neujahrsempfang 2026'));
  expect(line, text).toBeTruthy();
  expect(line?.split(';')).toEqual(expect.arrayContaining(['15', '13', '11', '14']));

  // on paper: no navigation, header or buttons; the title block and a print date; a real PDF
  await page.emulateMedia({ media: 'print' });
  await expect(mainNav(page)).toBeHidden();
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Drucken' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'CSV herunterladen' })).toBeHidden();
  await expect(page.getByRole('combobox', { name: 'Jahr', exact: true })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: /^Jahresbericht 2026 — / })).toBeVisible();
  await expect(page.getByText(/^Gedruckt am \d\d\.\d\d\.\d{4}, \d\d:\d\d$/)).toBeVisible();
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(20_000);
  expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0).toBeGreaterThanOrEqual(2);
  await page.emulateMedia({ media: 'screen' });
  await expect(mainNav(page)).toBeVisible();
});

test('a year without data says so and shows no tables', async ({ page }) => {
  await login(page, 'viewer@koop.test');
  await mainNav(page).getByRole('link', { name: 'Jahresbericht' }).click();
  await page.getByRole('combobox', { name: 'Jahr', exact: true }).selectOption('2019');
  await expect(page.getByRole('heading', { level: 1, name: /^Jahresbericht 2019/ })).toBeVisible();
  await expect(page.getByTestId('report-empty')).toContainText('Keine Daten für 2019');
  await expect(page.getByTestId('annual-report').getByRole('table')).toHaveCount(0);
  await expectAccessible(page, 'Jahresbericht ohne Daten');
});
