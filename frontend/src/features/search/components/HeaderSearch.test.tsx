import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { SearchKind } from '../../../gql/graphql';
import { graphqlResponse, renderRoute, testClient } from '../../../test/render';
import { HeaderSearch } from './HeaderSearch';

interface Call {
  operationName: string;
  variables: Record<string, unknown>;
}

function hit(kind: SearchKind, id: string, title: string, context: string, snippet: string, parentId: string | null = null) {
  return { __typename: 'SearchHit', kind, id, title, context, snippet, parentId, rank: 0.5 };
}

const RESULT = [
  {
    __typename: 'SearchGroup',
    kind: 'EVENT',
    totalCount: 4,
    hits: [
      hit('EVENT', 'e1', 'Neujahrsempfang 2027', 'Neujahrsempfang', 'Die Veranstaltung im Rathaus Lichtenberg'),
      hit('EVENT', 'e2', 'Wirtschaftsdinner Frühjahr', 'Wirtschaftsdinner Lichtenberg', 'Veranstaltungen für Unternehmen'),
    ],
  },
  { __typename: 'SearchGroup', kind: 'PROPOSAL', totalCount: 1, hits: [hit('PROPOSAL', 'p1', 'Mehr Veranstaltungen im Süden', 'Klausur 2026', '', 'r1')] },
];

/** A fake server answering Search: nothing for "nichts", INVALID for long text, else RESULT. */
function server() {
  const calls: Call[] = [];
  const client = testClient((input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), 'http://localhost');
    const body: Call =
      typeof init?.body === 'string'
        ? (JSON.parse(init.body) as Call)
        : {
            operationName: url.searchParams.get('operationName') ?? '',
            variables: JSON.parse(url.searchParams.get('variables') ?? '{}') as Record<string, unknown>,
          };
    calls.push(body);
    const query = String(body.variables.query);
    if (query.length > 200) {
      return Promise.resolve(
        graphqlResponse({
          data: null,
          errors: [{ message: 'Der Suchbegriff darf höchstens 200 Zeichen haben.', extensions: { code: 'INVALID', field: 'query' } }],
        }),
      );
    }
    const groups = query === 'nichts' ? [] : RESULT;
    return Promise.resolve(
      graphqlResponse({ data: { search: { __typename: 'SearchResult', query, totalCount: groups.length === 0 ? 0 : 5, groups } } }),
    );
  });
  return { client, calls };
}

async function renderSearch() {
  const s = server();
  const utils = await renderRoute(() => <HeaderSearch cooperationId="co1" />, {
    path: '/c/$cooperationId',
    url: '/c/co1',
    client: s.client,
    extraPaths: ['/c/$cooperationId/events/$eventId', '/c/$cooperationId/retreats/$retreatId'],
  });
  return { ...utils, calls: s.calls };
}

describe('HeaderSearch', { timeout: 30_000 }, () => {
  it('groups the hits and walks them with the arrow keys, Home and End; Enter opens the hit', async () => {
    const user = userEvent.setup();
    const { router, calls } = await renderSearch();
    const box = screen.getByRole('combobox', { name: 'Suche' });
    expect(box).toHaveAttribute('aria-expanded', 'false');

    await user.type(box, 'Veranstaltungen');
    const list = await screen.findByRole('listbox', { name: 'Suchergebnisse' });
    // debounced: far fewer requests than keys (14 from the second key on without it), the last for the whole word
    const queries = calls.map((c) => c.variables.query);
    expect(queries.at(-1)).toBe('Veranstaltungen');
    expect(queries.length).toBeLessThan(7);
    expect(box).toHaveAttribute('aria-expanded', 'true');
    expect(box).toHaveAttribute('aria-controls', list.id);

    const events = within(list).getByRole('group', { name: /Veranstaltungen/ });
    expect(within(events).getAllByRole('option')).toHaveLength(2);
    expect(events).toHaveTextContent('2 von 4');
    expect(within(list).getByRole('group', { name: /Vorschläge/ })).toBeInTheDocument();
    const options = within(list).getAllByRole('option');
    expect(options.map((o) => o.querySelector('span')?.textContent)).toEqual(['Neujahrsempfang 2027', 'Wirtschaftsdinner Frühjahr', 'Mehr Veranstaltungen im Süden']);
    // the query's words are marked as text, the snippet's stem too
    expect([...options[0]!.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Veranstaltung']);
    expect(screen.getByRole('status')).toHaveTextContent('5 Treffer');

    const selected = () => within(list).getAllByRole('option').findIndex((o) => o.getAttribute('aria-selected') === 'true');
    expect(selected()).toBe(-1);
    await user.keyboard('{ArrowDown}');
    expect(selected()).toBe(0);
    expect(box).toHaveAttribute('aria-activedescendant', options[0]!.id);
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(selected()).toBe(2);
    await user.keyboard('{ArrowDown}');
    expect(selected()).toBe(0);
    await user.keyboard('{ArrowUp}');
    expect(selected()).toBe(2);
    await user.keyboard('{Home}');
    expect(selected()).toBe(0);
    await user.keyboard('{End}');
    expect(selected()).toBe(2);
    expect(box).toHaveAttribute('aria-activedescendant', options[2]!.id);

    await user.keyboard('{Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe('/c/co1/retreats/r1'));
    expect(router.state.location.search).toEqual({ tab: 'proposals' });
  });

  it('Escape closes the list, a second Escape empties the box; "/" and Ctrl+K focus it', async () => {
    const user = userEvent.setup();
    await renderSearch();
    const box = screen.getByRole('combobox', { name: 'Suche' });
    await user.keyboard('/');
    expect(box).toHaveFocus();
    expect(box).toHaveValue('');
    await user.type(box, 'Rathaus');
    await screen.findByRole('listbox');
    await user.keyboard('{ArrowDown}{Escape}');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(box).toHaveAttribute('aria-expanded', 'false');
    expect(box).not.toHaveAttribute('aria-activedescendant');
    expect(box).toHaveValue('Rathaus');
    await user.keyboard('{Escape}');
    expect(box).toHaveValue('');

    box.blur();
    expect(box).not.toHaveFocus();
    await user.keyboard('{Control>}k{/Control}');
    expect(box).toHaveFocus();
  });

  it('waits for two characters, says when nothing matches, and shows the server message for a too-long query', async () => {
    const user = userEvent.setup();
    const { calls } = await renderSearch();
    const box = screen.getByRole('combobox', { name: 'Suche' });
    await user.type(box, 'n');
    expect(screen.getByRole('status')).toHaveTextContent('Bitte mindestens 2 Zeichen eingeben.');
    await new Promise((r) => setTimeout(r, 400));
    expect(calls).toHaveLength(0);
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();

    await user.clear(box);
    await user.type(box, 'nichts');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Keine Treffer für „nichts“.'));
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    // Enter with nothing to open stays put
    await user.keyboard('{Enter}');
    expect(box).toHaveValue('nichts');

    await user.clear(box);
    await user.click(box);
    await user.paste('x'.repeat(250));
    expect(await screen.findByRole('alert')).toHaveTextContent('Der Suchbegriff darf höchstens 200 Zeichen haben.');
  });
});
