import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { KpiFieldsFragment } from '../../../gql/graphql';
import { fakeServer } from '../../jury/components/juryTestServer';
import { renderRoute } from '../../../test/render';
import { KpiSection } from './KpiSection';

const KPI: KpiFieldsFragment = {
  __typename: 'Kpi',
  id: 'k1',
  name: 'Ansiedlungen auf Landesflächen',
  unit: 'Unternehmen',
  baseline: 10,
  baselineOn: '2024-01-01',
  target: 30,
  targetOn: '2026-12-31',
  direction: 'HIGHER_IS_BETTER',
  progress: 0.5,
  state: 'ON_TRACK',
  version: 1,
  subject: { __typename: 'KpiSubject', kind: 'WORKSTREAM', id: 'w1', title: 'Vermarktung' },
  measurements: [
    { __typename: 'Measurement', id: 'm1', measuredOn: '2024-12-31', value: 14, note: 'Senatsverwaltung', recordedByName: 'Clara Conrad' },
    { __typename: 'Measurement', id: 'm2', measuredOn: '2025-12-31', value: 20, note: '', recordedByName: 'Max Mitglied' },
  ],
  latest: { __typename: 'Measurement', id: 'm2', measuredOn: '2025-12-31', value: 20 },
};

async function render(answer: Parameters<typeof fakeServer>[0], props: { canManage?: boolean; canRecord?: boolean } = {}) {
  const server = fakeServer(answer);
  const Page = () => (
    <KpiSection
      cooperationId="co1"
      subject={{ kind: 'WORKSTREAM', id: 'w1' }}
      kpis={[KPI]}
      canManage={props.canManage ?? false}
      canRecord={props.canRecord ?? false}
      onReload={() => {}}
    />
  );
  await renderRoute(Page, { client: server.client });
  return { server };
}

describe('KpiSection', () => {
  it('shows a KPI with its figures, a described chart and the data table', async () => {
    await render(() => ({}));
    const card = screen.getByRole('article', { name: 'Ansiedlungen auf Landesflächen' });
    expect(within(card).getByText('Im Plan')).toBeInTheDocument();
    expect(within(card).getByText('10 Unternehmen → 30 Unternehmen')).toBeInTheDocument();
    expect(within(card).getByText('20 Unternehmen am 31.12.2025')).toBeInTheDocument();
    expect(within(card).getByRole('progressbar', { name: /50 %/ })).toHaveAttribute('aria-valuenow', '50');
    expect(within(card).getByRole('img')).toHaveAccessibleName(
      'Verlauf von Ansiedlungen auf Landesflächen: 2 Messwerte von 31.12.2024 bis 31.12.2025, zuletzt 20 Unternehmen. Ausgangswert 10 Unternehmen, Ziel 30 Unternehmen.',
    );
    const table = within(card).getByRole('table', { name: 'Messwerte von Ansiedlungen auf Landesflächen' });
    const rows = within(table).getAllByRole('row');
    // header and two values, newest first
    expect(rows).toHaveLength(3);
    expect(rows[1]).toHaveTextContent('31.12.2025');
    expect(rows[2]).toHaveTextContent('Senatsverwaltung');
    expect(rows[2]).toHaveTextContent('Clara Conrad');
    // read-only: no buttons
    expect(screen.queryByRole('button', { name: /Messwert erfassen|Bearbeiten|Löschen|Kennzahl hinzufügen/ })).toBeNull();
  });

  it('records a measurement and shows the API refusal of a future day at the date field', async () => {
    const { server } = await render(
      (call) =>
        call.operationName === 'RecordMeasurement'
          ? {
              data: null,
              errors: [
                {
                  message: 'Ein Messwert kann nicht für einen Tag in der Zukunft erfasst werden.',
                  extensions: { code: 'INVALID', field: 'measuredOn' },
                },
              ],
            }
          : {},
      { canRecord: true },
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Messwert erfassen: Ansiedlungen auf Landesflächen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Messwert erfassen: Ansiedlungen auf Landesflächen' });
    const date = within(dialog).getByLabelText(/Datum/);
    await user.clear(date);
    await user.type(date, '2099-01-01');
    await user.type(within(dialog).getByLabelText(/Wert/), '22,5');
    await user.click(within(dialog).getByRole('button', { name: 'Speichern' }));
    await waitFor(() => expect(within(dialog).getByText('Ein Messwert kann nicht für einen Tag in der Zukunft erfasst werden.')).toBeInTheDocument());
    expect(date).toHaveAttribute('aria-invalid', 'true');
    const call = server.calls.find((c) => c.operationName === 'RecordMeasurement');
    expect(call?.variables).toEqual({ input: { kpiId: 'k1', measuredOn: '2099-01-01', value: 22.5, note: null } });
  });

  it('shows the API refusal of a KPI without unit at the unit field', async () => {
    const { server } = await render(
      (call) =>
        call.operationName === 'CreateKpi'
          ? {
              data: null,
              errors: [{ message: 'Bitte geben Sie die Einheit der Kennzahl an.', extensions: { code: 'INVALID', field: 'unit' } }],
            }
          : {},
      { canManage: true },
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Kennzahl hinzufügen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Kennzahl hinzufügen' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Fachkräfte');
    await user.type(within(dialog).getByRole('textbox', { name: 'Ausgangswert' }), '1.234,5');
    await user.type(within(dialog).getByRole('textbox', { name: 'Zielwert' }), '2000');
    await user.click(within(dialog).getByRole('button', { name: 'Speichern' }));
    expect(await within(dialog).findByText('Bitte geben Sie die Einheit der Kennzahl an.')).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: 'Einheit' })).toHaveAttribute('aria-invalid', 'true');
    const call = server.calls.find((c) => c.operationName === 'CreateKpi');
    expect(call?.variables).toMatchObject({
      input: { cooperationId: 'co1', subject: { kind: 'WORKSTREAM', id: 'w1' }, name: 'Fachkräfte', unit: '', baseline: 1234.5, target: 2000, direction: 'HIGHER_IS_BETTER' },
    });
  });
});
