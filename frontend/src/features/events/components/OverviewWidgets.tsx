import { Badge, Card, Group, List, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { AnchorLink } from '../../../components/ui/links';
import { ErrorState } from '../../../components/ui/states';
import { berlinToday, formatDay, formatEventSpan } from '../../../lib/berlin';
import { EventsQuery, MyTasksQuery } from '../api/events';
import { canReadEvents } from '../model';
import type { Role } from '../../../gql/graphql';
import { EventStatusBadge } from './EventStatusBadge';

const TASK_LIMIT = 8;
const CONTEXT = { additionalTypenames: ['Task', 'Event'] };

/** "Meine offenen Aufgaben" and "Nächste Veranstaltungen" on the Übersicht of a cooperation. */
export function OverviewWidgets({ cooperationId, role }: { cooperationId: string; role: Role | null }) {
  if (!role || !canReadEvents(role)) return null;
  return (
    <Group align="stretch" grow wrap="wrap" gap="lg">
      <MyOpenTasks cooperationId={cooperationId} />
      <UpcomingEvents cooperationId={cooperationId} />
    </Group>
  );
}

function Widget({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={id} miw={300}>
      <Title order={2} size="h4" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Card>
  );
}

function MyOpenTasks({ cooperationId }: { cooperationId: string }) {
  const { t, i18n } = useTranslation('events');
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: MyTasksQuery,
    variables: { limit: 100 },
    requestPolicy: 'cache-and-network',
    context: CONTEXT,
  });
  const tasks = useMemo(() => (data?.myTasks.items ?? []).filter((task) => task.cooperationId === cooperationId), [data, cooperationId]);
  const today = berlinToday();
  return (
    <Widget id="my-tasks-heading" title={t('overview.myTasks')}>
      {error && !data ? (
        <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : fetching && !data ? (
        <Stack gap="xs" aria-busy>
          <Skeleton height={18} />
          <Skeleton height={18} />
        </Stack>
      ) : tasks.length === 0 ? (
        <Text c="dimmed">{t('overview.myTasksEmpty')}</Text>
      ) : (
        <>
          <List spacing="xs" listStyleType="none" p={0}>
            {tasks.slice(0, TASK_LIMIT).map((task) => (
              <List.Item key={task.id}>
                <Text size="sm" fw={600} span>
                  {task.title}
                </Text>
                <Group gap="xs">
                  {task.event && (
                    <AnchorLink
                      size="sm"
                      to="/c/$cooperationId/events/$eventId"
                      params={{ cooperationId, eventId: task.event.id }}
                      search={{ tab: 'tasks' }}
                    >
                      {task.event.title}
                    </AnchorLink>
                  )}
                  {task.dueOn && (
                    <Text size="sm" c={task.dueOn < today ? 'red.8' : 'dimmed'} span>
                      {t('overview.due', { date: formatDay(task.dueOn, i18n.language) })}
                    </Text>
                  )}
                  {task.dueOn && task.dueOn < today && (
                    <Badge color="red" variant="light" size="sm">
                      {t('tasks.overdue')}
                    </Badge>
                  )}
                </Group>
              </List.Item>
            ))}
          </List>
          {tasks.length > TASK_LIMIT && (
            <Text size="sm" c="dimmed" mt="xs">
              {t('overview.moreTasks', { count: tasks.length - TASK_LIMIT })}
            </Text>
          )}
        </>
      )}
    </Widget>
  );
}

function UpcomingEvents({ cooperationId }: { cooperationId: string }) {
  const { t, i18n } = useTranslation('events');
  const from = useMemo(() => new Date().toISOString(), []);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: EventsQuery,
    variables: { cooperationId, filter: { from }, limit: 5 },
    requestPolicy: 'cache-and-network',
    context: CONTEXT,
  });
  const events = data?.events.items ?? [];
  return (
    <Widget id="upcoming-heading" title={t('overview.upcoming')}>
      {error && !data ? (
        <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : fetching && !data ? (
        <Stack gap="xs" aria-busy>
          <Skeleton height={18} />
          <Skeleton height={18} />
        </Stack>
      ) : events.length === 0 ? (
        <Text c="dimmed">{t('overview.upcomingEmpty')}</Text>
      ) : (
        <List spacing="xs" listStyleType="none" p={0}>
          {events.map((e) => (
            <List.Item key={e.id}>
              <AnchorLink size="sm" fw={600} to="/c/$cooperationId/events/$eventId" params={{ cooperationId, eventId: e.id }}>
                {e.title}
              </AnchorLink>
              <Group gap="xs">
                <Text size="sm" c="dimmed" span>
                  {formatEventSpan(e.startsAt, e.endsAt, i18n.language)}
                </Text>
                <EventStatusBadge status={e.status} />
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      <AnchorLink size="sm" mt="sm" to="/c/$cooperationId/events" params={{ cooperationId }} display="inline-block">
        {t('overview.allEvents')}
      </AnchorLink>
    </Widget>
  );
}
