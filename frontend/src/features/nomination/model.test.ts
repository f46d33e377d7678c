import { describe, expect, it } from 'vitest';
import { i18n } from '../../lib/i18n';
import {
  addFiles,
  checkFiles,
  createNominationInput,
  editNominationSchema,
  groupByCategory,
  isEmail,
  isPhone,
  jurorCandidates,
  isPostalCode,
  PUBLIC_DEFAULTS,
  publicNominationInput,
  publicNominationSchema,
  publicUrl,
  reasonSchema,
  staffDefaults,
  staffNominationSchema,
  textLength,
  updateNominationInput,
  type PublicFormValues,
  type StaffFormValues,
} from './model';

const de = i18n.getFixedT('de', 'nomination');
const en = i18n.getFixedT('en', 'nomination');
const CATEGORIES = ['Handwerk', 'Dienstleistung', 'Neugründung'];
const JUSTIFICATION = 'Die Bäckerei bildet seit zwanzig Jahren aus und versorgt den Kiez jeden Morgen mit frischem Brot.';

/** The messages of a failed parse by field (the first per field). */
function messages(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }): Record<string, string> {
  const out: Record<string, string> = {};
  for (const i of result.error?.issues ?? []) {
    const k = String(i.path[0]);
    if (!(k in out)) out[k] = i.message;
  }
  return out;
}

function publicValues(more: Partial<PublicFormValues> = {}): PublicFormValues {
  return {
    ...PUBLIC_DEFAULTS,
    companyName: 'Bäckerei Mehlwurm GmbH',
    street: 'Frankfurter Allee 1',
    postalCode: '10365',
    city: 'Berlin',
    website: 'www.mehlwurm.de',
    category: 'Handwerk',
    firstName: 'Anna',
    lastName: 'Schulz',
    email: 'anna.schulz@example.de',
    phone: '+49 30 1234567',
    organisation: 'Kiezverein',
    justification: JUSTIFICATION,
    consent: true,
    ...more,
  };
}

describe('publicNominationSchema', () => {
  const schema = publicNominationSchema(de, CATEGORIES);

  it('accepts a complete nomination', () => {
    expect(schema.safeParse(publicValues()).success).toBe(true);
    expect(schema.safeParse(publicValues({ street: '', postalCode: '', city: '', website: '', phone: '', organisation: '' })).success).toBe(true);
  });

  it('names every missing required field in German', () => {
    expect(messages(schema.safeParse({ ...PUBLIC_DEFAULTS }))).toEqual({
      companyName: 'Bitte geben Sie den Namen des Unternehmens an.',
      category: 'Bitte wählen Sie eine Kategorie.',
      lastName: 'Bitte geben Sie den Nachnamen an.',
      email: 'Bitte geben Sie eine E-Mail-Adresse oder eine Telefonnummer an, damit wir bei Rückfragen Kontakt aufnehmen können.',
      justification: 'Bitte begründen Sie die Nominierung.',
      consent: 'Bitte stimmen Sie der Speicherung Ihrer Angaben zu.',
    });
  });

  it('is content with a phone number instead of an e-mail address, and without a first name', () => {
    expect(schema.safeParse(publicValues({ email: '', firstName: '' })).success).toBe(true);
    expect(messages(schema.safeParse(publicValues({ email: '', phone: '' }))).email).toMatch(/E-Mail-Adresse oder eine Telefonnummer/);
  });

  it('wants at least 50 characters of justification and says how many there are', () => {
    const short = 'Gute Brötchen, netter Service.';
    expect(messages(schema.safeParse(publicValues({ justification: `  ${short}  ` }))).justification).toBe(
      `Bitte begründen Sie die Nominierung mit mindestens 50 Zeichen (bisher ${short.length}).`,
    );
    expect(schema.safeParse(publicValues({ justification: 'x'.repeat(50) })).success).toBe(true);
    expect(messages(schema.safeParse(publicValues({ justification: 'x'.repeat(10001) }))).justification).toBe('Bitte höchstens 10000 Zeichen.');
  });

  it('checks the form of postal code, e-mail and phone like the server', () => {
    const m = messages(schema.safeParse(publicValues({ postalCode: '1036', email: 'anna@@example', phone: 'ruf mich an', website: 'w'.repeat(301) })));
    expect(m).toEqual({
      postalCode: 'Bitte geben Sie die Postleitzahl mit fünf Ziffern an.',
      email: 'Bitte geben Sie eine gültige E-Mail-Adresse an, z. B. name@beispiel.de.',
      phone: 'Die Telefonnummer darf nur Ziffern, Leerzeichen und + ( ) / - . enthalten.',
      website: 'Bitte höchstens 300 Zeichen.',
    });
  });

  it('refuses a category the cycle does not have and over-long names', () => {
    const m = messages(schema.safeParse(publicValues({ category: 'Kunst', companyName: 'A'.repeat(201), organisation: 'B'.repeat(201) })));
    expect(m.category).toBe('Bitte wählen Sie eine Kategorie.');
    expect(m.companyName).toBe('Bitte höchstens 200 Zeichen.');
    expect(m.organisation).toBe('Bitte höchstens 200 Zeichen.');
  });

  it('speaks English too', () => {
    const m = messages(publicNominationSchema(en, CATEGORIES).safeParse(publicValues({ consent: false, justification: 'short' })));
    expect(m.consent).toBe('Please agree to the storing of your details.');
    expect(m.justification).toBe('Please justify the nomination with at least 50 characters (so far 5).');
  });
});

