import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, login, mainNav } from './helpers';

/** The six demo workstreams (postgres/seed_strategy.go) and the board column of each. */
const DEMO: [string, string][] = [
  ['Vorgeschlagen', 'Neues Urbanes Zentrum Hohenschönhausen'],
  ['Im Plan', 'Vermarktung landeseigener Gewerbeflächen'],
  ['Im Plan', 'Fachkräftesicherung'],
  ['Gefährdet', 'Nachhaltige Entwicklung der Einkaufscenter'],
  ['Nicht im Plan', 'Touristische Infrastruktur und Tourismusmarketing'],
  ['Abgeschlossen', 'Berufs- und Studienorientierung'],
];

/** Today in Berlin as the UI writes it ("30.11.2026"). */
function todayDe(): string {
  return new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date());
}

async function openBoard(page: Page, email: string): Promise<void> {
  await login(page, email);
  await mainNav(page).getByRole('link', { name: 'Projekte' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Projekte' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Projekte nach Stand' })).toBeVisible();
}

const column = (page: Page, status: string) => page.getByRole('region', { name: status, exact: true });

async function openWorkstream(page: Page, email: string, title: string): Promise<void> {
  await openBoard(page, email);
  await page.getByRole('link', { name: title, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name: new RegExp(`^${name}`) }).click();
  await expect(page.getByRole('tab', { name: new RegExp(`^${name}`) })).toHaveAttribute('aria-selected', 'true');
}

