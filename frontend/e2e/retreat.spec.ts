import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { cooperationIdFrom, expectAccessible, login, mainNav } from './helpers';

// The retreat from preparation to minutes on a new "Klausur 2028" (the demo's "Klausur 2027"
// belongs to retreat-live.spec.ts): the coordinator creates it, a member proposes an event and a
// new workstream, the coordinator sets the agenda, starts the session, records the decisions and
// closes it; the draft event appears in the calendar and the minutes list everything.
// The live voting itself is tested in retreat-live.spec.ts.

const TITLE = 'Klausur 2028';
const run = Date.now().toString(36).slice(-5);
const EVENT = 'Neujahrsempfang 2028';
const WORKSTREAM = `Gründungslotsen Lichtenberg ${run}`;
const FREE = 'Jahresbericht 2027 gemeinsam veröffentlichen';

async function newPage(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await login(page, email);
  return page;
}

/** Picks options in a Mantine MultiSelect by typing and clicking. */
async function pick(page: Page, scope: Locator, label: string, choices: [string, string | RegExp][]): Promise<void> {
  const input = scope.getByRole('textbox', { name: label });
  for (const [query, option] of choices) {
    await input.click();
    await input.fill(query);
    await page.getByRole('listbox', { name: label }).getByRole('option', { name: option }).click();
  }
  await page.keyboard.press('Escape');
  await expect(scope).toBeVisible();
}

async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name: new RegExp(`^${name}`) }).click();
  await expect(page.getByRole('tab', { name: new RegExp(`^${name}`) })).toHaveAttribute('aria-selected', 'true');
}

const decision = (page: Page, title: string | RegExp) => page.getByRole('article', { name: title });