describe('field checks', () => {
  it('reads postal codes, e-mail addresses and phone numbers like the server', () => {
    expect(isPostalCode('10365')).toBe(true);
    expect(isPostalCode(' ')).toBe(true);
    expect(isPostalCode('103655')).toBe(false);
    expect(isPostalCode('SW1A 1AA')).toBe(false);
    expect(isEmail(' a.b@example.org ')).toBe(true);
    expect(isEmail('a@b')).toBe(false);
    expect(isPhone('030 / 123-45')).toBe(true);
    expect(isPhone('12')).toBe(false);
    expect(textLength('  Größe 👍  ')).toBe(7);
  });
});

describe('publicNominationInput', () => {
  it('trims, sends nothing for empty optional fields, and passes the trap and the files on', () => {
    const file = new File(['%PDF'], 'Flyer.pdf', { type: 'application/pdf' });
    const input = publicNominationInput('cy1', publicValues({ street: ' ', website: '', phone: '', companyName: ' Mehlwurm ', homepage: '' }), [file]);
    expect(input).toEqual({
      cycleId: 'cy1',
      company: { name: 'Mehlwurm', street: null, postalCode: '10365', city: 'Berlin', website: null },
      category: 'Handwerk',
      nominator: { firstName: 'Anna', lastName: 'Schulz', email: 'anna.schulz@example.de', phone: null, organisation: 'Kiezverein' },
      justification: JUSTIFICATION,
      consent: true,
      homepage: null,
      files: [file],
    });
    const bot = publicNominationInput('cy1', publicValues({ homepage: 'http://spam.example' }), []);
    expect(bot.homepage).toBe('http://spam.example');
    expect(bot.files).toBeNull();
  });
});

