import { expect, test, type Page } from '@playwright/test';
import path from 'node:path';
import { apiAs, expectAccessible, uniqueEmail, type Gql } from './helpers';
import { waitForRsvpLink } from './mail';

const COOPERATION_ID = '6b00c0de-0000-4000-8000-000000000001';
const NEUJAHR_2027 = '6b00c0de-0000-4000-8000-000000000306';
/** A suffix that keeps names unique when the suite runs twice against one database. */
const run = Date.now().toString(36).slice(-5);

/** Creates a contact, puts them on the Neujahrsempfang's list and mails the invitation; returns the mail's RSVP link. */
async function inviteNewGuest(api: Gql, lastName: string): Promise<{ email: string; link: string }> {
  const email = uniqueEmail('gast');
  const created = (await api('mutation($input: CreateContactInput!) { createContact(input: $input) { contact { id } } }', {
    input: { cooperationId: COOPERATION_ID, salutation: 'MS', title: 'Dr.', firstName: 'Anna', lastName, email, legalBasis: 'LEGITIMATE_INTEREST' },
  })) as { createContact: { contact: { id: string } } };
  const invited = (await api('mutation($input: InviteGuestsInput!) { inviteGuests(input: $input) { added { id } } }', {
    input: { eventId: NEUJAHR_2027, contactIds: [created.createContact.contact.id] },
  })) as { inviteGuests: { added: { id: string }[] } };
  const invitationId = invited.inviteGuests.added[0]?.id;
  expect(invitationId).toBeTruthy();
  const sent = (await api('mutation($input: SendInvitationsInput!) { sendInvitations(input: $input) { sent } }', {
    input: { eventId: NEUJAHR_2027, invitationIds: [invitationId] },
  })) as { sendInvitations: { sent: number } };
  expect(sent.sendInvitations.sent).toBe(1);
  return { email, link: await waitForRsvpLink(email) };
}

/** Saves a screenshot when E2E_SCREENSHOTS names a folder (to look at the pages). */
async function shot(page: Page, name: string) {
  const dir = process.env.E2E_SCREENSHOTS;
  if (dir) await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}

