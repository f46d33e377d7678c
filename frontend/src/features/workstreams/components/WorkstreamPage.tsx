import { Badge, Button, Group, List, Paper, SimpleGrid, Stack, Tabs, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { AnchorLink } from '../../../components/ui/links';
import { NotFoundContent } from '../../../components/ui/NotFoundContent';
import { PageHeader } from '../../../components/ui/PageHeader';
import { ErrorState, ForbiddenState, PageLoader } from '../../../components/ui/states';
import type { WorkstreamDetailFieldsFragment } from '../../../gql/graphql';
import { formatDay } from '../../../lib/berlin';
import { errorText, hasCode } from '../../../lib/errors';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useCurrentCooperation } from '../../cooperation/CooperationContext';
import { Attachments } from '../../discussion/components/Attachments';
import { Comments } from '../../discussion/components/Comments';
import { canContribute } from '../../discussion/model';
import { TaskChecklist } from '../../events/components/EventTasks';
import { partnerLabel } from '../../events/model';
import { KpiSection } from '../../kpi/components/KpiSection';
import { LabelledValue } from '../../../components/ui/parts';
import { DeleteWorkstreamMutation, WorkstreamQuery } from '../api/workstreams';
import { canReadWorkstreams, isWorkstreamTab } from '../model';
import { PriorityBadge, WorkstreamStatusBadge } from './badges';
import { MilestonesTab } from './MilestonesTab';
import { StatusReportsTab } from './StatusReportsTab';
import { WORKSTREAM_CONTEXT, WorkstreamFormModal } from './WorkstreamFormModal';

type Workstream = WorkstreamDetailFieldsFragment;

const CONTEXT = { additionalTypenames: ['Workstream', 'Task', 'Kpi'] };

/** One workstream: its header and the tabs Meilensteine, Kennzahlen, Statusberichte, Aufgaben, Diskussion (`?tab=`). */
export function WorkstreamPage() {
  const { t } = useTranslation('workstreams');
  const coop = useCurrentCooperation();
  if (!canReadWorkstreams(coop.myRole)) return <ForbiddenState>{t('forbidden')}</ForbiddenState>;
  return <WorkstreamView />;
}