describe('checkFiles', () => {
  const size = (n: number) => `${n} B`;
  const file = (name: string, bytes: number) => new File([new Uint8Array(bytes)], name);

  it('takes up to three documents of at most 10 MB', () => {
    expect(checkFiles([file('a.pdf', 10), file('b.pdf', 10), file('c.pdf', 10)], size)).toBeNull();
    expect(checkFiles([file('a.pdf', 10 * 1024 * 1024)], size)).toBeNull();
  });

  it('says which file is wrong', () => {
    const four = [file('a.pdf', 1), file('b.pdf', 1), file('c.pdf', 1), file('d.pdf', 1)];
    const tooMany = checkFiles(four, size);
    expect(tooMany && de(tooMany.key, tooMany.values)).toBe('Bitte hängen Sie höchstens 3 Dokumente an.');
    const big = checkFiles([file('Bilanz.pdf', 10 * 1024 * 1024 + 1)], size);
    expect(big && de(big.key, big.values)).toBe(`Die Datei „Bilanz.pdf“ ist zu groß (${10 * 1024 * 1024 + 1} B); erlaubt sind höchstens 10 MB.`);
    const empty = checkFiles([file('leer.pdf', 0)], size);
    expect(empty && de(empty.key, empty.values)).toBe('Die Datei „leer.pdf“ ist leer.');
  });

  it('counts a file chosen twice once', () => {
    const a = file('a.pdf', 3);
    expect(addFiles([a], [file('a.pdf', 3), file('b.pdf', 4)]).map((f) => f.name)).toEqual(['a.pdf', 'b.pdf']);
  });
});

function staffValues(more: Partial<StaffFormValues> = {}): StaffFormValues {
  return { ...staffDefaults(CATEGORIES), category: 'Handwerk', justification: 'Vorbildliche Ausbildung.', ...more };
}

describe('staffNominationSchema', () => {
  const schema = staffNominationSchema(de, CATEGORIES);

  it('checks only the chosen way of naming the company and the nominator', () => {
    expect(messages(schema.safeParse(staffValues()))).toEqual({ organisationId: 'Bitte wählen Sie eine Organisation.' });
    expect(schema.safeParse(staffValues({ organisationId: 'org1' })).success).toBe(true);
    expect(messages(schema.safeParse(staffValues({ companyMode: 'new', postalCode: '123' })))).toEqual({
      companyName: 'Bitte geben Sie den Namen des Unternehmens an.',
      postalCode: 'Bitte geben Sie die Postleitzahl mit fünf Ziffern an.',
    });
    expect(messages(schema.safeParse(staffValues({ organisationId: 'org1', nominatorMode: 'existing' })))).toEqual({
      nominatorContactId: 'Bitte wählen Sie einen Kontakt.',
    });
    // a new nominator needs a last name; e-mail is optional for staff but must be valid when given
    expect(messages(schema.safeParse(staffValues({ organisationId: 'org1', nominatorMode: 'new', email: 'x' })))).toEqual({
      lastName: 'Bitte geben Sie den Nachnamen an.',
      email: 'Bitte geben Sie eine gültige E-Mail-Adresse an, z. B. name@beispiel.de.',
    });
    // typed but not chosen: ignored
    expect(schema.safeParse(staffValues({ organisationId: 'org1', nominatorMode: 'none', email: 'x', companyName: '' })).success).toBe(true);
  });

  it('wants a justification and a category of the cycle', () => {
    expect(messages(schema.safeParse(staffValues({ organisationId: 'org1', justification: ' ', category: '' })))).toEqual({
      category: 'Bitte wählen Sie eine Kategorie.',
      justification: 'Bitte begründen Sie die Nominierung.',
    });
  });

  it('preselects the only category', () => {
    expect(staffDefaults(['Handwerk']).category).toBe('Handwerk');
    expect(staffDefaults(CATEGORIES).category).toBe('');
  });
});

