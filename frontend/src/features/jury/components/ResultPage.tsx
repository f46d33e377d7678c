import { ActionIcon, Alert, Badge, Button, Group, List, Modal, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useParams } from '@tanstack/react-router';
import { type ReactNode, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { AnchorLink, ButtonLink } from '../../../components/ui/links';
import { NotFoundContent } from '../../../components/ui/NotFoundContent';
import { PageHeader } from '../../../components/ui/PageHeader';
import { ErrorState, PageLoader } from '../../../components/ui/states';
import type { JuryCycleResultFieldsFragment, JuryResultFieldsFragment } from '../../../gql/graphql';
import { errorText, hasCode } from '../../../lib/errors';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useCurrentCooperation } from '../../cooperation/CooperationContext';
import { JuryCastingVoteMutation, JuryCloseVotingMutation, JuryResultQuery } from '../api/jury';
import { breakdownComments, breakdownRows, castingVoteOrder, categoryWinner, formatMoment, formatScore, isDecided, moveItem, tieBreakKey } from '../model';
import { cycleTrail } from './shared';

type Cycle = JuryCycleResultFieldsFragment;
type Result = JuryResultFieldsFragment;
type CategoryResult = Result['categories'][number];
type Ranking = CategoryResult['ranking'][number];

/** The turnout while the jury votes, closing the vote, then the locked result with its breakdown. */
export function ResultPage() {
  const coop = useCurrentCooperation();
  const { t } = useTranslation('jury');
  const { cycleId = '' } = useParams({ strict: false });
  const [{ data, fetching, error }, reexecute] = useQuery({ query: JuryResultQuery, variables: { id: cycleId } });
  const cycle = data?.awardCycle.id === cycleId ? data.awardCycle : null;
  usePageTitle(cycle ? t('result.pageTitle', { cycle: cycle.title }) : t('result.title'));
  const reload = () => reexecute({ requestPolicy: 'network-only' });
  if (!cycle) {
    if (error && !fetching) {
      if (hasCode(error, 'NOT_FOUND')) return <NotFoundContent title={t('notFoundTitle')} text={t('notFoundText')} />;
      return <ErrorState error={error} onRetry={reload} />;
    }
    return <PageLoader />;
  }
  const decided = isDecided(cycle.phase);
  return (
    <Stack gap="lg">
      <PageHeader
        title={t('result.title')}
        trail={cycleTrail(coop.id, cycle.id, cycle.title, t('awardCrumb'))}
        description={cycle.title}
        actions={
          cycle.myBallot && (
            <ButtonLink variant="default" to="/c/$cooperationId/award/$cycleId/score" params={{ cooperationId: coop.id, cycleId: cycle.id }}>
              {t('result.toBallot')}
            </ButtonLink>
          )
        }
      />
      {cycle.phase === 'JURY_VOTING' ? (
        <Voting cycle={cycle} onReload={reload} />
      ) : !decided ? (
        <Alert color="blue" variant="light">
          {t('result.notYet')}
        </Alert>
      ) : !cycle.result ? (
        <Alert color="blue" variant="light">
          {t('result.hidden')}
        </Alert>
      ) : (
        <Decided cycle={cycle} result={cycle.result} cooperationId={coop.id} onReload={reload} />
      )}
    </Stack>
  );
}

function Voting({ cycle, onReload }: { cycle: Cycle; onReload: () => void }) {
  const { t, i18n } = useTranslation('jury');
  const [closing, setClosing] = useState(false);
  const turnout = cycle.turnout;
  const hintId = useId();
  if (!turnout) {
    return (
      <Alert color="blue" variant="light">
        {t('turnout.hidden')}
      </Alert>
    );
  }
  const missing = Math.max(0, turnout.quorum - turnout.submitted);
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="turnout-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="turnout-heading">
          {t('turnout.title')}
        </Title>
        <Text size="sm">{t('turnout.intro', { date: formatMoment(cycle.votingClosesAt, i18n.language) })}</Text>
        <Group gap="xl" component="dl" m={0} data-testid="turnout">
          {(['jurors', 'submitted', 'quorum'] as const).map((key) => (
            <div key={key}>
              <Text component="dt" size="sm" c="dimmed">
                {t(`turnout.${key}`)}
              </Text>
              <Text component="dd" m={0} fw={700} size="lg">
                {turnout[key]}
              </Text>
            </div>
          ))}
        </Group>
        <Text size="sm" fw={600}>
          {turnout.quorumMet ? t('turnout.quorumMet') : t('turnout.quorumMissing', { count: missing })}
        </Text>
        {cycle.canClose && (
          <Group gap="sm">
            <Button onClick={() => setClosing(true)} aria-describedby={hintId}>
              {t('close.button')}
            </Button>
            <Text size="sm" c="dimmed" id={hintId}>
              {t('close.hint')}
            </Text>
          </Group>
        )}
      </Stack>
      {closing && <CloseVotingModal cycle={cycle} onClose={() => setClosing(false)} onReload={onReload} />}
    </Paper>
  );
}

