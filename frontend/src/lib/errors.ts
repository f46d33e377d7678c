import { CombinedError } from '@urql/core';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';

/** The codes the server puts into `errors[].extensions.code`, plus NETWORK for transport failures. */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'INVALID'
  | 'CONFLICT'
  | 'UNAVAILABLE'
  | 'INTERNAL'
  | 'GRAPHQL_VALIDATION_FAILED'
  | 'GRAPHQL_PARSE_FAILED'
  | 'NETWORK'
  | 'UNKNOWN';

/** One error as the UI needs it: the server's (German) message, its code and the input field. */
export interface AppError {
  code: ErrorCode;
  message: string;
  field?: string;
}

interface GraphQLErrorLike {
  message?: unknown;
  extensions?: Record<string, unknown> | null;
}

const KNOWN_CODES: ReadonlySet<string> = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'INVALID',
  'CONFLICT',
  'UNAVAILABLE',
  'INTERNAL',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
]);

function fromGraphQLError(e: GraphQLErrorLike): AppError {
  const ext = e.extensions ?? {};
  const rawCode = typeof ext.code === 'string' ? ext.code : '';
  const code = (KNOWN_CODES.has(rawCode) ? rawCode : 'UNKNOWN') as ErrorCode;
  const message = typeof e.message === 'string' ? e.message : '';
  const field = typeof ext.field === 'string' && ext.field !== '' ? ext.field : undefined;
  return field ? { code, message, field } : { code, message };
}

/**
 * Turns what urql (CombinedError) or a plain GraphQL response (`errors` array) reports into
 * AppErrors. A network failure becomes one NETWORK error with an empty message: the UI translates it.
 */
export function toAppErrors(error: unknown): AppError[] {
  if (!error) return [];
  if (error instanceof CombinedError) {
    if (error.graphQLErrors.length > 0) return error.graphQLErrors.map(fromGraphQLError);
    return [{ code: 'NETWORK', message: '' }];
  }
  if (Array.isArray(error)) return error.map((e) => fromGraphQLError(e as GraphQLErrorLike));
  if (typeof error === 'object' && 'graphQLErrors' in error) {
    const list: unknown = error.graphQLErrors;
    if (Array.isArray(list) && list.length > 0) return list.map((e) => fromGraphQLError(e as GraphQLErrorLike));
  }
  return [{ code: 'NETWORK', message: '' }];
}

/** Whether any of the errors carries the code. */
export function hasCode(error: unknown, code: ErrorCode): boolean {
  return toAppErrors(error).some((e) => e.code === code);
}

/** Translation keys for codes whose message is not shown as given (or may be empty). */
const FALLBACK_KEYS: Record<ErrorCode, string> = {
  UNAUTHENTICATED: 'errors.unauthenticated',
  FORBIDDEN: 'errors.forbidden',
  NOT_FOUND: 'errors.notFound',
  INVALID: 'errors.invalid',
  CONFLICT: 'errors.conflict',
  UNAVAILABLE: 'errors.unavailable',
  INTERNAL: 'errors.internal',
  GRAPHQL_VALIDATION_FAILED: 'errors.client',
  GRAPHQL_PARSE_FAILED: 'errors.client',
  NETWORK: 'errors.network',
  UNKNOWN: 'errors.unknown',
};

type Translate = (key: string) => string;

/**
 * The text to show for one error: the server's message as given (it is German and meant for
 * users); a translated fallback where the server said nothing or the request never arrived.
 */
export function messageFor(error: AppError, t: Translate): string {
  if (error.code === 'NETWORK') return t(FALLBACK_KEYS.NETWORK);
  if (error.message.trim() !== '') return error.message;
  return t(FALLBACK_KEYS[error.code]);
}

/** All messages of an error, de-duplicated, joined by a blank. */
export function errorText(error: unknown, t: Translate): string {
  const messages = toAppErrors(error).map((e) => messageFor(e, t));
  return [...new Set(messages)].join(' ');
}

/**
 * Sorts an error's messages: INVALID errors whose `extensions.field` names one of `fields` go to
 * that field (`fieldMap` maps API names to local ones where they differ; a later message for the
 * same field wins), in the order met; everything else is returned as one text, or null.
 */
export function splitServerErrors<F extends string>(
  error: unknown,
  fields: readonly F[],
  t: Translate,
  fieldMap: Partial<Record<string, F>> = {},
): { fields: Partial<Record<F, string>>; order: F[]; rest: string | null } {
  const found: Partial<Record<F, string>> = {};
  const order: F[] = [];
  const rest: string[] = [];
  for (const e of toAppErrors(error)) {
    const target = e.field ? (fieldMap[e.field] ?? (e.field as F)) : undefined;
    if (e.code === 'INVALID' && target && fields.includes(target)) {
      if (!(target in found)) order.push(target);
      found[target] = messageFor(e, t);
    } else {
      rest.push(messageFor(e, t));
    }
  }
  return { fields: found, order, rest: rest.length > 0 ? [...new Set(rest)].join(' ') : null };
}

/**
 * Puts INVALID errors whose `extensions.field` names one of the form's fields onto that field
 * (react-hook-form `setError`, the first one focused). Everything else is returned as text for an
 * Alert, or null when every error found its field. `fieldMap` maps API field names to form field
 * names where they differ (e.g. `organisationId` → `organisation`).
 */
export function applyServerErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
  t: Translate,
  fieldMap: Partial<Record<string, Path<T>>> = {},
): string | null {
  const split = splitServerErrors(error, fields, t, fieldMap);
  split.order.forEach((f, i) => setError(f, { type: 'server', message: split.fields[f] ?? '' }, { shouldFocus: i === 0 }));
  return split.rest;
}