describe('createNominationInput', () => {
  it('sends an existing organisation and contact by ID', () => {
    expect(createNominationInput('cy1', staffValues({ organisationId: 'org1', nominatorMode: 'existing', nominatorContactId: 'c1', companyName: 'ignored' }))).toEqual({
      cycleId: 'cy1',
      category: 'Handwerk',
      justification: 'Vorbildliche Ausbildung.',
      organisationId: 'org1',
      nominatorContactId: 'c1',
    });
  });

  it('sends a new company and a new nominator, and no nominator for none', () => {
    const v = staffValues({ companyMode: 'new', companyName: ' Mehlwurm ', postalCode: '10365', nominatorMode: 'new', lastName: 'Schulz', email: '' });
    expect(createNominationInput('cy1', v)).toEqual({
      cycleId: 'cy1',
      category: 'Handwerk',
      justification: 'Vorbildliche Ausbildung.',
      company: { name: 'Mehlwurm', street: null, postalCode: '10365', city: null, website: null },
      nominator: { firstName: null, lastName: 'Schulz', email: null, phone: null },
    });
    const none = createNominationInput('cy1', staffValues({ organisationId: 'o', nominatorMode: 'none', lastName: 'Schulz' }));
    expect(none.nominator).toBeUndefined();
    expect(none.nominatorContactId).toBeUndefined();
  });
});

describe('editing and reasons', () => {
  it('sends the version read and no contact for none', () => {
    expect(updateNominationInput({ id: 'n1', version: 4 }, { category: 'Handwerk', nominatorContactId: '', justification: ' Gut. ' })).toEqual({
      id: 'n1',
      version: 4,
      category: 'Handwerk',
      nominatorContactId: null,
      justification: 'Gut.',
    });
    expect(messages(editNominationSchema(de, CATEGORIES).safeParse({ category: 'Handwerk', nominatorContactId: '', justification: '' }))).toEqual({
      justification: 'Bitte begründen Sie die Nominierung.',
    });
  });

  it('wants a reason of at most 1000 characters, or 2000 for an eligibility decision', () => {
    expect(messages(reasonSchema(de).safeParse({ reason: '  ' }))).toEqual({ reason: 'Bitte geben Sie eine Begründung an.' });
    expect(messages(reasonSchema(de).safeParse({ reason: 'x'.repeat(1001) }))).toEqual({ reason: 'Bitte höchstens 1000 Zeichen.' });
    expect(reasonSchema(de, 2000).safeParse({ reason: 'x'.repeat(2000) }).success).toBe(true);
    expect(messages(reasonSchema(de, 2000).safeParse({ reason: 'x'.repeat(2001) }))).toEqual({ reason: 'Bitte höchstens 2000 Zeichen.' });
    expect(reasonSchema(de).safeParse({ reason: 'Sitz in Lichtenberg laut Handelsregister.' }).success).toBe(true);
  });
});

describe('lists', () => {
  it('groups by the cycle’s categories in order, empty ones included, unknown ones last', () => {
    const n = (id: string, category: string) => ({ id, category });
    const groups = groupByCategory([n('1', 'Neugründung'), n('2', 'Handwerk'), n('3', 'Alt'), n('4', 'Handwerk')], CATEGORIES);
    expect(groups.map((g) => [g.category, g.items.map((i) => i.id)])).toEqual([
      ['Handwerk', ['2', '4']],
      ['Dienstleistung', []],
      ['Neugründung', ['1']],
      ['Alt', ['3']],
    ]);
  });

  it('offers the active members not yet on the jury, outside ones marked', () => {
    const options = jurorCandidates(
      [
        { role: 'COORDINATOR', user: { id: 'u1', name: 'Clara Conrad' }, organisation: { name: 'Bezirksamt Lichtenberg', shortName: 'BA Lichtenberg' } },
        { role: 'EXTERNAL', user: { id: 'u2', name: 'Erik Extern' }, organisation: null },
        { role: 'MEMBER', user: { id: 'u3', name: 'Anna Abel' }, organisation: { name: 'WKHL', shortName: '' } },
      ],
      ['u1'],
      'Extern',
    );
    expect(options).toEqual([
      { value: 'u3', label: 'Anna Abel (WKHL)' },
      { value: 'u2', label: 'Erik Extern · Extern' },
    ]);
  });

  it('makes the public address whole', () => {
    expect(publicUrl('/nominieren/abc', 'https://koop.example')).toBe('https://koop.example/nominieren/abc');
  });
});
