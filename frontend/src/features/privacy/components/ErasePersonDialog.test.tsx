import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderRoute } from '../../../test/render';
import { fakeServer } from '../../jury/components/juryTestServer';
import { ErasePersonDialog } from './ErasePersonDialog';

const EFFECTS = ['Auf 2 Gästelisten wird der Name durch „Gelöschte Person“ ersetzt.', 'Die Kontaktangaben werden entfernt.'];

function plan(blockers: string[] = []) {
  return { data: { erasurePlan: { __typename: 'ErasurePlan', name: 'Dr. Anna Schulz', effects: EFFECTS, blockers } } };
}

function render(server: ReturnType<typeof fakeServer>, onErased = vi.fn(), onClose = vi.fn()) {
  return renderRoute(
    () => (
      <ErasePersonDialog opened onClose={onClose} person={{ contactId: 'k1' }} name="Dr. Anna Schulz" lastName="Schulz" onErased={onErased} />
    ),
    { client: server.client },
  );
}

// rendering with the router and typing take seconds on a busy machine
describe('ErasePersonDialog', { timeout: 30_000 }, () => {
  it('names the effects and erases only with a reason and the last name typed', async () => {
    const server = fakeServer((call) =>
      call.operationName === 'ErasurePlan' ? plan() : { data: { erasePerson: { __typename: 'ErasePersonPayload', effects: EFFECTS } } },
    );
    const onErased = vi.fn();
    const onClose = vi.fn();
    await render(server, onErased, onClose);
    const dialog = await screen.findByRole('dialog', { name: 'Dr. Anna Schulz löschen' });
    const effects = await within(dialog).findByTestId('erase-effects');
    expect(within(effects).getAllByRole('listitem').map((li) => li.textContent)).toEqual(EFFECTS);
    expect(server.calls.find((c) => c.operationName === 'ErasurePlan')?.variables).toEqual({ person: { contactId: 'k1' } });

    const submit = within(dialog).getByRole('button', { name: 'Endgültig löschen' });
    expect(submit).toBeDisabled();
    const user = userEvent.setup();
    await user.type(within(dialog).getByRole('textbox', { name: /Grund/ }), 'Antrag nach Art. 17 DSGVO vom 28.11.2026');
    expect(submit).toBeDisabled();
    const confirm = within(dialog).getByRole('textbox', { name: /Nachnamen „Schulz“/ });
    await user.type(confirm, 'Schmidt');
    expect(submit).toBeDisabled();
    expect(within(dialog).getByText('Der Nachname stimmt nicht überein.')).toBeInTheDocument();
    await user.clear(confirm);
    await user.type(confirm, 'schulz');
    expect(submit).toBeEnabled();
    await user.click(submit);

    await waitFor(() => expect(onErased).toHaveBeenCalledWith(EFFECTS));
    expect(onClose).toHaveBeenCalled();
    expect(server.calls.find((c) => c.operationName === 'ErasePerson')?.variables).toEqual({
      input: { person: { contactId: 'k1' }, reason: 'Antrag nach Art. 17 DSGVO vom 28.11.2026' },
    });
  });

  it('shows what must happen first and keeps the button disabled', async () => {
    const blockers = ['Die Person hat 2 offene Aufgaben: erst erledigen oder neu zuweisen.'];
    const server = fakeServer(() => plan(blockers));
    await render(server);
    const dialog = await screen.findByRole('dialog');
    const box = await within(dialog).findByTestId('erase-blockers');
    expect(within(box).getByText(blockers[0]!)).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: /Grund/ })).toBeDisabled();
    expect(within(dialog).getByRole('button', { name: 'Endgültig löschen' })).toBeDisabled();
    expect(server.count('ErasePerson')).toBe(0);
  });

  it('shows a refusal in German inside the dialog and keeps what was typed', async () => {
    const server = fakeServer((call) =>
      call.operationName === 'ErasurePlan'
        ? plan()
        : { data: null, errors: [{ message: 'Die Person ist Jurorin einer laufenden Preisrunde.', extensions: { code: 'CONFLICT' } }] },
    );
    const onErased = vi.fn();
    const onClose = vi.fn();
    await render(server, onErased, onClose);
    const dialog = await screen.findByRole('dialog');
    await within(dialog).findByTestId('erase-effects');
    const user = userEvent.setup();
    await user.type(within(dialog).getByRole('textbox', { name: /Grund/ }), 'Antrag');
    await user.type(within(dialog).getByRole('textbox', { name: /Nachnamen/ }), 'Schulz');
    await user.click(within(dialog).getByRole('button', { name: 'Endgültig löschen' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Die Person ist Jurorin einer laufenden Preisrunde.');
    expect(within(dialog).getByRole('textbox', { name: /Grund/ })).toHaveValue('Antrag');
    expect(within(dialog).getByRole('textbox', { name: /Nachnamen/ })).toHaveValue('Schulz');
    expect(onErased).not.toHaveBeenCalled();
    expect(onClose).not.toHaveBeenCalled();
    // the plan is asked for again, in case something must happen first now
    await waitFor(() => expect(server.count('ErasurePlan')).toBe(2));
  });

  it('asks for a tick where the person has no last name', async () => {
    const server = fakeServer(() => plan());
    await renderRoute(() => <ErasePersonDialog opened onClose={vi.fn()} person={{ userId: 'u1' }} name="info@" lastName="" onErased={vi.fn()} />, {
      client: server.client,
    });
    const dialog = await screen.findByRole('dialog');
    await within(dialog).findByTestId('erase-effects');
    const user = userEvent.setup();
    await user.type(within(dialog).getByRole('textbox', { name: /Grund/ }), 'Antrag');
    const submit = within(dialog).getByRole('button', { name: 'Endgültig löschen' });
    expect(submit).toBeDisabled();
    await user.click(within(dialog).getByRole('checkbox', { name: /gelöscht werden soll/ }));
    expect(submit).toBeEnabled();
  });
});
