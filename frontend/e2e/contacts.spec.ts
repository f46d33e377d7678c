import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, login, mainNav } from './helpers';

/** A suffix that keeps names and addresses unique when the suite runs twice against one database. */
const run = Date.now().toString(36).slice(-5);

async function openContacts(page: Page, email: string): Promise<void> {
  await login(page, email);
  await mainNav(page).getByRole('link', { name: 'Kontakte' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kontakte' })).toBeVisible();
}

test('a coordinator creates a contact with consent; a taken e-mail address is refused at the field', async ({ page }) => {
  await openContacts(page, 'coordinator@koop.test');
  const table = page.getByRole('table', { name: 'Kontakte' });
  // the demo list has more than one page; the search narrows it
  await expect(page.getByRole('navigation', { name: 'Seiten' })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Suche' }).fill('Schulz');
  await expect(table.getByRole('link', { name: 'Dr. Schulz, Katrin' })).toBeVisible();
  await expectAccessible(page, 'Kontakte');

  await page.getByRole('button', { name: 'Kontakt anlegen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Kontakt anlegen' });
  await dialog.getByLabel('Anrede').selectOption({ label: 'Frau' });
  await dialog.getByLabel('Titel').fill('Dr.');
  await dialog.getByLabel('Vorname').fill('Anna');
  await dialog.getByLabel('Nachname').fill(`Lindner-${run}`);
  await dialog.getByLabel('Organisation').selectOption({ label: 'Spreeküche Catering GmbH' });
  await dialog.getByLabel('E-Mail').fill(`anna.lindner.${run}@spreekueche.example`);
  await dialog.getByLabel('Rechtsgrundlage').selectOption({ label: 'Einwilligung' });
  // consent without its date is refused before anything is sent
  await dialog.getByRole('button', { name: 'Kontakt anlegen' }).click();
  await expect(dialog.getByText('Bei einer Einwilligung ist das Datum der Einwilligung anzugeben.')).toBeVisible();
  await dialog.getByLabel('Einwilligung am').fill('2025-03-15');
  await expectAccessible(page, 'Kontakt anlegen');
  await dialog.getByRole('button', { name: 'Kontakt anlegen' }).click();

  await expect(page.getByRole('heading', { level: 1, name: `Dr. Anna Lindner-${run}` })).toBeVisible();
  await expect(page.getByText(`Sehr geehrte Frau Dr. Lindner-${run}`)).toBeVisible();
  await expect(page.getByText('Einwilligung (am 15.03.2025)')).toBeVisible();
  await expectAccessible(page, 'Kontakt');

  // the same address again (other case): the German message sits at the field, the input stays
  await mainNav(page).getByRole('link', { name: 'Kontakte' }).click();
  await page.getByRole('button', { name: 'Kontakt anlegen' }).click();
  await dialog.getByLabel('Nachname').fill(`Doppelt-${run}`);
  await dialog.getByLabel('E-Mail').fill(`Anna.Lindner.${run}@Spreekueche.example`);
  await dialog.getByLabel('Rechtsgrundlage').selectOption({ label: 'Vertrag' });
  await dialog.getByRole('button', { name: 'Kontakt anlegen' }).click();
  const email = dialog.getByLabel('E-Mail');
  await expect(dialog.getByText(`Ein Kontakt mit der E-Mail-Adresse anna.lindner.${run}@spreekueche.example existiert in dieser Kooperation bereits.`)).toBeVisible();
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(email).toHaveValue(`Anna.Lindner.${run}@Spreekueche.example`);
  await expect(dialog.getByLabel('Nachname')).toHaveValue(`Doppelt-${run}`);
  await expectAccessible(page, 'Kontakt anlegen mit Fehler');
  await dialog.getByRole('button', { name: 'Abbrechen' }).click();
});

test('a German Excel file (Windows-1252, ";") is checked row by row and its valid rows imported with umlauts intact', async ({ page }) => {
  await openContacts(page, 'coordinator@koop.test');
  await page.getByRole('link', { name: 'Kontakte importieren' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kontakte importieren' })).toBeVisible();
  await expectAccessible(page, 'Kontakte importieren');

  const csv = [
    'Anrede;Titel;Vorname;Nachname;Firma;E-Mail;PLZ;Ort;Rechtsgrundlage;Einwilligung am;Notiz',
    `Frau;;Jördis;Größer-${run};Bäckerei Süß ${run} GmbH;joerdis.${run}@baeckerei-suess.example;10367;Berlin;Einwilligung;15.03.2025;"Vegetarisch; Rollstuhl"`,
    `Herr;Dr.;Ömer;Weiß-${run};;oemer.${run}@weiss.example;;;Berechtigtes Interesse;;`,
    'Herr;;Kaputte;Zeile',
  ].join('\r\n');
  await page.getByLabel('CSV-Datei').setInputFiles({ name: 'Gäste.csv', mimeType: 'text/csv', buffer: Buffer.from(csv + '\r\n', 'latin1') });

  await expect(page.getByRole('heading', { name: '2. Prüfbericht für Gäste.csv' })).toBeVisible();
  await expect(page.getByText('Gelesen als Windows-1252, Trennzeichen „;“.')).toBeVisible();
  await expect(page.getByTestId('import-row-2')).toContainText(`Jördis Größer-${run}`);
  await expect(page.getByTestId('import-row-2')).toContainText('Neu');
  await expect(page.getByTestId('import-row-4')).toContainText('Fehler');
  await expect(page.getByTestId('import-row-4')).toContainText('Zeile 4: Die Zeile hat nur 4 von 11 Spalten.');
  await expectAccessible(page, 'Prüfbericht');

  await page.getByRole('button', { name: 'Gültige Zeilen importieren' }).click();
  const confirm = page.getByRole('dialog', { name: 'Nur die gültigen Zeilen importieren?' });
  await expect(confirm).toContainText('1 Zeilen enthalten Fehler');
  await expectAccessible(page, 'Import bestätigen');
  await confirm.getByRole('button', { name: 'Gültige Zeilen importieren' }).click();
  await expect(page.getByText('2 Kontakte angelegt, 0 aktualisiert, 1 Zeilen übersprungen, 1 Organisationen neu angelegt.')).toBeVisible();
  await expectAccessible(page, 'Import abgeschlossen');

  await page.getByRole('link', { name: 'Zu den Kontakten' }).click();
  await page.getByRole('searchbox', { name: 'Suche' }).fill(`Größer-${run}`);
  const table = page.getByRole('table', { name: 'Kontakte' });
  await expect(table.getByRole('link', { name: `Größer-${run}, Jördis` })).toBeVisible();
  await expect(table.getByRole('cell', { name: `Bäckerei Süß ${run} GmbH` })).toBeVisible();
  await table.getByRole('link', { name: `Größer-${run}, Jördis` }).click();
  await expect(page.getByText('Vegetarisch; Rollstuhl')).toBeVisible();
});

test('a member builds a distribution list with the picker and removes a contact after confirming', async ({ page }) => {
  await openContacts(page, 'member@koop.test');
  await page.getByRole('link', { name: 'Verteiler' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Verteiler' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Verteiler' }).getByRole('link', { name: 'Netzwerk Unternehmerinnen' })).toBeVisible();
  await expectAccessible(page, 'Verteiler');

  const name = `Presse ${run}`;
  await page.getByRole('button', { name: 'Verteiler anlegen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Verteiler anlegen' });
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByLabel('Beschreibung').fill('Presseverteiler für den Neujahrsempfang');
  await expectAccessible(page, 'Verteiler anlegen');
  await dialog.getByRole('button', { name: 'Speichern' }).click();
  await page.getByRole('table', { name: 'Verteiler' }).getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByText('Noch niemand auf diesem Verteiler.')).toBeVisible();

  const picker = page.getByRole('textbox', { name: 'Kontakte suchen und auswählen' });
  await picker.fill('Krüger');
  await page.getByRole('option', { name: /Sabine Krüger/ }).click();
  await picker.fill('Böttcher');
  await page.getByRole('option', { name: /Jens Böttcher/ }).click();
  await page.keyboard.press('Escape');
  await expectAccessible(page, 'Verteiler mit Auswahl');
  await page.getByRole('button', { name: '2 Kontakte hinzufügen' }).click();
  const members = page.getByRole('table', { name: `Kontakte auf dem Verteiler ${name}` });
  await expect(members.getByRole('link', { name: 'Sabine Krüger' })).toBeVisible();
  await expect(members.getByRole('link', { name: 'Jens Böttcher' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '2 Kontakte' })).toBeVisible();

  await members.getByRole('button', { name: 'Jens Böttcher vom Verteiler entfernen' }).click();
  const confirm = page.getByRole('dialog', { name: 'Vom Verteiler entfernen?' });
  await expectAccessible(page, 'Entfernen bestätigen');
  await confirm.getByRole('button', { name: 'Entfernen' }).click();
  await expect(members.getByRole('link', { name: 'Jens Böttcher' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: '1 Kontakt' })).toBeVisible();
  await expectAccessible(page, 'Verteiler');
});

test('a viewer sees contacts without contact details and cannot change them', async ({ page }) => {
  await openContacts(page, 'viewer@koop.test');
  await expect(page.getByRole('button', { name: 'Kontakt anlegen' })).toHaveCount(0);
  await page.getByRole('searchbox', { name: 'Suche' }).fill('Schulz');
  await page.getByRole('table', { name: 'Kontakte' }).getByRole('link', { name: 'Dr. Schulz, Katrin' }).click();
  await expect(page.getByText('Mit Ihrer Rolle (Lesend) sehen Sie Namen, Funktion und Organisation, aber keine Kontaktdaten.')).toBeVisible();
  await expect(page.getByText('k.schulz@hsh-metallbau.example')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Bearbeiten' })).toHaveCount(0);
  await expectAccessible(page, 'Kontakt (Lesend)');
});
