import { ActionIcon, Alert, Anchor, Badge, Button, CopyButton, Group, List, Paper, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { AnchorLink, ButtonLink } from '../../../components/ui/links';
import { NotFoundContent } from '../../../components/ui/NotFoundContent';
import { PageHeader } from '../../../components/ui/PageHeader';
import { ErrorState, ForbiddenState, PageLoader } from '../../../components/ui/states';
import type { AwardCycleQuery as AwardCycleQueryResult, AwardPhase } from '../../../gql/graphql';
import { errorText, hasCode } from '../../../lib/errors';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useCurrentCooperation } from '../../cooperation/CooperationContext';
import { JuryTab } from '../../nomination/components/JuryTab';
import { NominationsTab } from '../../nomination/components/NominationsTab';
import { publicUrl } from '../../nomination/model';
import {
  ApproveCriteriaMutation,
  AwardCycleQuery,
  ChangeAwardPhaseMutation,
  DeleteCriterionMutation,
  ReorderCriteriaMutation,
  WithdrawCriteriaApprovalMutation,
} from '../api/award';
import { PHASE_COLOR, formatMoment, moveId } from '../model';
import { CriterionModal } from './CriterionModal';
import { CycleSetupModal } from './CycleSetupModal';

type Cycle = AwardCycleQueryResult['awardCycle'];
type Criterion = Cycle['criteria'][number];

/** Shows a failed mutation's message (German from the server) as a notification. */
function useFailure() {
  const { t: tc } = useTranslation();
  return (error: unknown) => notifications.show({ color: 'red', title: tc('errors.title'), message: errorText(error, tc) });
}

/** The tabs of a cycle besides the overview, as `?tab=` names them. */
const CYCLE_TABS = ['nominations', 'jury'] as const;
type CycleTab = 'overview' | (typeof CYCLE_TABS)[number];

function isCycleTab(v: unknown): v is (typeof CYCLE_TABS)[number] {
  return typeof v === 'string' && (CYCLE_TABS as readonly string[]).includes(v);
}

/** The phases with a locked result: the result page is there to read. */
const DECIDED_PHASES: readonly AwardPhase[] = ['DECIDED', 'ANNOUNCED'];

/**
 * One award cycle with its tabs Überblick (phase, setup, criteria and the partners' approvals),
 * Nominierungen and Jury (`?tab=`), and in the header the links to scoring and the result.
 */
export function AwardCyclePage() {
  const coop = useCurrentCooperation();
  const { t } = useTranslation('award');
  const { t: tc } = useTranslation();
  const { cycleId = '' } = useParams({ strict: false });
  const [{ data, fetching, error }, reexecute] = useQuery({ query: AwardCycleQuery, variables: { id: cycleId } });
  const cycle = data?.awardCycle.id === cycleId ? data.awardCycle : null;
  usePageTitle(cycle?.title ?? t('title'));
  if (!cycle) {
    if (error && !fetching) {
      if (hasCode(error, 'NOT_FOUND')) return <NotFoundContent />;
      if (hasCode(error, 'FORBIDDEN')) return <ForbiddenState>{errorText(error, tc)}</ForbiddenState>;
      return <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
    }
    return <PageLoader />;
  }
  return <CycleView cycle={cycle} cooperationId={coop.id} />;
}

