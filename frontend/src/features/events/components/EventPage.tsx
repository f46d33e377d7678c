import { Badge, Group, Stack, Tabs } from '@mantine/core';
import { useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { AnchorLink } from '../../../components/ui/links';
import { NotFoundContent } from '../../../components/ui/NotFoundContent';
import { PageHeader } from '../../../components/ui/PageHeader';
import { ErrorState, ForbiddenState, PageLoader } from '../../../components/ui/states';
import { formatEventSpan } from '../../../lib/berlin';
import { hasCode } from '../../../lib/errors';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useCurrentCooperation } from '../../cooperation/CooperationContext';
import { EventBudgetTab } from '../../budget/components/EventBudgetTab';
import { IcsDownloadButton } from '../../calendar/components/IcsDownloadButton';
import { Attachments } from '../../discussion/components/Attachments';
import { CheckInTab } from '../../guests/components/CheckInTab';
import { GuestsTab } from '../../guests/components/GuestsTab';
import { canContribute } from '../../discussion/model';
import { EventQuery } from '../api/events';
import { canReadEvents, isEventTab } from '../model';
import { EventOverview } from './EventOverview';
import { EventStatusBadge } from './EventStatusBadge';
import { EventTasks } from './EventTasks';

const CONTEXT = { additionalTypenames: ['Task', 'Event'] };

/** One event with its tabs Übersicht, Aufgaben, Budget, Gäste, Check-in and Dateien (`?tab=`). */
export function EventPage() {
  const { t } = useTranslation('events');
  const coop = useCurrentCooperation();
  if (!canReadEvents(coop.myRole)) return <ForbiddenState>{t('forbidden')}</ForbiddenState>;
  return <EventView />;
}

function EventView() {
  const { t, i18n } = useTranslation('events');
  const { t: tb } = useTranslation('budget');
  const { t: tg } = useTranslation('guests');
  const coop = useCurrentCooperation();
  const { eventId } = useParams({ from: '/app/c/$cooperationId/events/$eventId' });
  const search = useSearch({ from: '/app/c/$cooperationId/events/$eventId' });
  const navigate = useNavigate({ from: '/c/$cooperationId/events/$eventId' });
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: EventQuery,
    variables: { id: eventId },
    requestPolicy: 'cache-and-network',
    context: CONTEXT,
  });
  const event = data?.event.id === eventId ? data.event : null;
  // The API does not name an event's cooperation; its lead partner is one of the cooperation's.
  const foreign = event && !coop.partners.some((p) => p.id === event.leadPartner.id);
  usePageTitle(event && !foreign ? event.title : t('event.notFoundTitle'));

  const reload = () => reexecute({ requestPolicy: 'network-only' });

  if (hasCode(error, 'NOT_FOUND') || foreign) {
    return <NotFoundContent title={t('event.notFoundTitle')} text={t('event.notFoundText')} />;
  }
  if (!event) {
    if (error && !fetching) return <ErrorState error={error} onRetry={reload} />;
    return <PageLoader />;
  }

  const tab = search.tab ?? 'overview';
  return (
    <Stack gap="md">
      <PageHeader
        title={event.title}
        actions={<IcsDownloadButton eventId={event.id} />}
        trail={[
          <AnchorLink key="events" to="/c/$cooperationId/events" params={{ cooperationId: coop.id }} size="sm">
            {t('list.title')}
          </AnchorLink>,
        ]}
        description={
          <Group gap="sm" component="span">
            <span>{formatEventSpan(event.startsAt, event.endsAt, i18n.language)}</span>
            {event.venue && <span>· {event.venue}</span>}
            <EventStatusBadge status={event.status} />
          </Group>
        }
      />
      <Tabs
        value={tab}
        onChange={(v) =>
          void navigate({ search: (prev) => ({ ...prev, tab: isEventTab(v) && v !== 'overview' ? v : undefined }), replace: true })
        }
        keepMounted={false}
      >
        <Tabs.List aria-label={t('event.tabs')}>
          <Tabs.Tab value="overview">{t('event.overview')}</Tabs.Tab>
          <Tabs.Tab
            value="tasks"
            rightSection={
              event.openTaskCount > 0 ? (
                <Badge size="sm" variant="light" circle aria-hidden>
                  {event.openTaskCount}
                </Badge>
              ) : undefined
            }
          >
            {t('event.tasks')}
          </Tabs.Tab>
          <Tabs.Tab value="budget">{tb('tab')}</Tabs.Tab>
          <Tabs.Tab value="guests">{tg('tab')}</Tabs.Tab>
          <Tabs.Tab value="checkin">{tg('checkinTab')}</Tabs.Tab>
          <Tabs.Tab value="files">{t('event.files')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="overview" pt="md">
          <EventOverview event={event} onReload={reload} />
        </Tabs.Panel>
        <Tabs.Panel value="tasks" pt="md">
          <EventTasks event={event} onReload={reload} />
        </Tabs.Panel>
        <Tabs.Panel value="files" pt="md">
          <Attachments subject={{ kind: 'EVENT', id: event.id }} canWrite={canContribute(coop.myRole)} />
        </Tabs.Panel>
        <Tabs.Panel value="budget" pt="md">
          <EventBudgetTab eventId={event.id} />
        </Tabs.Panel>
        <Tabs.Panel value="guests" pt="md">
          <GuestsTab eventId={event.id} />
        </Tabs.Panel>
        <Tabs.Panel value="checkin" pt="md">
          <CheckInTab eventId={event.id} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