function CloseVotingModal({ cycle, onClose, onReload }: { cycle: Cycle; onClose: () => void; onReload: () => void }) {
  const { t } = useTranslation('jury');
  const { t: tc } = useTranslation();
  const [{ fetching }, close] = useMutation(JuryCloseVotingMutation);
  const [failure, setFailure] = useState<string | null>(null);
  const reasonId = useId();
  const turnout = cycle.turnout;
  if (!turnout) return null;
  const missing = Math.max(0, turnout.quorum - turnout.submitted);
  const confirm = async () => {
    setFailure(null);
    const res = await close({ input: { cycleId: cycle.id, version: cycle.version } });
    if (res.error || !res.data) {
      setFailure(errorText(res.error, tc));
      if (hasCode(res.error, 'CONFLICT')) onReload();
      return;
    }
    notifications.show({ color: 'green', message: t('close.done') });
    onClose();
    onReload();
  };
  return (
    <Modal opened onClose={onClose} title={t('close.title')} closeButtonProps={{ 'aria-label': tc('actions.close') }}>
      <Stack gap="md">
        <Text fw={600} data-testid="close-count">
          {t('close.count', { submitted: turnout.submitted, quorum: turnout.quorum, jurors: turnout.jurors })}
        </Text>
        <Text size="sm">{t('close.explain')}</Text>
        {!turnout.quorumMet && (
          <Alert color="yellow" variant="light" id={reasonId}>
            {t('close.quorumNotMet', { count: missing })}
          </Alert>
        )}
        <DialogActions failure={failure} onCancel={onClose}>
          <Button
            color="red"
            loading={fetching}
            disabled={!turnout.quorumMet}
            aria-describedby={!turnout.quorumMet ? reasonId : undefined}
            onClick={() => void confirm()}
          >
            {t('close.confirm')}
          </Button>
        </DialogActions>
      </Stack>
    </Modal>
  );
}

function Decided({ cycle, result, cooperationId, onReload }: { cycle: Cycle; result: Result; cooperationId: string; onReload: () => void }) {
  const { t, i18n } = useTranslation('jury');
  const [casting, setCasting] = useState(false);
  const tied = result.categories.filter((c) => c.winnerTie.length > 0);
  return (
    <>
      <Paper withBorder p="lg" component="section" aria-labelledby="result-summary">
        <Stack gap="xs">
          <Title order={2} size="h3" id="result-summary">
            {t('result.summary')}
          </Title>
          <Text size="sm" data-testid="closed-by">
            {t('result.closedBy', { name: result.closedByName, date: formatMoment(result.closedAt, i18n.language) })}
          </Text>
          <Text size="sm">{t('result.rule', { rule: t(`tieBreakRule.${cycle.tieBreakRule}`) })}</Text>
          {cycle.turnout && (
            <Text size="sm">{t('result.turnout', { submitted: cycle.turnout.submitted, jurors: cycle.turnout.jurors, quorum: cycle.turnout.quorum })}</Text>
          )}
          {result.castingVote.length > 0 && <Text size="sm">{t('result.castingRecorded')}</Text>}
          <Text size="sm" c="dimmed">
            {t('result.locked')}
          </Text>
        </Stack>
      </Paper>

      {result.needsCastingVote && (
        <Alert color="yellow" variant="light" title={t('casting.pendingTitle')}>
          <Stack gap="sm">
            <Text size="sm">{cycle.isChair ? t('casting.pendingChair') : t('casting.pendingOthers')}</Text>
            {cycle.isChair && (
              <Group>
                <Button onClick={() => setCasting(true)}>{t('casting.button')}</Button>
              </Group>
            )}
          </Stack>
        </Alert>
      )}

      <Paper withBorder p="lg" component="nav" aria-labelledby="print-views">
        <Title order={2} size="h4" id="print-views" mb="xs">
          {t('print.views')}
        </Title>
        <Group gap="lg">
          <AnchorLink to="/c/$cooperationId/award/$cycleId/print/result" params={{ cooperationId, cycleId: cycle.id }}>
            {t('print.result.link')}
          </AnchorLink>
          <AnchorLink to="/c/$cooperationId/award/$cycleId/print/certificate" params={{ cooperationId, cycleId: cycle.id }}>
            {t('print.certificate.link')}
          </AnchorLink>
          <AnchorLink to="/c/$cooperationId/award/$cycleId/print/press" params={{ cooperationId, cycleId: cycle.id }}>
            {t('print.press.link')}
          </AnchorLink>
        </Group>
      </Paper>

      {result.categories.map((c) => (
        <CategoryRanking key={c.category} category={c} cycle={cycle} />
      ))}

      {casting && tied.length > 0 && <CastingVoteModal cycle={cycle} tied={tied} onClose={() => setCasting(false)} onReload={onReload} />}
    </>
  );
}

