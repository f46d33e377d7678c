import type { DatesSetArg, EventClickArg, EventInput } from '@fullcalendar/core';
import deLocale from '@fullcalendar/core/locales/de';
import enGbLocale from '@fullcalendar/core/locales/en-gb';
import dayGridPlugin from '@fullcalendar/daygrid';
import listPlugin from '@fullcalendar/list';
import FullCalendar from '@fullcalendar/react';
import { Box, LoadingOverlay, Text } from '@mantine/core';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { ErrorState } from '../../../components/ui/states';
import { addDays, berlinWallTime } from '../../../lib/berlin';
import { berlinDayStart } from '../../../lib/format';
import { CalendarEventsQuery, PublicHolidaysQuery } from '../api/events';
import classes from './EventsCalendar.module.css';

const PLUGINS = [dayGridPlugin, listPlugin];
const CONTEXT = { additionalTypenames: ['Event'] };
const TIME_FORMAT = { hour: '2-digit', minute: '2-digit', hour12: false } as const;

/** The visible range of the calendar as Berlin days (`YYYY-MM-DD`, end exclusive). */
interface Range {
  start: string;
  end: string;
}

/**
 * The calendar view of Veranstaltungen (FullCalendar month grid and month list). The calendar
 * runs in UTC coordinates and gets Berlin wall times, so it shows Berlin's clock in any browser;
 * it asks for the events of exactly the visible range.
 */
export function EventsCalendar({ cooperationId }: { cooperationId: string }) {
  const { t, i18n } = useTranslation('events');
  const navigate = useNavigate({ from: '/c/$cooperationId/events' });
  const search = useSearch({ from: '/app/c/$cooperationId/events' });
  // The month in the URL opens the calendar; after that the calendar leads and the URL follows.
  const [initialDate] = useState(() => (search.month ? `${search.month}-01` : undefined));
  const [range, setRange] = useState<Range | null>(null);
  const boxRef = useRef<HTMLDivElement>(null);

  const variables = useMemo(
    () => ({
      cooperationId,
      filter: range ? { from: berlinDayStart(range.start), until: berlinDayStart(range.end) } : null,
    }),
    [cooperationId, range],
  );
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: CalendarEventsQuery,
    variables,
    pause: !range,
    requestPolicy: 'cache-and-network',
    context: CONTEXT,
  });

  // Berlin's public holidays shade their days (planning on them is possible, but worth a thought).
  const [holidays] = useQuery({
    query: PublicHolidaysQuery,
    variables: { from: range?.start ?? '', to: range ? addDays(range.end, -1) : '' },
    pause: !range,
  });

  const events = useMemo<EventInput[]>(
    () => [
      ...(holidays.data?.publicHolidays ?? []).map((h) => ({
        id: `holiday:${h.date}`,
        title: `${t('calendar.holiday')}: ${h.name}`,
        start: h.date,
        allDay: true,
        display: 'background',
        classNames: [classes.holiday ?? ''],
      })),
      ...(data?.events.items ?? []).map((e) => ({
        id: e.id,
        title: e.status === 'CANCELLED' ? `${e.title} (${t('status.CANCELLED')})` : e.title,
        start: berlinWallTime(e.startsAt),
        end: berlinWallTime(e.endsAt),
        url: `/c/${cooperationId}/events/${e.id}`,
        classNames: [classes.event ?? '', e.status === 'CANCELLED' ? (classes.cancelled ?? '') : ''],
      })),
    ],
    [data, holidays.data, cooperationId, t],
  );

  const onDatesSet = useCallback(
    (arg: DatesSetArg) => {
      // FullCalendar marks its chevrons role="img" without a name; the buttons carry the label.
      requestAnimationFrame(() => {
        for (const icon of boxRef.current?.querySelectorAll('.fc-icon') ?? []) icon.setAttribute('aria-hidden', 'true');
      });
      const start = arg.start.toISOString().slice(0, 10);
      const end = arg.end.toISOString().slice(0, 10);
      setRange((prev) => (prev?.start === start && prev.end === end ? prev : { start, end }));
      const month = arg.view.currentStart.toISOString().slice(0, 7);
      void navigate({ search: (prev) => (prev.month === month ? prev : { ...prev, month }), replace: true });
    },
    [navigate],
  );

  const onEventClick = useCallback(
    (arg: EventClickArg) => {
      arg.jsEvent.preventDefault();
      if (arg.event.id.startsWith('holiday:')) return;
      void navigate({ to: '/c/$cooperationId/events/$eventId', params: { cooperationId, eventId: arg.event.id } });
    },
    [navigate, cooperationId],
  );

  const count = data?.events.totalCount ?? 0;
  return (
    <Box ref={boxRef} pos="relative" className={classes.calendar} aria-busy={fetching} aria-label={t('calendar.label')} role="region">
      {error && !data && <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />}
      <LoadingOverlay visible={fetching && !data} zIndex={10} overlayProps={{ blur: 1 }} loaderProps={{ size: 'sm' }} />
      <Text size="sm" c="dimmed" mb="xs" aria-live="polite">
        {fetching && !data ? t('calendar.loading') : t('calendar.count', { count })}
      </Text>
      <FullCalendar
        plugins={PLUGINS}
        initialView="dayGridMonth"
        initialDate={initialDate}
        locale={i18n.language === 'en' ? enGbLocale : deLocale}
        timeZone="UTC"
        headerToolbar={{ left: 'prev,next today', center: 'title', right: 'dayGridMonth,listMonth' }}
        buttonText={{ month: t('calendar.month'), list: t('calendar.list') }}
        height="auto"
        events={events}
        datesSet={onDatesSet}
        eventClick={onEventClick}
        eventTimeFormat={TIME_FORMAT}
        displayEventEnd={false}
        eventDisplay="block"
        dayMaxEvents={false}
        fixedWeekCount={false}
        titleFormat={{ year: 'numeric', month: 'long' }}
      />
    </Box>
  );
}
