import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** An award winner announced at an event. */
export interface EventAwardWinner {
  cycleTitle: string;
  category: string;
  companyName: string;
  nominationId: string;
}

/**
 * "Ausgezeichnet: Handwerk: Bäckerei Schmidt" in an event's details (a term and its description,
 * for a `<dl>`); nothing when no winner was announced at the event.
 */
export function EventAwardWinners({ winners }: { winners: readonly EventAwardWinner[] }) {
  const { t } = useTranslation('jury');
  if (winners.length === 0) return null;
  const cycles = new Set(winners.map((w) => w.cycleTitle));
  return (
    <div data-testid="event-award-winners">
      <Text component="dt" size="sm" c="dimmed">
        {t('event.winners')}
      </Text>
      <Text component="dd" m={0}>
        {winners.length === 1 ? (
          <WinnerText winner={winners[0] as EventAwardWinner} withCycle={cycles.size > 1} />
        ) : (
          <List size="sm" spacing={2} component="ul">
            {winners.map((w) => (
              <List.Item key={w.nominationId}>
                <WinnerText winner={w} withCycle={cycles.size > 1} />
              </List.Item>
            ))}
          </List>
        )}
      </Text>
    </div>
  );
}

function WinnerText({ winner: w, withCycle }: { winner: EventAwardWinner; withCycle: boolean }) {
  const { t } = useTranslation('jury');
  return (
    <>
      {t('event.winner', { category: w.category, company: w.companyName })}
      {withCycle && (
        <Text span size="sm" c="dimmed">
          {' '}
          {t('event.cycle', { cycle: w.cycleTitle })}
        </Text>
      )}
    </>
  );
}
