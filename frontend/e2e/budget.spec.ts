import { expect, test, type Page } from '@playwright/test';
import { cooperationIdFrom, expectAccessible, login } from './helpers';

// The seeded Wirtschaftsdinner Lichtenberg 2026: four lines split BA 40 % / WKHL 60 %, 3.000 €
// money sponsorship (postgres/seed_budget.go).
const DINNER = '6b00c0de-0000-4000-8000-000000000304';
const DINNER_TITLE = 'Wirtschaftsdinner Lichtenberg 2026';

/** With SCREENSHOT_DIR set, saves full-page screenshots (German, then English) for a visual check. */
async function screenshot(page: Page, name: string) {
  const dir = process.env.SCREENSHOT_DIR;
  if (!dir) return;
  await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: `${dir}/${name.replace(/-de$/, '-print')}.png`, fullPage: true });
  await page.emulateMedia({ media: 'screen' });
  await page.locator('label').filter({ hasText: /^EN$/ }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.screenshot({ path: `${dir}/${name.replace(/-de$/, '-en')}.png`, fullPage: true });
  await page.locator('label').filter({ hasText: /^DE$/ }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
}

function partnerRow(page: Page, partner: string) {
  return page.getByTestId('budget-partner-totals').locator(`tr[data-partner="${partner}"]`);
}

async function openBudgetTab(page: Page) {
  const cooperationId = cooperationIdFrom(page);
  await page.goto(`/c/${cooperationId}/events/${DINNER}`);
  await expect(page.getByRole('heading', { level: 1, name: DINNER_TITLE })).toBeVisible();
  await page.getByRole('tab', { name: 'Budget' }).click();
  await expect(page).toHaveURL(/tab=budget/);
  await expect(page.getByRole('heading', { name: 'Summen je Partner' })).toBeVisible();
  return cooperationId;
}

test.describe.configure({ mode: 'serial' });

test('a coordinator adds a line whose shares must add up to 100 %', async ({ page }) => {
  test.setTimeout(90_000);
  await login(page, 'coordinator@koop.test');
  await openBudgetTab(page);
  await expect(page.getByTestId('budget-lines').getByRole('row')).toHaveCount(1 + 4 + 1);
  await expect(partnerRow(page, 'BA Lichtenberg')).toContainText('5.260,00 €');
  await expect(partnerRow(page, 'BA Lichtenberg')).toContainText('3.941,00 €');
  await expect(partnerRow(page, 'WKHL')).toContainText('5.911,50 €');
  await expect(page.getByTestId('budget-sponsorships')).toContainText('Stadtwerk Hohenschönhausen GmbH');
  await expectAccessible(page, 'Budget-Tab (Koordination)');

  await page.getByRole('button', { name: 'Position hinzufügen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Budgetposition hinzufügen' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('combobox', { name: 'Kategorie' }).selectOption('TECHNOLOGY');
  await dialog.getByRole('textbox', { name: 'Beschreibung' }).fill('Beamer und Leinwand');
  await dialog.getByRole('textbox', { name: /Geplanter Betrag/ }).fill('1.000,00');
  await dialog.getByRole('textbox', { name: 'Anteil BA Lichtenberg (%)' }).fill('40');
  await dialog.getByRole('textbox', { name: 'Anteil WKHL (%)' }).fill('50');
  await expect(dialog.getByTestId('share-sum')).toHaveText('Es fehlen noch 10 %');
  await dialog.getByRole('button', { name: 'Hinzufügen' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Die Anteile ergeben 90 %, sie müssen zusammen genau 100 % ergeben.');
  // Nothing typed is lost.
  await expect(dialog.getByRole('textbox', { name: 'Beschreibung' })).toHaveValue('Beamer und Leinwand');
  await expect(dialog.getByRole('textbox', { name: /Geplanter Betrag/ })).toHaveValue('1.000,00');
  await expect(dialog.getByRole('textbox', { name: 'Anteil WKHL (%)' })).toHaveValue('50');
  await expectAccessible(page, 'Budgetposition hinzufügen (Dialog mit Fehler)');

  await dialog.getByRole('textbox', { name: 'Anteil WKHL (%)' }).fill('60');
  await expect(dialog.getByTestId('share-sum')).toHaveText('✓ Summe 100 %');
  await dialog.getByRole('button', { name: 'Hinzufügen' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Budgetposition hinzugefügt.')).toBeVisible();

  const row = page.getByTestId('budget-lines').getByRole('row').filter({ hasText: 'Beamer und Leinwand' });
  await expect(row).toContainText('Technik');
  await expect(row).toContainText('BA Lichtenberg: 400,00 € (40 %)');
  await expect(row).toContainText('noch offen');
  await expect(partnerRow(page, 'BA Lichtenberg')).toContainText('5.660,00 €');
  await expect(partnerRow(page, 'BA Lichtenberg')).toContainText('4.341,00 €');
  await expect(partnerRow(page, 'WKHL')).toContainText('8.490,00 €');
  await expect(partnerRow(page, 'WKHL')).toContainText('6.511,50 €');

  // Deleting asks first; cancelling keeps the line.
  await row.getByRole('button', { name: /Löschen\s*:\s*Beamer und Leinwand/ }).click();
  const confirm = page.getByRole('dialog', { name: 'Budgetposition löschen?' });
  await expect(confirm).toContainText('„Beamer und Leinwand“ (1.000,00 €)');
  await confirm.getByRole('button', { name: 'Abbrechen' }).click();
  await expect(row).toHaveCount(1);
  await screenshot(page, 'budget-tab-de');
});

test('a viewer reads the budget but cannot change it', async ({ page }) => {
  await login(page, 'viewer@koop.test');
  await openBudgetTab(page);
  await expect(page.getByText('Sie können das Budget lesen, aber nicht ändern.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Position hinzufügen' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Bearbeiten/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Sponsoring hinzufügen' })).toHaveCount(0);
  await expect(partnerRow(page, 'BA Lichtenberg')).toContainText('5.660,00 €');
  await expectAccessible(page, 'Budget-Tab (Lesend)');
  await screenshot(page, 'budget-viewer-de');
});

test('the yearly overview shows totals per partner and per event', async ({ page }) => {
  await login(page, 'viewer@koop.test');
  const cooperationId = cooperationIdFrom(page);
  await page.goto(`/c/${cooperationId}/events`);
  await page.getByRole('link', { name: 'Budgetübersicht' }).click();
  await expect(page).toHaveURL(/\/events\/budget/);
  await page.goto(`/c/${cooperationId}/events/budget?year=2026`);
  await expect(page.getByRole('heading', { level: 1, name: 'Budget 2026' })).toBeVisible();
  const events = page.getByTestId('year-events');
  await expect(events.getByRole('row').filter({ hasText: DINNER_TITLE })).toContainText('10.852,50 €');
  await expect(events.getByRole('row').filter({ hasText: 'Investitionsmesse Lichtenberg 2026' })).toContainText('16.675,00 €');
  await expect(page.getByTestId('year-partner-totals').locator('tr[data-partner="BA Lichtenberg"]')).toContainText('16.660,00 €');
  await expectAccessible(page, 'Budgetübersicht 2026');
  await screenshot(page, 'budget-year-de');
  await expect(page.getByRole('heading', { level: 1, name: 'Budget 2026' })).toBeVisible();

  await page.getByRole('button', { name: /Vorjahr/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Budget 2025' })).toBeVisible();
  await expect(page.getByText('Im Jahr 2025 gibt es keine Veranstaltungen.')).toBeVisible();
});
