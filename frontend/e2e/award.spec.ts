import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, login, mainNav } from './helpers';

/** The demo cycle 2027 of "Lichtenberger Unternehmen des Jahres" (postgres/seed_award.go), in DRAFT. */
const CYCLE_TITLE = 'Lichtenberger Unternehmen des Jahres 2027';

async function openCycle(page: Page, email: string): Promise<void> {
  await login(page, email);
  await mainNav(page).getByRole('link', { name: 'Preis' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Preis' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Lichtenberger Unternehmen des Jahres' })).toBeVisible();
  await expectAccessible(page, 'Preis');
  await page.getByRole('link', { name: CYCLE_TITLE }).click();
  await expect(page.getByRole('heading', { level: 1, name: CYCLE_TITLE })).toBeVisible();
}

const approvalRow = (page: Page, partner: string) => page.getByTestId(`approval-${partner}`);

// The steps build on each other: the cycle ends with nominations open.
test.describe.configure({ mode: 'serial' });

test('a member sees the programme, the cycle, its criteria and approvals, read-only', async ({ page }) => {
  await openCycle(page, 'member@koop.test');
  await expect(page.getByText('Sie können diese Runde ansehen, aber nicht ändern.')).toBeVisible();
  const criteria = page.getByRole('region', { name: 'Kriterien' });
  await expect(criteria.getByRole('row')).toHaveCount(5);
  await expect(criteria.getByText('Ausbildung und Beschäftigung')).toBeVisible();
  await expect(approvalRow(page, 'BA Lichtenberg')).toContainText('Zugestimmt von Clara Conrad');
  await expect(approvalRow(page, 'WKHL')).toContainText('Zustimmung ausstehend');
  await expect(page.getByRole('region', { name: 'Einstellungen' })).toContainText('Neugründung');
  for (const name of ['Kriterium hinzufügen', 'Einstellungen bearbeiten', 'Nominierung öffnen']) {
    await expect(page.getByRole('button', { name })).toHaveCount(0);
  }
  await expect(page.getByRole('button', { name: /zustimmen/ })).toHaveCount(0);
  await expectAccessible(page, 'Preisrunde (Mitglied)');
});

test('opening is refused with the German reason while the WKHL has not approved', async ({ page }) => {
  await openCycle(page, 'coordinator@koop.test');
  await expectAccessible(page, 'Preisrunde');

  await page.getByRole('button', { name: 'Einstellungen bearbeiten' }).click();
  const setup = page.getByRole('dialog', { name: 'Einstellungen bearbeiten' });
  await expect(setup.getByLabel('Kategorien')).toHaveValue(/Handwerk\nDienstleistung/);
  await expectAccessible(page, 'Einstellungen bearbeiten');
  await setup.getByRole('button', { name: 'Abbrechen' }).click();
  await expect(setup).toBeHidden();

  await page.getByRole('button', { name: 'Nominierung öffnen' }).click();
  const confirm = page.getByRole('dialog', { name: 'Nominierung öffnen?' });
  await expect(confirm).toContainText('nicht mehr änderbar');
  await expectAccessible(page, 'Nominierung öffnen?');
  await confirm.getByRole('button', { name: 'Nominierung öffnen' }).click();
  await expect(page.getByText(/Es fehlt noch die Zustimmung von: Wirtschaftskreis Hohenschönhausen-Lichtenberg e\. V\./)).toBeVisible();
  await expect(page.getByTestId('award-phase')).toHaveText('Entwurf');
});

test('editing a criterion withdraws the approval; both partners approve; the coordinator opens nominations', async ({ page, browser }) => {
  await openCycle(page, 'coordinator@koop.test');
  await expect(approvalRow(page, 'BA Lichtenberg')).toContainText('Zugestimmt von Clara Conrad');

  await page.getByRole('button', { name: 'Innovation bearbeiten' }).click();
  const dialog = page.getByRole('dialog', { name: 'Kriterium bearbeiten' });
  await expect(dialog).toContainText('Speichern zieht alle Zustimmungen der Partner zurück.');
  await expectAccessible(page, 'Kriterium bearbeiten');
  // a range the wrong way round is refused at the field
  await dialog.getByLabel('Punkte bis').fill('0');
  await dialog.getByRole('button', { name: 'Speichern' }).click();
  await expect(dialog.getByText('Die höchste Punktzahl muss größer sein als die niedrigste.')).toBeVisible();
  await dialog.getByLabel('Punkte bis').fill('10');
  await dialog.getByLabel('Gewichtung').fill('3');
  await dialog.getByRole('button', { name: 'Speichern' }).click();
  await expect(dialog).toBeHidden();
  await expect(approvalRow(page, 'BA Lichtenberg')).toContainText('Zustimmung ausstehend');
  await expect(page.getByRole('region', { name: 'Kriterien' }).getByRole('row', { name: /Innovation/ })).toContainText('3');

  await page.getByRole('button', { name: 'Im Namen von BA Lichtenberg zustimmen' }).click();
  await expect(approvalRow(page, 'BA Lichtenberg')).toContainText('Zugestimmt von Clara Conrad');
  await expect(page.getByRole('button', { name: 'Zustimmung von BA Lichtenberg zurückziehen' })).toBeVisible();
  await expectAccessible(page, 'Preisrunde nach Zustimmung');

  // The Wirtschaftskreis approves in a browser of its own.
  const wkhlContext = await browser.newContext();
  const wkhl = await wkhlContext.newPage();
  await openCycle(wkhl, 'coordinator.wkhl@koop.test');
  await expect(approvalRow(wkhl, 'WKHL')).toContainText('Zustimmung ausstehend');
  await wkhl.getByRole('button', { name: 'Im Namen von WKHL zustimmen' }).click();
  await expect(approvalRow(wkhl, 'WKHL')).toContainText('Zugestimmt von Cem Wolter');
  await expect(wkhl.getByText('Alle Partner haben zugestimmt.')).toBeVisible();
  await expectAccessible(wkhl, 'Preisrunde (WKHL)');
  await wkhlContext.close();

  await page.reload();
  await expect(approvalRow(page, 'WKHL')).toContainText('Zugestimmt von Cem Wolter');
  await page.getByRole('button', { name: 'Nominierung öffnen' }).click();
  const confirm = page.getByRole('dialog', { name: 'Nominierung öffnen?' });
  await confirm.getByRole('button', { name: 'Nominierung öffnen' }).click();
  await expect(page.getByTestId('award-phase')).toHaveText('Nominierung offen');
  await expect(page.getByText('Die Nominierung ist geöffnet: Die Kriterien sind festgeschrieben.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Kriterium hinzufügen' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Innovation bearbeiten' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Nominierung schließen' })).toBeVisible();
  await expectAccessible(page, 'Preisrunde, Nominierung offen');
});
