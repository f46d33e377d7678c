import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { GoalFieldsFragment, KpiFieldsFragment } from '../../../gql/graphql';
import { renderRoute } from '../../../test/render';
import { GoalKpis } from './GoalKpis';

const KPI: KpiFieldsFragment = {
  __typename: 'Kpi',
  id: 'k1',
  name: 'Familienfreundliche Betriebe',
  unit: 'Unternehmen',
  baseline: 12,
  baselineOn: '2025-01-01',
  target: 40,
  targetOn: '2027-12-31',
  direction: 'HIGHER_IS_BETTER',
  progress: 0.25,
  state: 'BEHIND',
  version: 3,
  subject: { __typename: 'KpiSubject', kind: 'GOAL', id: 'g42', title: '4.2 Vereinbarkeit von Familie und Beruf' },
  measurements: [{ __typename: 'Measurement', id: 'm1', measuredOn: '2026-06-30', value: 19, note: '', recordedByName: 'Clara Conrad' }],
  latest: { __typename: 'Measurement', id: 'm1', measuredOn: '2026-06-30', value: 19 },
};

const GOAL = {
  __typename: 'Goal',
  id: 'g42',
  code: '4.2',
  title: 'Vereinbarkeit von Familie und Beruf',
  depth: 1,
  kpis: [KPI, { ...KPI, id: 'k2', name: 'Kita-Plätze in Betrieben', latest: null, measurements: [], state: 'NO_DATA', progress: null }],
} as unknown as GoalFieldsFragment;

async function render(canManage: boolean) {
  const onEdit = vi.fn();
  await renderRoute(() => <GoalKpis goal={GOAL} canManage={canManage} headingOrder={5} onEdit={onEdit} onReload={() => {}} />);
  return { onEdit };
}

describe('GoalKpis', () => {
  it('sums up each KPI on one line that unfolds to its full card', async () => {
    const user = userEvent.setup();
    await render(true);
    const line = screen.getByRole('button', { name: 'Familienfreundliche Betriebe: 19 Unternehmen (Stand 30.06.2026) · Ziel 40 Unternehmen' });
    expect(screen.getByRole('button', { name: 'Kita-Plätze in Betrieben: noch kein Wert · Ziel 40 Unternehmen' })).toBeInTheDocument();
    expect(screen.getByText('Hinter Plan')).toBeInTheDocument();
    expect(screen.getByText('Kein Messwert')).toBeInTheDocument();
    expect(line).toHaveAttribute('aria-expanded', 'false');
    expect(line).not.toHaveAttribute('aria-controls');
    expect(screen.queryByRole('article')).toBeNull();

    await user.click(line);
    expect(line).toHaveAttribute('aria-expanded', 'true');
    const card = screen.getByRole('article', { name: 'Familienfreundliche Betriebe' });
    expect(line.getAttribute('aria-controls')).toBe(card.parentElement?.id);
    // one heading level below the goal's
    expect(within(card).getByRole('heading', { level: 5, name: 'Familienfreundliche Betriebe' })).toBeInTheDocument();
    // planners record on goal KPIs
    expect(within(card).getByRole('button', { name: 'Messwert erfassen: Familienfreundliche Betriebe' })).toBeInTheDocument();
    expect(screen.getAllByRole('article')).toHaveLength(1);

    await user.click(line);
    expect(screen.queryByRole('article')).toBeNull();
  });

  it('passes the KPI to edit up to the page', async () => {
    const user = userEvent.setup();
    const { onEdit } = await render(true);
    await user.click(screen.getByRole('button', { name: /^Familienfreundliche Betriebe: / }));
    await user.click(screen.getByRole('button', { name: 'Bearbeiten: Kennzahl Familienfreundliche Betriebe' }));
    expect(onEdit).toHaveBeenCalledWith(KPI);
  });

  it('lets everyone else read the card but neither record nor edit', async () => {
    const user = userEvent.setup();
    await render(false);
    await user.click(screen.getByRole('button', { name: /^Familienfreundliche Betriebe: / }));
    const card = screen.getByRole('article', { name: 'Familienfreundliche Betriebe' });
    expect(within(card).getByTestId('kpi-latest')).toHaveTextContent('19 Unternehmen am 30.06.2026');
    expect(within(card).queryByRole('button', { name: /Messwert erfassen|Bearbeiten|Löschen/ })).toBeNull();
  });

  it('shows nothing for a goal without KPIs', async () => {
    await renderRoute(() => (
      <div data-testid="host">
        <GoalKpis goal={{ ...GOAL, kpis: [] }} canManage headingOrder={4} onEdit={() => {}} onReload={() => {}} />
      </div>
    ));
    expect(screen.getByTestId('host')).toBeEmptyDOMElement();
  });
});
