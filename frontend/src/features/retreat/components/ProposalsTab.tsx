import { Badge, Button, Drawer, Group, List, Paper, SimpleGrid, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { AnchorLink } from '../../../components/ui/links';
import { LabelledValue } from '../../../components/ui/parts';
import type { ProposalFieldsFragment, RetreatFieldsFragment } from '../../../gql/graphql';
import { formatDay } from '../../../lib/berlin';
import { formatDateTime } from '../../../lib/format';
import { useCurrentCooperation } from '../../cooperation/CooperationContext';
import { Comments } from '../../discussion/components/Comments';
import { canContribute } from '../../discussion/model';
import { partnerLabel } from '../../events/model';
import { WithdrawProposalMutation } from '../api/retreat';
import { groupByKind, showsPoints } from '../model';
import { OutcomeBadge, ProposalKindBadge } from './badges';
import { showDone, useFailure } from './feedback';
import { ProposalFormModal } from './ProposalFormModal';
import { RETREAT_CONTEXT } from './RetreatFormModal';
import classes from './retreat.module.css';

type Retreat = RetreatFieldsFragment;
type Proposal = ProposalFieldsFragment;
type Dialog = { kind: 'form'; proposal: Proposal | null } | { kind: 'detail'; id: string } | null;

/** Vorschläge: the proposals by kind; participants submit, submitters and the chair edit or withdraw. */
export function ProposalsTab({ retreat: r, onReload }: { retreat: Retreat; onReload: () => void }) {
  const { t } = useTranslation('retreat');
  const [dialog, setDialog] = useState<Dialog>(null);
  const columns = groupByKind(r.proposals);
  const points = showsPoints(r.status, r.tally.totalPoints);
  const detail = dialog?.kind === 'detail' ? (r.proposals.find((p) => p.id === dialog.id) ?? null) : null;
  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Text size="sm" c="dimmed" maw={720}>
          {r.canPropose ? t('proposals.intro') : r.status === 'CLOSED' ? t('proposals.closed') : t('proposals.readOnly')}
        </Text>
        {r.canPropose && <Button onClick={() => setDialog({ kind: 'form', proposal: null })}>{t('proposal.submitButton')}</Button>}
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2, xl: 4 }} spacing="md" aria-label={t('proposals.board')} role="region">
        {columns.map((col) => {
          const headingId = `proposals-${col.kind}`;
          return (
            <section key={col.kind} aria-labelledby={headingId} className={classes.column} data-kind={col.kind}>
              <Group justify="space-between" gap="xs" mb="xs" wrap="nowrap">
                <Title order={2} size="h5" id={headingId}>
                  {t(`kinds.${col.kind}`)}
                </Title>
                <Badge variant="light" color="gray" size="sm" tt="none" aria-label={t('proposals.count', { count: col.items.length })}>
                  {col.items.length}
                </Badge>
              </Group>
              {col.items.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('proposals.emptyColumn')}
                </Text>
              ) : (
                <ul className={classes.cards} aria-labelledby={headingId}>
                  {col.items.map((p) => (
                    <li key={p.id}>
                      <ProposalCard proposal={p} showPoints={points} onOpen={() => setDialog({ kind: 'detail', id: p.id })} />
                    </li>
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </SimpleGrid>
      {dialog?.kind === 'form' && <ProposalFormModal retreat={r} proposal={dialog.proposal} onClose={() => setDialog(null)} onReload={onReload} />}
      <Drawer
        opened={detail !== null}
        onClose={() => setDialog(null)}
        position="right"
        size="lg"
        title={detail?.title}
        closeButtonProps={{ 'aria-label': t('proposal.closeDetail') }}
      >
        {detail && (
          <ProposalDetail
            proposal={detail}
            retreat={r}
            showPoints={points}
            onEdit={() => setDialog({ kind: 'form', proposal: detail })}
            onWithdrawn={() => setDialog(null)}
            onReload={onReload}
          />
        )}
      </Drawer>
    </Stack>
  );
}

/** What a proposal asks for beyond its title: series and day, workstream and priority, or priority. */
function Specifics({ proposal: p }: { proposal: Proposal }) {
  const { t, i18n } = useTranslation('retreat');
  if (p.kind === 'EVENT') {
    return (
      <Text size="sm">
        {p.series ? p.series.title : t('proposal.noSeries')}
        {p.plannedOn && ` · ${t('proposal.plannedOn', { date: formatDay(p.plannedOn, i18n.language) })}`}
      </Text>
    );
  }
  if (p.kind === 'WORKSTREAM') {
    return (
      <Text size="sm">
        {p.workstream ? t('proposal.forWorkstream', { title: p.workstream.title }) : t('proposal.newWorkstream')}
        {p.priority && ` · ${t('proposal.priority', { priority: t(`priority.${p.priority}`) })}`}
      </Text>
    );
  }
  if (p.kind === 'PRIORITY' && p.priority) {
    return <Text size="sm">{t('proposal.priority', { priority: t(`priority.${p.priority}`) })}</Text>;
  }
  return null;
}

function submitter(p: Proposal): string {
  return p.submitterPartner ? `${p.submitterName} (${partnerLabel(p.submitterPartner)})` : p.submitterName;
}

function ProposalCard({ proposal: p, showPoints, onOpen }: { proposal: Proposal; showPoints: boolean; onOpen: () => void }) {
  const { t } = useTranslation('retreat');
  return (
    <Paper withBorder p="sm" className={classes.card} data-testid="proposal-card">
      <Stack gap={6}>
        <Title order={3} size="h6" lh={1.3}>
          <UnstyledButton onClick={onOpen} className={classes.cardTitle} aria-haspopup="dialog">
            {p.title}
          </UnstyledButton>
        </Title>
        <Specifics proposal={p} />
        {p.goals.length > 0 && (
          <Text size="xs" c="dimmed" lh={1.4}>
            {t('proposal.goals', { goals: p.goals.map((g) => `${g.code} ${g.title}`).join(', ') })}
          </Text>
        )}
        <Text size="xs">{t('proposal.by', { name: submitter(p) })}</Text>
        <Group gap={6} wrap="wrap">
          {showPoints && (
            <Badge variant="filled" color="koop" tt="none" data-testid="proposal-points">
              {t('proposal.points', { count: p.points })}
            </Badge>
          )}
          <Text size="xs" c="dimmed">
            {t('proposal.comments', { count: p.commentCount })}
          </Text>
          {p.decision && <OutcomeBadge outcome={p.decision.outcome} size="sm" />}
        </Group>
      </Stack>
    </Paper>
  );
}

function ProposalDetail({
  proposal: p,
  retreat: r,
  showPoints,
  onEdit,
  onWithdrawn,
  onReload,
}: {
  proposal: Proposal;
  retreat: Retreat;
  showPoints: boolean;
  onEdit: () => void;
  onWithdrawn: () => void;
  onReload: () => void;
}) {
  const { t, i18n } = useTranslation('retreat');
  const { t: tc } = useTranslation();
  const coop = useCurrentCooperation();
  const fail = useFailure(onReload);
  const [{ fetching: withdrawing }, withdraw] = useMutation(WithdrawProposalMutation);
  const canWithdraw = p.canEdit && r.status !== 'CLOSED';
  const confirmWithdraw = () =>
    modals.openConfirmModal({
      title: t('proposal.withdrawTitle'),
      children: <Text size="sm">{t('proposal.withdrawText', { title: p.title })}</Text>,
      labels: { confirm: t('proposal.withdrawConfirm'), cancel: tc('actions.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => {
        void withdraw({ input: { id: p.id, version: p.version } }, RETREAT_CONTEXT).then((res) => {
          if (res.error) {
            fail(res.error);
            return;
          }
          showDone(t('proposal.withdrawn', { title: p.title }));
          onWithdrawn();
        });
      },
    });
  return (
    <Stack gap="md">
      <Group gap="xs" wrap="wrap">
        <ProposalKindBadge kind={p.kind} />
        {showPoints && (
          <Badge variant="filled" color="koop" tt="none">
            {t('proposal.points', { count: p.points })}
          </Badge>
        )}
        {p.decision && <OutcomeBadge outcome={p.decision.outcome} />}
      </Group>
      <Specifics proposal={p} />
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {p.description || t('proposal.noDescription')}
      </Text>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <LabelledValue label={t('proposal.submitter')}>{submitter(p)}</LabelledValue>
        <LabelledValue label={t('proposal.submittedAt')}>{formatDateTime(p.createdAt, i18n.language)}</LabelledValue>
      </SimpleGrid>
      <LabelledValue label={t('fields.goals')}>
        {p.goals.length === 0 ? (
          t('proposal.noGoals')
        ) : (
          <List size="sm" listStyleType="none" spacing={2}>
            {p.goals.map((g) => (
              <List.Item key={g.id}>
                <AnchorLink to="/c/$cooperationId/goals" params={{ cooperationId: coop.id }} size="sm">
                  {g.code} {g.title}
                </AnchorLink>
              </List.Item>
            ))}
          </List>
        )}
      </LabelledValue>
      {canWithdraw && (
        <Group gap="sm">
          <Button variant="default" onClick={onEdit}>
            {t('proposal.edit')}
          </Button>
          <Button variant="default" color="red" loading={withdrawing} onClick={confirmWithdraw}>
            {t('proposal.withdraw')}
          </Button>
        </Group>
      )}
      <Comments subject={{ kind: 'PROPOSAL', id: p.id }} canWrite={canContribute(coop.myRole)} />
    </Stack>
  );
}
