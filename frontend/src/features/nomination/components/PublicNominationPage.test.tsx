import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { graphqlResponse, renderRoute, testClient } from '../../../test/render';
import { PublicNominationPage } from './PublicNominationPage';

const CYCLE = 'cy-2027';

function form(more: Record<string, unknown> = {}) {
  return {
    __typename: 'PublicNominationForm',
    cycleId: CYCLE,
    programmeName: 'Lichtenberger Unternehmen des Jahres',
    title: 'Lichtenberger Unternehmen des Jahres 2027',
    categories: ['Handwerk', 'Dienstleistung'],
    closesAt: '2099-05-31T21:59:00Z',
    open: true,
    cooperationId: 'c1',
    ...more,
  };
}

interface Call {
  operationName: string;
  variables: Record<string, unknown>;
  /** The multipart map (which variables are files), when the request carried files. */
  map?: Record<string, string[]>;
  files?: File[];
}

/** A fake server: the query answers `page`, the submission answers what `mutation` returns. */
function server(page: () => unknown, mutation: (call: Call) => unknown = () => ({ errors: [{ message: 'unexpected' }] })) {
  const calls: Call[] = [];
  const client = testClient((input, init) => {
    let body: Call;
    if (init?.body instanceof FormData) {
      const form = init.body;
      const text = (key: string) => {
        const v = form.get(key);
        return typeof v === 'string' ? v : '{}';
      };
      const ops = JSON.parse(text('operations')) as Call;
      const map = JSON.parse(text('map')) as Record<string, string[]>;
      body = { ...ops, map, files: Object.keys(map).map((k) => form.get(k)).filter((f): f is File => f instanceof File) };
    } else if (typeof init?.body === 'string') {
      body = JSON.parse(init.body) as Call;
    } else {
      const url = new URL(input instanceof Request ? input.url : String(input), 'http://localhost');
      body = {
        operationName: url.searchParams.get('operationName') ?? '',
        variables: JSON.parse(url.searchParams.get('variables') ?? '{}') as Record<string, unknown>,
      };
    }
    calls.push(body);
    if (body.operationName === 'PublicNominationForm') return Promise.resolve(graphqlResponse(page()));
    return Promise.resolve(graphqlResponse(mutation(body)));
  });
  return { client, calls };
}

async function open(client: ReturnType<typeof testClient>) {
  return renderRoute(PublicNominationPage, { path: '/nominieren/$cycleId', url: `/nominieren/${CYCLE}`, client, extraPaths: ['/legal/$cooperationId/$kind'] });
}

const JUSTIFICATION = 'Die Bäckerei bildet seit zwanzig Jahren aus und versorgt den Kiez jeden Morgen mit frischem Brot.';

/** Puts text into a field the way a person pastes it (typing key by key is slow with a big form). */
async function fill(ue: ReturnType<typeof userEvent.setup>, name: RegExp, text: string) {
  await ue.click(screen.getByRole('textbox', { name }));
  await ue.paste(text);
}

async function fillRequired(ue: ReturnType<typeof userEvent.setup>) {
  await fill(ue, /Name des Unternehmens/, 'Bäckerei Mehlwurm GmbH');
  await fill(ue, /Postleitzahl/, '10365');
  await ue.click(screen.getByRole('radio', { name: 'Handwerk' }));
  await fill(ue, /Vorname/, 'Anna');
  await fill(ue, /Nachname/, 'Schulz');
  await fill(ue, /E-Mail/, 'anna.schulz@example.de');
  await fill(ue, /Begründung/, JUSTIFICATION);
  await ue.click(screen.getByRole('checkbox', { name: /Ich bin einverstanden/ }));
}

