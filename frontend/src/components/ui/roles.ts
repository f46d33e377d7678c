import type { Locale, OrganisationKind, Role } from '../../gql/graphql';

/** All roles, most rights first. Labels: `roles.<ROLE>` in the common namespace. */
export const ROLES: readonly Role[] = ['ADMIN', 'COORDINATOR', 'MEMBER', 'VIEWER', 'EXTERNAL'];

export const ORGANISATION_KINDS: readonly OrganisationKind[] = ['AUTHORITY', 'ASSOCIATION', 'COMPANY', 'OTHER'];

export const LOCALES: readonly Locale[] = ['DE', 'EN'];

export function isRole(v: unknown): v is Role {
  return typeof v === 'string' && (ROLES as readonly string[]).includes(v);
}