test('a retreat from preparation through proposals, agenda, session, decisions and closing to the plan and the minutes', async ({ page, browser }) => {
  test.setTimeout(240_000);

  // --- the coordinator creates Klausur 2028 ---------------------------------------------------
  await login(page, 'coordinator@koop.test');
  const cooperationId = cooperationIdFrom(page);
  await mainNav(page).getByRole('link', { name: 'Klausur' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Klausur' })).toBeVisible();
  // (its status depends on whether retreat-live.spec.ts ran first on the same database)
  const demo = page.getByTestId('retreat-card').filter({ hasText: 'Klausur 2027' });
  await expect(demo).toContainText('Rathaus Lichtenberg');
  await expect(demo).toContainText('3 Personen');
  await expect(page.getByTestId('retreat-card').filter({ hasText: 'Klausur 2026' })).toContainText('Abgeschlossen');
  await expectAccessible(page, 'Klausur (Liste)');

  await page.getByRole('button', { name: 'Klausur anlegen' }).click();
  const create = page.getByRole('dialog', { name: 'Klausur anlegen' });
  // the next year no retreat plans yet, 10 points each
  await expect(create.getByRole('textbox', { name: 'Planjahr', exact: true })).toHaveValue('2028');
  await expect(create.getByRole('textbox', { name: 'Titel', exact: true })).toHaveValue(TITLE);
  await expect(create.getByLabel('Punkte je Person')).toHaveValue('10');
  await create.getByRole('textbox', { name: 'Titel', exact: true }).fill('');
  await expectAccessible(page, 'Klausur anlegen');
  await create.getByRole('button', { name: 'Anlegen' }).click();
  await expect(create.getByText('Bitte wählen Sie mindestens eine teilnehmende Person.')).toBeVisible();
  await expect(create.getByText('Bitte wählen Sie die Moderation.')).toBeVisible();
  await expect(create.getByText('Bitte geben Sie einen Titel ein.')).toBeVisible();
  await create.getByRole('textbox', { name: 'Titel', exact: true }).fill(TITLE);
  await create.getByRole('textbox', { name: 'Planjahr', exact: true }).fill('2028');
  await create.getByLabel('Beginn (Datum)').fill('2027-11-26');
  await create.getByLabel('Beginn (Uhrzeit)').fill('09:00');
  await create.getByLabel('Letzter Tag').fill('2027-11-26');
  await create.getByRole('textbox', { name: 'Ort', exact: true }).fill('Rathaus Lichtenberg, Ratssaal');
  await pick(page, create, 'Teilnehmende', [
    ['Clara', 'Clara Conrad (BA Lichtenberg)'],
    ['Cem', 'Cem Wolter (WKHL)'],
    ['Mira', 'Mira Maaß (WKHL)'],
  ]);
  await create.getByRole('combobox', { name: 'Moderation', exact: true }).selectOption({ label: 'Clara Conrad (BA Lichtenberg)' });
  await expectAccessible(page, 'Klausur anlegen ausgefüllt');
  await create.getByRole('button', { name: 'Anlegen' }).click();

  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  const retreatPath = new URL(page.url()).pathname;
  await expect(page.getByTestId('retreat-status')).toHaveText('Vorbereitung');
  await expect(page.getByTestId('retreat-period')).toHaveText('Fr., 26.11.2027, 09:00');
  const groups = page.getByTestId('participant-group');
  await expect(groups).toHaveCount(2);
  await expect(groups.nth(0)).toContainText('Clara Conrad');
  await expect(groups.nth(0)).toContainText('Moderation');
  await expect(groups.nth(1)).toContainText('Cem Wolter');
  await expect(groups.nth(1)).toContainText('Mira Maaß');
  await expectAccessible(page, 'Klausur 2028 Vorbereitung');

  // --- a member proposes an event and a new workstream ---------------------------------------
  const member = await newPage(browser, 'member@koop.test');
  await member.goto(`${retreatPath}?tab=proposals`);
  await expect(member.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(member.getByRole('region', { name: 'Veranstaltungen' }).getByText('Noch keine.')).toBeVisible();
  await expectAccessible(member, 'Vorschläge (leer)');

  await member.getByRole('button', { name: 'Vorschlag einreichen' }).click();
  let form = member.getByRole('dialog', { name: 'Vorschlag einreichen' });
  await form.getByRole('combobox', { name: 'Art', exact: true }).selectOption({ label: 'Veranstaltung' });
  await form.getByRole('textbox', { name: 'Titel', exact: true }).fill(EVENT);
  await form.getByLabel('Begründung').fill('Der Empfang eröffnet das Jahr für Wirtschaft, Verwaltung und Politik.');
  await form.getByLabel('Veranstaltungsreihe').selectOption({ label: 'Neujahrsempfang' });
  // a day outside the planned year is refused at the field
  await form.getByLabel('Geplant am').fill('2027-01-15');
  await form.getByRole('button', { name: 'Einreichen' }).click();
  await expect(form.getByText('Der Tag muss im Jahr 2028 liegen.')).toBeVisible();
  await expect(form.getByLabel('Geplant am')).toHaveAttribute('aria-invalid', 'true');
  await form.getByLabel('Geplant am').fill('2028-01-15');
  await pick(member, form, 'Ziele', [['vernetzen', /Wirtschaft, Verwaltung und Politik im Bezirk vernetzen/]]);
  await expectAccessible(member, 'Vorschlag einreichen (Veranstaltung)');
  await form.getByRole('button', { name: 'Einreichen' }).click();
  await expect(form).toBeHidden();
  const eventCard = member.getByRole('region', { name: 'Veranstaltungen' }).getByTestId('proposal-card').filter({ hasText: EVENT });
  await expect(eventCard).toContainText('Neujahrsempfang · geplant am 15.01.2028');
  await expect(eventCard).toContainText('Von Mira Maaß (WKHL)');
  await expect(eventCard).toContainText('Wirtschaft, Verwaltung und Politik im Bezirk vernetzen');

  await member.getByRole('button', { name: 'Vorschlag einreichen' }).click();
  form = member.getByRole('dialog', { name: 'Vorschlag einreichen' });
  await form.getByRole('combobox', { name: 'Art', exact: true }).selectOption({ label: 'Projekt' });
  await form.getByRole('textbox', { name: 'Titel', exact: true }).fill(WORKSTREAM);
  await expect(form.getByRole('combobox', { name: 'Projekt', exact: true })).toHaveValue('');
  await form.getByRole('combobox', { name: 'Priorität', exact: true }).selectOption({ label: 'hoch' });
  await expectAccessible(member, 'Vorschlag einreichen (Projekt)');
  await form.getByRole('button', { name: 'Einreichen' }).click();
  await expect(form).toBeHidden();
  const wsCard = member.getByRole('region', { name: 'Projekte' }).getByTestId('proposal-card').filter({ hasText: WORKSTREAM });
  await expect(wsCard).toContainText('Neues Projekt · Priorität hoch');
  await expect(wsCard).toContainText('0 Kommentare');

  // the detail with its discussion
  await wsCard.getByRole('button', { name: WORKSTREAM }).click();
  const detail = member.getByRole('dialog', { name: WORKSTREAM });
  await expect(detail.getByRole('heading', { name: 'Kommentare' })).toBeVisible();
  await expect(detail.getByRole('button', { name: 'Zurückziehen' })).toBeVisible();
  await detail.getByLabel('Neuer Kommentar').fill('Die IHK würde die Lotsen gern mit ausbilden.');
  await detail.getByRole('button', { name: 'Kommentieren' }).click();
  await expect(detail.getByText('Die IHK würde die Lotsen gern mit ausbilden.')).toBeVisible();
  await expectAccessible(member, 'Vorschlag mit Diskussion');
  await member.keyboard.press('Escape');
  await expect(detail).toBeHidden();
  await expect(wsCard).toContainText('1 Kommentar');
  await member.context().close();

  // --- the coordinator sets the agenda -------------------------------------------------------
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  for (const [title, minutes] of [
    ['Begrüßung', '30'],
    ['Veranstaltungen und Projekte 2028', '45'],
  ] as const) {
    await page.getByRole('button', { name: 'Punkt hinzufügen' }).click();
    const item = page.getByRole('dialog', { name: 'Tagesordnungspunkt hinzufügen' });
    await item.getByLabel('Thema').fill(title);
    await item.getByLabel('Dauer in Minuten').fill(minutes);
    if (title !== 'Begrüßung') {
      await item.getByLabel('Vortrag').selectOption({ label: 'Mira Maaß (WKHL)' });
      await pick(page, item, 'Vorschläge', [
        ['Neujahr', `${EVENT} (Veranstaltung)`],
        ['Gründung', `${WORKSTREAM} (Projekt)`],
      ]);
      await expectAccessible(page, 'Tagesordnungspunkt hinzufügen');
    }
    await item.getByRole('button', { name: 'Speichern' }).click();
    await expect(item).toBeHidden();
  }
  const agenda = page.getByTestId('agenda-item');
  await expect(agenda).toHaveCount(2);
  await expect(agenda.nth(1)).toContainText('09:30–10:15');
  await expect(agenda.nth(1)).toContainText('Mira Maaß (WKHL)');
  await page.getByRole('button', { name: '„Veranstaltungen und Projekte 2028“ nach oben' }).click();
  await expect(agenda.nth(0)).toContainText('09:00–09:45');
  await expect(agenda.nth(0)).toContainText('Veranstaltungen und Projekte 2028');
  await expect(agenda.nth(1)).toContainText('09:45–10:15');
  await expect(page.getByTestId('agenda-summary')).toHaveText('2 Punkte, 1 Std. 15 Min., Ende gegen 10:15 Uhr');
  await expectAccessible(page, 'Tagesordnung');

  // --- the session ---------------------------------------------------------------------------
  await page.getByRole('button', { name: 'Sitzung beginnen' }).click();
  await expect(page.getByTestId('retreat-status')).toHaveText('In Sitzung');
  await expect(page.getByRole('button', { name: 'Abstimmung öffnen' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Abstimmen' })).toHaveAttribute('href', `${retreatPath}/vote`);
  await expect(page.getByRole('link', { name: 'Präsentation' })).toHaveAttribute('href', `${retreatPath}/presenter`);

  await openTab(page, 'Beschlüsse');
  await expect(decision(page, new RegExp(EVENT))).toBeVisible();
  await expectAccessible(page, 'Beschlüsse (Editor)');

  // accepted without an owner partner: the API refuses it at the field
  const onEvent = decision(page, new RegExp(EVENT));
  await onEvent.getByRole('radio', { name: 'Angenommen' }).check();
  await onEvent.getByLabel('Beschluss', { exact: true }).fill('Der Neujahrsempfang 2028 wird wie gewohnt gemeinsam ausgerichtet.');
  await onEvent.getByRole('button', { name: `Speichern: ${EVENT}` }).click();
  await expect(onEvent.getByText('Ein angenommener Beschluss braucht einen verantwortlichen Partner.')).toBeVisible();
  await expect(onEvent.getByLabel('Verantwortlicher Partner')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, 'Beschluss mit Fehler');
  await onEvent.getByLabel('Verantwortlicher Partner').selectOption({ label: 'BA Lichtenberg' });
  await onEvent.getByLabel('Bis', { exact: true }).fill('2028-01-10');
  await onEvent.getByRole('button', { name: `Speichern: ${EVENT}` }).click();
  await expect(onEvent.getByText('Angenommen', { exact: true }).first()).toBeVisible();
  await expect(onEvent).toHaveAttribute('data-outcome', 'ACCEPTED');

  const onWorkstream = decision(page, new RegExp(WORKSTREAM));
  await onWorkstream.getByRole('radio', { name: 'Angenommen' }).check();
  await onWorkstream.getByLabel('Beschluss', { exact: true }).fill('Die Gründungslotsen starten 2028 als gemeinsames Projekt.');
  await onWorkstream.getByLabel('Verantwortlicher Partner').selectOption({ label: 'WKHL' });
  await onWorkstream.getByRole('button', { name: `Speichern: ${WORKSTREAM}` }).click();
  await expect(onWorkstream).toHaveAttribute('data-outcome', 'ACCEPTED');

  await page.getByRole('button', { name: 'Freier Beschluss' }).click();
  const free = decision(page, 'Freier Beschluss').last();
  await free.getByLabel('Beschluss', { exact: true }).fill(FREE);
  await free.getByLabel('Verantwortlicher Partner').selectOption({ label: 'WKHL' });
  await free.getByLabel('Bis', { exact: true }).fill('2028-03-31');
  await free.getByRole('button', { name: 'Speichern: Freier Beschluss' }).click();
  await expect(decision(page, 'Freier Beschluss')).toHaveCount(1);
  await expect(decision(page, 'Freier Beschluss')).toHaveAttribute('data-outcome', 'ACCEPTED');
  await expect(decision(page, 'Freier Beschluss').getByLabel('Beschluss', { exact: true })).toHaveValue(FREE);

  // closing: the dialog says what will be created; a double click closes once
  await page.getByRole('button', { name: 'Klausur abschließen' }).click();
  const confirm = page.getByRole('dialog', { name: 'Klausur abschließen?' });
  await expect(confirm.getByTestId('close-summary')).toContainText('1 Veranstaltung als Idee im Jahr 2028');
  await expect(confirm.getByTestId('close-summary')).toContainText('1 neues Projekt');
  await expect(confirm.getByTestId('close-summary')).toContainText('3 Aufgaben');
  await expectAccessible(page, 'Klausur abschließen?');
  await confirm.getByRole('button', { name: 'Endgültig abschließen' }).dblclick();
  await expect(confirm).toBeHidden();
  await expect(page.getByTestId('retreat-status')).toHaveText('Abgeschlossen');
  await expect(page.getByText('Die Klausur ist abgeschlossen; der Plan für 2028 wurde angelegt.')).toBeVisible();
  await expect(page.getByText(/bereits abgeschlossen/)).toHaveCount(0);
  // a second close is not offered any more
  await expect(page.getByRole('button', { name: 'Klausur abschließen' })).toHaveCount(0);
  const plan = page.getByTestId('plan-summary');
  await expect(plan).toContainText('Plan 2028');
  const eventLink = plan.getByRole('link', { name: EVENT });
  await expect(eventLink).toHaveAttribute('href', new RegExp(`/c/${cooperationId}/events/[^/]+$`));
  await expect(plan.getByRole('link', { name: WORKSTREAM })).toHaveAttribute('href', new RegExp(`/c/${cooperationId}/workstreams/[^/]+$`));
  await expect(plan).toContainText(`Aufgabe: ${FREE}`);
  await expect(page.getByTestId('decisions-table').getByTestId('decision-row')).toHaveCount(3);
  await expectAccessible(page, 'Beschlüsse nach dem Abschluss');
  const eventHref = await eventLink.getAttribute('href');

  // the draft event in the calendar of January 2028
  await page.goto(`/c/${cooperationId}/events?view=calendar&month=2028-01`);
  const calendar = page.getByRole('region', { name: 'Kalender der Veranstaltungen' });
  await expect(calendar.getByText(EVENT)).toBeVisible();
  await expectAccessible(page, 'Kalender Januar 2028');
  await page.goto(eventHref ?? '/');
  await expect(page.getByRole('heading', { level: 1, name: EVENT })).toBeVisible();
  await expect(page.getByText('Idee', { exact: true }).first()).toBeVisible();

  // --- the minutes ---------------------------------------------------------------------------
  await page.goto(`${retreatPath}?tab=minutes`);
  await page.getByRole('link', { name: 'Protokoll zum Drucken öffnen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Protokoll: ${TITLE}` })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Drucken' })).toBeVisible();
  await expect(page.getByTestId('print-participants')).toContainText('Clara Conrad (Moderation)');
  const minutes = page.getByTestId('print-decisions');
  await expect(minutes.getByRole('row')).toHaveCount(4);
  await expect(minutes).toContainText('Der Neujahrsempfang 2028 wird wie gewohnt gemeinsam ausgerichtet.');
  await expect(minutes).toContainText('BA Lichtenberg');
  await expect(minutes).toContainText('10.01.2028');
  await expect(minutes).toContainText(FREE);
  await expect(page.getByTestId('print-plan').getByRole('link', { name: EVENT })).toHaveAttribute('href', eventHref ?? '');
  await expectAccessible(page, 'Protokoll');
  // on paper the shell and the toolbar stay off
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Drucken' })).toBeHidden();
  await expect(mainNav(page)).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
});
