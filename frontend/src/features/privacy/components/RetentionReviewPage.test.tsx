import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../../test/render';
import { CooperationContext } from '../../cooperation/CooperationContext';
import { cooperation, fakeServer } from '../../jury/components/juryTestServer';
import { RetentionReviewPage } from './RetentionReviewPage';

function candidate(id: string, first: string, last: string, lastInvitedAt: string | null) {
  return {
    __typename: 'RetentionCandidate',
    lastInvitedAt,
    contact: { __typename: 'Contact', id, name: `${first} ${last}`, firstName: first, lastName: last, createdAt: '2015-02-01T10:00:00Z', organisation: null },
  };
}

function review(years: number, candidates: unknown[]) {
  return { __typename: 'RetentionReview', years, cutoff: '2021-11-30', candidates };
}

const BOTH = [candidate('k1', 'Anna', 'Alt', '2019-05-03T16:00:00Z'), candidate('k2', 'Bernd', 'Nie', null)];

// rendering with the router and typing take seconds on a busy machine
describe('RetentionReviewPage', { timeout: 30_000 }, () => {
  it('selects candidates, asks how many and erases them after the confirmation', async () => {
    const server = fakeServer((call) => {
      if (call.operationName === 'RetentionReview') return { data: { retentionReview: review(5, BOTH) } };
      if (call.operationName === 'ApplyContactRetention') return { data: { applyContactRetention: { __typename: 'ApplyContactRetentionPayload', erased: 2, review: review(5, []) } } };
      return {};
    });
    const coop = cooperation('ADMIN');
    await renderRoute(
      () => (
        <CooperationContext.Provider value={coop}>
          <RetentionReviewPage />
        </CooperationContext.Provider>
      ),
      { client: server.client, extraPaths: ['/c/$cooperationId/contacts', '/c/$cooperationId/contacts/$contactId'] },
    );
    expect(await screen.findByText('Kontakte werden 5 Jahre nach der letzten Einladung gelöscht.')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Kontakte, die länger gespeichert sind, als die Regel erlaubt' });
    expect(within(table).getByText('eingeladen am 03.05.2019')).toBeInTheDocument();
    expect(within(table).getByText('nie eingeladen, angelegt am 01.02.2015')).toBeInTheDocument();

    const erase = screen.getByRole('button', { name: 'Ausgewählte löschen …' });
    expect(erase).toBeDisabled();
    const user = userEvent.setup();
    await user.click(screen.getByRole('checkbox', { name: 'Bernd Nie auswählen' }));
    expect(screen.getByText('1 Kontakt ausgewählt')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Alle auswählen' })).toHaveAttribute('data-indeterminate', 'true');
    await user.click(screen.getByRole('checkbox', { name: 'Alle auswählen' }));
    expect(screen.getByText('2 Kontakte ausgewählt')).toBeInTheDocument();
    await user.click(erase);

    const dialog = await screen.findByRole('dialog', { name: 'Kontakte löschen' });
    expect(dialog).toHaveTextContent('2 Kontakte werden mit allen persönlichen Angaben gelöscht.');
    expect(dialog).toHaveTextContent('Das kann nicht rückgängig gemacht werden.');
    expect(server.count('ApplyContactRetention')).toBe(0);
    await user.click(within(dialog).getByRole('button', { name: '2 Kontakte löschen' }));

    expect(await screen.findByText('2 Kontakte wurden gelöscht.')).toBeInTheDocument();
    const applied = server.calls.find((c) => c.operationName === 'ApplyContactRetention');
    expect(applied?.variables).toEqual({ input: { cooperationId: 'co1', contactIds: expect.arrayContaining(['k1', 'k2']) as unknown } });
    // (reading the review again is the app client's cache exchange, which the test client has not)
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('refuses a period outside 1–30 before asking the server, and is only for ADMIN', async () => {
    const server = fakeServer(() => ({ data: { retentionReview: review(5, []) } }));
    const coop = cooperation('ADMIN');
    const { unmount } = await renderRoute(
      () => (
        <CooperationContext.Provider value={coop}>
          <RetentionReviewPage />
        </CooperationContext.Provider>
      ),
      { client: server.client, extraPaths: ['/c/$cooperationId/contacts'] },
    );
    const years = await screen.findByRole('textbox', { name: 'Jahre nach der letzten Einladung' });
    const user = userEvent.setup();
    await user.clear(years);
    await user.type(years, '31');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    expect(await screen.findByText('Bitte eine ganze Zahl von 1 bis 30 eingeben.')).toBeInTheDocument();
    expect(server.count('SetContactRetention')).toBe(0);
    unmount();

    const coordinator = cooperation('COORDINATOR');
    await renderRoute(
      () => (
        <CooperationContext.Provider value={coordinator}>
          <RetentionReviewPage />
        </CooperationContext.Provider>
      ),
      { client: server.client },
    );
    expect(screen.getByText('Die Aufbewahrung prüft nur die Administration der Kooperation.')).toBeInTheDocument();
  });
});
