import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { applyServerErrors, errorText, messageFor, splitServerErrors, toAppErrors } from './errors';

const t = (key: string) => `t:${key}`;

function gqlError(message: string, code: string, field?: string) {
  return new GraphQLError(message, { extensions: field ? { code, field } : { code } });
}

describe('toAppErrors', () => {
  it('reads code and field from extensions', () => {
    const err = new CombinedError({ graphQLErrors: [gqlError('Adresse ungültig.', 'INVALID', 'email')] });
    expect(toAppErrors(err)).toEqual([{ code: 'INVALID', message: 'Adresse ungültig.', field: 'email' }]);
  });

  it('treats unknown codes as UNKNOWN and a network failure as NETWORK', () => {
    expect(toAppErrors([{ message: 'x', extensions: { code: 'WHATEVER' } }])[0]?.code).toBe('UNKNOWN');
    const net = new CombinedError({ networkError: new Error('Failed to fetch') });
    expect(toAppErrors(net)).toEqual([{ code: 'NETWORK', message: '' }]);
  });
});

describe('messageFor', () => {
  it('shows the server message as given', () => {
    expect(messageFor({ code: 'CONFLICT', message: 'Jemand war schneller.' }, t)).toBe('Jemand war schneller.');
  });

  it('falls back to a translated text by code when the server said nothing', () => {
    expect(messageFor({ code: 'UNAVAILABLE', message: '' }, t)).toBe('t:errors.unavailable');
    expect(messageFor({ code: 'NETWORK', message: '' }, t)).toBe('t:errors.network');
  });
});

describe('applyServerErrors', () => {
  it('puts an INVALID error with a known field onto that form field', () => {
    const setError = vi.fn();
    const err = new CombinedError({ graphQLErrors: [gqlError('Diese Adresse ist schon vergeben.', 'INVALID', 'email')] });
    const rest = applyServerErrors(err, setError, ['email', 'name'], t);
    expect(rest).toBeNull();
    expect(setError).toHaveBeenCalledWith(
      'email',
      { type: 'server', message: 'Diese Adresse ist schon vergeben.' },
      { shouldFocus: true },
    );
  });

  it('maps API field names onto differently named form fields', () => {
    const setError = vi.fn();
    const err = new CombinedError({ graphQLErrors: [gqlError('Unbekannte Organisation.', 'INVALID', 'organisationId')] });
    applyServerErrors(err, setError, ['organisation'], t, { organisationId: 'organisation' });
    expect(setError).toHaveBeenCalledWith('organisation', expect.objectContaining({ message: 'Unbekannte Organisation.' }), expect.anything());
  });

  it('returns errors without a form field (or of another code) as text for an alert', () => {
    const setError = vi.fn();
    const err = new CombinedError({
      graphQLErrors: [
        gqlError('E-Mail oder Passwort ist falsch.', 'UNAUTHENTICATED', 'password'),
        gqlError('Feld gibt es nicht.', 'INVALID', 'other'),
      ],
    });
    expect(applyServerErrors(err, setError, ['email', 'password'], t)).toBe(
      'E-Mail oder Passwort ist falsch. Feld gibt es nicht.',
    );
    expect(setError).not.toHaveBeenCalled();
  });

  it('de-duplicates repeated messages', () => {
    const err = new CombinedError({ graphQLErrors: [gqlError('Doppelt.', 'INTERNAL'), gqlError('Doppelt.', 'INTERNAL')] });
    expect(errorText(err, t)).toBe('Doppelt.');
  });
});

describe('splitServerErrors', () => {
  it('puts INVALID errors at known fields, in the order met, and returns the rest as one text', () => {
    const err = new CombinedError({
      graphQLErrors: [
        gqlError('Kein Platz für eine Begleitung.', 'INVALID', 'plusOne'),
        gqlError('Der Name ist zu lang.', 'INVALID', 'plusOneName'),
        gqlError('Die Einladung wurde geändert.', 'CONFLICT'),
        gqlError('Unbekannt.', 'INVALID', 'elsewhere'),
      ],
    });
    const split = splitServerErrors(err, ['plusOne', 'plusOneName'] as const, t);
    expect(split.fields).toEqual({ plusOne: 'Kein Platz für eine Begleitung.', plusOneName: 'Der Name ist zu lang.' });
    expect(split.order).toEqual(['plusOne', 'plusOneName']);
    expect(split.rest).toBe('Die Einladung wurde geändert. Unbekannt.');
  });

  it('leaves a FORBIDDEN error with a field in the rest, and says null when nothing is left', () => {
    const forbidden = new CombinedError({ graphQLErrors: [gqlError('Nicht erlaubt.', 'FORBIDDEN', 'name')] });
    expect(splitServerErrors(forbidden, ['name'] as const, t)).toEqual({ fields: {}, order: [], rest: 'Nicht erlaubt.' });
    const atField = new CombinedError({ graphQLErrors: [gqlError('Leer.', 'INVALID', 'name')] });
    expect(splitServerErrors(atField, ['name'] as const, t).rest).toBeNull();
  });
});
