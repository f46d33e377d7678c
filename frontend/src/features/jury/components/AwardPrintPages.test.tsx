import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CertificatePrintPage, PressSummaryPrintPage, ResultPrintPage } from './AwardPrintPages';
import { fakeServer, renderJuryPage } from './juryTestServer';
import { decidedCycle } from './resultFixtures';

function serve(cycle = decidedCycle()) {
  return fakeServer(() => ({ data: { awardCycle: cycle } })).client;
}

describe('award print views', { timeout: 30_000 }, () => {
  it('prints the result protocol with closer, quorum, rule and breakdown', async () => {
    await renderJuryPage(ResultPrintPage, '/c/$cooperationId/award/$cycleId/print/result', '/c/co1/award/cy1/print/result', serve(), 'COORDINATOR');
    expect(await screen.findByRole('heading', { level: 1, name: 'Ergebnisprotokoll: Lichtenberger Unternehmen des Jahres 2027' })).toBeInTheDocument();
    expect(screen.getByText('von Dr. Petra Lange am 01.04.2027, 10:15')).toBeInTheDocument();
    expect(screen.getByText('3 von 4 Jurymitgliedern haben abgegeben (Quorum 3)')).toBeInTheDocument();
    expect(screen.getByText('mehr Erstplatzierungen, dann höherer Median, dann Stichentscheid des Juryvorsitzes')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Einzelwertungen: Bäckerei Schmidt' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Drucken' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Zurück zum Ergebnis' })).toHaveAttribute('href', '/c/co1/award/cy1/result');
  });

  it('prints one certificate per winner with a signature line for each partner', async () => {
    await renderJuryPage(
      CertificatePrintPage,
      '/c/$cooperationId/award/$cycleId/print/certificate',
      '/c/co1/award/cy1/print/certificate',
      serve(decidedCycle({ tie: true })),
    );
    const cert = await screen.findByRole('region', { name: 'Urkunde für die Kategorie Handwerk' });
    expect(within(cert).getByText('Bäckerei Schmidt')).toBeInTheDocument();
    expect(within(cert).getByText('in der Kategorie Handwerk')).toBeInTheDocument();
    expect(within(cert).getByText('verliehen im Rahmen von „Neujahrsempfang 2028“')).toBeInTheDocument();
    expect(within(cert).getByText('2027')).toBeInTheDocument();
    // partners in partner order
    expect(cert.textContent).toMatch(/Bezirksamt Lichtenberg.*Wirtschaftskreis Hohenschönhausen-Lichtenberg/);
    // the tied category gets no certificate, and the screen says why
    expect(screen.queryByRole('region', { name: 'Urkunde für die Kategorie Dienstleistung' })).toBeNull();
    expect(screen.getByText(/Ohne Urkunde, weil der Stichentscheid fehlt oder niemand bewertet wurde: Dienstleistung\./)).toBeInTheDocument();
  });

  it('writes a German press summary', async () => {
    await renderJuryPage(PressSummaryPrintPage, '/c/$cooperationId/award/$cycleId/print/press', '/c/co1/award/cy1/print/press', serve());
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Lichtenberger Unternehmen des Jahres 2027: Die Preisträger stehen fest' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/aus 5 Nominierungen in 2 Kategorien die Preisträger gewählt\. 4 Jurymitglieder/)).toBeInTheDocument();
    expect(screen.getByText(/Die Auszeichnungen werden im Rahmen von „Neujahrsempfang 2028“ verliehen\./)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Kategorie Handwerk: Bäckerei Schmidt' })).toBeInTheDocument();
    expect(screen.getByText(/„Bäckerei Schmidt bildet seit 20 Jahren aus\.“/)).toBeInTheDocument();
    expect(screen.getByText(/Pressekontakt: Kooperation Bezirksamt Lichtenberg – WKHL – Bezirksamt Lichtenberg, Wirtschaftskreis/)).toBeInTheDocument();
  });

  it('is not available before the vote is closed', async () => {
    const voting = { ...decidedCycle(), phase: 'JURY_VOTING' as const, result: null };
    await renderJuryPage(ResultPrintPage, '/c/$cooperationId/award/$cycleId/print/result', '/c/co1/award/cy1/print/result', serve(voting));
    expect(await screen.findByText(/Die Druckansichten stehen zur Verfügung, sobald die Abstimmung geschlossen/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Drucken' })).toBeNull();
  });
});