test('a guest answers through the personal link without logging in, changes the answer and opts out', async ({ browser, request }) => {
  test.setTimeout(120_000);
  const api = await apiAs(request, 'coordinator@koop.test');
  const lastName = `Böttcher-${run}`;
  const { link } = await inviteNewGuest(api, lastName);
  expect(link).toMatch(/^\/rsvp\/[A-Za-z0-9_-]{40,}$/);

  // A fresh browser: no session, no cookie.
  const guest = await browser.newContext();
  try {
    const page = await guest.newPage();
    await page.goto(link);
    await expect(page.getByRole('heading', { level: 1, name: 'Neujahrsempfang 2027' })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`${link}$`));
    await expect(page.getByText(`Sehr geehrte Frau Dr. ${lastName},`)).toBeVisible();
    await expect(page.getByText('Mi., 20.01.2027, 18:00–21:00 Uhr', { exact: true })).toBeVisible();
    await expect(page.getByText('Kulturhaus Karlshorst')).toBeVisible();
    await expect(page.getByText('Antwort bis Mi., 20.01.2027, 18:00 Uhr')).toBeVisible();
    await expect(page.getByText('Sie haben noch nicht geantwortet.')).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Rechtliche Hinweise' }).getByRole('link', { name: 'Impressum' })).toBeVisible();
    await expectAccessible(page, 'RSVP (neu)');
    await shot(page, 'rsvp-de');

    // Accept with a companion.
    const answer = page.getByRole('radiogroup', { name: /Kommen Sie\?/ });
    await answer.getByRole('radio', { name: 'Ich komme', exact: true }).check();
    await page.getByRole('checkbox', { name: 'mit Begleitung' }).check();
    await page.getByRole('textbox', { name: /Name der Begleitung/ }).fill('Anke Böttcher');
    await expectAccessible(page, 'RSVP (Formular ausgefüllt)');
    await page.getByRole('button', { name: 'Antwort senden' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Vielen Dank! Ihre Zusage ist gespeichert.' })).toBeVisible();
    await expect(page.getByText('Sie haben zugesagt (mit Begleitung: Anke Böttcher).')).toBeVisible();
    await expectAccessible(page, 'RSVP (zugesagt)');

    // The answer is kept.
    await page.reload();
    await expect(page.getByText('Sie haben zugesagt (mit Begleitung: Anke Böttcher).')).toBeVisible();
    await expect(answer.getByRole('radio', { name: 'Ich komme', exact: true })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'mit Begleitung' })).toBeChecked();
    await expect(page.getByRole('textbox', { name: /Name der Begleitung/ })).toHaveValue('Anke Böttcher');

    // Change to a decline.
    await answer.getByRole('radio', { name: 'Ich komme nicht' }).check();
    await expect(page.getByRole('checkbox', { name: 'mit Begleitung' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Antwort ändern' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Ihre Absage ist gespeichert.' })).toBeVisible();
    await expect(page.getByText('Sie haben abgesagt.')).toBeVisible();
    await expectAccessible(page, 'RSVP (abgesagt)');

    // The coordinators see the answer.
    const list = (await api('query($id: ID!, $f: GuestFilter) { guests(eventId: $id, filter: $f) { items { status plusOne } } }', {
      id: NEUJAHR_2027,
      f: { query: lastName },
    })) as { guests: { items: { status: string; plusOne: boolean }[] } };
    expect(list.guests.items).toEqual([{ status: 'DECLINED', plusOne: false }]);

    // English once.
    await page.locator('label', { hasText: /^EN$/ }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Your answer' })).toBeVisible();
    await expect(page.getByText('You have declined.')).toBeVisible();
    await expect(page.getByRole('radiogroup', { name: /Will you attend\?/ })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expectAccessible(page, 'RSVP (English)');
    await shot(page, 'rsvp-en');
    await page.locator('label', { hasText: /^DE$/ }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Ihre Antwort' })).toBeVisible();

    // On a phone.
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(page.getByRole('button', { name: 'Antwort ändern' })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(page, 'RSVP (Telefon)');
    await shot(page, 'rsvp-phone');
    await page.setViewportSize({ width: 1280, height: 900 });

    // A wrong link: a friendly page, no error dump, no login.
    await page.goto('/rsvp/dieser-link-ist-leider-falsch-0123456789');
    await expect(page.getByRole('heading', { level: 1, name: 'Link ungültig' })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('Dieser Link ist ungültig.');
    await expect(page).toHaveURL(/\/rsvp\/dieser-link-ist-leider-falsch-0123456789$/);
    await expectAccessible(page, 'RSVP (falscher Link)');
    await shot(page, 'rsvp-invalid');
    await page.goto('/rsvp/kurz');
    await expect(page.getByRole('heading', { level: 1, name: 'Link ungültig' })).toBeVisible();

    // The mail's opt-out link: the question comes first.
    await page.goto(`${link}?abmelden=1`);
    const optOut = page.getByRole('region', { name: 'Keine Einladungen mehr erhalten?' });
    await expect(optOut).toBeVisible();
    await expectAccessible(page, 'RSVP (Abmelden)');
    await shot(page, 'rsvp-optout');
    await optOut.getByRole('button', { name: 'Keine Einladungen mehr erhalten' }).click();
    await expect(optOut.getByRole('status')).toHaveText('Sie sind abgemeldet. Sie erhalten keine weiteren Einladungen von uns.');
    await expectAccessible(page, 'RSVP (abgemeldet)');
    await page.goto(link);
    await expect(page.getByText('Sie haben sich abgemeldet und erhalten keine weiteren Einladungen von uns.')).toBeVisible();
    // the answer to this event stays
    await expect(page.getByText('Sie haben abgesagt.')).toBeVisible();
  } finally {
    await guest.close();
  }
});

test('opting out from the bottom of the page asks once more', async ({ browser, request }) => {
  const api = await apiAs(request, 'coordinator@koop.test');
  const { link } = await inviteNewGuest(api, `Seidel-${run}`);
  const guest = await browser.newContext();
  try {
    const page = await guest.newPage();
    await page.goto(link);
    await expect(page.getByText('Sie haben noch nicht geantwortet.')).toBeVisible();
    await page.getByRole('button', { name: 'Keine Einladungen mehr erhalten' }).click();
    await expect(page.getByRole('button', { name: 'Ja, abmelden' })).toBeFocused();
    await expectAccessible(page, 'RSVP (Abmelden bestätigen)');
    await page.getByRole('button', { name: 'Ja, abmelden' }).click();
    await expect(page.getByText('Sie sind abgemeldet. Sie erhalten keine weiteren Einladungen von uns.')).toBeVisible();
    // answering still works
    await page.getByRole('radio', { name: 'Ich komme', exact: true }).check();
    await page.getByRole('button', { name: 'Antwort senden' }).click();
    await expect(page.getByText('Sie haben zugesagt.')).toBeVisible();
  } finally {
    await guest.close();
  }
});
