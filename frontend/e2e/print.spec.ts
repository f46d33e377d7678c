import { expect, test, type Page } from '@playwright/test';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { apiAs, expectAccessible, login, mainNav, uniqueEmail, type Gql } from './helpers';

const COOPERATION_ID = '6b00c0de-0000-4000-8000-000000000001';
const NEUJAHR_2027 = '6b00c0de-0000-4000-8000-000000000306';
const METALLBAU = '6b00c0de-0000-4000-8000-000000000481'; // Hohenschönhausener Metallbau GmbH
/** A suffix that keeps names unique when the suite runs twice against one database. */
const run = Date.now().toString(36).slice(-5);

interface Guest {
  firstName: string;
  lastName: string;
  fn?: string;
  /** ACCEPT with or without a companion, or no answer. */
  answer?: { plusOne: boolean; plusOneName?: string };
}

/** Puts a new contact on the Neujahrsempfang's list, sends the invitation and records the answer. */
async function addGuest(api: Gql, g: Guest): Promise<void> {
  const created = (await api('mutation($input: CreateContactInput!) { createContact(input: $input) { contact { id } } }', {
    input: {
      cooperationId: COOPERATION_ID,
      firstName: g.firstName,
      lastName: g.lastName,
      function: g.fn ?? '',
      organisationId: METALLBAU,
      email: uniqueEmail('druck'),
      legalBasis: 'LEGITIMATE_INTEREST',
    },
  })) as { createContact: { contact: { id: string } } };
  const invited = (await api('mutation($input: InviteGuestsInput!) { inviteGuests(input: $input) { added { id } } }', {
    input: { eventId: NEUJAHR_2027, contactIds: [created.createContact.contact.id] },
  })) as { inviteGuests: { added: { id: string }[] } };
  const id = invited.inviteGuests.added[0]?.id;
  await api('mutation($input: SendInvitationsInput!) { sendInvitations(input: $input) { sent } }', {
    input: { eventId: NEUJAHR_2027, invitationIds: [id] },
  });
  if (!g.answer) return;
  const list = (await api('query($id: ID!, $f: GuestFilter) { guests(eventId: $id, filter: $f) { items { id version } } }', {
    id: NEUJAHR_2027,
    f: { query: g.lastName },
  })) as { guests: { items: { id: string; version: number }[] } };
  const inv = list.guests.items.find((i) => i.id === id);
  expect(inv).toBeTruthy();
  await api('mutation($input: RecordAnswerInput!) { recordAnswer(input: $input) { invitation { status } } }', {
    input: { id, version: inv?.version, answer: 'ACCEPT', plusOne: g.answer.plusOne, plusOneName: g.answer.plusOneName ?? '' },
  });
}

async function shot(page: Page, name: string) {
  const dir = process.env.E2E_SCREENSHOTS;
  if (dir) await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}

/** On paper: the shell's header, navigation and the toolbar are gone, the content is there. */
async function expectPrintable(page: Page, what: string, content: ReturnType<Page['getByText']>) {
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(mainNav(page)).toBeHidden();
  await expect(page.getByRole('button', { name: 'Drucken' })).toBeHidden();
  await expect(page.getByRole('link', { name: 'Zurück zur Veranstaltung' })).toBeHidden();
  await expect(content).toBeVisible();
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  const dir = process.env.E2E_SCREENSHOTS;
  if (dir) await writeFile(path.join(dir, `${what}.pdf`), pdf);
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByRole('button', { name: 'Drucken' })).toBeVisible();
}

