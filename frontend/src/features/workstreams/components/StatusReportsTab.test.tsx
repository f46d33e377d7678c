import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { WorkstreamDetailFieldsFragment } from '../../../gql/graphql';
import { renderRoute } from '../../../test/render';
import { fakeServer } from '../../jury/components/juryTestServer';
import { StatusReportsTab } from './StatusReportsTab';

const WS = {
  __typename: 'Workstream',
  id: 'w1',
  title: 'Fachkräftesicherung',
  status: 'ON_TRACK',
  version: 4,
  canReport: true,
  canManage: false,
  statusReports: [
    { __typename: 'StatusReport', id: 'r1', status: 'ON_TRACK', summary: 'Der Verbund wächst.', authorName: 'Clara Conrad', createdAt: '2026-11-03T09:00:00Z' },
  ],
} as unknown as WorkstreamDetailFieldsFragment;

describe('StatusReportsTab', () => {
  it('lists the reports and keeps the text when the workstream changed meanwhile', async () => {
    const server = fakeServer((call) =>
      call.operationName === 'AddStatusReport'
        ? { data: null, errors: [{ message: 'Das Projekt wurde inzwischen geändert.', extensions: { code: 'CONFLICT' } }] }
        : {},
    );
    const onReload = vi.fn();
    await renderRoute(() => <StatusReportsTab workstream={WS} onReload={onReload} />, { client: server.client });
    const list = screen.getByRole('list', { name: 'Statusberichte, neueste zuerst' });
    expect(within(list).getByRole('listitem')).toHaveTextContent('Im Plan');
    expect(within(list).getByRole('listitem')).toHaveTextContent('Clara Conrad am 03.11.2026, 10:00:00');

    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Statusbericht schreiben' }));
    const dialog = await screen.findByRole('dialog', { name: 'Statusbericht schreiben' });
    await user.selectOptions(within(dialog).getByLabelText('Stand jetzt'), 'AT_RISK');
    await user.type(within(dialog).getByRole('textbox', { name: 'Zusammenfassung' }), 'Die Förderung ist unsicher.');
    await user.click(within(dialog).getByRole('button', { name: 'Speichern' }));

    await waitFor(() => expect(onReload).toHaveBeenCalled());
    expect(within(dialog).getByText(/Jemand anderes hat das Projekt inzwischen geändert/)).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: 'Zusammenfassung' })).toHaveValue('Die Förderung ist unsicher.');
    expect(server.calls.find((c) => c.operationName === 'AddStatusReport')?.variables).toEqual({
      input: { workstreamId: 'w1', version: 4, status: 'AT_RISK', summary: 'Die Förderung ist unsicher.' },
    });
  });
});
