import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../../test/render';
import { EventAwardWinners } from './EventAwardWinners';

const winner = (category: string, companyName: string, cycleTitle = 'Lichtenberger Unternehmen des Jahres 2027') => ({
  cycleTitle,
  category,
  companyName,
  nominationId: `${category}-${companyName}`,
});

describe('EventAwardWinners', () => {
  it('shows "Ausgezeichnet" with category and company', async () => {
    await renderRoute(() => (
      <dl>
        <EventAwardWinners winners={[winner('Handwerk', 'Bäckerei Schmidt')]} />
      </dl>
    ));
    expect(screen.getByRole('term')).toHaveTextContent('Ausgezeichnet');
    expect(screen.getByRole('definition')).toHaveTextContent('Handwerk: Bäckerei Schmidt');
  });

  it('lists several winners and names the cycles when they differ', async () => {
    await renderRoute(() => (
      <dl>
        <EventAwardWinners winners={[winner('Handwerk', 'Bäckerei Schmidt'), winner('Gründung', 'Kiezladen', 'Gründerpreis 2027')]} />
      </dl>
    ));
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Handwerk: Bäckerei Schmidt (Lichtenberger Unternehmen des Jahres 2027)',
      'Gründung: Kiezladen (Gründerpreis 2027)',
    ]);
  });

  it('shows nothing without winners', async () => {
    await renderRoute(() => (
      <dl data-testid="details">
        <EventAwardWinners winners={[]} />
      </dl>
    ));
    expect(screen.getByTestId('details')).toBeEmptyDOMElement();
  });
});
