import { expect, test } from '@playwright/test';
import { COOPERATION_NAME, expectAccessible, login, mainNav } from './helpers';

test('the coordinator sees what needs doing and where the cooperation stands, and follows the links', async ({ page }) => {
  await login(page, 'coordinator@koop.test');
  await expect(page.getByTestId('my-role')).toHaveText('Koordination');

  const tasks = page.getByRole('region', { name: 'Meine offenen Aufgaben' });
  await expect(tasks.getByText('Einladungen versenden')).toBeVisible();
  await expect(tasks.getByRole('link', { name: 'Neujahrsempfang 2027' })).toBeVisible();

  const events = page.getByRole('region', { name: 'Nächste Veranstaltungen' });
  const reception = events.getByRole('listitem').filter({ hasText: 'Neujahrsempfang 2027' });
  await expect(reception.getByRole('link', { name: 'Neujahrsempfang 2027' })).toBeVisible();
  const answers = reception.getByRole('definition');
  await expect(reception.getByRole('term')).toHaveText(['zugesagt', 'abgesagt', 'offen', 'Warteliste']);
  await expect(answers).toHaveCount(4);
  await expect(reception).toContainText(/\d+ von 180 Plätzen belegt/);

  const award = page.getByRole('region', { name: 'Preis' });
  // the award spec may have moved the 2027 cycle on before, which then is the current one
  await expect(award.getByText(/^Lichtenberger Unternehmen des Jahres 202[67]$/)).toBeVisible();
  await expect(award.getByTestId('dashboard-award-phase')).not.toBeEmpty();
  await expect(award.getByRole('link', { name: 'Zum Preis' })).toBeVisible();

  const retreat = page.getByRole('region', { name: 'Klausur' });
  await expect(retreat.getByText('Klausur 2027')).toBeVisible();
  await expect(retreat).toContainText(/\d+ Vorschl(ag|äge)/);

  const workstreams = page.getByRole('region', { name: 'Gefährdete Projekte' });
  await expect(workstreams.getByRole('link', { name: 'Touristische Infrastruktur und Tourismusmarketing' })).toBeVisible();
  await expect(workstreams.getByText('Nicht im Plan')).toBeVisible();

  const kpis = page.getByRole('region', { name: 'Kennzahlen hinter Plan' });
  await expect(kpis.getByRole('link', { name: 'Betriebe im Tourismusnetzwerk' })).toBeVisible();
  await expect(kpis.getByTestId('dashboard-kpi-value').first()).toContainText(/Ziel 40 Betriebe/);

  const coverage = page.getByRole('region', { name: 'Lücken in der Strategie' });
  await expect(coverage.getByRole('link', { name: /Maßnahmen ohne Kennzahl/ })).toBeVisible();

  const commitments = page.getByRole('region', { name: /^Offene Zusagen \d{4}$/ });
  await expect(commitments.getByRole('link', { name: 'Einmal pro Jahr in Klausur gehen' })).toBeVisible();

  // partners stay below
  await expect(page.getByRole('region', { name: 'Partner' }).getByText('Bezirksamt Lichtenberg', { exact: true })).toBeVisible();
  await expectAccessible(page, 'Übersicht als Koordination');

  // the links lead where they say
  await tasks.getByRole('link', { name: 'Neujahrsempfang 2027' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Neujahrsempfang 2027' })).toBeVisible();
  await expect(page.getByRole('tab', { name: /Aufgaben/, selected: true })).toBeVisible();

  await mainNav(page).getByRole('link', { name: 'Übersicht' }).click();
  await page.getByRole('region', { name: 'Lücken in der Strategie' }).getByRole('link', { name: /Maßnahmen ohne Kennzahl/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Abdeckung' })).toBeVisible();

  await mainNav(page).getByRole('link', { name: 'Übersicht' }).click();
  await page.getByRole('region', { name: /^Offene Zusagen/ }).getByRole('link', { name: 'Einmal pro Jahr in Klausur gehen' }).click();
  await expect(page).toHaveURL(/\/agreements\/[^/?]+$/);

  await mainNav(page).getByRole('link', { name: 'Übersicht' }).click();
  await page.getByRole('region', { name: 'Kennzahlen hinter Plan' }).getByRole('link', { name: 'Betriebe im Tourismusnetzwerk' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Touristische Infrastruktur und Tourismusmarketing' })).toBeVisible();
  await expect(page).toHaveURL(/tab=kpis/);
});

test('the member finds their own task', async ({ page }) => {
  await login(page, 'member@koop.test');
  const tasks = page.getByRole('region', { name: 'Meine offenen Aufgaben' });
  await expect(tasks.getByText('Catering beauftragen')).toBeVisible();
  await expect(tasks.getByText('Einladungen versenden')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Nächste Veranstaltungen' })).toBeVisible();
  await expectAccessible(page, 'Übersicht als Mitglied');
});

test('the viewer has no task section but sees the state of things', async ({ page }) => {
  await login(page, 'viewer@koop.test');
  await expect(page.getByRole('region', { name: 'Nächste Veranstaltungen' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Gefährdete Projekte' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Meine offenen Aufgaben' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Klausur' }).getByRole('link', { name: 'Jetzt abstimmen' })).toHaveCount(0);
  await expectAccessible(page, 'Übersicht als Lesend');
});

test('an outside juror sees only their ballot and goes on to score', async ({ page }) => {
  await login(page, 'juror1@koop.test');
  await expect(page.getByTestId('my-role')).toHaveText('Extern');
  const award = page.getByRole('region', { name: 'Preis' });
  await expect(award.getByText('Mein Stimmzettel')).toBeVisible();
  await expect(award.getByTestId('dashboard-ballot')).toHaveText(/^\d+ von \d+ Nominierungen bewertet$/);
  for (const hidden of ['Meine offenen Aufgaben', 'Nächste Veranstaltungen', 'Gefährdete Projekte', 'Kennzahlen hinter Plan', 'Lücken in der Strategie']) {
    await expect(page.getByRole('region', { name: hidden })).toHaveCount(0);
  }
  await expectAccessible(page, 'Übersicht als Jurorin');
  await award.getByRole('link', { name: 'Zur Bewertung' }).click();
  await expect(page).toHaveURL(/\/award\/[^/?]+\/score$/);
});

test('the dashboard in English', async ({ page }) => {
  await login(page, 'coordinator@koop.test');
  await page.getByText('EN', { exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: COOPERATION_NAME })).toBeVisible();
  await expect(page.getByRole('region', { name: 'My open tasks' }).getByText('Einladungen versenden')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Upcoming events' }).getByRole('term').first()).toHaveText('accepted');
  await expect(page.getByRole('region', { name: 'Workstreams at risk' })).toBeVisible();
  await expect(page.getByRole('banner').getByRole('combobox', { name: 'Search' })).toBeVisible();
  await expectAccessible(page, 'Overview in English');
  // back to German for the other specs (the choice is stored on the profile)
  await page.getByText('DE', { exact: true }).click();
  await expect(page.getByRole('region', { name: 'Meine offenen Aufgaben' })).toBeVisible();
});
