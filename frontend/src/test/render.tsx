import { MantineProvider } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import {
  createMemoryHistory,
  createRootRoute,
  createRoute,
  createRouter,
  Outlet,
  RouterProvider,
} from '@tanstack/react-router';
import { render } from '@testing-library/react';
import { Client, fetchExchange } from '@urql/core';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { Provider as UrqlProvider } from 'urql';
import { theme } from '../app/theme';
import { i18n } from '../lib/i18n';

/** A GraphQL answer for the fake fetch. */
export function graphqlResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

/** A real urql client whose fetch is the given function (no server, no mock exchange). */
export function testClient(fetchFn: typeof fetch): Client {
  return new Client({ url: '/query', exchanges: [fetchExchange], fetch: fetchFn });
}

/**
 * Renders `component` at `path` inside the app's providers and a memory router that also knows
 * the paths the component may link or navigate to (they render their path as text).
 */
export async function renderRoute(
  component: () => ReactNode,
  { path = '/', url = path, client, extraPaths = [] }: { path?: string; url?: string; client?: Client; extraPaths?: string[] } = {},
) {
  const root = createRootRoute({ component: Outlet });
  const main = createRoute({ getParentRoute: () => root, path, component });
  const others = [...new Set(['/', '/login', '/forgot-password', ...extraPaths])]
    .filter((p) => p !== path)
    .map((p) => createRoute({ getParentRoute: () => root, path: p, component: () => <p>route:{p}</p> }));
  const router = createRouter({
    routeTree: root.addChildren([main, ...others]),
    history: createMemoryHistory({ initialEntries: [url] }),
  });
  await router.load();
  const utils = render(
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme}>
        <UrqlProvider value={client ?? testClient(() => Promise.reject(new Error('no fetch expected')))}>
          <ModalsProvider>
            <RouterProvider router={router} />
          </ModalsProvider>
        </UrqlProvider>
      </MantineProvider>
    </I18nextProvider>,
  );
  return { ...utils, router };
}
