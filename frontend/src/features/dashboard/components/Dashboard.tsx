import { Badge, Card, Group, Progress, SimpleGrid, Skeleton, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { AnchorLink, ButtonLink } from '../../../components/ui/links';
import { ErrorState } from '../../../components/ui/states';
import { formatDay } from '../../../lib/berlin';
import { COMMITMENT_STATUS_COLOR } from '../../agreements/model';
import { PHASE_COLOR } from '../../award/model';
import { EventStatusBadge } from '../../events/components/EventStatusBadge';
import { KpiStateBadge } from '../../kpi/components/KpiCard';
import { formatValue, progressPercent } from '../../kpi/model';
import { RetreatStatusBadge } from '../../retreat/components/badges';
import { PriorityBadge, WorkstreamStatusBadge } from '../../workstreams/components/badges';
import { DashboardQuery } from '../api/dashboard';
import {
  ballotPercent,
  capacityPercent,
  coverageGaps,
  daysUntil,
  formatStart,
  formatDeadline,
  kpiLink,
  remainingKey,
  visibleSections,
  type Dashboard as DashboardData,
  type DashboardSection,
} from '../model';
import classes from './dashboard.module.css';

/** Re-read the start page when any of these change elsewhere in the app. */
const CONTEXT = {
  additionalTypenames: ['Task', 'Event', 'Invitation', 'AwardCycle', 'Ballot', 'Retreat', 'Proposal', 'Workstream', 'Kpi', 'Measurement', 'Goal', 'Commitment'],
};

/**
 * The start page of a cooperation: the reader's open tasks, upcoming events with their guests'
 * answers, the award, the retreat, workstreams at risk, KPIs behind target, coverage gaps and the
 * open commitments of the year — one query; sections the role does not get are left out.
 */
export function Dashboard({ cooperationId }: { cooperationId: string }) {
  const { t } = useTranslation('dashboard');
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: DashboardQuery,
    variables: { cooperationId },
    requestPolicy: 'cache-and-network',
    context: CONTEXT,
  });
  const dashboard = data?.dashboard.cooperationId === cooperationId ? data.dashboard : null;

  if (!dashboard) {
    if (error && !fetching) {
      return <ErrorState title={t('errorTitle')} error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
    }
    return <DashboardSkeleton />;
  }
  const sections = visibleSections(dashboard);
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" verticalSpacing="lg" data-testid="dashboard">
      {sections.map((s) => (
        <SectionView key={s} section={s} d={dashboard} cooperationId={cooperationId} />
      ))}
    </SimpleGrid>
  );
}

function DashboardSkeleton() {
  const { t } = useTranslation('dashboard');
  return (
    <div role="status" aria-busy="true">
      <VisuallyHidden>{t('loading')}</VisuallyHidden>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" aria-hidden>
        {[0, 1, 2, 3].map((i) => (
          <Card key={i} withBorder padding="md">
            <Skeleton height={20} width="45%" mb="md" />
            <Skeleton height={14} mb={8} />
            <Skeleton height={14} mb={8} width="85%" />
            <Skeleton height={14} width="60%" />
          </Card>
        ))}
      </SimpleGrid>
    </div>
  );
}

function SectionView({ section, d, cooperationId }: { section: DashboardSection; d: DashboardData; cooperationId: string }) {
  switch (section) {
    case 'tasks':
      return <TasksSection d={d} cooperationId={cooperationId} />;
    case 'events':
      return <EventsSection d={d} cooperationId={cooperationId} />;
    case 'award':
      return <AwardSection d={d} cooperationId={cooperationId} />;
    case 'retreat':
      return <RetreatSection d={d} cooperationId={cooperationId} />;
    case 'workstreams':
      return <WorkstreamsSection d={d} cooperationId={cooperationId} />;
    case 'kpis':
      return <KpisSection d={d} cooperationId={cooperationId} />;
    case 'coverage':
      return <CoverageSection d={d} cooperationId={cooperationId} />;
    case 'commitments':
      return <CommitmentsSection d={d} cooperationId={cooperationId} />;
  }
}

