import type { LegalBasis, Role, Salutation } from '../../gql/graphql';

/** Labels: `contacts:salutation.<S>`. */
export const SALUTATIONS: readonly Salutation[] = ['NONE', 'MS', 'MR', 'DIVERSE'];

/** Labels: `contacts:legalBasis.<B>`. */
export const LEGAL_BASES: readonly LegalBasis[] = ['CONSENT', 'LEGITIMATE_INTEREST', 'CONTRACT', 'PUBLIC_TASK'];

export function isSalutation(v: unknown): v is Salutation {
  return typeof v === 'string' && (SALUTATIONS as readonly string[]).includes(v);
}

export function isLegalBasis(v: unknown): v is LegalBasis {
  return typeof v === 'string' && (LEGAL_BASES as readonly string[]).includes(v);
}

/** Contacts are personal data: everyone but EXTERNAL sees them (VIEWER without contact details). */
export function canReadContacts(role: Role | null | undefined): boolean {
  return role === 'ADMIN' || role === 'COORDINATOR' || role === 'MEMBER' || role === 'VIEWER';
}

/** ADMIN, COORDINATOR and MEMBER create, change, delete and import contacts and lists. */
export function canEditContacts(role: Role | null | undefined): boolean {
  return role === 'ADMIN' || role === 'COORDINATOR' || role === 'MEMBER';
}