function WorkstreamView() {
  const { t } = useTranslation('workstreams');
  const coop = useCurrentCooperation();
  const { workstreamId } = useParams({ from: '/app/c/$cooperationId/workstreams/$workstreamId' });
  const search = useSearch({ from: '/app/c/$cooperationId/workstreams/$workstreamId' });
  const navigate = useNavigate({ from: '/c/$cooperationId/workstreams/$workstreamId' });
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: WorkstreamQuery,
    variables: { id: workstreamId },
    requestPolicy: 'cache-and-network',
    context: CONTEXT,
  });
  const ws = data?.workstream.id === workstreamId ? data.workstream : null;
  const foreign = ws && ws.cooperationId !== coop.id;
  usePageTitle(ws && !foreign ? ws.title : t('detail.notFoundTitle'));
  const reload = () => reexecute({ requestPolicy: 'network-only' });

  if (hasCode(error, 'NOT_FOUND') || foreign) {
    return <NotFoundContent title={t('detail.notFoundTitle')} text={t('detail.notFoundText')} />;
  }
  if (!ws) {
    if (error && !fetching) return <ErrorState error={error} onRetry={reload} />;
    return <PageLoader />;
  }

  const tab = search.tab ?? 'milestones';
  const count = (n: number) =>
    n > 0 ? (
      <Badge size="sm" variant="light" circle aria-hidden>
        {n}
      </Badge>
    ) : undefined;
  return (
    <Stack gap="md">
      <PageHeader
        title={ws.title}
        trail={[
          <AnchorLink key="board" to="/c/$cooperationId/workstreams" params={{ cooperationId: coop.id }} size="sm">
            {t('title')}
          </AnchorLink>,
        ]}
        actions={ws.canManage && <ManageButtons workstream={ws} onReload={reload} />}
      />
      <Header workstream={ws} />
      <Tabs
        value={tab}
        onChange={(v) =>
          void navigate({ search: (prev) => ({ ...prev, tab: isWorkstreamTab(v) && v !== 'milestones' ? v : undefined }), replace: true })
        }
        keepMounted={false}
      >
        <Tabs.List aria-label={t('detail.tabs')}>
          <Tabs.Tab value="milestones">{t('tabs.milestones')}</Tabs.Tab>
          <Tabs.Tab value="kpis" rightSection={count(ws.kpis.length)}>
            {t('tabs.kpis')}
          </Tabs.Tab>
          <Tabs.Tab value="reports">{t('tabs.reports')}</Tabs.Tab>
          <Tabs.Tab value="tasks" rightSection={count(ws.openTaskCount)}>
            {t('tabs.tasks')}
          </Tabs.Tab>
          <Tabs.Tab value="discussion">{t('tabs.discussion')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="milestones" pt="md">
          <MilestonesTab workstream={ws} onReload={reload} />
        </Tabs.Panel>
        <Tabs.Panel value="kpis" pt="md">
          <KpiSection
            cooperationId={coop.id}
            subject={{ kind: 'WORKSTREAM', id: ws.id }}
            kpis={ws.kpis}
            canManage={ws.canManage}
            canRecord={ws.canReport}
            onReload={reload}
          />
        </Tabs.Panel>
        <Tabs.Panel value="reports" pt="md">
          <StatusReportsTab workstream={ws} onReload={reload} />
        </Tabs.Panel>
        <Tabs.Panel value="tasks" pt="md">
          <TaskChecklist tasks={ws.tasks} parent={{ workstreamId: ws.id }} onReload={reload} />
        </Tabs.Panel>
        <Tabs.Panel value="discussion" pt="md">
          <Stack gap="xl">
            <Comments subject={{ kind: 'WORKSTREAM', id: ws.id }} canWrite={canContribute(coop.myRole)} />
            <Attachments subject={{ kind: 'WORKSTREAM', id: ws.id }} canWrite={canContribute(coop.myRole)} />
          </Stack>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

/** Status, priority, period, leads with their partners, goals with codes, description. */
function Header({ workstream: ws }: { workstream: Workstream }) {
  const { t, i18n } = useTranslation('workstreams');
  const coop = useCurrentCooperation();
  const lng = i18n.language;
  return (
    <Paper withBorder p="md" component="section" aria-label={t('detail.about')} data-testid="workstream-header">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md">
          <LabelledValue label={t('fields.status')}>
            <Group gap="xs">
              <WorkstreamStatusBadge status={ws.status} size="lg" data-testid="workstream-status" />
            </Group>
            {ws.canReport && (
              <Text size="xs" c="dimmed" mt={4}>
                {t('detail.reportHint')}
              </Text>
            )}
          </LabelledValue>
          <LabelledValue label={t('fields.priority')}>
            <PriorityBadge priority={ws.priority} showNone />
          </LabelledValue>
          <LabelledValue label={t('fields.period')}>
            <span data-testid="workstream-period">
              {ws.endsOn
                ? t('detail.period', { from: formatDay(ws.startsOn, lng), to: formatDay(ws.endsOn, lng) })
                : t('detail.periodOpen', { from: formatDay(ws.startsOn, lng) })}
            </span>
          </LabelledValue>
          <LabelledValue label={t('fields.leads')}>
            {ws.leads.length === 0 ? (
              t('card.noLeads')
            ) : (
              <List size="sm" listStyleType="none" spacing={2} data-testid="workstream-leads">
                {ws.leads.map((l) => (
                  <List.Item key={l.membershipId}>{l.partner ? t('detail.leadOf', { name: l.name, partner: partnerLabel(l.partner) }) : l.name}</List.Item>
                ))}
              </List>
            )}
          </LabelledValue>
        </SimpleGrid>
        <LabelledValue label={t('fields.goals')}>
          {ws.goals.length === 0 ? (
            t('detail.noGoals')
          ) : (
            <List size="sm" listStyleType="none" spacing={2} data-testid="workstream-goals">
              {ws.goals.map((g) => (
                <List.Item key={g.id}>
                  <AnchorLink to="/c/$cooperationId/goals" params={{ cooperationId: coop.id }} size="sm">
                    {g.code} {g.title}
                  </AnchorLink>
                </List.Item>
              ))}
            </List>
          )}
        </LabelledValue>
        <LabelledValue label={t('fields.description')}>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {ws.description || t('detail.noDescription')}
          </Text>
        </LabelledValue>
      </Stack>
    </Paper>
  );
}

/** Bearbeiten and Löschen (after a confirmation that names everything that goes with it). */
function ManageButtons({ workstream: ws, onReload }: { workstream: Workstream; onReload: () => void }) {
  const { t } = useTranslation('workstreams');
  const { t: tc } = useTranslation();
  const coop = useCurrentCooperation();
  const navigate = useNavigate();
  const [editing, setEditing] = useState(false);
  const [{ fetching }, remove] = useMutation(DeleteWorkstreamMutation);

  const confirm = () =>
    modals.openConfirmModal({
      title: t('delete.title'),
      children: (
        <>
          <Text size="sm">{t('delete.text', { title: ws.title })}</Text>
          <List size="sm" mt="xs">
            {(
              [
                ['milestones', ws.milestones.length],
                ['reports', ws.statusReports.length],
                ['kpis', ws.kpis.length],
                ['tasks', ws.tasks.length],
              ] as const
            )
              .filter(([, count]) => count > 0)
              .map(([key, count]) => (
                <List.Item key={key}>{t(`delete.${key}`, { count })}</List.Item>
              ))}
            <List.Item>{t('delete.discussion')}</List.Item>
          </List>
          <Text size="sm" mt="xs" fw={600}>
            {t('delete.hint')}
          </Text>
        </>
      ),
      labels: { confirm: t('delete.confirm'), cancel: tc('actions.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => {
        void remove({ input: { id: ws.id, version: ws.version } }, WORKSTREAM_CONTEXT).then((res) => {
          if (res.error) {
            const conflict = hasCode(res.error, 'CONFLICT');
            notifications.show({
              color: 'red',
              title: conflict ? t('edit.conflictTitle') : tc('errors.title'),
              message: conflict ? t('edit.conflict') : errorText(res.error, tc),
              autoClose: 8000,
            });
            if (conflict) onReload();
            return;
          }
          notifications.show({ color: 'green', message: t('delete.done', { title: ws.title }) });
          void navigate({ to: '/c/$cooperationId/workstreams', params: { cooperationId: coop.id } });
        });
      },
    });

  return (
    <>
      <Button variant="default" onClick={() => setEditing(true)}>
        {t('edit.button')}
      </Button>
      <Button variant="default" color="red" loading={fetching} onClick={confirm}>
        {t('delete.button')}
      </Button>
      {editing && (
        <WorkstreamFormModal
          key={ws.version}
          onClose={() => setEditing(false)}
          cooperationId={coop.id}
          workstream={ws}
          onConflict={onReload}
        />
      )}
    </>
  );
}
