import { Alert, List, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { AnchorLink } from '../../../components/ui/links';
import type { PlanningWarningFieldsFragment } from '../../../gql/graphql';
import { berlinInstant, formatDay, formatEventSpan } from '../../../lib/berlin';
import { PlanningWarningsQuery } from '../api/events';

/**
 * The planning warnings of an event (same day, venue booked, Berlin holiday). They are hints:
 * saving is never blocked. German comes from the API; other languages are built from the parts.
 */
export function PlanningWarningList({
  warnings,
  cooperationId,
  checking = false,
}: {
  warnings: readonly PlanningWarningFieldsFragment[];
  cooperationId: string;
  checking?: boolean;
}) {
  const { t, i18n } = useTranslation('events');
  if (warnings.length === 0) {
    return checking ? (
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('warnings.checking')}
      </Text>
    ) : null;
  }
  return (
    <Alert color="yellow" variant="light" title={t('warnings.title', { count: warnings.length })} role="status" aria-live="polite">
      <List size="sm" spacing={4}>
        {warnings.map((w) => {
          const key = `${w.kind}:${w.date}:${w.otherEvent?.id ?? ''}`;
          if (w.kind === 'PUBLIC_HOLIDAY') {
            return (
              <List.Item key={key}>{t('warnings.holiday', { date: formatDay(w.date, i18n.language), name: w.holidayName ?? '' })}</List.Item>
            );
          }
          const other = w.otherEvent;
          if (!other) return <List.Item key={key}>{w.message}</List.Item>;
          const when = formatEventSpan(other.startsAt, other.endsAt, i18n.language);
          const link = (
            <AnchorLink to="/c/$cooperationId/events/$eventId" params={{ cooperationId, eventId: other.id }} size="sm">
              {other.title}
            </AnchorLink>
          );
          return (
            <List.Item key={key}>
              {w.kind === 'VENUE_BOOKED' ? t('warnings.venueBooked', { venue: other.venue }) : t('warnings.sameDay')} {link} ({when})
            </List.Item>
          );
        })}
      </List>
    </Alert>
  );
}

/** What the live check needs from an event form. */
export interface PlanningDraft {
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  venue: string;
}

/**
 * Asks the API for the warnings of an event as it is being typed, once the times are complete
 * and valid, and 400 ms after the last keystroke.
 */
export function useLivePlanningWarnings(cooperationId: string, eventId: string | null, draft: PlanningDraft) {
  const [debounced] = useDebouncedValue(draft, 400);
  const input = useMemo(() => {
    const s = berlinInstant(debounced.startDate, debounced.startTime);
    const e = berlinInstant(debounced.endDate, debounced.endTime);
    if (s.kind !== 'ok' || e.kind !== 'ok' || e.ms <= s.ms) return null;
    return { cooperationId, eventId, startsAt: s.iso, endsAt: e.iso, venue: debounced.venue.trim() || null };
  }, [cooperationId, eventId, debounced]);
  const [{ data, fetching }] = useQuery({
    query: PlanningWarningsQuery,
    variables: { input: input ?? { cooperationId, startsAt: '', endsAt: '' } },
    pause: input === null,
    requestPolicy: 'network-only',
  });
  return { warnings: input && data ? data.planningWarnings : [], checking: input !== null && fetching };
}
