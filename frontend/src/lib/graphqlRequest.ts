import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { getAccessToken } from './authToken';
import type { AppError } from './errors';
import { toAppErrors } from './errors';
import { GRAPHQL_PATH } from './urql';

/** A failed GraphQL request outside urql, with the errors as the UI needs them. */
export class GraphQLRequestError extends Error {
  readonly errors: AppError[];

  constructor(errors: AppError[]) {
    super(errors.map((e) => e.message || e.code).join('; '));
    this.name = 'GraphQLRequestError';
    this.errors = errors;
  }

  hasCode(code: AppError['code']): boolean {
    return this.errors.some((e) => e.code === code);
  }
}

/**
 * A plain GraphQL POST for the session layer (refresh, logout), which must run outside urql so
 * that the refresh-and-retry in urql's fetch cannot recurse.
 */
export async function graphqlRequest<TData, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TData, TVariables>,
  variables?: TVariables,
  token: string | null = getAccessToken(),
): Promise<TData> {
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    Accept: 'application/graphql-response+json, application/json',
  };
  if (token) headers.Authorization = `Bearer ${token}`;
  let res: Response;
  try {
    res = await fetch(GRAPHQL_PATH, {
      method: 'POST',
      credentials: 'same-origin',
      headers,
      body: JSON.stringify({ query: print(document), variables: variables ?? {} }),
    });
  } catch {
    throw new GraphQLRequestError([{ code: 'NETWORK', message: '' }]);
  }
  let body: { data?: TData | null; errors?: unknown[] };
  try {
    body = (await res.json()) as typeof body;
  } catch {
    throw new GraphQLRequestError([
      res.status === 401 ? { code: 'UNAUTHENTICATED', message: '' } : { code: 'NETWORK', message: '' },
    ]);
  }
  if (body.errors && body.errors.length > 0) throw new GraphQLRequestError(toAppErrors(body.errors));
  if (body.data == null) throw new GraphQLRequestError([{ code: 'UNKNOWN', message: '' }]);
  return body.data;
}