/** A card with an h2 that names its region; `aside` sits right of the heading, `footer` below. */
function Section({ id, title, aside, footer, children }: { id: string; title: string; aside?: ReactNode; footer?: ReactNode; children: ReactNode }) {
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={id} className={classes.card} data-testid={`dashboard-${id}`}>
      <Group justify="space-between" align="center" gap="xs" mb="sm" wrap="nowrap">
        <Title order={2} size="h4" id={id}>
          {title}
        </Title>
        {aside}
      </Group>
      <div className={classes.body}>{children}</div>
      {footer && (
        <Group gap="md" mt="md" className={classes.footer}>
          {footer}
        </Group>
      )}
    </Card>
  );
}

function Empty({ children }: { children: ReactNode }) {
  return (
    <Text size="sm" c="dimmed">
      {children}
    </Text>
  );
}

function TasksSection({ d, cooperationId }: { d: DashboardData; cooperationId: string }) {
  const { t, i18n } = useTranslation('dashboard');
  const overdue = d.myTasks.filter((x) => x.overdue).length;
  const more = d.myOpenTaskCount - d.myTasks.length;
  return (
    <Section
      id="dashboard-tasks"
      title={t('tasks.title')}
      aside={
        d.myOpenTaskCount > 0 && (
          <Group gap={6} wrap="nowrap">
            {overdue > 0 && (
              <Badge color="red" variant="light" tt="none" miw="max-content">
                {t('tasks.overdueCount', { count: overdue })}
              </Badge>
            )}
            <Badge color="gray" variant="light" tt="none" miw="max-content">
              {t('tasks.count', { count: d.myOpenTaskCount })}
            </Badge>
          </Group>
        )
      }
    >
      {d.myTasks.length === 0 ? (
        <Empty>{t('tasks.empty')}</Empty>
      ) : (
        <ul className={classes.list} data-marked>
          {d.myTasks.map((task) => (
            <li key={task.id} className={classes.item} data-overdue={task.overdue || undefined}>
              <Text size="sm" fw={600}>
                {task.title}
              </Text>
              <Group gap="xs" wrap="wrap">
                {task.event && (
                  <AnchorLink size="sm" to="/c/$cooperationId/events/$eventId" params={{ cooperationId, eventId: task.event.id }} search={{ tab: 'tasks' }}>
                    {task.event.title}
                  </AnchorLink>
                )}
                {task.workstream && (
                  <AnchorLink
                    size="sm"
                    to="/c/$cooperationId/workstreams/$workstreamId"
                    params={{ cooperationId, workstreamId: task.workstream.id }}
                    search={{ tab: 'tasks' }}
                  >
                    {task.workstream.title}
                  </AnchorLink>
                )}
                <Text size="sm" c={task.overdue ? 'red.8' : 'dimmed'} span>
                  {task.dueOn ? t('tasks.due', { date: formatDay(task.dueOn, i18n.language) }) : t('tasks.noDue')}
                </Text>
                {task.overdue && (
                  <Badge color="red" variant="light" size="sm" tt="none">
                    {t('tasks.overdue')}
                  </Badge>
                )}
              </Group>
            </li>
          ))}
        </ul>
      )}
      {more > 0 && (
        <Text size="sm" c="dimmed" mt="xs">
          {t('tasks.more', { count: more })}
        </Text>
      )}
    </Section>
  );
}

