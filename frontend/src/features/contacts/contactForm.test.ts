import { describe, expect, it, vi } from 'vitest';
import { toBase64 } from './components/ContactImportPage';
import { applyContactErrors, CONTACT_FORM_FIELDS, contactInput, contactSchema, EMPTY_CONTACT } from './contactForm';

const t = (k: string) => k;

describe('contact form', () => {
  const schema = contactSchema(t, '2026-11-25');

  it('asks for the date of a consent, not in the future', () => {
    const base = { ...EMPTY_CONTACT, lastName: 'Schulz', legalBasis: 'CONSENT' };
    const missing = schema.safeParse(base);
    expect(missing.success).toBe(false);
    expect(missing.error?.issues.map((i) => i.path.join('.'))).toEqual(['consentAt']);
    expect(schema.safeParse({ ...base, consentAt: '2026-11-26' }).success).toBe(false);
    expect(schema.safeParse({ ...base, consentAt: '2026-11-25' }).success).toBe(true);
    expect(schema.safeParse({ ...base, legalBasis: 'CONTRACT' }).success).toBe(true);
  });

  it('checks e-mail, phone and a German postal code', () => {
    const ok = { ...EMPTY_CONTACT, lastName: 'Schulz', legalBasis: 'CONTRACT' };
    const fields = (v: object) => schema.safeParse({ ...ok, ...v }).error?.issues.map((i) => i.path.join('.')) ?? [];
    expect(fields({ email: 'a@b' })).toEqual(['email']);
    expect(fields({ phone: '030-KOOP' })).toEqual(['phone']);
    expect(fields({ postalCode: '1036' })).toEqual(['postalCode']);
    expect(fields({ postalCode: 'A-1010', email: 'a@b.example', phone: '+49 (30) 1234' })).toEqual([]);
    expect(fields({ lastName: '  ' })).toEqual(['lastName']);
  });

  it('sends no consent date with another legal basis', () => {
    const input = contactInput({ ...EMPTY_CONTACT, lastName: ' Schulz ', legalBasis: 'CONTRACT', consentAt: '2025-01-01' });
    expect(input.consentAt).toBeNull();
    expect(input.lastName).toBe('Schulz');
  });

  it('puts a taken e-mail address (CONFLICT) at the field and keeps a stale version for the alert', () => {
    const setError = vi.fn();
    const rest = applyContactErrors(
      [
        { message: 'Ein Kontakt mit der E-Mail-Adresse a@b.example existiert bereits.', extensions: { code: 'CONFLICT', field: 'email' } },
        { message: 'Der Kontakt wurde inzwischen geändert.', extensions: { code: 'CONFLICT' } },
      ],
      setError,
      CONTACT_FORM_FIELDS,
      t,
    );
    expect(setError).toHaveBeenCalledWith('email', { type: 'server', message: 'Ein Kontakt mit der E-Mail-Adresse a@b.example existiert bereits.' }, { shouldFocus: true });
    expect(rest).toBe('Der Kontakt wurde inzwischen geändert.');
  });

  it('encodes a file as base64 byte for byte (Windows-1252 stays as it is)', () => {
    const bytes = new Uint8Array([0x4d, 0xfc, 0xdf, 0x69, 0x67]); // "Müßig" in Windows-1252
    expect(toBase64(bytes)).toBe('TfzfaWc=');
    const big = new Uint8Array(100_000).fill(65);
    expect(atob(toBase64(big)).length).toBe(100_000);
  });
});