function CycleView({ cycle, cooperationId }: { cycle: Cycle; cooperationId: string }) {
  const { t } = useTranslation('award');
  const [editing, setEditing] = useState(false);
  const search = useSearch({ strict: false });
  const navigate = useNavigate();
  const params = { cooperationId, cycleId: cycle.id };
  const showJury = cycle.canManage || cycle.isChair || cycle.myBallot != null;
  const requested = (search as { tab?: unknown }).tab;
  const tab: CycleTab = isCycleTab(requested) && (requested !== 'jury' || showJury) ? requested : 'overview';
  const setTab = (v: string | null) =>
    void navigate({
      to: '/c/$cooperationId/award/$cycleId',
      params,
      search: isCycleTab(v) ? { tab: v } : {},
      replace: true,
    });
  const decided = DECIDED_PHASES.includes(cycle.phase);
  return (
    <Stack gap="lg">
      <PageHeader
        title={cycle.title}
        trail={[
          <AnchorLink key="award" to="/c/$cooperationId/award" params={{ cooperationId }}>
            {t('title')}
          </AnchorLink>,
          cycle.programmeName,
        ]}
        actions={
          <>
            {cycle.myBallot && (
              <ButtonLink to="/c/$cooperationId/award/$cycleId/score" params={params}>
                {t('header.score')}
              </ButtonLink>
            )}
            {decided && (
              <ButtonLink to="/c/$cooperationId/award/$cycleId/result" params={params} variant={cycle.myBallot ? 'default' : 'filled'}>
                {t('header.result')}
              </ButtonLink>
            )}
            {!decided && cycle.canClose && (
              <ButtonLink to="/c/$cooperationId/award/$cycleId/result" params={params} variant="default">
                {t('header.closeVoting')}
              </ButtonLink>
            )}
            <PhaseActions cycle={cycle} />
          </>
        }
      />
      <Group gap="sm">
        <Text size="sm">{t('phase')}:</Text>
        <Badge color={PHASE_COLOR[cycle.phase]} variant="light" tt="none" data-testid="award-phase">
          {t(`phases.${cycle.phase}`)}
        </Badge>
        {cycle.turnout && (cycle.phase === 'JURY_VOTING' || decided) && (
          <Text size="sm" data-testid="award-turnout">
            · {t('header.turnout', { submitted: cycle.turnout.submitted, jurors: cycle.turnout.jurors, quorum: cycle.turnout.quorum })}
          </Text>
        )}
      </Group>
      {cycle.phase === 'NOMINATION_OPEN' && <PublicLink path={cycle.publicNominationPath} />}
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List aria-label={t('tabs.label')}>
          <Tabs.Tab value="overview">{t('tabs.overview')}</Tabs.Tab>
          <Tabs.Tab value="nominations">{t('tabs.nominations')}</Tabs.Tab>
          {showJury && <Tabs.Tab value="jury">{t('tabs.jury')}</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="overview" pt="md">
          <Stack gap="lg">
            {!cycle.canManage && cycle.canApprove === null && (
              <Alert color="blue" variant="light">
                {t('readOnly')}
              </Alert>
            )}
            <Setup cycle={cycle} onEdit={() => setEditing(true)} />
            <Criteria cycle={cycle} />
            <Approvals cycle={cycle} />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="nominations" pt="md">
          <NominationsTab cycleId={cycle.id} cooperationId={cooperationId} />
        </Tabs.Panel>
        {showJury && (
          <Tabs.Panel value="jury" pt="md">
            <JuryTab cycleId={cycle.id} cooperationId={cooperationId} />
          </Tabs.Panel>
        )}
      </Tabs>
      {editing && <CycleSetupModal opened onClose={() => setEditing(false)} cooperationId={cooperationId} cycle={cycle} />}
    </Stack>
  );
}

/** The public nomination page's full address with a copy button, while nominations are open. */
function PublicLink({ path }: { path: string }) {
  const { t } = useTranslation('award');
  const url = publicUrl(path, window.location.origin);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="award-public-link">
      <Text fw={600} size="sm" id="award-public-link">
        {t('header.publicLink')}
      </Text>
      <Text size="sm" c="dimmed" mb="xs">
        {t('header.publicLinkHint')}
      </Text>
      <Group gap="sm" wrap="nowrap" align="center">
        <Anchor href={url} target="_blank" rel="noopener" size="sm" style={{ overflowWrap: 'anywhere' }} data-testid="award-public-url">
          {url}
        </Anchor>
        <CopyButton value={url} timeout={2000}>
          {({ copied, copy }) => (
            <>
              <Button size="compact-sm" variant="default" onClick={copy} style={{ flexShrink: 0 }}>
                {t('header.copy')}
              </Button>
              <Text size="sm" role="status" aria-live="polite" style={{ flexShrink: 0 }}>
                {copied ? t('header.copied') : ''}
              </Text>
            </>
          )}
        </CopyButton>
      </Group>
    </Paper>
  );
}

