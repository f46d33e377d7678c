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

/** The 2027 cycle's ID (postgres/seed_award.go): its public nomination page is /nominieren/<id>. */
const CYCLE_ID = '6b00c0de-0000-4000-8000-000000000a11';
const PUBLIC_COMPANY = 'Kiezbäckerei Frankfurter Allee GmbH';
const STAFF_COMPANY = 'Elektro Wartenberg GmbH';

test('a company is nominated through the public page, without logging in', async ({ page }) => {
  await page.goto(`/nominieren/${CYCLE_ID}`);
  await expect(page.getByRole('heading', { level: 1, name: CYCLE_TITLE })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Unternehmen nominieren' })).toBeVisible();
  await expectAccessible(page, 'Öffentliche Nominierung');
  // an empty form is refused with a summary that names what is missing
  await page.getByRole('button', { name: 'Nominierung absenden' }).click();
  await expect(page.getByRole('region', { name: 'Bitte prüfen Sie Ihre Angaben' })).toBeFocused();
  await expectAccessible(page, 'Öffentliche Nominierung mit Fehlern');

  const company = page.getByRole('group', { name: 'Das Unternehmen' });
  await company.getByLabel('Name des Unternehmens').fill(PUBLIC_COMPANY);
  await company.getByLabel('Straße und Hausnummer').fill('Frankfurter Allee 212');
  await company.getByLabel('Postleitzahl').fill('10365');
  await company.getByLabel('Ort').fill('Berlin');
  await page.getByRole('radiogroup', { name: 'Kategorie' }).getByRole('radio', { name: 'Handwerk' }).check();
  const me = page.getByRole('group', { name: 'Ihre Angaben' });
  await me.getByLabel('Vorname').fill('Renate');
  await me.getByLabel('Nachname').fill('Rosenthal');
  await me.getByLabel('E-Mail').fill('renate.rosenthal@example.org');
  await page.getByRole('textbox', { name: 'Begründung' }).fill(
    'Die Kiezbäckerei backt seit 1994 an der Frankfurter Allee, bildet jedes Jahr zwei Lehrlinge aus und beliefert die Kitas im Kiez.',
  );
  await page.getByRole('checkbox', { name: /Ich bin einverstanden/ }).check();
  await page.getByRole('button', { name: 'Nominierung absenden' }).click();
  await expect(page.getByRole('heading', { name: 'Vielen Dank!' })).toBeVisible();
  await expect(page.getByTestId('nomination-reference')).toHaveText(/^N-[0-9A-F]{8}$/);
  await expectAccessible(page, 'Nominierung eingegangen');
});

test('the coordinator enters a nomination, closes nominations, decides eligibility, appoints the jury and starts the vote', async ({ page }) => {
  test.setTimeout(180_000);
  await openCycle(page, 'coordinator@koop.test');
  await page.getByRole('tab', { name: 'Nominierungen' }).click();
  await expect(page.getByTestId(`nomination-${PUBLIC_COMPANY}`)).toBeVisible();
  await expectAccessible(page, 'Nominierungen');

  await page.getByRole('button', { name: 'Nominierung erfassen' }).click();
  const form = page.getByRole('dialog', { name: 'Nominierung erfassen' });
  await form.getByRole('radio', { name: 'Vorhandene Organisation' }).check();
  await form.getByRole('textbox', { name: 'Organisation' }).fill('Elektro');
  await page.getByRole('option', { name: STAFF_COMPANY }).click();
  await form.getByLabel('Kategorie').selectOption({ label: 'Handwerk' });
  await form.getByRole('radio', { name: 'Keine Angabe' }).check();
  await form.getByLabel('Begründung').fill('Installiert Photovoltaik auf den Schulen im Bezirk und bildet zwölf Lehrlinge aus.');
  await expectAccessible(page, 'Nominierung erfassen');
  await form.getByRole('button', { name: 'Nominierung speichern' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByTestId(`nomination-${STAFF_COMPANY}`)).toBeVisible();

  await page.getByRole('button', { name: 'Nominierung schließen' }).click();
  await page.getByRole('dialog', { name: 'Nominierung schließen?' }).getByRole('button', { name: 'Nominierung schließen' }).click();
  await expect(page.getByTestId('award-phase')).toHaveText('Nominierung geschlossen');

  for (const company of [PUBLIC_COMPANY, STAFF_COMPANY]) {
    await page.getByRole('button', { name: `Details zu ${company}` }).click();
    const drawer = page.getByRole('dialog', { name: company });
    await drawer.getByRole('button', { name: 'Teilnahmeberechtigt', exact: true }).click();
    const reason = page.getByRole('dialog', { name: 'Als teilnahmeberechtigt festhalten' });
    await reason.getByLabel('Begründung').fill('Sitz in Lichtenberg, kein Preisträger der letzten drei Jahre.');
    await expectAccessible(page, 'Teilnahmeberechtigung');
    await reason.getByRole('button', { name: 'Entscheidung speichern' }).click();
    await expect(reason).toBeHidden();
    await expect(drawer.getByTestId('eligibility-decision')).toContainText('Sitz in Lichtenberg');
    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();
  }

  await page.getByRole('tab', { name: 'Jury' }).click();
  for (const [name, chair] of [
    ['Jana Jäger', true],
    ['Jonas Jankowski', false],
    ['Julia Jung', false],
  ] as const) {
    await page.getByRole('button', { name: 'Jurymitglied hinzufügen' }).click();
    const add = page.getByRole('dialog', { name: 'Jurymitglied hinzufügen' });
    await add.getByRole('textbox', { name: 'Mitglied' }).fill(name.split(' ')[0]!);
    await page.getByRole('option', { name: new RegExp(name) }).click();
    if (chair) await add.getByRole('checkbox', { name: /Vorsitz/ }).check();
    await add.getByRole('button', { name: 'Hinzufügen' }).click();
    await expect(add).toBeHidden();
    await expect(page.getByTestId(`juror-${name}`)).toBeVisible();
  }
  await expect(page.getByTestId('juror-Jana Jäger')).toContainText('Vorsitz');
  await expectAccessible(page, 'Jury');

  await page.getByRole('button', { name: 'Jurybewertung starten' }).click();
  await page.getByRole('dialog', { name: 'Jurybewertung starten?' }).getByRole('button', { name: 'Jurybewertung starten' }).click();
  await expect(page.getByTestId('award-phase')).toHaveText('Jurybewertung');
  await expect(page.getByTestId('award-turnout')).toContainText('0 von 3 Bewertungen abgegeben (Quorum 3)');
});

/** Scores every criterion of the nomination on screen with the same value and saves. */
async function scoreNomination(page: Page, value: number): Promise<void> {
  const groups = page.getByRole('radiogroup', { name: /\(Gewicht \d+\)/ });
  const n = await groups.count();
  expect(n).toBeGreaterThan(0);
  for (let i = 0; i < n; i++) {
    await groups.nth(i).getByRole('radio', { name: String(value), exact: true }).check();
  }
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByText('Gespeichert.', { exact: true })).toBeVisible();
}

async function openScoring(page: Page, email: string): Promise<void> {
  await openCycle(page, email);
  await page.getByRole('link', { name: 'Bewerten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bewertung' })).toBeVisible();
}