// A whole form filled in by a simulated person takes several seconds on the shared 2-core machines.
describe('PublicNominationPage', { timeout: 45000 }, () => {
  it('shows the open form in German, sends a nomination and thanks with the reference', async () => {
    const ue = userEvent.setup();
    const { client, calls } = server(
      () => ({ data: { publicNominationForm: form() } }),
      () => ({ data: { submitPublicNomination: { __typename: 'PublicNominationPayload', reference: 'N-7K3Q' } } }),
    );
    await open(client);
    expect(await screen.findByRole('heading', { level: 1, name: 'Lichtenberger Unternehmen des Jahres 2027' })).toBeInTheDocument();
    expect(screen.getByText('Nominierungen bis 31.05.2099, 23:59 Uhr.')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Das Unternehmen' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Ihre Angaben' })).toBeInTheDocument();
    expect(screen.getByRole('radiogroup', { name: /Kategorie/ })).toHaveAccessibleDescription('In welcher Kategorie soll das Unternehmen antreten?');
    expect(screen.getByRole('textbox', { name: /Postleitzahl/ })).toHaveAccessibleDescription('Der Preis richtet sich an Unternehmen mit Sitz im Bezirk.');
    // the privacy notice opens in a new tab from the consent, so that nothing typed is lost
    const privacy = screen.getAllByRole('link', { name: 'Datenschutzerklärung' });
    expect(privacy[0]).toHaveAttribute('href', '/legal/c1/privacy');
    expect(privacy[0]).toHaveAttribute('target', '_blank');
    expect(screen.getByRole('navigation', { name: 'Rechtliche Hinweise' })).toBeInTheDocument();

    const justification = screen.getByRole('textbox', { name: /Begründung/ });
    expect(justification).toHaveAccessibleDescription(/0 von mindestens 50 Zeichen\./);
    await fillRequired(ue);
    expect(justification).toHaveAccessibleDescription(new RegExp(`${JUSTIFICATION.length} Zeichen \\(höchstens 10000\\)\\.`));
    await ue.click(screen.getByRole('button', { name: 'Nominierung absenden' }));

    const thanks = await screen.findByRole('heading', { name: 'Vielen Dank!' });
    await waitFor(() => expect(thanks).toHaveFocus());
    expect(screen.getByTestId('nomination-reference')).toHaveTextContent('N-7K3Q');
    expect(screen.getByText('Ihre Nominierung von „Bäckerei Mehlwurm GmbH“ für „Lichtenberger Unternehmen des Jahres 2027“ ist eingegangen.')).toBeInTheDocument();
    const sent = calls.find((c) => c.operationName === 'SubmitPublicNomination');
    expect(sent?.variables).toEqual({
      input: {
        cycleId: CYCLE,
        company: { name: 'Bäckerei Mehlwurm GmbH', street: null, postalCode: '10365', city: null, website: null },
        category: 'Handwerk',
        nominator: { firstName: 'Anna', lastName: 'Schulz', email: 'anna.schulz@example.de', phone: null, organisation: null },
        justification: JUSTIFICATION,
        consent: true,
        homepage: null,
        files: null,
      },
    });

    await ue.click(screen.getByRole('button', { name: 'Weiteres Unternehmen nominieren' }));
    expect(screen.getByRole('textbox', { name: /Name des Unternehmens/ })).toHaveValue('');
  });

  it('lists what is missing in a summary that takes the focus and links to the fields', async () => {
    const ue = userEvent.setup();
    const { client, calls } = server(() => ({ data: { publicNominationForm: form() } }));
    await open(client);
    await screen.findByRole('textbox', { name: /Postleitzahl/ });
    await fill(ue, /Postleitzahl/, '1036');
    await ue.click(screen.getByRole('button', { name: 'Nominierung absenden' }));

    const summary = await screen.findByRole('region', { name: 'Bitte prüfen Sie Ihre Angaben' });
    await waitFor(() => expect(summary).toHaveFocus());
    expect(within(summary).getByText('7 Angaben fehlen oder sind nicht in Ordnung:')).toBeInTheDocument();
    const links = within(summary).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual([
      'Name des Unternehmens: Bitte geben Sie den Namen des Unternehmens an.',
      'Postleitzahl: Bitte geben Sie die Postleitzahl mit fünf Ziffern an.',
      'Kategorie: Bitte wählen Sie eine Kategorie.',
      'Nachname: Bitte geben Sie den Nachnamen an.',
      'E-Mail: Bitte geben Sie eine E-Mail-Adresse oder eine Telefonnummer an, damit wir bei Rückfragen Kontakt aufnehmen können.',
      'Begründung: Bitte begründen Sie die Nominierung.',
      'Einverständnis: Bitte stimmen Sie der Speicherung Ihrer Angaben zu.',
    ]);
    const postal = screen.getByRole('textbox', { name: /Postleitzahl/ });
    expect(postal).toHaveAttribute('aria-invalid', 'true');
    expect(postal).toHaveAccessibleDescription(/Bitte geben Sie die Postleitzahl mit fünf Ziffern an\./);
    const consent = screen.getByRole('checkbox', { name: /Ich bin einverstanden/ });
    expect(consent).toHaveAttribute('aria-invalid', 'true');
    expect(consent).toHaveAccessibleDescription(/Bitte stimmen Sie der Speicherung Ihrer Angaben zu\./);

    await ue.click(links[1] as HTMLElement);
    expect(postal).toHaveFocus();
    await ue.click(links[2] as HTMLElement);
    expect(screen.getByRole('radio', { name: 'Handwerk' })).toHaveFocus();
    expect(calls.filter((c) => c.operationName === 'SubmitPublicNomination')).toHaveLength(0);
  });

  it('shows the server’s messages at their fields and keeps what was typed', async () => {
    const ue = userEvent.setup();
    const { client } = server(
      () => ({ data: { publicNominationForm: form() } }),
      () => ({
        data: null,
        errors: [
          { message: 'Die Webseite darf höchstens 300 Zeichen lang sein.', extensions: { code: 'INVALID', field: 'company.website' } },
          { message: 'Die E-Mail-Adresse „anna.schulz@example.de“ ist ungültig.', extensions: { code: 'INVALID', field: 'nominator.email' } },
        ],
      }),
    );
    await open(client);
    await screen.findByRole('textbox', { name: /Name des Unternehmens/ });
    await fillRequired(ue);
    await fill(ue, /Webseite/, 'www.mehlwurm.de');
    await ue.click(screen.getByRole('button', { name: 'Nominierung absenden' }));

    const summary = await screen.findByRole('region', { name: 'Bitte prüfen Sie Ihre Angaben' });
    expect(within(summary).getAllByRole('link').map((l) => l.textContent)).toEqual([
      'Webseite: Die Webseite darf höchstens 300 Zeichen lang sein.',
      'E-Mail: Die E-Mail-Adresse „anna.schulz@example.de“ ist ungültig.',
    ]);
    expect(screen.getByRole('textbox', { name: /Webseite/ })).toHaveAccessibleDescription(/Die Webseite darf höchstens 300 Zeichen lang sein\./);
    expect(screen.getByRole('textbox', { name: /Name des Unternehmens/ })).toHaveValue('Bäckerei Mehlwurm GmbH');
  });

  it('sends up to three documents as a multipart request and checks their size first', async () => {
    const ue = userEvent.setup();
    const { client, calls } = server(
      () => ({ data: { publicNominationForm: form() } }),
      () => ({ data: { submitPublicNomination: { __typename: 'PublicNominationPayload', reference: 'N-22AB' } } }),
    );
    await open(client);
    const input = await screen.findByLabelText('Dokumente auswählen');
    expect(input).toHaveAccessibleDescription(/Bis zu 3 Dateien/);
    const big = new File(['x'], 'Bilanz.pdf', { type: 'application/pdf' });
    Object.defineProperty(big, 'size', { value: 11 * 1024 * 1024 });
    const flyer = new File(['%PDF-1.4 flyer'], 'Flyer.pdf', { type: 'application/pdf' });
    await ue.upload(input, [big, flyer]);

    const list = screen.getByRole('list', { name: 'Ausgewählte Dokumente' });
    expect(within(list).getByText('Bilanz.pdf (11 MB)')).toBeInTheDocument();
    expect(within(list).getByText('Flyer.pdf (14 Bytes)')).toBeInTheDocument();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(/Die Datei „Bilanz\.pdf“ ist zu groß \(11 MB\); erlaubt sind höchstens 10 MB\./);

    await fillRequired(ue);
    await ue.click(screen.getByRole('button', { name: 'Nominierung absenden' }));
    expect(await screen.findByRole('region', { name: 'Bitte prüfen Sie Ihre Angaben' })).toHaveTextContent('Dokumente: Die Datei „Bilanz.pdf“ ist zu groß');
    expect(calls.filter((c) => c.operationName === 'SubmitPublicNomination')).toHaveLength(0);

    await ue.click(screen.getByRole('button', { name: 'Bilanz.pdf entfernen' }));
    expect(input).not.toHaveAttribute('aria-invalid');
    await ue.click(screen.getByRole('button', { name: 'Nominierung absenden' }));
    expect(await screen.findByTestId('nomination-reference')).toHaveTextContent('N-22AB');
    const sent = calls.find((c) => c.operationName === 'SubmitPublicNomination');
    expect(sent?.map).toEqual({ 0: ['variables.input.files.0'] });
    expect(sent?.files?.[0]).toBeInstanceOf(File);
    expect(sent?.files?.[0]?.name).toBe('Flyer.pdf');
  });

  it('hides the spam trap from people and assistive technology', async () => {
    const { client } = server(() => ({ data: { publicNominationForm: form() } }));
    const { container } = await open(client);
    await screen.findByRole('textbox', { name: /Name des Unternehmens/ });
    const trap = container.querySelector('#pn-homepage');
    expect(trap).toHaveAttribute('tabindex', '-1');
    expect(trap).toHaveAttribute('autocomplete', 'off');
    expect(trap).toHaveAttribute('name', 'homepage');
    expect(trap?.closest('[aria-hidden="true"]')).not.toBeNull();
    expect(container.querySelector('label[for="pn-homepage"]')).toHaveTextContent('Bitte leer lassen');
    expect(screen.queryByRole('textbox', { name: 'Bitte leer lassen' })).toBeNull();
  });

  it('says kindly when the deadline has passed', async () => {
    const { client } = server(() => ({ data: { publicNominationForm: form({ open: false, closesAt: '2025-05-31T21:59:00Z' }) } }));
    await open(client);
    expect(await screen.findByText('Die Nominierungsfrist ist am 31.05.2025, 23:59 Uhr abgelaufen. Vielen Dank für Ihr Interesse!')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Nominierung absenden' })).toBeNull();
    expect(screen.getByRole('navigation', { name: 'Rechtliche Hinweise' })).toBeInTheDocument();
  });

  it('answers an unknown cycle with a friendly page', async () => {
    const { client } = server(() => ({ data: null, errors: [{ message: 'Nicht gefunden.', extensions: { code: 'NOT_FOUND' } }] }));
    await open(client);
    expect(await screen.findByRole('heading', { level: 1, name: 'Diese Nominierungsseite gibt es nicht' })).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).toBeNull();
  });
});
