import { Badge, Button, Group, NativeSelect, Paper, Skeleton, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { AnchorLink } from '../../../components/ui/links';
import { PageHeader } from '../../../components/ui/PageHeader';
import { EmptyState, ErrorState, ForbiddenState } from '../../../components/ui/states';
import type { WorkstreamCardFieldsFragment } from '../../../gql/graphql';
import { berlinToday, formatDay } from '../../../lib/berlin';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useCurrentCooperation } from '../../cooperation/CooperationContext';
import { partnerLabel } from '../../events/model';
import { KpiStateBadge } from '../../kpi/components/KpiCard';
import { countStates } from '../../kpi/model';
import { WorkstreamGoalOptionsQuery, WorkstreamsQuery } from '../api/workstreams';
import { canManageWorkstreams, canReadWorkstreams, groupByStatus, nextOpenMilestone, STATUS_COLOR } from '../model';
import { PriorityBadge } from './badges';
import classes from './workstreams.module.css';
import { WorkstreamFormModal } from './WorkstreamFormModal';

const CONTEXT = { additionalTypenames: ['Workstream'] };

/** Projekte: the board of the joint workstreams, one column per status (`?goal=` narrows it). */
export function WorkstreamsPage() {
  const { t } = useTranslation('workstreams');
  const coop = useCurrentCooperation();
  usePageTitle(t('title'));
  if (!canReadWorkstreams(coop.myRole)) return <ForbiddenState>{t('forbidden')}</ForbiddenState>;
  return <Board />;
}

function Board() {
  const { t } = useTranslation('workstreams');
  const coop = useCurrentCooperation();
  const search = useSearch({ from: '/app/c/$cooperationId/workstreams' });
  const navigate = useNavigate({ from: '/c/$cooperationId/workstreams' });
  const [creating, setCreating] = useState(false);
  const canManage = canManageWorkstreams(coop.myRole);
  const filter = search.goal ? { goalId: search.goal } : null;
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: WorkstreamsQuery,
    variables: { cooperationId: coop.id, filter },
    requestPolicy: 'cache-and-network',
    context: CONTEXT,
  });
  const [goals] = useQuery({ query: WorkstreamGoalOptionsQuery, variables: { cooperationId: coop.id } });
  const goalList = goals.data?.strategy.goals ?? [];
  const columns = useMemo(() => (data ? groupByStatus(data.workstreams) : null), [data]);
  const today = berlinToday();
  const chosenGoal = goalList.find((g) => g.id === search.goal);

  return (
    <Stack gap="md">
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={canManage && <Button onClick={() => setCreating(true)}>{t('create.button')}</Button>}
      />
      <Group align="flex-end" gap="md" wrap="wrap">
        <NativeSelect
          label={t('board.goalFilter')}
          value={search.goal ?? ''}
          onChange={(e) => void navigate({ search: (prev) => ({ ...prev, goal: e.currentTarget.value || undefined }), replace: true })}
          data={[
            { value: '', label: t('board.allGoals') },
            ...goalList.map((g) => ({ value: g.id, label: `${g.code} ${g.title}` })),
            // a goal from an old link that no longer exists stays selectable so the select shows the truth
            ...(search.goal && goals.data && !chosenGoal ? [{ value: search.goal, label: '–' }] : []),
          ]}
          w={{ base: '100%', sm: 420 }}
        />
      </Group>
      {!columns ? (
        error && !fetching ? (
          <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
        ) : (
          <BoardSkeleton />
        )
      ) : data && data.workstreams.length === 0 ? (
        <EmptyState title={search.goal ? t('board.emptyFiltered') : t('board.empty')}>{canManage && !search.goal ? t('board.emptyHint') : null}</EmptyState>
      ) : (
        <>
          <Text size="sm" c="dimmed" hiddenFrom="lg">
            {t('board.scrollHint')}
          </Text>
          {/* A scrolling region must be reachable by keyboard (tabIndex) and named. */}
          <div className={classes.board} role="region" aria-label={t('board.label')} tabIndex={0} data-testid="workstream-board">
            {columns.map((col) => {
              const headingId = `column-${col.status}`;
              return (
                <section key={col.status} className={classes.column} aria-labelledby={headingId} data-status={col.status}>
                  <Group justify="space-between" gap="xs" mb="xs" wrap="nowrap" className={classes.columnHeader} data-color={STATUS_COLOR[col.status]}>
                    <Title order={2} size="h5" id={headingId}>
                      {t(`status.${col.status}`)}
                    </Title>
                    <Badge variant="light" color="gray" size="sm" tt="none" aria-hidden>
                      {col.items.length}
                    </Badge>
                    <VisuallyHidden>{t('board.columnCount', { count: col.items.length })}</VisuallyHidden>
                  </Group>
                  {col.items.length === 0 ? (
                    <Text size="sm" c="dimmed" px={4}>
                      {t('board.emptyColumn')}
                    </Text>
                  ) : (
                    <ul className={classes.cards} aria-labelledby={headingId}>
                      {col.items.map((w) => (
                        <li key={w.id}>
                          <WorkstreamCard workstream={w} cooperationId={coop.id} today={today} />
                        </li>
                      ))}
                    </ul>
                  )}
                </section>
              );
            })}
          </div>
        </>
      )}
      {creating && <WorkstreamFormModal onClose={() => setCreating(false)} cooperationId={coop.id} />}
    </Stack>
  );
}

