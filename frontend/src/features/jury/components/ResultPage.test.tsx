import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeServer, renderJuryPage } from './juryTestServer';
import { ResultPage } from './ResultPage';
import { decidedCycle } from './resultFixtures';

const PATH = '/c/$cooperationId/award/$cycleId/result';
const URL = '/c/co1/award/cy1/result';

function votingCycle(submitted: number, canClose = true) {
  return {
    ...decidedCycle(),
    phase: 'JURY_VOTING' as const,
    canClose,
    closedByName: null,
    closedAt: null,
    result: null,
    turnout: { __typename: 'Turnout' as const, jurors: 4, submitted, quorum: 3, quorumMet: submitted >= 3 },
    myBallot: { __typename: 'Ballot' as const, submittedAt: '2027-03-05T09:30:00Z', canEdit: true },
  };
}

describe('ResultPage', { timeout: 30_000 }, () => {
  it('shows only the turnout while voting, and refuses to close below the quorum', async () => {
    const ue = userEvent.setup({ delay: null });
    const { client, count } = fakeServer(() => ({ data: { awardCycle: votingCycle(2) } }));
    await renderJuryPage(ResultPage, PATH, URL, client, 'COORDINATOR');
    const turnout = await screen.findByRole('region', { name: 'Beteiligung' });
    expect(within(turnout).getByTestId('turnout')).toHaveTextContent('Jurymitglieder4Abgegeben2Quorum3');
    expect(within(turnout).getByText('Bis zum Quorum fehlt noch 1 abgegebene Bewertung.')).toBeInTheDocument();
    // never a score or a ranking before the close
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByRole('link', { name: 'Zur eigenen Bewertung' })).toHaveAttribute('href', '/c/co1/award/cy1/score');

    await ue.click(screen.getByRole('button', { name: 'Abstimmung schließen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Abstimmung schließen' });
    expect(within(dialog).getByTestId('close-count')).toHaveTextContent('2 von 3 nötigen Bewertungen abgegeben (Quorum 3)');
    expect(within(dialog).getByText(/keine Bewertung, kein Kriterium und keine Nominierung mehr geändert werden/)).toBeInTheDocument();
    const confirm = within(dialog).getByRole('button', { name: 'Abstimmung endgültig schließen' });
    expect(confirm).toBeDisabled();
    expect(confirm).toHaveAccessibleDescription('Schließen ist noch nicht möglich: Bis zum Quorum fehlt noch 1 abgegebene Bewertung.');
    expect(count('JuryCloseVoting')).toBe(0);
  });

  it('closes the vote when the quorum is met and then shows the result', async () => {
    const ue = userEvent.setup({ delay: null });
    let closed = false;
    const { client, calls } = fakeServer((call) => {
      if (call.operationName === 'JuryCloseVoting') {
        closed = true;
        return { data: { closeAwardVoting: { __typename: 'CloseAwardVotingPayload', awardCycle: decidedCycle() } } };
      }
      return { data: { awardCycle: closed ? { ...decidedCycle(), myBallot: null } : votingCycle(3) } };
    });
    await renderJuryPage(ResultPage, PATH, URL, client, 'COORDINATOR');
    expect(await screen.findByText('Das Quorum ist erreicht.')).toBeInTheDocument();
    await ue.click(screen.getByRole('button', { name: 'Abstimmung schließen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Abstimmung schließen' });
    expect(within(dialog).getByTestId('close-count')).toHaveTextContent('3 von 3 nötigen Bewertungen abgegeben (Quorum 3)');
    await ue.click(within(dialog).getByRole('button', { name: 'Abstimmung endgültig schließen' }));
    expect(await screen.findByTestId('closed-by')).toHaveTextContent('Geschlossen von Dr. Petra Lange am 01.04.2027, 10:15.');
    expect(calls.find((c) => c.operationName === 'JuryCloseVoting')?.variables).toEqual({ input: { cycleId: 'cy1', version: 7 } });
  });

  it('shows the locked result with rankings, the winner and an expandable breakdown', async () => {
    const ue = userEvent.setup({ delay: null });
    const { client } = fakeServer(() => ({ data: { awardCycle: { ...decidedCycle(), myBallot: null } } }));
    await renderJuryPage(ResultPage, PATH, URL, client, 'EXTERNAL');
    const handwerk = await screen.findByRole('region', { name: 'Kategorie Handwerk' });
    expect(within(handwerk).getByText('Ausgezeichnet: Bäckerei Schmidt')).toBeInTheDocument();
    const table = within(handwerk).getByRole('table', { name: 'Rangfolge in der Kategorie Handwerk' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      'Rang',
      'Unternehmen',
      'Mittelwert',
      'Median',
      'Erstplatzierungen',
      'Jurorinnen/Juroren',
      'entschieden durch',
      'Aufschlüsselung',
    ]);
    const winnerRow = within(table).getByRole('row', { name: /Bäckerei Schmidt/ });
    expect(winnerRow).toHaveAttribute('data-winner', 'true');
    expect(within(winnerRow).getByText('Preisträger')).toBeInTheDocument();
    expect(within(winnerRow).getByText('mehr Erstplatzierungen')).toBeInTheDocument();
    expect(within(winnerRow).getAllByText('7,25')).toHaveLength(2);
    expect(within(table).getByRole('row', { name: /Tischlerei Krause/ })).toHaveTextContent('Mittelwert');

    const toggle = within(table).getByRole('button', { name: 'Aufschlüsselung für Bäckerei Schmidt' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    toggle.focus();
    await ue.keyboard('[Enter]');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const breakdown = within(handwerk).getByRole('table', { name: 'Einzelwertungen für Bäckerei Schmidt' });
    expect(within(breakdown).getByRole('columnheader', { name: /Jan Berger befangen/ })).toBeInTheDocument();
    expect(within(breakdown).getByRole('row', { name: /Innovation/ })).toHaveTextContent('Innovation (Gewicht 2)8–7,25');
    expect(within(handwerk).getByText('Sehr innovativ.')).toBeInTheDocument();
    await ue.keyboard('[Space]');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');

    // a reader conflicted on a nomination sees no breakdown of it
    await ue.click(within(table).getByRole('button', { name: 'Aufschlüsselung für Tischlerei Krause' }));
    expect(within(handwerk).getByText(/Sie waren bei dieser Nominierung befangen/)).toBeInTheDocument();

    const dienst = screen.getByRole('region', { name: 'Kategorie Dienstleistung' });
    expect(within(dienst).getByRole('row', { name: /IT-Service/ })).toHaveTextContent('Stichentscheid des Vorsitzes');
    expect(screen.getByRole('link', { name: 'Ergebnisprotokoll' })).toHaveAttribute('href', '/c/co1/award/cy1/print/result');
    expect(screen.getByRole('link', { name: 'Urkunden' })).toHaveAttribute('href', '/c/co1/award/cy1/print/certificate');
    expect(screen.getByRole('link', { name: 'Pressemitteilung' })).toHaveAttribute('href', '/c/co1/award/cy1/print/press');
    expect(screen.queryByRole('button', { name: 'Stichentscheid treffen' })).toBeNull();
  });

  it('lets the chair order a tie for first place with the keyboard', async () => {
    const ue = userEvent.setup({ delay: null });
    const { client, calls } = fakeServer((call) => {
      if (call.operationName === 'JuryCastingVote') {
        return { data: { recordCastingVote: { __typename: 'CloseAwardVotingPayload', awardCycle: decidedCycle({ isChair: true }) } } };
      }
      return { data: { awardCycle: { ...decidedCycle({ tie: true, isChair: true }), myBallot: null } } };
    });
    await renderJuryPage(ResultPage, PATH, URL, client, 'EXTERNAL');
    const dienst = await screen.findByRole('region', { name: 'Kategorie Dienstleistung' });
    expect(within(dienst).getByText(/Gleichstand um Platz 1: IT-Service Lichtenberg, Pflegedienst Sonnenschein\./)).toBeInTheDocument();
    expect(within(dienst).getAllByText('Gleichstand')).toHaveLength(1);
    await ue.click(screen.getByRole('button', { name: 'Stichentscheid treffen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Stichentscheid treffen' });
    const items = () => within(dialog).getAllByRole('listitem').map((li) => li.textContent);
    expect(items()).toEqual(['IT-Service Lichtenberg↑↓', 'Pflegedienst Sonnenschein↑↓']);
    expect(within(dialog).getByRole('button', { name: 'IT-Service Lichtenberg nach oben' })).toBeDisabled();

    within(dialog).getByRole('button', { name: 'Pflegedienst Sonnenschein nach oben' }).focus();
    await ue.keyboard('[Enter]');
    expect(items()).toEqual(['Pflegedienst Sonnenschein↑↓', 'IT-Service Lichtenberg↑↓']);
    // the focus stays with the moved entry (its "up" is now disabled, so on its "down")
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Pflegedienst Sonnenschein nach unten' })).toHaveFocus());
    expect(within(dialog).getByRole('status')).toHaveTextContent('Pflegedienst Sonnenschein steht jetzt auf Platz 1.');

    await ue.click(within(dialog).getByRole('button', { name: 'Stichentscheid speichern' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(calls.find((c) => c.operationName === 'JuryCastingVote')?.variables).toEqual({
      input: { cycleId: 'cy1', version: 7, order: ['n4', 'n3'] },
    });
  });

  it('tells other jurors that the chair decides a tie', async () => {
    const { client } = fakeServer(() => ({ data: { awardCycle: { ...decidedCycle({ tie: true }), myBallot: null } } }));
    await renderJuryPage(ResultPage, PATH, URL, client, 'EXTERNAL');
    expect(await screen.findByText('Um Platz 1 besteht Gleichstand. Der Juryvorsitz trifft den Stichentscheid.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Stichentscheid treffen' })).toBeNull();
  });

  it('shows nothing of the vote to readers outside the jury', async () => {
    const { client } = fakeServer(() => ({ data: { awardCycle: { ...votingCycle(2, false), turnout: null, myBallot: null } } }));
    await renderJuryPage(ResultPage, PATH, URL, client, 'MEMBER');
    expect(await screen.findByText('Die Beteiligung sehen nur die Jury und die Verantwortlichen.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Abstimmung schließen' })).toBeNull();
  });

  it('says when the jury has not started', async () => {
    const { client } = fakeServer(() => ({ data: { awardCycle: { ...votingCycle(0), phase: 'NOMINATION_CLOSED', myBallot: null } } }));
    await renderJuryPage(ResultPage, PATH, URL, client, 'COORDINATOR');
    expect(await screen.findByText(/Die Jury bewertet noch nicht\./)).toBeInTheDocument();
  });
});