test('the board shows the six demo workstreams in the columns of their status', async ({ page }) => {
  await openBoard(page, 'coordinator@koop.test');
  const columns = page.getByRole('region', { name: 'Projekte nach Stand' }).getByRole('heading', { level: 2 });
  await expect(columns).toHaveText(['Vorgeschlagen', 'Im Plan', 'Gefährdet', 'Nicht im Plan', 'Pausiert', 'Abgeschlossen']);
  for (const [status, title] of DEMO) {
    await expect(column(page, status).getByRole('link', { name: title, exact: true }), `${title} in ${status}`).toBeVisible();
  }
  // a card: priority, partners, leads, the next milestone (overdue), KPI states, open tasks
  const nuz = column(page, 'Vorgeschlagen').getByTestId('workstream-card').filter({ hasText: 'Neues Urbanes Zentrum' });
  await expect(nuz).toContainText('Clara Conrad, Cem Wolter');
  await expect(nuz).toContainText('BA Lichtenberg, WKHL');
  await expect(nuz).toContainText('Beteiligungswerkstatt mit den Gewerbetreibenden durchgeführt');
  await expect(nuz).toContainText('15.10.2026 · überfällig');
  await expect(nuz).toContainText('Keine Kennzahlen');
  const centres = column(page, 'Gefährdet').getByTestId('workstream-card').filter({ hasText: 'Einkaufscenter' });
  await expect(centres).toContainText('Priorität mittel');
  await expect(centres).toContainText('Hinter Plan: 1');
  await expect(centres).toContainText('1 offene Aufgabe');
  await expectAccessible(page, 'Projekte');

  // filtered by a goal, only the workstreams serving it remain
  await page.getByLabel('Nach Ziel filtern').selectOption({ label: '1.2 Fachkräfte gewinnen und halten' });
  await expect(page).toHaveURL(/goal=/);
  await expect(column(page, 'Im Plan').getByRole('link', { name: 'Fachkräftesicherung', exact: true })).toBeVisible();
  await expect(column(page, 'Abgeschlossen').getByRole('link', { name: 'Berufs- und Studienorientierung', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Vermarktung landeseigener Gewerbeflächen', exact: true })).toHaveCount(0);
  await expectAccessible(page, 'Projekte nach Ziel');
});

test('a coordinator creates a workstream, adds a milestone, a KPI with measurements, a report that puts it at risk, and deletes it', async ({ page }) => {
  const title = `Gründungsberatung im Kiez ${Date.now().toString(36)}`;
  await openBoard(page, 'coordinator@koop.test');

  // Neues Projekt: two leads from different partners and a goal
  await page.getByRole('button', { name: 'Neues Projekt' }).click();
  const dialog = page.getByRole('dialog', { name: 'Neues Projekt' });
  await expect(dialog.getByLabel('Stand')).toHaveValue('PROPOSED');
  await expectAccessible(page, 'Neues Projekt');
  await dialog.getByRole('button', { name: 'Speichern' }).click();
  await expect(dialog.getByText('Bitte geben Sie einen Titel ein.')).toBeVisible();
  await dialog.getByLabel('Titel').fill(title);
  await dialog.getByLabel('Beschreibung').fill('Bezirksamt und Wirtschaftskreis beraten Gründerinnen und Gründer gemeinsam.');
  await dialog.getByLabel('Priorität').selectOption({ label: 'hoch' });
  await dialog.getByLabel('Stand').selectOption({ label: 'Im Plan' });
  await dialog.getByLabel('Beginn').fill('2026-01-01');
  await dialog.getByLabel('Ende').fill('2027-12-31');
  const leads = dialog.getByRole('textbox', { name: 'Leitung' });
  await leads.click();
  await leads.fill('Clara');
  await page.getByRole('listbox', { name: 'Leitung' }).getByRole('option', { name: 'Clara Conrad (BA Lichtenberg)' }).click();
  await leads.fill('Cem');
  await page.getByRole('listbox', { name: 'Leitung' }).getByRole('option', { name: 'Cem Wolter (WKHL)' }).click();
  await page.keyboard.press('Escape');
  const goals = dialog.getByRole('textbox', { name: 'Ziele' });
  await goals.click();
  await goals.fill('Fachkräfte');
  await page.getByRole('listbox', { name: 'Ziele' }).getByRole('option', { name: '1.2 Fachkräfte gewinnen und halten' }).click();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeVisible();
  await expectAccessible(page, 'Neues Projekt ausgefüllt');
  await dialog.getByRole('button', { name: 'Speichern' }).click();

  // the new workstream's page
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const header = page.getByTestId('workstream-header');
  await expect(header.getByTestId('workstream-status')).toHaveText('Im Plan');
  await expect(header).toContainText('Priorität hoch');
  await expect(header.getByTestId('workstream-period')).toHaveText('01.01.2026 bis 31.12.2027');
  await expect(header.getByTestId('workstream-leads')).toContainText('Clara Conrad (BA Lichtenberg)');
  await expect(header.getByTestId('workstream-leads')).toContainText('Cem Wolter (WKHL)');
  await expect(header.getByRole('link', { name: '1.2 Fachkräfte gewinnen und halten' })).toHaveAttribute('href', /\/goals$/);
  await expect(page.getByText('Noch keine Meilensteine.')).toBeVisible();
  await expectAccessible(page, 'Projekt');

  // Meilensteine: a date outside the workstream is refused at the field
  await page.getByRole('button', { name: 'Meilenstein hinzufügen' }).click();
  const ms = page.getByRole('dialog', { name: 'Meilenstein hinzufügen' });
  await ms.getByLabel('Titel').fill('Beratungsangebot veröffentlicht');
  await ms.getByLabel('Fällig am').fill('2028-03-31');
  await ms.getByRole('button', { name: 'Speichern' }).click();
  await expect(ms.getByText('Der Meilenstein muss zwischen dem 01.01.2026 und dem 31.12.2027 liegen.')).toBeVisible();
  await expect(ms.getByLabel('Fällig am')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, 'Meilenstein hinzufügen mit Fehler');
  await ms.getByLabel('Fällig am').fill('2026-06-30');
  await ms.getByRole('button', { name: 'Speichern' }).click();
  await expect(ms).toBeHidden();
  const timeline = page.getByRole('list', { name: 'Zeitleiste der Meilensteine' });
  const milestone = timeline.getByTestId('milestone').filter({ hasText: 'Beratungsangebot veröffentlicht' });
  await expect(milestone).toContainText('fällig am 30.06.2026 · überfällig');
  await expect(timeline.getByTestId('timeline-today')).toHaveText(`Heute, ${todayDe()}`);
  // mark it reached: the date defaults to today
  await milestone.getByRole('button', { name: 'Als erreicht markieren: Beratungsangebot veröffentlicht' }).click();
  const done = page.getByRole('dialog', { name: 'Meilenstein erreicht: Beratungsangebot veröffentlicht' });
  await expectAccessible(page, 'Meilenstein erreicht');
  await done.getByRole('button', { name: 'Als erreicht markieren' }).click();
  await expect(milestone).toContainText(`erreicht am ${todayDe()}`);
  await expect(milestone.getByRole('button', { name: 'Wieder öffnen: Beratungsangebot veröffentlicht' })).toBeVisible();
  await expectAccessible(page, 'Meilensteine');

  // Kennzahlen: no unit is refused by the API at the field
  await openTab(page, 'Kennzahlen');
  await expect(page.getByText('Noch keine Kennzahlen.')).toBeVisible();
  await page.getByRole('button', { name: 'Kennzahl hinzufügen' }).click();
  const kpiDialog = page.getByRole('dialog', { name: 'Kennzahl hinzufügen' });
  await kpiDialog.getByLabel('Name').fill('Beratene Gründungen');
  await kpiDialog.getByRole('textbox', { name: 'Ausgangswert', exact: true }).fill('10');
  await kpiDialog.getByLabel('Ausgangswert vom').fill('2026-01-01');
  await kpiDialog.getByRole('textbox', { name: 'Zielwert' }).fill('50');
  await kpiDialog.getByLabel('Ziel bis').fill('2027-12-31');
  await kpiDialog.getByRole('button', { name: 'Speichern' }).click();
  await expect(kpiDialog.getByText(/Bitte geben Sie die Einheit der Kennzahl an/)).toBeVisible();
  await expect(kpiDialog.getByRole('textbox', { name: 'Einheit' })).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, 'Kennzahl hinzufügen mit Fehler');
  await kpiDialog.getByRole('textbox', { name: 'Einheit' }).fill('Gründungen');
  await kpiDialog.getByRole('button', { name: 'Speichern' }).click();
  await expect(kpiDialog).toBeHidden();
  const card = page.getByRole('article', { name: 'Beratene Gründungen' });
  await expect(card).toContainText('Kein Messwert');
  await expect(card.getByTestId('kpi-range')).toHaveText('10 Gründungen → 50 Gründungen');

  // two measurements; a day in the future is refused at the date field
  const record = async (day: string, value: string, note = '') => {
    await card.getByRole('button', { name: 'Messwert erfassen: Beratene Gründungen' }).click();
    const d = page.getByRole('dialog', { name: 'Messwert erfassen: Beratene Gründungen' });
    await d.getByLabel('Datum').fill(day);
    await d.getByLabel(/^Wert/).fill(value);
    if (note) await d.getByLabel('Notiz').fill(note);
    await d.getByRole('button', { name: 'Speichern' }).click();
    return d;
  };
  let d = await record('2026-03-31', '14', 'Gründungsstatistik Q1');
  await expect(d).toBeHidden();
  d = await record('2099-01-01', '22,5');
  await expect(d.getByText(/liegt in der Zukunft: Messwerte können nur bis heute/)).toBeVisible();
  await expect(d.getByLabel('Datum')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, 'Messwert erfassen mit Fehler');
  await d.getByLabel('Datum').fill('2026-09-30');
  await d.getByRole('button', { name: 'Speichern' }).click();
  await expect(d).toBeHidden();
  await expect(card.getByTestId('kpi-latest')).toHaveText('22,5 Gründungen am 30.09.2026');
  await expect(card.getByRole('img', { name: /^Verlauf von Beratene Gründungen: 2 Messwerte von 31\.03\.2026 bis 30\.09\.2026/ })).toBeVisible();
  await expect(card.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '31');
  // 31 % of the way after 37 % of the time: behind plan
  await expect(card).toContainText('Hinter Plan');
  await card.getByText('Messwerte als Tabelle (2)').click();
  const table = card.getByRole('table', { name: 'Messwerte von Beratene Gründungen' });
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(table.getByRole('row').nth(2)).toContainText('31.03.2026');
  await expect(table.getByRole('row').nth(2)).toContainText('Gründungsstatistik Q1');
  await expect(table.getByRole('row').nth(2)).toContainText('Clara Conrad');
  await expectAccessible(page, 'Kennzahlen');

  // Statusberichte: a report that moves the workstream to AT_RISK
  await openTab(page, 'Statusberichte');
  await page.getByRole('button', { name: 'Statusbericht schreiben' }).click();
  const report = page.getByRole('dialog', { name: 'Statusbericht schreiben' });
  await expect(report.getByLabel('Stand jetzt')).toHaveValue('ON_TRACK');
  await report.getByLabel('Stand jetzt').selectOption({ label: 'Gefährdet' });
  await report.getByLabel('Zusammenfassung').fill('Die Beratungsstelle im Kiez ist noch nicht besetzt.');
  await expectAccessible(page, 'Statusbericht schreiben');
  await report.getByRole('button', { name: 'Speichern' }).click();
  await expect(report).toBeHidden();
  const reports = page.getByRole('list', { name: 'Statusberichte, neueste zuerst' });
  await expect(reports.getByRole('listitem').first()).toContainText('Gefährdet');
  await expect(reports.getByRole('listitem').first()).toContainText('Clara Conrad');
  await expect(reports.getByRole('listitem').first()).toContainText('Die Beratungsstelle im Kiez ist noch nicht besetzt.');
  await expect(page.getByTestId('workstream-status')).toHaveText('Gefährdet');
  await expectAccessible(page, 'Statusberichte');

  // Aufgaben and Diskussion of the workstream
  await openTab(page, 'Aufgaben');
  await page.getByRole('region', { name: 'Aufgabe hinzufügen' }).getByLabel('Aufgabe').fill('Räume für die Beratung suchen');
  await page.getByRole('region', { name: 'Aufgabe hinzufügen' }).getByRole('button', { name: 'Aufgabe hinzufügen' }).click();
  await expect(page.getByRole('cell', { name: 'Räume für die Beratung suchen', exact: true })).toBeVisible();
  await expect(page.getByRole('tab', { name: /^Aufgaben/ })).toContainText('1');
  await expectAccessible(page, 'Aufgaben');
  await openTab(page, 'Diskussion');
  await page.getByLabel('Neuer Kommentar').fill('Die IHK möchte mitmachen.');
  await page.getByRole('button', { name: 'Kommentieren' }).click();
  await expect(page.getByRole('list', { name: 'Kommentare' })).toContainText('Die IHK möchte mitmachen.');
  await expectAccessible(page, 'Diskussion');

  // on the board it now stands under Gefährdet
  await page.getByRole('link', { name: 'Projekte' }).first().click();
  await expect(column(page, 'Gefährdet').getByRole('link', { name: title })).toBeVisible();
  await expect(column(page, 'Im Plan').getByRole('link', { name: title })).toHaveCount(0);
  const newCard = column(page, 'Gefährdet').getByTestId('workstream-card').filter({ hasText: title });
  await expect(newCard).toContainText('Hinter Plan: 1');
  await expect(newCard).toContainText('1 offene Aufgabe');

  // deleting names what goes with it
  await page.getByRole('link', { name: title }).click();
  await page.getByRole('button', { name: 'Löschen', exact: true }).click();
  const confirm = page.getByRole('dialog', { name: 'Projekt löschen?' });
  await expect(confirm).toContainText('1 Meilenstein');
  await expect(confirm).toContainText('1 Statusbericht');
  await expect(confirm).toContainText('1 Kennzahl mit ihren Messwerten');
  await expect(confirm).toContainText('1 Aufgabe');
  await expect(confirm).toContainText('alle Kommentare und Dateien');
  await expectAccessible(page, 'Projekt löschen?');
  await confirm.getByRole('button', { name: 'Projekt löschen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Projekte' })).toBeVisible();
  await expect(page.getByText(`Das Projekt „${title}“ wurde gelöscht.`)).toBeVisible();
  await expect(page.getByRole('link', { name: title })).toHaveCount(0);
});

test('a member who leads a workstream writes a status report; elsewhere they only read', async ({ page }) => {
  // member@koop.test (Mira Maaß) leads Fachkräftesicherung (postgres/seed_strategy.go)
  await openWorkstream(page, 'member@koop.test', 'Fachkräftesicherung');
  for (const name of ['Bearbeiten', 'Löschen', 'Meilenstein hinzufügen']) {
    await expect(page.getByRole('button', { name, exact: true })).toHaveCount(0);
  }
  await expect(page.getByRole('button', { name: /^Als erreicht markieren/ })).toBeVisible();
  await openTab(page, 'Kennzahlen');
  await expect(page.getByRole('button', { name: 'Messwert erfassen: Teilnehmende Unternehmen am Ausbildungsverbund' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Kennzahl hinzufügen' })).toHaveCount(0);
  await expectAccessible(page, 'Kennzahlen (Leitung)');

  await openTab(page, 'Statusberichte');
  await page.getByRole('button', { name: 'Statusbericht schreiben' }).click();
  const report = page.getByRole('dialog', { name: 'Statusbericht schreiben' });
  // the status stays where it is: other tests read the board
  await expect(report.getByLabel('Stand jetzt')).toHaveValue('ON_TRACK');
  await report.getByLabel('Zusammenfassung').fill('Der Ausbildungsverbund hat zwei neue Mitglieder aus dem Handwerk.');
  await report.getByRole('button', { name: 'Speichern' }).click();
  await expect(report).toBeHidden();
  const first = page.getByRole('list', { name: 'Statusberichte, neueste zuerst' }).getByRole('listitem').first();
  await expect(first).toContainText('Mira Maaß');
  await expect(first).toContainText('Der Ausbildungsverbund hat zwei neue Mitglieder aus dem Handwerk.');
  await expectAccessible(page, 'Statusberichte (Leitung)');

  // a workstream she does not lead: no report, no measurement
  await page.getByRole('link', { name: 'Projekte' }).first().click();
  await page.getByRole('link', { name: 'Vermarktung landeseigener Gewerbeflächen', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Vermarktung landeseigener Gewerbeflächen' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Als erreicht markieren/ })).toHaveCount(0);
  await openTab(page, 'Statusberichte');
  await expect(page.getByRole('button', { name: 'Statusbericht schreiben' })).toHaveCount(0);
  await openTab(page, 'Kennzahlen');
  await expect(page.getByRole('button', { name: /^Messwert erfassen/ })).toHaveCount(0);
});

test('a viewer sees the board and a workstream without any edit buttons', async ({ page }) => {
  await openBoard(page, 'viewer@koop.test');
  await expect(page.getByRole('button', { name: 'Neues Projekt' })).toHaveCount(0);
  await expectAccessible(page, 'Projekte (lesend)');
  await page.getByRole('link', { name: 'Nachhaltige Entwicklung der Einkaufscenter', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nachhaltige Entwicklung der Einkaufscenter' })).toBeVisible();
  const timeline = page.getByRole('list', { name: 'Zeitleiste der Meilensteine' });
  await expect(timeline.getByTestId('milestone')).toHaveCount(3);
  await expect(timeline.getByTestId('milestone').first()).toContainText('erreicht am 18.04.2023');
  await expectAccessible(page, 'Projekt (lesend)');
  const noEditing = /Bearbeiten|Löschen|hinzufügen|erfassen|schreiben|Als erreicht markieren|Wieder öffnen|Übernehmen/;
  await expect(page.getByRole('main').getByRole('button', { name: noEditing })).toHaveCount(0);
  for (const tab of ['Kennzahlen', 'Statusberichte', 'Aufgaben']) {
    await openTab(page, tab);
    await expect(page.getByRole('main').getByRole('button', { name: noEditing })).toHaveCount(0);
    await expectAccessible(page, `${tab} (lesend)`);
  }
  await expect(page.getByRole('tabpanel')).toContainText('Centermanagements zum Runden Tisch im Januar einladen');
});