test('three outside jurors score in their own browsers; one declares a conflict; nobody sees another ballot', async ({ browser }) => {
  test.setTimeout(240_000);
  const jurors = [
    { email: 'juror1@koop.test', publicScore: 9, staffScore: 7 },
    { email: 'juror2@koop.test', publicScore: 8, staffScore: 6 },
    { email: 'juror3@koop.test', publicScore: null, staffScore: 9 },
  ];
  for (const j of jurors) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await openScoring(page, j.email);
    await expectAccessible(page, `Bewertung ${j.email}`);
    const list = page.getByRole('navigation', { name: 'Nominierungen' });
    await expect(page.getByRole('progressbar')).toHaveAccessibleName(/0 von 8 Bewertungen/);

    // the first nomination is open; moving to another puts the focus on its heading
    await expect(page.getByRole('heading', { level: 2, name: PUBLIC_COMPANY })).toBeVisible();
    if (j.publicScore === null) {
      await page.getByRole('button', { name: 'Interessenkonflikt erklären' }).click();
      const dialog = page.getByRole('dialog', { name: `Interessenkonflikt erklären: ${PUBLIC_COMPANY}` });
      await dialog.getByLabel('Grund').fill('Die Inhaberin ist meine Schwester.');
      await expectAccessible(page, 'Interessenkonflikt erklären');
      await dialog.getByRole('button', { name: 'Interessenkonflikt erklären' }).click();
      await expect(dialog).toBeHidden();
      await expect(list.getByRole('button', { name: new RegExp(PUBLIC_COMPANY) })).toContainText('Interessenkonflikt');
    } else {
      await scoreNomination(page, j.publicScore);
    }
    await list.getByRole('button', { name: new RegExp(STAFF_COMPANY) }).click();
    await expect(page.getByRole('heading', { level: 2, name: STAFF_COMPANY })).toBeFocused();
    await scoreNomination(page, j.staffScore);

    // a draft survives a reload
    await page.reload();
    await expect(page.getByRole('progressbar')).toHaveAccessibleName(j.publicScore === null ? /4 von 4 Bewertungen/ : /8 von 8 Bewertungen/);

    await page.getByRole('button', { name: 'Bewertung abgeben' }).click();
    const confirm = page.getByRole('dialog', { name: 'Bewertung abgeben?' });
    await expectAccessible(page, 'Bewertung abgeben?');
    await confirm.getByRole('button', { name: 'Abgeben' }).click();
    await expect(page.getByText(/Abgegeben am/)).toBeVisible();
    // before the close there is no result anywhere
    await page.goto(page.url().replace(/\/score$/, '/result'));
    await expect(page.getByRole('region', { name: 'Beteiligung' })).toBeVisible();
    await expect(page.getByRole('table')).toHaveCount(0);
    await context.close();
  }
});