function BoardSkeleton() {
  const { t } = useTranslation();
  return (
    <div className={classes.board} aria-busy="true" aria-label={t('state.loading')} role="status">
      {Array.from({ length: 6 }, (_, i) => (
        <div key={i} className={classes.column}>
          <Skeleton height={20} width="60%" mb="sm" />
          <Skeleton height={140} mb="sm" />
          <Skeleton height={140} />
        </div>
      ))}
    </div>
  );
}

function Line({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" fw={700} c="dimmed" lh={1.4}>
        {label}
      </Text>
      <Text size="sm" component="div" lh={1.4}>
        {children}
      </Text>
    </div>
  );
}

/** One workstream on the board: title, priority, partners, leads, next milestone, KPI states, open tasks. */
export function WorkstreamCard({ workstream: w, cooperationId, today }: { workstream: WorkstreamCardFieldsFragment; cooperationId: string; today: string }) {
  const { t, i18n } = useTranslation('workstreams');
  const next = nextOpenMilestone(w.milestones);
  const overdue = next ? next.overdue || next.dueOn < today : false;
  const states = countStates(w.kpis);
  return (
    <Paper withBorder p="sm" className={classes.card} data-testid="workstream-card">
      <Stack gap={6}>
        <Title order={3} size="h6" lh={1.3}>
          <AnchorLink to="/c/$cooperationId/workstreams/$workstreamId" params={{ cooperationId, workstreamId: w.id }} className={classes.cardLink}>
            {w.title}
          </AnchorLink>
        </Title>
        {w.priority && (
          <Group gap={4}>
            <PriorityBadge priority={w.priority} size="sm" />
          </Group>
        )}
        <Line label={t('card.partners')}>{w.partners.length > 0 ? w.partners.map(partnerLabel).join(', ') : '–'}</Line>
        <Line label={t('card.leads')}>{w.leads.length > 0 ? w.leads.map((l) => l.name).join(', ') : t('card.noLeads')}</Line>
        <Line label={t('card.nextMilestone')}>
          {next ? (
            <>
              {next.title}
              {' · '}
              <Text span size="sm" c={overdue ? 'red.9' : undefined} fw={overdue ? 700 : undefined} style={{ whiteSpace: 'nowrap' }}>
                {formatDay(next.dueOn, i18n.language)}
                {overdue && ` · ${t('card.overdue')}`}
              </Text>
            </>
          ) : (
            t('card.noMilestone')
          )}
        </Line>
        <Line label={t('card.kpis')}>
          {w.kpis.length === 0 ? (
            t('card.noKpis')
          ) : (
            <Group gap={4} component="span" display="inline-flex" style={{ verticalAlign: 'middle' }}>
              {states.map((s) => (
                <KpiStateBadge key={s.state} state={s.state} count={s.count} size="sm" />
              ))}
            </Group>
          )}
        </Line>
        <Text size="sm" c="dimmed">
          {t('card.openTasks', { count: w.openTaskCount })}
        </Text>
      </Stack>
    </Paper>
  );
}