function CategoryRanking({ category, cycle }: { category: CategoryResult; cycle: Cycle }) {
  const { t } = useTranslation('jury');
  const headingId = useId();
  const winner = categoryWinner(category);
  const [open, setOpen] = useState<Record<string, boolean>>({});
  const names = (ids: readonly string[]) =>
    ids.map((id) => category.ranking.find((r) => r.nomination.id === id)?.nomination.companyName ?? id).join(', ');
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={headingId} data-testid={`category-${category.category}`}>
      <Title order={2} size="h3" id={headingId} mb="xs">
        {t('result.category', { category: category.category })}
      </Title>
      {winner ? (
        <Text mb="sm">{t('result.winner', { company: winner.nomination.companyName })}</Text>
      ) : category.winnerTie.length > 0 ? (
        <Alert color="yellow" variant="light" mb="sm">
          {t('result.tieForFirst', { names: names(category.winnerTie) })}
        </Alert>
      ) : (
        <Text mb="sm">{t('result.noWinner')}</Text>
      )}
      {category.ranking.length === 0 ? (
        <Text size="sm">{t('result.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table>
            <caption>
              <VisuallyHidden>{t('result.caption', { category: category.category })}</VisuallyHidden>
            </caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('columns.rank')}</Table.Th>
                <Table.Th scope="col">{t('columns.company')}</Table.Th>
                <Table.Th scope="col">{t('columns.mean')}</Table.Th>
                <Table.Th scope="col">{t('columns.median')}</Table.Th>
                <Table.Th scope="col">{t('columns.topRanks')}</Table.Th>
                <Table.Th scope="col">{t('columns.jurors')}</Table.Th>
                <Table.Th scope="col">{t('columns.decidedBy')}</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>{t('columns.breakdown')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {category.ranking.map((r) => (
                <RankingRows
                  key={r.nomination.id}
                  ranking={r}
                  cycle={cycle}
                  isWinner={winner?.nomination.id === r.nomination.id}
                  open={open[r.nomination.id] ?? false}
                  onToggle={() => setOpen((o) => ({ ...o, [r.nomination.id]: !o[r.nomination.id] }))}
                />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}

function RankingRows({
  ranking: r,
  cycle,
  isWinner,
  open,
  onToggle,
}: {
  ranking: Ranking;
  cycle: Cycle;
  isWinner: boolean;
  open: boolean;
  onToggle: () => void;
}) {
  const { t, i18n } = useTranslation('jury');
  const panelId = useId();
  return (
    <>
      <Table.Tr bg={isWinner ? 'var(--mantine-color-yellow-light)' : undefined} data-winner={isWinner || undefined}>
        <Table.Td>{r.rank}</Table.Td>
        <Table.Th scope="row" fw={isWinner ? 700 : 500}>
          {r.nomination.companyName}
          {isWinner && (
            <Badge ml="xs" color="yellow" variant="filled" c="dark" tt="none">
              {t('result.winnerBadge')}
            </Badge>
          )}
        </Table.Th>
        <Table.Td>{r.mean === null || r.mean === undefined ? '–' : r.meanText}</Table.Td>
        <Table.Td>{formatScore(r.median, i18n.language)}</Table.Td>
        <Table.Td>{r.topRanks}</Table.Td>
        <Table.Td>{r.jurors}</Table.Td>
        <Table.Td>{t(tieBreakKey(r.decidedBy))}</Table.Td>
        <Table.Td>
          <Button
            size="xs"
            variant="subtle"
            aria-expanded={open}
            aria-controls={panelId}
            aria-label={t('result.breakdownFor', { company: r.nomination.companyName })}
            onClick={onToggle}
          >
            {t('result.breakdown')}
          </Button>
        </Table.Td>
      </Table.Tr>
      <Table.Tr id={panelId} hidden={!open}>
        {open && (
          <Table.Td colSpan={8}>
            <Breakdown ranking={r} cycle={cycle} />
          </Table.Td>
        )}
      </Table.Tr>
    </>
  );
}

/** One nomination's scores: criterion × juror, the jurors' weighted scores, the comments. */
function Breakdown({ ranking: r, cycle, headingLevel = 3 }: { ranking: Ranking; cycle: Cycle; headingLevel?: 3 | 4 }) {
  const { t, i18n } = useTranslation('jury');
  const lang = i18n.language;
  if (r.breakdown.length === 0) {
    return <Text size="sm">{t('breakdown.conflictedReader')}</Text>;
  }
  const criteria = [...cycle.criteria].sort((a, b) => a.position - b.position);
  const rows = breakdownRows(criteria, r.breakdown, r.criterionMeans);
  const comments = breakdownComments(criteria, r.breakdown);
  return (
    <Stack gap="sm" py="xs">
      <Table.ScrollContainer minWidth={520}>
        <Table withTableBorder withColumnBorders fz="sm">
          <caption>
            <VisuallyHidden>{t('breakdown.caption', { company: r.nomination.companyName })}</VisuallyHidden>
          </caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('breakdown.criterion')}</Table.Th>
              {r.breakdown.map((j, i) => (
                <Table.Th scope="col" key={i}>
                  {j.jurorName}
                  {j.conflicted && (
                    <Badge ml={4} size="xs" color="yellow" variant="filled" c="dark" tt="none">
                      {t('breakdown.conflicted')}
                    </Badge>
                  )}
                </Table.Th>
              ))}
              <Table.Th scope="col">{t('breakdown.criterionMean')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => {
              const c = criteria.find((x) => x.id === row.criterionId);
              return (
                <Table.Tr key={row.criterionId}>
                  <Table.Th scope="row" fw={500}>
                    {row.criterionName}
                    {c && (
                      <Text span size="xs" c="dimmed">
                        {' '}
                        {t('breakdown.weight', { weight: c.weight })}
                      </Text>
                    )}
                  </Table.Th>
                  {row.values.map((v, i) => (
                    <Table.Td key={i}>{v === null ? '–' : v}</Table.Td>
                  ))}
                  <Table.Td>{formatScore(row.mean, lang)}</Table.Td>
                </Table.Tr>
              );
            })}
            <Table.Tr>
              <Table.Th scope="row">{t('breakdown.weighted')}</Table.Th>
              {r.breakdown.map((j, i) => (
                <Table.Td key={i} fw={600}>
                  {j.conflicted ? t('breakdown.conflicted') : formatScore(j.weighted, lang)}
                </Table.Td>
              ))}
              <Table.Td fw={700}>{r.mean === null || r.mean === undefined ? '–' : r.meanText}</Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {comments.length > 0 && (
        <div>
          <Title order={headingLevel} size="h6">
            {t('breakdown.comments')}
          </Title>
          <List size="sm" spacing={4}>
            {comments.map((c, i) => (
              <List.Item key={i}>
                <Text span fw={600} size="sm">
                  {c.juror} · {c.criterion}:
                </Text>{' '}
                {c.comment}
              </List.Item>
            ))}
          </List>
        </div>
      )}
    </Stack>
  );
}

function CastingVoteModal({
  cycle,
  tied,
  onClose,
  onReload,
}: {
  cycle: Cycle;
  tied: CategoryResult[];
  onClose: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation('jury');
  const { t: tc } = useTranslation();
  const [orders, setOrders] = useState<string[][]>(() => tied.map((c) => [...c.winnerTie]));
  const [announce, setAnnounce] = useState('');
  const [focusId, setFocusId] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [{ fetching }, record] = useMutation(JuryCastingVoteMutation);
  const nameOf = (id: string) => {
    for (const c of tied) {
      const r = c.ranking.find((x) => x.nomination.id === id);
      if (r) return r.nomination.companyName;
    }
    return id;
  };

  useEffect(() => {
    if (focusId) document.getElementById(focusId)?.focus();
  }, [focusId, orders]);

  const move = (ci: number, index: number, delta: -1 | 1) => {
    const order = orders[ci] ?? [];
    const id = order[index];
    if (!id) return;
    const next = moveItem(order, index, delta);
    setOrders((all) => all.map((o, i) => (i === ci ? next : o)));
    const to = index + delta;
    setAnnounce(t('casting.moved', { company: nameOf(id), place: to + 1 }));
    // keep the focus on the moved entry; at an end, on its other button
    const atEnd = to === 0 || to === next.length - 1;
    const dir = atEnd ? (delta === -1 ? 'down' : 'up') : delta === -1 ? 'up' : 'down';
    setFocusId(`casting-${id}-${dir}`);
  };

  const confirm = async () => {
    setFailure(null);
    const res = await record({ input: { cycleId: cycle.id, version: cycle.version, order: castingVoteOrder(orders) } });
    if (res.error || !res.data) {
      setFailure(errorText(res.error, tc));
      if (hasCode(res.error, 'CONFLICT')) onReload();
      return;
    }
    notifications.show({ color: 'green', message: t('casting.done') });
    onClose();
    onReload();
  };

  return (
    <Modal opened onClose={onClose} title={t('casting.title')} size="lg" closeButtonProps={{ 'aria-label': tc('actions.close') }}>
      <Stack gap="md">
        <Text size="sm">{t('casting.intro')}</Text>
        {tied.map((c, ci) => {
          const order = orders[ci] ?? [];
          return (
            <div key={c.category}>
              <Title order={3} size="h5" mb={4} id={`casting-cat-${ci}`}>
                {t('result.category', { category: c.category })}
              </Title>
              <List type="ordered" spacing="xs" aria-labelledby={`casting-cat-${ci}`}>
                {order.map((id, i) => (
                  <List.Item key={id}>
                    <Group gap="xs" wrap="nowrap">
                      <Text size="sm" style={{ flex: 1 }}>
                        {nameOf(id)}
                      </Text>
                      <ActionIcon
                        id={`casting-${id}-up`}
                        variant="default"
                        disabled={i === 0}
                        onClick={() => move(ci, i, -1)}
                        aria-label={t('casting.up', { company: nameOf(id) })}
                      >
                        <span aria-hidden="true">↑</span>
                      </ActionIcon>
                      <ActionIcon
                        id={`casting-${id}-down`}
                        variant="default"
                        disabled={i === order.length - 1}
                        onClick={() => move(ci, i, 1)}
                        aria-label={t('casting.down', { company: nameOf(id) })}
                      >
                        <span aria-hidden="true">↓</span>
                      </ActionIcon>
                    </Group>
                  </List.Item>
                ))}
              </List>
            </div>
          );
        })}
        <VisuallyHidden role="status" aria-live="polite">
          {announce}
        </VisuallyHidden>
        <DialogActions failure={failure} onCancel={onClose}>
          <Button loading={fetching} onClick={() => void confirm()}>
            {t('casting.confirm')}
          </Button>
        </DialogActions>
      </Stack>
    </Modal>
  );
}


/** The end of a decision dialog: what went wrong, if anything, then cancel beside the confirming button. */
function DialogActions({ failure, onCancel, children }: { failure: string | null; onCancel: () => void; children: ReactNode }) {
  const { t: tc } = useTranslation();
  return (
    <>
      {failure && (
        <Alert color="red" variant="light" role="alert">
          {failure}
        </Alert>
      )}
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onCancel}>
          {tc('actions.cancel')}
        </Button>
        {children}
      </Group>
    </>
  );
}