test('the printed guest list and name badges of the Neujahrsempfang', async ({ page, request }) => {
  test.setTimeout(120_000);
  const api = await apiAs(request, 'coordinator@koop.test');
  const anna = { firstName: 'Anna', lastName: `Druckmann-${run}`, fn: 'Geschäftsführerin', answer: { plusOne: true, plusOneName: `Anke Begleit-${run}` } };
  const bernd = { firstName: 'Bernd', lastName: `Namenlos-${run}`, answer: { plusOne: true } };
  const clara = { firstName: 'Clara', lastName: `Offen-${run}` };
  for (const g of [anna, bernd, clara]) await addGuest(api, g);

  await login(page, 'coordinator@koop.test');
  await page.goto(`/c/${COOPERATION_ID}/events/${NEUJAHR_2027}/print/guests`);
  await expect(page.getByRole('heading', { level: 1, name: 'Gästeliste: Neujahrsempfang 2027' })).toBeVisible();
  await expect(page.getByText('Mi., 20.01.2027, 18:00–21:00 · Kulturhaus Karlshorst, Treskowallee 112, 10318 Berlin', { exact: false })).toBeVisible();
  await expect(page.getByText('Plätze belegt', { exact: true })).toBeVisible();
  await expect(page.getByText(/von 180$/)).toBeVisible();

  const seated = page.getByRole('region', { name: /^Zusagen/ });
  const annaRow = seated.getByRole('row', { name: new RegExp(`Anna Druckmann-${run}`) });
  await expect(annaRow).toContainText('Geschäftsführerin, Hohenschönhausener Metallbau GmbH');
  await expect(annaRow).toContainText(`Anke Begleit-${run}`);
  await expect(annaRow).toContainText('Zugesagt');
  await expect(seated.getByRole('row', { name: new RegExp(`Bernd Namenlos-${run}`) })).toContainText('ja, ohne Namen');
  const open = page.getByRole('region', { name: /^Eingeladen, ohne Antwort/ });
  await expect(open.getByRole('row', { name: new RegExp(`Clara Offen-${run}`) })).toContainText('Keine Antwort');
  await expect(seated.getByText(`Clara Offen-${run}`)).toHaveCount(0);
  await expectAccessible(page, 'Gästeliste (Druckansicht)');
  await shot(page, 'print-guests');

  // "Drucken" opens the browser's print dialog.
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed++;
    };
  });
  await page.getByRole('button', { name: 'Drucken' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  await expectPrintable(page, 'print-guests', page.getByRole('heading', { level: 1, name: 'Gästeliste: Neujahrsempfang 2027' }));

  // Name badges: a badge per person with a seat, companions included; nobody who has not answered.
  await page.goto(`/c/${COOPERATION_ID}/events/${NEUJAHR_2027}/print/badges`);
  await expect(page.getByRole('heading', { level: 1, name: 'Namensschilder: Neujahrsempfang 2027' })).toBeVisible();
  const badge = (name: string) => page.getByRole('listitem').filter({ has: page.getByText(name, { exact: true }) });
  const annaBadge = badge(`Anna Druckmann-${run}`);
  await expect(annaBadge).toContainText('Geschäftsführerin, Hohenschönhausener Metallbau GmbH');
  await expect(annaBadge).toContainText('Neujahrsempfang 2027');
  await expect(badge(`Anke Begleit-${run}`)).toContainText(`Begleitung von Anna Druckmann-${run}`);
  await expect(badge(`Bernd Namenlos-${run}`)).toContainText('Hohenschönhausener Metallbau GmbH');
  await expect(badge(`Begleitung von Bernd Namenlos-${run}`)).toHaveCount(1);
  await expect(page.getByRole('listitem').filter({ hasText: `Clara Offen-${run}` })).toHaveCount(0);
  await expect(page.getByText(/Namensschilder? auf \d+ Blatt A4/)).toBeVisible();
  await expectAccessible(page, 'Namensschilder (Druckansicht)');
  await shot(page, 'print-badges');
  await expectPrintable(page, 'print-badges', annaBadge);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { level: 1, name: 'Namensschilder: Neujahrsempfang 2027' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  // Back to the event.
  await page.getByRole('link', { name: 'Zurück zur Veranstaltung' }).click();
  await expect(page).toHaveURL(new RegExp(`/c/${COOPERATION_ID}/events/${NEUJAHR_2027}$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Neujahrsempfang 2027' })).toBeVisible();
});

test('a print view of an unknown event says so', async ({ page }) => {
  await login(page, 'member@koop.test');
  await page.goto(`/c/${COOPERATION_ID}/events/6b00c0de-0000-4000-8000-00000000ffff/print/badges`);
  await expect(page.getByRole('heading', { level: 1, name: 'Veranstaltung nicht gefunden' })).toBeVisible();
  await expectAccessible(page, 'Namensschilder (unbekannte Veranstaltung)');
});
