import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { z } from 'zod';
import type { ContactDetailFieldsFragment, LegalBasis } from '../../gql/graphql';
import { messageFor, toAppErrors } from '../../lib/errors';
import { isLegalBasis, isSalutation } from './model';

type Translate = (key: string) => string;

/** The fields of the contact forms, all as the inputs hold them. */
export interface ContactFormValues {
  salutation: string;
  title: string;
  firstName: string;
  lastName: string;
  function: string;
  organisationId: string;
  email: string;
  phone: string;
  street: string;
  postalCode: string;
  city: string;
  legalBasis: string;
  consentAt: string;
  note: string;
}

export const CONTACT_FORM_FIELDS = [
  'salutation',
  'title',
  'firstName',
  'lastName',
  'function',
  'organisationId',
  'email',
  'phone',
  'street',
  'postalCode',
  'city',
  'legalBasis',
  'consentAt',
  'note',
] as const;

export const EMPTY_CONTACT: ContactFormValues = {
  salutation: 'NONE',
  title: '',
  firstName: '',
  lastName: '',
  function: '',
  organisationId: '',
  email: '',
  phone: '',
  street: '',
  postalCode: '',
  city: '',
  legalBasis: '',
  consentAt: '',
  note: '',
};

/** The checks the server makes too, so that the form says them at once. */
export function contactSchema(t: Translate, today: string) {
  return z
    .object({
      salutation: z.string(),
      title: z.string().max(50, t('validation.tooLong')),
      firstName: z.string().max(100, t('validation.tooLong')),
      lastName: z.string().trim().min(1, t('validation.lastNameRequired')).max(100, t('validation.tooLong')),
      function: z.string().max(200, t('validation.tooLong')),
      organisationId: z.string(),
      email: z
        .string()
        .trim()
        .refine((v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), t('validation.email')),
      phone: z
        .string()
        .trim()
        .refine((v) => v === '' || /^\+?[0-9 ()/.-]+$/.test(v), t('validation.phone')),
      street: z.string().max(200, t('validation.tooLong')),
      postalCode: z
        .string()
        .trim()
        .refine((v) => v === '' || !/^\d+$/.test(v) || /^\d{5}$/.test(v), t('validation.postalCode')),
      city: z.string().max(100, t('validation.tooLong')),
      legalBasis: z.string().refine(isLegalBasis, t('validation.legalBasisRequired')),
      consentAt: z.string(),
      note: z.string().max(5000, t('validation.tooLong')),
    })
    .superRefine((v, ctx) => {
      if (v.legalBasis === 'CONSENT' && v.consentAt === '') {
        ctx.addIssue({ code: 'custom', path: ['consentAt'], message: t('validation.consentDateRequired') });
      }
      if (v.legalBasis === 'CONSENT' && v.consentAt > today) {
        ctx.addIssue({ code: 'custom', path: ['consentAt'], message: t('validation.consentDateFuture') });
      }
    });
}

export function contactFormValues(c: ContactDetailFieldsFragment): ContactFormValues {
  return {
    salutation: c.salutation,
    title: c.title,
    firstName: c.firstName,
    lastName: c.lastName,
    function: c.function,
    organisationId: c.organisation?.id ?? '',
    email: c.email ?? '',
    phone: c.phone,
    street: c.street,
    postalCode: c.postalCode,
    city: c.city,
    legalBasis: c.legalBasis,
    consentAt: (c.consentAt as string | null) ?? '',
    note: c.note,
  };
}

/** The form's values as the API takes them (shared by create and update). */
export function contactInput(v: ContactFormValues) {
  const consent = v.legalBasis === 'CONSENT';
  return {
    salutation: isSalutation(v.salutation) ? v.salutation : 'NONE',
    title: v.title.trim(),
    firstName: v.firstName.trim(),
    lastName: v.lastName.trim(),
    function: v.function.trim(),
    email: v.email.trim(),
    phone: v.phone.trim(),
    street: v.street.trim(),
    postalCode: v.postalCode.trim(),
    city: v.city.trim(),
    legalBasis: v.legalBasis as LegalBasis,
    consentAt: consent && v.consentAt ? v.consentAt : null,
    note: v.note.trim(),
  };
}

/**
 * Puts every server error that names a field of the form onto that field — also a CONFLICT
 * such as a taken e-mail address — and returns the rest as text (null when none is left).
 */
export function applyContactErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
  t: Translate,
): string | null {
  const rest: string[] = [];
  let focused = false;
  for (const e of toAppErrors(error)) {
    const target = e.field as Path<T> | undefined;
    if (target && fields.includes(target)) {
      setError(target, { type: 'server', message: messageFor(e, t) }, { shouldFocus: !focused });
      focused = true;
    } else {
      rest.push(messageFor(e, t));
    }
  }
  return rest.length > 0 ? [...new Set(rest)].join(' ') : null;
}
