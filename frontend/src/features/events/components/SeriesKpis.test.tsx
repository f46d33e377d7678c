import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { KpiFieldsFragment } from '../../../gql/graphql';
import { renderRoute } from '../../../test/render';
import { SeriesKpiCell, SeriesKpiPanel, SeriesKpiToggle } from './SeriesKpis';

const KPI: KpiFieldsFragment = {
  __typename: 'Kpi',
  id: 'k7',
  name: 'Teilnehmende Unternehmen',
  unit: 'Unternehmen',
  baseline: 60,
  baselineOn: '2022-09-30',
  target: 90,
  targetOn: null,
  direction: 'HIGHER_IS_BETTER',
  progress: 0.8,
  state: 'ON_TRACK',
  version: 1,
  subject: { __typename: 'KpiSubject', kind: 'EVENT_SERIES', id: 's1', title: 'Wirtschaftsdinner Lichtenberg' },
  measurements: [
    { __typename: 'Measurement', id: 'm1', measuredOn: '2025-09-18', value: 78, note: 'Wirtschaftsdinner 2025', recordedByName: 'Clara Conrad' },
    { __typename: 'Measurement', id: 'm2', measuredOn: '2026-09-17', value: 84, note: 'Wirtschaftsdinner 2026', recordedByName: 'Clara Conrad' },
  ],
  latest: { __typename: 'Measurement', id: 'm2', measuredOn: '2026-09-17', value: 84 },
};

const DINNER = { id: 's1', name: 'Wirtschaftsdinner Lichtenberg', kpis: [KPI] };
const EMPTY = { id: 's2', name: 'Neujahrsempfang', kpis: [] };

/** The series page's arrangement: the cells share which series is open; its panel below. */
function Page({ planner }: { planner: boolean }) {
  const [open, setOpen] = useState<string | null>(null);
  const series = [DINNER, EMPTY].find((s) => s.id === open);
  return (
    <SeriesKpiToggle value={{ open, toggle: (id) => setOpen((cur) => (cur === id ? null : id)) }}>
      <div data-testid="dinner">
        <SeriesKpiCell series={DINNER} planner={planner} />
      </div>
      <div data-testid="empty">
        <SeriesKpiCell series={EMPTY} planner={planner} />
      </div>
      {series && <SeriesKpiPanel cooperationId="co1" series={series} planner={planner} onClose={() => setOpen(null)} onReload={() => {}} />}
    </SeriesKpiToggle>
  );
}

describe('series KPIs', () => {
  it('sums up a series’ KPIs in its row and opens them in full below, focus and all', async () => {
    const user = userEvent.setup();
    await renderRoute(() => <Page planner />);
    const dinner = screen.getByTestId('dinner');
    expect(within(dinner).getByText('Teilnehmende Unternehmen')).toBeInTheDocument();
    expect(within(dinner).getByText('Im Plan')).toBeInTheDocument();
    const details = within(dinner).getByRole('button', { name: 'Details: Kennzahlen von Wirtschaftsdinner Lichtenberg' });
    expect(details).toHaveAttribute('aria-expanded', 'false');

    await user.click(details);
    expect(details).toHaveAttribute('aria-expanded', 'true');
    expect(details).toHaveAttribute('aria-controls', 'series-kpi-panel');
    const panel = screen.getByTestId('series-kpis');
    expect(panel).toHaveAttribute('id', 'series-kpi-panel');
    expect(within(panel).getByRole('heading', { level: 2, name: 'Kennzahlen: Wirtschaftsdinner Lichtenberg' })).toHaveFocus();
    const card = within(panel).getByRole('article', { name: 'Teilnehmende Unternehmen' });
    expect(within(card).getByRole('heading', { level: 3 })).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: 'Messwert erfassen: Teilnehmende Unternehmen' })).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Kennzahl hinzufügen' })).toBeInTheDocument();

    await user.click(within(panel).getByRole('button', { name: 'Kennzahlen ausblenden' }));
    expect(screen.queryByTestId('series-kpis')).toBeNull();
    expect(details).toHaveFocus();
    expect(details).toHaveAttribute('aria-expanded', 'false');
  });

  it('offers planners to add the first KPI of a series', async () => {
    const user = userEvent.setup();
    await renderRoute(() => <Page planner />);
    const empty = screen.getByTestId('empty');
    expect(within(empty).getByText('Keine Kennzahl')).toBeInTheDocument();
    await user.click(within(empty).getByRole('button', { name: 'Hinzufügen: Kennzahlen von Neujahrsempfang' }));
    const panel = screen.getByTestId('series-kpis');
    expect(within(panel).getByText('Noch keine Kennzahlen.')).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Kennzahl hinzufügen' })).toBeInTheDocument();
  });

  it('shows readers the KPIs without any button to change them', async () => {
    const user = userEvent.setup();
    await renderRoute(() => <Page planner={false} />);
    expect(within(screen.getByTestId('empty')).queryByRole('button')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Details: Kennzahlen von Wirtschaftsdinner Lichtenberg' }));
    const panel = screen.getByTestId('series-kpis');
    expect(within(panel).getByTestId('kpi-latest')).toHaveTextContent('84 Unternehmen am 17.09.2026');
    expect(within(panel).queryByRole('button', { name: /Kennzahl hinzufügen|Messwert erfassen|Bearbeiten|Löschen/ })).toBeNull();
  });
});