function PhaseActions({ cycle }: { cycle: Cycle }) {
  const { t, i18n } = useTranslation('award');
  const { t: tc } = useTranslation();
  const fail = useFailure();
  const [{ fetching }, change] = useMutation(ChangeAwardPhaseMutation);
  const ask = (phase: AwardPhase) => {
    const action = t(`phaseActions.${phase}`);
    const reopen = cycle.phase === 'NOMINATION_CLOSED' && phase === 'NOMINATION_OPEN';
    modals.openConfirmModal({
      title: t('phaseConfirm.title', { action }),
      children: (
        <Text size="sm">
          {reopen
            ? t('phaseConfirm.reopen', { date: formatMoment(cycle.nominationClosesAt, i18n.language) })
            : t(`phaseConfirm.${phase}`)}
        </Text>
      ),
      labels: { confirm: action, cancel: tc('actions.cancel') },
      onConfirm: () => {
        void change({ input: { id: cycle.id, version: cycle.version, phase } }).then((res) => {
          if (res.error) {
            fail(res.error);
            return;
          }
          notifications.show({ color: 'green', message: t('phaseConfirm.done', { phase: t(`phases.${phase}`) }) });
        });
      },
    });
  };
  if (cycle.allowedPhases.length === 0) return null;
  return (
    <>
      {cycle.allowedPhases.map((p) => (
        <Button key={p} loading={fetching} onClick={() => ask(p)}>
          {t(`phaseActions.${p}`, { defaultValue: t(`phases.${p}`) })}
        </Button>
      ))}
    </>
  );
}

