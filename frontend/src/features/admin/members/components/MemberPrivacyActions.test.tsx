import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderRoute } from '../../../../test/render';
import { fakeServer } from '../../../jury/components/juryTestServer';
import { MemberPrivacyActions } from './MemberPrivacyActions';

const USER = { id: 'u7', name: 'Jana Jäger', erased: false };

// rendering with the router and clicking take seconds on a busy machine
describe('MemberPrivacyActions', { timeout: 30_000 }, () => {
  afterEach(() => vi.unstubAllGlobals());

  it('exports the user as JSON and opens the erase dialog, each button naming the member', async () => {
    const created: string[] = [];
    // jsdom has no object URLs
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: () => 'blob:koop', revokeObjectURL: () => undefined }));
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      created.push(this.download);
    });
    const server = fakeServer(() => ({
      data: { exportPersonalData: { __typename: 'ExportPersonalDataPayload', fileName: 'koop-personendaten-jaeger.json', json: '{"email":"juror1@koop.test"}' } },
    }));
    const onErase = vi.fn();
    await renderRoute(() => <MemberPrivacyActions user={USER} onErase={onErase} />, { client: server.client });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: /^Daten exportieren \(JSON\)\s*Jana Jäger$/ }));
    await waitFor(() => expect(created).toEqual(['koop-personendaten-jaeger.json']));
    expect(server.calls.find((c) => c.operationName === 'ExportPersonalData')?.variables).toEqual({ input: { person: { userId: 'u7' } } });

    expect(onErase).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: /^Person löschen …\s*Jana Jäger$/ }));
    expect(onErase).toHaveBeenCalledTimes(1);
    click.mockRestore();
  });

  it('offers nothing for an account that was erased', async () => {
    await renderRoute(() => (
      <>
        <p>Zeile</p>
        <MemberPrivacyActions user={{ id: 'u8', name: 'Gelöschte Person', erased: true }} onErase={vi.fn()} />
      </>
    ));
    expect(await screen.findByText('Zeile')).toBeInTheDocument();
    expect(screen.queryAllByRole('button')).toHaveLength(0);
  });
});