test('the chair closes the vote; the locked result shows its breakdown with the conflict', async ({ page }) => {
  await openCycle(page, 'juror1@koop.test');
  await expect(page.getByTestId('award-turnout')).toContainText('3 von 3 Bewertungen abgegeben (Quorum 3)');
  await page.getByRole('link', { name: 'Beteiligung und Abschluss' }).click();
  await page.getByRole('button', { name: 'Abstimmung schließen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Abstimmung schließen' });
  await expect(dialog.getByTestId('close-count')).toContainText('3 von 3');
  await expectAccessible(page, 'Abstimmung schließen');
  await dialog.getByRole('button', { name: 'Abstimmung endgültig schließen' }).click();
  await expect(dialog).toBeHidden();

  await expect(page.getByTestId('closed-by')).toContainText('Jana Jäger');
  const handwerk = page.getByRole('table', { name: 'Rangfolge in der Kategorie Handwerk' });
  // the public nomination: (9 + 8) / 2 = 8,50 over two jurors; the staff one (7 + 6 + 9) / 3 = 7,33
  await expect(handwerk.getByRole('row', { name: new RegExp(PUBLIC_COMPANY) })).toContainText('8,50');
  await expect(handwerk.getByRole('row', { name: new RegExp(STAFF_COMPANY) })).toContainText('7,33');
  await page.getByRole('button', { name: `Aufschlüsselung für ${PUBLIC_COMPANY}` }).click();
  await expect(page.getByText('befangen').first()).toBeVisible();
  await expectAccessible(page, 'Ergebnis mit Aufschlüsselung');

  // locked: the juror's scoring screen is read-only now
  await page.goto(page.url().replace(/\/result$/, '/score'));
  await expect(page.getByRole('link', { name: 'Zum Ergebnis' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Bewertung abgeben' })).toHaveCount(0);
});
