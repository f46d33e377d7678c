import AxeBuilder from '@axe-core/playwright';
import { expect, type APIRequestContext, type Page } from '@playwright/test';

export const DEMO_PASSWORD = process.env.KOOP_DEMO_PASSWORD ?? 'koop-demo';
export const COOPERATION_NAME = 'Kooperation Bezirksamt Lichtenberg – WKHL';

/** The demo users that `koop seed` creates, with the German label of their role. */
export const DEMO_USERS = [
  { email: 'admin@koop.test', role: 'Administration', admin: true },
  { email: 'coordinator@koop.test', role: 'Koordination', admin: false },
  { email: 'coordinator.wkhl@koop.test', role: 'Koordination', admin: false },
  { email: 'member@koop.test', role: 'Mitglied', admin: false },
  { email: 'viewer@koop.test', role: 'Lesend', admin: false },
] as const;

/**
 * Checks the page as it is now against WCAG 2.1 A and AA with axe and fails with a readable list
 * of violations. Every spec calls it on every page (and dialog) it visits.
 */
export async function expectAccessible(page: Page, what = page.url()): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n${v.nodes.map((n) => `   ${n.target.join(' ')}\n   ${n.failureSummary ?? ''}`).join('\n')}`,
  );
  expect(summary, `axe violations on ${what}`).toEqual([]);
}

/** Logs in through the form and waits for the Übersicht of the demo cooperation. */
export async function login(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await expect(page.getByRole('heading', { name: 'Anmelden' })).toBeVisible();
  await page.getByRole('textbox', { name: 'E-Mail' }).fill(email);
  await page.getByLabel('Passwort', { exact: false }).first().fill(password);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: COOPERATION_NAME })).toBeVisible();
}

/** The cooperation ID from a URL like /c/<id>/... */
export function cooperationIdFrom(page: Page): string {
  const m = /\/c\/([^/?#]+)/.exec(new URL(page.url()).pathname);
  if (!m?.[1]) throw new Error(`no cooperation in ${page.url()}`);
  return m[1];
}

/** The main navigation of the logged-in shell. */
export function mainNav(page: Page) {
  return page.getByRole('navigation', { name: 'Hauptnavigation' });
}

/** A unique address for a test run, so reruns against the same database never collide. */
export function uniqueEmail(prefix: string): string {
  return `${prefix}.${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}@koop.test`;
}

/** GraphQL through the API: a query or mutation with its variables, resolving to `data`. */
export type Gql = (query: string, variables?: Record<string, unknown>) => Promise<Record<string, unknown>>;

/**
 * GraphQL as a demo user through the API (login mutation, then the Bearer token). Every call
 * expects an OK response without GraphQL errors.
 */
export async function apiAs(request: APIRequestContext, email: string, password = DEMO_PASSWORD): Promise<Gql> {
  const post = async (query: string, variables: Record<string, unknown>, token?: string) => {
    const res = await request.post('/query', { data: { query, variables }, headers: token ? { Authorization: `Bearer ${token}` } : {} });
    expect(res.ok(), await res.text()).toBe(true);
    const body = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown };
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    return body.data ?? {};
  };
  const session = (await post('mutation($input: LoginInput!) { login(input: $input) { accessToken } }', {
    input: { email, password },
  })) as { login: { accessToken: string } };
  return (query, variables = {}) => post(query, variables, session.login.accessToken);
}
