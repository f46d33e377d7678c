import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { RetreatFieldsFragment } from '../../../gql/graphql';
import { renderRoute } from '../../../test/render';
import { CooperationContext } from '../../cooperation/CooperationContext';
import { cooperation, fakeServer } from '../../jury/components/juryTestServer';
import { DecisionsTab } from './DecisionsTab';

const partner = { __typename: 'Partner', id: 'p1', organisation: { __typename: 'Organisation', id: 'o1', name: 'Bezirksamt Lichtenberg', shortName: 'BA' } };

function proposal(id: string, title: string, kind: string, extra: Record<string, unknown> = {}) {
  return { __typename: 'Proposal', id, title, kind, workstream: null, goals: [], decision: null, ...extra };
}

function decision(id: string, p: { id: string; title: string; kind: string } | null, outcome = 'ACCEPTED') {
  return {
    __typename: 'Decision',
    id,
    retreatId: 'r1',
    outcome,
    text: 'Beschlossen.',
    dueOn: null,
    version: 1,
    proposal: p ? { __typename: 'ProposalRef', ...p } : null,
    ownerPartner: partner,
    planItems: [],
  };
}

const event = proposal('e', 'Neujahrsempfang 2028', 'EVENT');
const ws = proposal('w', 'Gründungslotsen', 'WORKSTREAM');

function retreat(over: Record<string, unknown>): RetreatFieldsFragment {
  return {
    __typename: 'Retreat',
    id: 'r1',
    cooperationId: 'co1',
    title: 'Klausur 2028',
    planYear: 2028,
    status: 'IN_SESSION',
    canChair: true,
    version: 7,
    proposals: [event, ws],
    decisions: [],
    tally: {
      __typename: 'Tally',
      totalPoints: 9,
      entries: [
        { __typename: 'TallyEntry', proposalId: 'w', title: ws.title, kind: 'WORKSTREAM', points: 6, voters: 2, rank: 1, myPoints: 0 },
        { __typename: 'TallyEntry', proposalId: 'e', title: event.title, kind: 'EVENT', points: 3, voters: 1, rank: 2, myPoints: 0 },
      ],
    },
    ...over,
  } as unknown as RetreatFieldsFragment;
}

function render(r: RetreatFieldsFragment, server: ReturnType<typeof fakeServer>, onReload = vi.fn()) {
  const coop = cooperation('COORDINATOR');
  return renderRoute(
    () => (
      <CooperationContext.Provider value={coop}>
        <DecisionsTab retreat={r} onReload={onReload} />
      </CooperationContext.Provider>
    ),
    { client: server.client },
  );
}

// rendering with the router and typing take seconds on a busy machine
describe('DecisionsTab', { timeout: 30_000 }, () => {
  it('lists the proposals in tally order and shows the API refusal at the owner field', async () => {
    const server = fakeServer((call) =>
      call.operationName === 'RecordDecision'
        ? {
            data: null,
            errors: [{ message: 'Ein angenommener Beschluss braucht einen verantwortlichen Partner.', extensions: { code: 'INVALID', field: 'ownerPartnerId' } }],
          }
        : {},
    );
    await render(retreat({}), server);
    const rows = screen.getAllByRole('article');
    expect(rows.map((a) => within(a).getByRole('heading').textContent)).toEqual(['1. Gründungslotsen', '2. Neujahrsempfang 2028']);
    expect(rows[0]).toHaveTextContent('6 Punkte · von 2 Personen');

    const user = userEvent.setup();
    const row = screen.getByRole('article', { name: '2. Neujahrsempfang 2028' });
    await user.click(within(row).getByRole('button', { name: 'Speichern: Neujahrsempfang 2028' }));
    expect(within(row).getByText('Bitte wählen Sie ein Ergebnis.')).toBeInTheDocument();
    expect(server.count('RecordDecision')).toBe(0);

    await user.click(within(row).getByRole('radio', { name: 'Angenommen' }));
    await user.type(within(row).getByRole('textbox', { name: 'Beschluss' }), 'Wird ausgerichtet.');
    await user.click(within(row).getByRole('button', { name: 'Speichern: Neujahrsempfang 2028' }));
    const owner = within(row).getByRole('combobox', { name: 'Verantwortlicher Partner' });
    await waitFor(() => expect(owner).toHaveAttribute('aria-invalid', 'true'));
    expect(within(row).getByText('Ein angenommener Beschluss braucht einen verantwortlichen Partner.')).toBeInTheDocument();
    expect(server.calls.find((c) => c.operationName === 'RecordDecision')?.variables).toEqual({
      input: { retreatId: 'r1', proposalId: 'e', outcome: 'ACCEPTED', text: 'Wird ausgerichtet.', ownerPartnerId: null, dueOn: null },
    });
  });

  it('says what closing creates and closes once on a double click', async () => {
    const server = fakeServer((call) =>
      call.operationName === 'CloseRetreat' ? { data: { closeRetreat: { __typename: 'RetreatPayload', retreat: { __typename: 'Retreat', id: 'r1' } } } } : {},
    );
    const decided = retreat({
      proposals: [
        { ...event, decision: { __typename: 'Decision', id: 'd1', outcome: 'ACCEPTED' } },
        { ...ws, decision: { __typename: 'Decision', id: 'd2', outcome: 'ACCEPTED' } },
      ],
      decisions: [decision('d1', event), decision('d2', ws), decision('d3', null)],
    });
    await render(decided, server);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Klausur abschließen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Klausur abschließen?' });
    const summary = within(dialog).getAllByRole('listitem').map((li) => li.textContent);
    expect(summary).toEqual(['1 Veranstaltung als Idee im Jahr 2028, mit der Checkliste ihrer Reihe', '1 neues Projekt', '3 Aufgaben']);
    await user.dblClick(within(dialog).getByRole('button', { name: 'Endgültig abschließen' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Klausur abschließen?' })).not.toBeInTheDocument());
    expect(server.count('CloseRetreat')).toBe(1);
    expect(server.calls.find((c) => c.operationName === 'CloseRetreat')?.variables).toEqual({ input: { id: 'r1', version: 7 } });
  });

  it('does not offer closing while a proposal has no decision', async () => {
    const server = fakeServer(() => ({}));
    await render(retreat({ decisions: [decision('d3', null)] }), server);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Klausur abschließen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Klausur abschließen?' });
    expect(within(dialog).getByRole('alert')).toHaveTextContent('2 Vorschläge haben noch keinen Beschluss.');
    expect(within(dialog).getByRole('button', { name: 'Endgültig abschließen' })).toBeDisabled();
  });
});
