import { Button, Group, SegmentedControl, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../../components/ui/links';
import { PageHeader } from '../../../components/ui/PageHeader';
import { ForbiddenState } from '../../../components/ui/states';
import { usePageTitle } from '../../../lib/usePageTitle';
import { CalendarFeedButton } from '../../calendar/components/CalendarFeedButton';
import { useCurrentCooperation } from '../../cooperation/CooperationContext';
import { canPlan, canReadEvents } from '../model';
import { CreateEventModal } from './CreateEventModal';
import { EventsCalendar } from './EventsCalendar';
import { EventsList } from './EventsList';

/** Veranstaltungen: the events of the cooperation as a filtered list or a month calendar. */
export function EventsPage() {
  const { t } = useTranslation('events');
  const { t: tb } = useTranslation('budget');
  const coop = useCurrentCooperation();
  usePageTitle(t('list.title'));
  const navigate = useNavigate({ from: '/c/$cooperationId/events' });
  const search = useSearch({ from: '/app/c/$cooperationId/events' });
  const [createOpened, create] = useDisclosure(false);
  if (!canReadEvents(coop.myRole)) return <ForbiddenState>{t('forbidden')}</ForbiddenState>;
  const view = search.view === 'calendar' ? 'calendar' : 'list';

  return (
    <Stack gap="md">
      <PageHeader
        title={t('list.title')}
        actions={
          <>
            <ButtonLink variant="default" to="/c/$cooperationId/events/series" params={{ cooperationId: coop.id }}>
              {t('list.seriesLink')}
            </ButtonLink>
            <ButtonLink variant="default" to="/c/$cooperationId/events/budget" params={{ cooperationId: coop.id }}>
              {tb('year.link')}
            </ButtonLink>
            <CalendarFeedButton />
            {canPlan(coop.myRole) && <Button onClick={create.open}>{t('list.create')}</Button>}
          </>
        }
      />
      <Group>
        <SegmentedControl
          aria-label={t('list.view')}
          value={view}
          onChange={(v) => void navigate({ search: (prev) => ({ ...prev, view: v === 'calendar' ? 'calendar' : undefined }) })}
          data={[
            { value: 'list', label: t('list.viewList') },
            { value: 'calendar', label: t('list.viewCalendar') },
          ]}
        />
      </Group>
      {view === 'list' ? <EventsList cooperationId={coop.id} /> : <EventsCalendar cooperationId={coop.id} />}
      {canPlan(coop.myRole) && <CreateEventModal cooperation={coop} opened={createOpened} onClose={create.close} />}
    </Stack>
  );
}