function Setup({ cycle, onEdit }: { cycle: Cycle; onEdit: () => void }) {
  const { t, i18n } = useTranslation('award');
  const rows: [string, ReactNode][] = [
    [t('cycle.year'), cycle.year],
    [
      t('cycle.categories'),
      cycle.categories.length === 0 ? (
        '—'
      ) : (
        <List size="sm" spacing={2}>
          {cycle.categories.map((c) => (
            <List.Item key={c}>{c}</List.Item>
          ))}
        </List>
      ),
    ],
    [t('cycle.nominationOpensAt'), formatMoment(cycle.nominationOpensAt, i18n.language)],
    [t('cycle.nominationClosesAt'), formatMoment(cycle.nominationClosesAt, i18n.language)],
    [t('cycle.votingClosesAt'), formatMoment(cycle.votingClosesAt, i18n.language)],
    [t('cycle.quorum'), cycle.quorum],
    [t('cycle.tieBreakRule'), t(`tieBreak.${cycle.tieBreakRule}`)],
    [t('cycle.announcementEvent'), cycle.announcementEventTitle ?? t('cycle.noEvent')],
  ];
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="award-setup">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h3" id="award-setup">
          {t('cycle.setup')}
        </Title>
        {cycle.canManage && (
          <Button variant="default" size="sm" onClick={onEdit}>
            {t('cycle.editSetup')}
          </Button>
        )}
      </Group>
      <Table variant="vertical" layout="fixed" withTableBorder={false}>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={260} scope="row">
                {label}
              </Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

function Criteria({ cycle }: { cycle: Cycle }) {
  const { t } = useTranslation('award');
  const { t: tc } = useTranslation();
  const fail = useFailure();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<Criterion | null>(null);
  const [{ fetching: moving }, reorder] = useMutation(ReorderCriteriaMutation);
  const [, remove] = useMutation(DeleteCriterionMutation);
  const editable = cycle.canManage && cycle.phase === 'DRAFT';
  const ids = cycle.criteria.map((c) => c.id);

  const move = (index: number, delta: -1 | 1) => {
    void reorder({ input: { cycleId: cycle.id, criteriaVersion: cycle.criteriaVersion, criterionIds: moveId(ids, index, delta) } }).then(
      (res) => {
        if (res.error) fail(res.error);
        else notifications.show({ color: 'green', message: t('criteria.reordered') });
      },
    );
  };
  const askDelete = (c: Criterion) =>
    modals.openConfirmModal({
      title: t('criteria.deleteTitle'),
      children: <Text size="sm">{t('criteria.deleteText', { name: c.name })}</Text>,
      labels: { confirm: t('criteria.delete'), cancel: tc('actions.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => {
        void remove({ input: { id: c.id, criteriaVersion: cycle.criteriaVersion } }).then((res) => {
          if (res.error) fail(res.error);
          else notifications.show({ color: 'green', message: t('criteria.deleted') });
        });
      },
    });

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="award-criteria">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h3" id="award-criteria">
          {t('criteria.title')}
        </Title>
        {editable && (
          <Button size="sm" onClick={() => setAdding(true)}>
            {t('criteria.add')}
          </Button>
        )}
      </Group>
      <Text size="sm" mb="sm">
        {cycle.phase === 'DRAFT' ? t('criteria.intro') : t('criteria.frozen')}
      </Text>
      {cycle.criteria.length === 0 ? (
        <Text size="sm">{t('criteria.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={600}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('criteria.order')}</Table.Th>
                <Table.Th scope="col">{t('criteria.name')}</Table.Th>
                <Table.Th scope="col">{t('criteria.weight')}</Table.Th>
                <Table.Th scope="col">{t('criteria.range')}</Table.Th>
                {editable && <Table.Th scope="col">{t('criteria.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {cycle.criteria.map((c, i) => (
                <Table.Tr key={c.id}>
                  <Table.Td>{i + 1}</Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {c.name}
                    </Text>
                    {c.description && (
                      <Text size="sm" c="dimmed">
                        {c.description}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{c.weight}</Table.Td>
                  <Table.Td>
                    {c.scoreMin}–{c.scoreMax}
                  </Table.Td>
                  {editable && (
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <ActionIcon
                          variant="default"
                          disabled={i === 0 || moving}
                          onClick={() => move(i, -1)}
                          aria-label={t('criteria.moveUp', { name: c.name })}
                        >
                          <span aria-hidden="true">↑</span>
                        </ActionIcon>
                        <ActionIcon
                          variant="default"
                          disabled={i === cycle.criteria.length - 1 || moving}
                          onClick={() => move(i, 1)}
                          aria-label={t('criteria.moveDown', { name: c.name })}
                        >
                          <span aria-hidden="true">↓</span>
                        </ActionIcon>
                        <Button size="xs" variant="default" onClick={() => setEditing(c)} aria-label={t('criteria.editNamed', { name: c.name })}>
                          {tc('actions.edit')}
                        </Button>
                        <Button size="xs" variant="default" color="red" onClick={() => askDelete(c)} aria-label={t('criteria.deleteNamed', { name: c.name })}>
                          {t('criteria.delete')}
                        </Button>
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {adding && <CriterionModal opened onClose={() => setAdding(false)} cycle={cycle} />}
      {editing && <CriterionModal opened onClose={() => setEditing(null)} cycle={cycle} criterion={editing} />}
    </Paper>
  );
}

function Approvals({ cycle }: { cycle: Cycle }) {
  const { t, i18n } = useTranslation('award');
  const fail = useFailure();
  const [{ fetching: approving }, approve] = useMutation(ApproveCriteriaMutation);
  const [{ fetching: withdrawing }, withdraw] = useMutation(WithdrawCriteriaApprovalMutation);
  const mine = cycle.canApprove;
  const myApproval = mine ? cycle.approvals.find((a) => a.partner.id === mine.id) : undefined;
  const partnerName = (o: { name: string; shortName: string }) => o.shortName || o.name;

  const act = (kind: 'approve' | 'withdraw') => {
    if (!mine) return;
    const input = { cycleId: cycle.id, criteriaVersion: cycle.criteriaVersion };
    const run = kind === 'approve' ? approve({ input }) : withdraw({ input });
    void run.then((res) => {
      if (res.error) {
        fail(res.error);
        return;
      }
      const partner = partnerName(mine.organisation);
      notifications.show({ color: 'green', message: t(kind === 'approve' ? 'approvals.approvedDone' : 'approvals.withdrawnDone', { partner }) });
    });
  };

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="award-approvals">
      <Title order={2} size="h3" id="award-approvals" mb="xs">
        {t('approvals.title')}
      </Title>
      <Text size="sm" mb="sm">
        {cycle.allApproved ? t('approvals.allDone') : t('approvals.intro')}
      </Text>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('approvals.partner')}</Table.Th>
            <Table.Th scope="col">{t('approvals.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {cycle.approvals.map((a) => (
            <Table.Tr key={a.partner.id} data-testid={`approval-${a.partner.organisation.shortName || a.partner.organisation.name}`}>
              <Table.Td>{a.partner.organisation.name}</Table.Td>
              <Table.Td>
                {a.approvedAt ? (
                  <Badge color="green" variant="light" tt="none">
                    {t('approvals.approved', { name: a.approvedByName ?? '', date: formatMoment(a.approvedAt, i18n.language) })}
                  </Badge>
                ) : (
                  <Badge color="gray" variant="light" tt="none">
                    {t('approvals.pending')}
                  </Badge>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {mine && cycle.phase === 'DRAFT' && (
        <Group mt="md">
          {myApproval?.approvedAt ? (
            <Button variant="default" loading={withdrawing} onClick={() => act('withdraw')}>
              {t('approvals.withdrawFor', { partner: partnerName(mine.organisation) })}
            </Button>
          ) : (
            <Button loading={approving} onClick={() => act('approve')} disabled={cycle.criteria.length === 0}>
              {t('approvals.approveFor', { partner: partnerName(mine.organisation) })}
            </Button>
          )}
        </Group>
      )}
    </Paper>
  );
}