function EventsSection({ d, cooperationId }: { d: DashboardData; cooperationId: string }) {
  const { t, i18n } = useTranslation('dashboard');
  return (
    <Section
      id="dashboard-events"
      title={t('events.title')}
      footer={
        <AnchorLink size="sm" to="/c/$cooperationId/events" params={{ cooperationId }}>
          {t('events.all')}
        </AnchorLink>
      }
    >
      {d.upcomingEvents.length === 0 ? (
        <Empty>{t('events.empty')}</Empty>
      ) : (
        <ul className={classes.list}>
          {d.upcomingEvents.map((e) => {
            const percent = capacityPercent(e.accepted, e.capacity);
            return (
              <li key={e.id} className={classes.item}>
                <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
                  <AnchorLink size="sm" fw={600} to="/c/$cooperationId/events/$eventId" params={{ cooperationId, eventId: e.id }}>
                    {e.title}
                  </AnchorLink>
                  <EventStatusBadge status={e.status} size="sm" />
                </Group>
                <Text size="sm" c="dimmed">
                  {formatStart(e.startsAt, i18n.language)} · {t('events.lead', { name: e.leadPartnerName })}
                </Text>
                <dl className={classes.counts}>
                  <Count label={t('events.accepted')} value={e.accepted} tone="green" />
                  <Count label={t('events.declined')} value={e.declined} tone="gray" />
                  <Count label={t('events.open')} value={e.invited} tone="blue" />
                  <Count label={t('events.waitlisted')} value={e.waitlisted} tone="orange" />
                </dl>
                {percent !== null && e.capacity != null ? (
                  <Group gap="xs" wrap="nowrap">
                    <Progress value={percent} size="sm" style={{ flex: 1 }} color={percent >= 100 ? 'orange' : 'koop'} aria-hidden />
                    <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                      {t('events.seats', { accepted: e.accepted, capacity: e.capacity })}
                    </Text>
                  </Group>
                ) : (
                  <Text size="xs" c="dimmed">
                    {t('events.unlimited')}
                  </Text>
                )}
                {e.openTaskCount > 0 && (
                  <AnchorLink
                    size="xs"
                    to="/c/$cooperationId/events/$eventId"
                    params={{ cooperationId, eventId: e.id }}
                    search={{ tab: 'tasks' }}
                  >
                    {t('events.openTasks', { count: e.openTaskCount })}
                  </AnchorLink>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </Section>
  );
}

function Count({ label, value, tone }: { label: string; value: number; tone: 'green' | 'gray' | 'blue' | 'orange' }) {
  return (
    <div className={classes.count} data-tone={value > 0 ? tone : undefined}>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

function Remaining({ today, deadline }: { today: string; deadline: string }) {
  const { t } = useTranslation('dashboard');
  const r = remainingKey(daysUntil(today, deadline));
  return (
    <Badge variant="light" color={r.key === 'remaining.days' && r.count > 7 ? 'gray' : 'orange'} tt="none" size="sm">
      {t(r.key, { count: r.count })}
    </Badge>
  );
}

function AwardSection({ d, cooperationId }: { d: DashboardData; cooperationId: string }) {
  const { t, i18n } = useTranslation('dashboard');
  const { t: ta } = useTranslation('award');
  const a = d.award;
  if (!a) {
    return (
      <Section id="dashboard-award" title={t('award.title')}>
        <Empty>{t('award.empty')}</Empty>
      </Section>
    );
  }
  const ballot = a.myBallot;
  const showNominations = d.myRole !== 'EXTERNAL' || ballot;
  return (
    <Section
      id="dashboard-award"
      title={t('award.title')}
      aside={
        <Badge color={PHASE_COLOR[a.phase]} variant="light" tt="none" miw="max-content" data-testid="dashboard-award-phase">
          {ta(`phases.${a.phase}`)}
        </Badge>
      }
      footer={
        <>
          {ballot && (
            <ButtonLink size="xs" to="/c/$cooperationId/award/$cycleId/score" params={{ cooperationId, cycleId: a.cycleId }}>
              {t('award.score')}
            </ButtonLink>
          )}
          <AnchorLink size="sm" to="/c/$cooperationId/award/$cycleId" params={{ cooperationId, cycleId: a.cycleId }}>
            {t('award.open')}
          </AnchorLink>
        </>
      }
    >
      <Stack gap="xs">
        <Text fw={600} size="sm">
          {a.title}
        </Text>
        {a.nextDeadline ? (
          <Group gap="xs" wrap="wrap">
            <Text size="sm">
              {t('award.deadline', { label: t(`award.deadlineOf.${a.phase}`, { defaultValue: a.nextDeadlineLabel || t('award.deadlineFallback') }), date: formatDeadline(a.nextDeadline, i18n.language) })}
            </Text>
            <Remaining today={d.today} deadline={a.nextDeadline} />
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            {t('award.noDeadline')}
          </Text>
        )}
        {showNominations && (
          <Text size="sm" c="dimmed">
            {t('award.nominations', { count: a.nominationCount })}
          </Text>
        )}
        {ballot && (
          <div className={classes.ballot}>
            <Group justify="space-between" gap="xs">
              <Text size="sm" fw={600}>
                {t('award.ballot')}
              </Text>
              <Badge color={ballot.submitted ? 'green' : 'gray'} variant="light" tt="none" size="sm">
                {ballot.submitted ? t('award.ballotSubmitted') : t('award.ballotOpen')}
              </Badge>
            </Group>
            <Progress value={ballotPercent(ballot)} size="sm" my={6} aria-hidden />
            <Text size="sm" data-testid="dashboard-ballot">
              {t('award.ballotProgress', { scored: ballot.scored, toScore: ballot.toScore })}
            </Text>
          </div>
        )}
      </Stack>
    </Section>
  );
}

function RetreatSection({ d, cooperationId }: { d: DashboardData; cooperationId: string }) {
  const { t, i18n } = useTranslation('dashboard');
  const r = d.retreat;
  if (!r) {
    return (
      <Section id="dashboard-retreat" title={t('retreat.title')}>
        <Empty>{t('retreat.empty')}</Empty>
      </Section>
    );
  }
  return (
    <Section
      id="dashboard-retreat"
      title={t('retreat.title')}
      aside={<RetreatStatusBadge status={r.status} />}
      footer={
        <>
          {r.votingOpen && r.participating && (
            <ButtonLink size="xs" to="/c/$cooperationId/retreats/$retreatId/vote" params={{ cooperationId, retreatId: r.id }}>
              {t('retreat.vote')}
            </ButtonLink>
          )}
          <AnchorLink size="sm" to="/c/$cooperationId/retreats/$retreatId" params={{ cooperationId, retreatId: r.id }}>
            {t('retreat.open')}
          </AnchorLink>
        </>
      }
    >
      <Stack gap="xs">
        <Text fw={600} size="sm">
          {r.title}
        </Text>
        <Text size="sm" c="dimmed">
          {t('retreat.when', { date: formatDay(r.startsOn, i18n.language), year: r.planYear })}
        </Text>
        <Group gap="xs">
          <Badge variant="outline" color="gray.7" tt="none">
            {t('retreat.proposals', { count: r.proposalCount })}
          </Badge>
          <Badge variant="outline" color="gray.7" tt="none">
            {t('retreat.decisions', { count: r.decisionCount })}
          </Badge>
          {r.votingOpen && (
            <Badge color="orange" variant="light" tt="none" data-testid="dashboard-voting">
              {t('retreat.votingOpen')}
            </Badge>
          )}
        </Group>
      </Stack>
    </Section>
  );
}

function WorkstreamsSection({ d, cooperationId }: { d: DashboardData; cooperationId: string }) {
  const { t } = useTranslation('dashboard');
  return (
    <Section
      id="dashboard-workstreams"
      title={t('workstreams.title')}
      footer={
        <AnchorLink size="sm" to="/c/$cooperationId/workstreams" params={{ cooperationId }}>
          {t('workstreams.all')}
        </AnchorLink>
      }
    >
      {d.workstreamsAtRisk.length === 0 ? (
        <Empty>{t('workstreams.empty')}</Empty>
      ) : (
        <ul className={classes.list}>
          {d.workstreamsAtRisk.map((w) => (
            <li key={w.id} className={classes.item}>
              <AnchorLink size="sm" fw={600} to="/c/$cooperationId/workstreams/$workstreamId" params={{ cooperationId, workstreamId: w.id }}>
                {w.title}
              </AnchorLink>
              <Group gap="xs">
                <WorkstreamStatusBadge status={w.status} size="sm" />
                <PriorityBadge priority={w.priority} size="sm" />
                {w.overdueMilestones > 0 && (
                  <Text size="sm" c="red.8" span>
                    {t('workstreams.overdueMilestones', { count: w.overdueMilestones })}
                  </Text>
                )}
              </Group>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

function KpisSection({ d, cooperationId }: { d: DashboardData; cooperationId: string }) {
  const { t, i18n } = useTranslation('dashboard');
  const lng = i18n.language;
  return (
    <Section id="dashboard-kpis" title={t('kpis.title')}>
      {d.kpisOffTarget.length === 0 ? (
        <Empty>{t('kpis.empty')}</Empty>
      ) : (
        <ul className={classes.list}>
          {d.kpisOffTarget.map((k) => {
            const link = kpiLink(k.subject);
            const percent = progressPercent(k.progress);
            const target = formatValue(k.target, k.unit, lng);
            return (
              <li key={k.id} className={classes.item}>
                <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
                  <div>
                    <AnchorLink size="sm" fw={600} to={link.to} params={{ cooperationId, ...link.params }} search={link.search} hash={link.hash}>
                      {k.name}
                    </AnchorLink>
                    <Text size="xs" c="dimmed">
                      {k.subject.title}
                    </Text>
                  </div>
                  <KpiStateBadge state={k.state} size="sm" />
                </Group>
                <Text size="sm" data-testid="dashboard-kpi-value">
                  {k.latestValue != null ? t('kpis.value', { value: formatValue(k.latestValue, k.unit, lng), target }) : t('kpis.noValue', { target })}
                  {k.targetOn && (
                    <Text span size="sm" c="dimmed">
                      {' '}
                      {t('kpis.targetOn', { date: formatDay(k.targetOn, lng) })}
                    </Text>
                  )}
                </Text>
                {k.progress != null && (
                  <Progress.Root size="sm">
                    <Progress.Section value={percent} color="red" aria-label={t('kpis.progress', { percent })} />
                  </Progress.Root>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </Section>
  );
}

function CoverageSection({ d, cooperationId }: { d: DashboardData; cooperationId: string }) {
  const { t } = useTranslation('dashboard');
  if (!d.coverage) return null;
  const gaps = coverageGaps(d.coverage);
  return (
    <Section
      id="dashboard-coverage"
      title={t('coverage.title')}
      footer={
        <AnchorLink size="sm" to="/c/$cooperationId/goals/coverage" params={{ cooperationId }}>
          {t('coverage.open')}
        </AnchorLink>
      }
    >
      {gaps.length === 0 ? (
        <Empty>{t('coverage.empty')}</Empty>
      ) : (
        <ul className={classes.gaps}>
          {gaps.map((g) => (
            <li key={g.key}>
              <AnchorLink to="/c/$cooperationId/goals/coverage" params={{ cooperationId }} className={classes.gap} underline="never">
                <span className={classes.gapCount}>{g.count}</span>
                <span className={classes.gapLabel}>{t(`coverage.${g.key}`)}</span>
              </AnchorLink>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

function CommitmentsSection({ d, cooperationId }: { d: DashboardData; cooperationId: string }) {
  const { t } = useTranslation('dashboard');
  const { t: tg } = useTranslation('agreements');
  const year = d.today.slice(0, 4);
  return (
    <Section
      id="dashboard-commitments"
      title={t('commitments.title', { year })}
      footer={
        <AnchorLink size="sm" to="/c/$cooperationId/agreements" params={{ cooperationId }}>
          {t('commitments.open')}
        </AnchorLink>
      }
    >
      {d.openCommitments.length === 0 ? (
        <Empty>{t('commitments.empty')}</Empty>
      ) : (
        <ul className={classes.list}>
          {d.openCommitments.map((c) => (
            <li key={c.id} className={classes.item}>
              <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
                <AnchorLink size="sm" fw={600} to="/c/$cooperationId/agreements/$agreementId" params={{ cooperationId, agreementId: c.agreementId }}>
                  {c.title}
                </AnchorLink>
                <Badge color={COMMITMENT_STATUS_COLOR[c.status]} variant="light" tt="none" size="sm" miw="max-content">
                  {tg(`commitmentStatus.${c.status}`)}
                </Badge>
              </Group>
              {c.reason && (
                <Text size="sm" c="dimmed">
                  {c.reason}
                </Text>
              )}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
