import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectAccessible, login, mainNav } from './helpers';

// The demo strategy and agreement (postgres/seed_strategy.go): goals 1–4 with sub-goals, 4.2
// deliberately without a measure, 1.4 and 3.2 without priority; the signed Lichtenberg agreement
// 2022–2026 with eight commitments. Every test leaves the demo as it found it (what it creates it
// deletes again), so the tests do not depend on their order.

const AGREEMENT = 'Kooperationsvereinbarung Bezirksamt Lichtenberg – Wirtschaftskreis Hohenschönhausen-Lichtenberg';
const GAP_GOAL = '4.2 Vereinbarkeit von Familie und Beruf in Unternehmen fördern';

const stamp = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The list item of the goal with this title (the innermost one: a parent's item contains its sub-goals). */
function goalItem(page: Page, title: string): Locator {
  return page
    .locator('li[id^="goal-"]')
    .filter({ has: page.getByRole('heading', { name: new RegExp(`^[\\d.]+ ${escape(title)}$`) }) })
    .last();
}

/** A goal's button: the visible text plus ": <code> <title>" for screen readers. */
function goalButton(page: Page, action: string, title: string): Locator {
  return page.getByRole('button', { name: new RegExp(`^${escape(action)}: [\\d.]+ ${escape(title)}$`) });
}

async function openGoals(page: Page, email: string): Promise<void> {
  await login(page, email);
  await mainNav(page).getByRole('link', { name: 'Ziele' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ziele' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '1 Wirtschaftsstandort Lichtenberg stärken' })).toBeVisible();
}

async function openAgreement(page: Page, email: string): Promise<void> {
  await login(page, email);
  await mainNav(page).getByRole('link', { name: 'Vereinbarung' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kooperationsvereinbarungen' })).toBeVisible();
  await page.getByRole('link', { name: AGREEMENT }).click();
  await expect(page.getByRole('heading', { level: 1, name: AGREEMENT })).toBeVisible();
}

test('the coordinator sees the mission statement and the goal tree with its gap marker', async ({ page }) => {
  await openGoals(page, 'coordinator@koop.test');
  await expect(page.getByTestId('mission-statement')).toContainText('gemeinsam Zukunft gestalten');
  await expectAccessible(page, 'Ziele');

  const gap = page.getByTestId('goal-4.2');
  await expect(gap.getByRole('heading', { level: 4, name: GAP_GOAL })).toBeVisible();
  await expect(gap.getByTestId('coverage-gap')).toContainText('Keine Maßnahme');
  await expect(gap).toContainText('Für dieses Ziel gibt es noch kein Projekt');
  // a covered goal has no marker; its measures link to their pages
  const skills = page.getByTestId('goal-1.2');
  await expect(skills.getByTestId('coverage-gap')).toHaveCount(0);
  await expect(skills.getByRole('link', { name: 'Fachkräftesicherung' })).toHaveAttribute('href', /\/workstreams\//);
  await expect(page.getByTestId('goal-1.4')).toContainText('ohne Priorität');
  await expect(page.getByTestId('goal-1')).toContainText('Priorität: Hoch');
  await expect(page.getByTestId('goal-1')).toContainText('Sozialversicherungspflichtig Beschäftigte');
});

test('the coordinator creates a goal, prioritises it, links a measure, moves it and deletes it', async ({ page }) => {
  test.setTimeout(180_000);
  const title = `E2E-Ziel ${stamp()}`;
  await openGoals(page, 'coordinator@koop.test');

  // the mission statement editor
  await page.getByRole('button', { name: 'Leitbild bearbeiten' }).click();
  await expect(page.getByRole('textbox', { name: 'Leitbild' })).toBeVisible();
  await expectAccessible(page, 'Leitbild bearbeiten');
  await page.getByRole('button', { name: 'Abbrechen' }).click();

  await page.getByRole('button', { name: 'Oberziel anlegen' }).click();
  let dialog = page.getByRole('dialog', { name: 'Oberziel anlegen' });
  await dialog.getByRole('button', { name: 'Ziel anlegen' }).click();
  await expect(dialog.getByText('Bitte geben Sie einen Titel ein.')).toBeVisible();
  await expectAccessible(page, 'Oberziel anlegen');
  await dialog.getByLabel('Titel').fill(title);
  await dialog.getByLabel('Beschreibung').fill('Ein Ziel aus dem Browsertest.');
  await dialog.getByRole('button', { name: 'Ziel anlegen' }).click();
  await expect(dialog).toBeHidden();
  const item = goalItem(page, title);
  await expect(item).toContainText('ohne Priorität');
  await expect(item.getByTestId('coverage-gap')).toBeVisible();

  await goalButton(page, 'Bearbeiten', title).click();
  dialog = page.getByRole('dialog', { name: /^Ziel [\d.]+ .* bearbeiten$/ });
  await expect(dialog.getByLabel('Titel')).toHaveValue(title);
  await expectAccessible(page, 'Ziel bearbeiten');
  await dialog.getByLabel('Priorität').selectOption({ label: 'Hoch' });
  await dialog.getByRole('button', { name: 'Speichern' }).click();
  await expect(dialog).toBeHidden();
  await expect(item).toContainText('Priorität: Hoch');

  // link an event series: the gap marker goes; unlink it again after a confirmation
  await goalButton(page, 'Maßnahme verknüpfen', title).click();
  dialog = page.getByRole('dialog', { name: /^Maßnahme für .* verknüpfen$/ });
  await dialog.getByRole('radio', { name: 'Veranstaltungsreihe' }).check();
  await dialog.getByRole('button', { name: 'Verknüpfen' }).click();
  await expect(dialog.getByText('Bitte wählen Sie eine Veranstaltungsreihe.')).toBeVisible();
  await expectAccessible(page, 'Maßnahme verknüpfen');
  await dialog.getByRole('textbox', { name: 'Veranstaltungsreihe wählen' }).click();
  await page.getByRole('option', { name: 'Neujahrsempfang' }).click();
  await dialog.getByRole('button', { name: 'Verknüpfen' }).click();
  await expect(dialog).toBeHidden();
  await expect(item.getByRole('link', { name: 'Neujahrsempfang' })).toBeVisible();
  await expect(item.getByTestId('coverage-gap')).toHaveCount(0);
  await item.getByRole('button', { name: 'Verknüpfung lösen: Neujahrsempfang' }).click();
  const unlink = page.getByRole('dialog', { name: 'Verknüpfung lösen?' });
  await expect(unlink).toContainText('Die Maßnahme selbst bleibt erhalten.');
  await expectAccessible(page, 'Verknüpfung lösen?');
  await unlink.getByRole('button', { name: 'Verknüpfung lösen' }).click();
  await expect(item.getByTestId('coverage-gap')).toBeVisible();

  // move it under goal 1 (at the end), then one place up
  await goalButton(page, 'Verschieben', title).click();
  dialog = page.getByRole('dialog', { name: /^Ziel [\d.]+ .* verschieben$/ });
  await expectAccessible(page, 'Ziel verschieben');
  await dialog.getByLabel('Übergeordnetes Ziel').selectOption({ label: '1 Wirtschaftsstandort Lichtenberg stärken' });
  await expect(dialog.getByLabel('Position')).toHaveValue('5');
  await dialog.getByRole('button', { name: 'Verschieben' }).click();
  await expect(dialog).toBeHidden();
  const moved = page.getByRole('heading', { level: 4, name: `1.5 ${title}` });
  await expect(moved).toBeVisible();
  await expect(page.getByTestId('goal-1').getByRole('heading', { name: `1.5 ${title}` })).toBeVisible();
  await page.getByRole('button', { name: `Nach oben: 1.5 ${title}` }).click();
  await expect(page.getByRole('heading', { level: 4, name: `1.4 ${title}` })).toBeVisible();
  await expect(page.getByRole('heading', { level: 4, name: '1.5 Tourismuswirtschaft stärken' })).toBeVisible();

  // a goal with sub-goals cannot be deleted
  await page.getByRole('button', { name: 'Löschen: 1 Wirtschaftsstandort Lichtenberg stärken' }).click();
  const refused = page.getByRole('dialog', { name: 'Ziel kann nicht gelöscht werden' });
  await expect(refused).toContainText('Löschen oder verschieben Sie zuerst die Unterziele.');
  await expectAccessible(page, 'Ziel kann nicht gelöscht werden');
  await refused.getByRole('button', { name: 'Schließen' }).first().click();
  await expect(refused).toBeHidden();

  await page.getByRole('button', { name: `Löschen: 1.4 ${title}` }).click();
  const confirm = page.getByRole('dialog', { name: `Ziel 1.4 ${title} löschen?` });
  await expectAccessible(page, 'Ziel löschen?');
  await confirm.getByRole('button', { name: 'Ziel löschen' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole('heading', { name: new RegExp(escape(title)) })).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 4, name: '1.4 Tourismuswirtschaft stärken' })).toBeVisible();
});

test('the coverage view lists the demo gap goal, links to it and shows the partner balance', async ({ page }) => {
  await openGoals(page, 'coordinator@koop.test');
  await page.getByRole('link', { name: 'Abdeckung prüfen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Abdeckung' })).toBeVisible();
  const gaps = page.getByRole('region', { name: /^Ziele ohne Maßnahme/ });
  await expect(gaps.getByRole('link', { name: GAP_GOAL })).toBeVisible();
  await expect(page.getByRole('region', { name: /^Ziele ohne Priorität/ }).getByRole('link', { name: '1.4 Tourismuswirtschaft stärken' })).toBeVisible();
  await expect(page.getByRole('region', { name: /^Maßnahmen ohne Kennzahl/ }).getByRole('link', { name: 'Neues Urbanes Zentrum Hohenschönhausen' })).toBeVisible();
  await expect(page.getByRole('region', { name: /^Maßnahmen mit nur einem Partner/ })).toContainText('nur WKHL');
  const balance = page.getByTestId('partner-balance');
  await expect(balance.getByRole('rowheader', { name: 'Bezirksamt Lichtenberg' })).toBeVisible();
  await expect(balance.getByRole('row', { name: /Wirtschaftskreis/ })).toContainText('€');
  await expectAccessible(page, 'Abdeckung');

  await page.getByLabel('Jahr').selectOption('2025');
  await expect(page.getByRole('heading', { level: 2, name: 'Partnerbilanz 2025' })).toBeVisible();
  await expect(page).toHaveURL(/year=2025/);
  await expect(balance.getByRole('rowheader', { name: 'Bezirksamt Lichtenberg' })).toBeVisible();

  // the gap goal's link leads to it on the goals page
  await gaps.getByRole('link', { name: GAP_GOAL }).click();
  await expect(page).toHaveURL(/\/goals#goal-/);
  await expect(page.getByRole('heading', { name: GAP_GOAL })).toBeFocused();
});

test('the ledger shows the Lichtenberg agreement, year by year; a measure is linked and removed again', async ({ page }) => {
  test.setTimeout(90_000);
  await openAgreement(page, 'coordinator@koop.test');
  await expect(page.getByTestId('agreement-status')).toHaveText('Unterzeichnet');
  await expect(page.getByTestId('agreement-parties')).toContainText('Bezirksamt Lichtenberg');
  const ledger = page.getByTestId('ledger');
  await expect(ledger.locator('tbody > tr')).toHaveCount(8);
  await expect(ledger.locator('thead th')).toHaveText(['Zusage', '2022', '2023', '2024', '2025', '2026']);
  const dinner2026 = page.getByTestId('ledger-1-2026');
  await expect(dinner2026).toHaveAttribute('data-status', 'FULFILLED');
  await expect(dinner2026).toContainText('Erfüllt');
  await expect(dinner2026).toContainText('Erfüllt durch');
  await expect(dinner2026.getByRole('link', { name: 'Wirtschaftsdinner Lichtenberg 2026' })).toHaveAttribute('href', /\/events\//);
  await expect(page.getByTestId('ledger-4-2025').getByRole('link', { name: /Lichtenberger Unternehmen des Jahres 2025/ })).toHaveAttribute(
    'href',
    /\/award\//,
  );
  await expectAccessible(page, 'Vereinbarung');

  const retreat = page.getByTestId('ledger-7-2026');
  const workstream = 'Vermarktung landeseigener Gewerbeflächen';
  await page.getByRole('button', { name: 'Maßnahme zuordnen: Einmal pro Jahr in Klausur gehen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Maßnahme zuordnen: Einmal pro Jahr in Klausur gehen' });
  await expectAccessible(page, 'Maßnahme zuordnen');
  await dialog.getByRole('radio', { name: 'Projekt' }).check();
  await dialog.getByLabel('Jahr').selectOption('2026');
  await dialog.getByRole('textbox', { name: 'Projekt wählen' }).click();
  await page.getByRole('option', { name: new RegExp(`^${workstream}`) }).click();
  await dialog.getByRole('button', { name: 'Zuordnen' }).click();
  await expect(dialog).toBeHidden();
  await expect(retreat.getByRole('link', { name: workstream })).toBeVisible();

  await retreat.getByRole('button', { name: `Entfernen: ${workstream} (2026)` }).click();
  const confirm = page.getByRole('dialog', { name: 'Zuordnung entfernen?' });
  await expect(confirm).toContainText('im Jahr 2026');
  await expectAccessible(page, 'Zuordnung entfernen?');
  await confirm.getByRole('button', { name: 'Zuordnung entfernen' }).click();
  await expect(confirm).toBeHidden();
  await expect(retreat.getByRole('link', { name: workstream })).toHaveCount(0);
});

test('the admin drafts the successor agreement, which takes over the open commitments', async ({ page }) => {
  test.setTimeout(90_000);
  const title = `Kooperationsvereinbarung 2027–2031 ${stamp()}`;
  await openAgreement(page, 'admin@koop.test');
  await page.getByRole('button', { name: 'Nachfolgevereinbarung entwerfen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nachfolgevereinbarung entwerfen' });
  // every recurring commitment (six) and no one-off that was fulfilled (the fair and the Fachtag were held)
  await expect(dialog).toContainText('Übernommen werden 6 Zusagen');
  await expect(dialog.getByLabel('Gültig ab')).toHaveValue('2027-01-01');
  await expectAccessible(page, 'Nachfolgevereinbarung entwerfen');
  await dialog.getByLabel('Titel').fill(title);
  await dialog.getByLabel('Gültig bis').fill('2031-12-31');
  await dialog.getByRole('button', { name: 'Entwurf anlegen' }).click();

  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByTestId('agreement-status')).toHaveText('Entwurf');
  await expect(page.getByRole('link', { name: AGREEMENT })).toBeVisible();
  const ledger = page.getByTestId('ledger');
  await expect(ledger.locator('thead th')).toHaveText(['Zusage', '2027', '2028', '2029', '2030', '2031']);
  await expect(ledger.locator('tbody > tr')).toHaveCount(6);
  await expect(ledger.locator('tbody > tr').filter({ hasText: 'aus der Vorgängervereinbarung übernommen' })).toHaveCount(6);
  await expect(ledger).toContainText('Wirtschaftsdinner Lichtenberg gemeinsam fortführen');
  await expect(ledger).not.toContainText('Investitionsmesse');
  await expectAccessible(page, 'Entwurf der Nachfolgevereinbarung');

  // a draft takes new commitments
  await page.getByRole('button', { name: 'Zusage hinzufügen' }).click();
  const add = page.getByRole('dialog', { name: 'Zusage hinzufügen' });
  await expectAccessible(page, 'Zusage hinzufügen');
  await add.getByRole('textbox', { name: 'Zusage', exact: true }).fill('Gemeinsames Standortmarketing aufbauen');
  await add.getByRole('button', { name: 'Zusage hinzufügen' }).click();
  await expect(add).toBeHidden();
  await expect(page.getByTestId('commitment-7')).toContainText('7. Gemeinsames Standortmarketing aufbauen');

  // signing asks first (and names the parties)
  await page.getByRole('button', { name: 'Unterzeichnung erfassen' }).click();
  const sign = page.getByRole('dialog', { name: 'Unterzeichnung erfassen?' });
  await expect(sign).toContainText('Bezirksamt Lichtenberg');
  await expectAccessible(page, 'Unterzeichnung erfassen?');
  await sign.getByRole('button', { name: 'Abbrechen' }).click();
  await expect(sign).toBeHidden();

  // the draft goes again, so that the demo agreement can be succeeded in the next run
  await page.getByRole('button', { name: 'Entwurf löschen' }).click();
  const remove = page.getByRole('dialog', { name: 'Entwurf löschen?' });
  await expect(remove).toContainText(title);
  await expectAccessible(page, 'Entwurf löschen?');
  await remove.getByRole('button', { name: 'Entwurf löschen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kooperationsvereinbarungen' })).toBeVisible();
  await expect(page.getByRole('link', { name: title })).toHaveCount(0);
});

test('a viewer reads goals, coverage and the ledger without any edit button', async ({ page }) => {
  await openGoals(page, 'viewer@koop.test');
  await expect(page.getByTestId('goal-4.2').getByTestId('coverage-gap')).toBeVisible();
  for (const name of ['Oberziel anlegen', 'Leitbild bearbeiten', /^Bearbeiten/, /^Löschen/, /^Maßnahme verknüpfen/, /^Verknüpfung lösen/]) {
    await expect(page.getByRole('button', { name })).toHaveCount(0);
  }
  await expectAccessible(page, 'Ziele (lesend)');

  await page.getByRole('link', { name: 'Abdeckung prüfen' }).click();
  await expect(page.getByRole('region', { name: /^Ziele ohne Maßnahme/ }).getByRole('link', { name: GAP_GOAL })).toBeVisible();
  await expectAccessible(page, 'Abdeckung (lesend)');

  await mainNav(page).getByRole('link', { name: 'Vereinbarung' }).click();
  await expect(page.getByRole('button', { name: 'Vereinbarung entwerfen' })).toHaveCount(0);
  await page.getByRole('link', { name: AGREEMENT }).first().click();
  await expect(page.getByTestId('ledger-1-2026')).toHaveAttribute('data-status', 'FULFILLED');
  for (const name of [/^Maßnahme zuordnen/, /^Entfernen/, 'Nachfolgevereinbarung entwerfen', 'Unterzeichnung erfassen', 'Entwurf bearbeiten']) {
    await expect(page.getByRole('button', { name })).toHaveCount(0);
  }
  await expect(page.getByRole('button', { name: 'Drucken' })).toBeVisible();
  await expectAccessible(page, 'Vereinbarung (lesend)');
});
