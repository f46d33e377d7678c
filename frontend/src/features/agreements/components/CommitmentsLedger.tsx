import { ActionIcon, Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { AnchorLink } from '../../../components/ui/links';
import type { AgreementFieldsFragment } from '../../../gql/graphql';
import { berlinParts, formatDay } from '../../../lib/berlin';
import { showDone, useFailure } from '../../goals/components/feedback';
import { DeleteCommitmentMutation, RemoveFulfilmentMutation, UpdateCommitmentMutation } from '../api/agreements';
import { COMMITMENT_STATUS_COLOR, countStatuses, detailKey } from '../model';
import classes from './agreements.module.css';
import { CommitmentModal } from './CommitmentModal';
import { FulfilmentModal } from './FulfilmentModal';

type Agreement = AgreementFieldsFragment;
type Commitment = Agreement['commitments'][number];
type Fulfilment = Commitment['years'][number]['fulfilments'][number];

type Dialog = { kind: 'fulfil'; commitment: Commitment } | { kind: 'commitment'; commitment: Commitment | null };

const CONTEXT = { additionalTypenames: ['Agreement'] };

/**
 * The commitments ledger: one row per commitment, one column per year of the agreement; each
 * cell shows the status with its reason as visible text and the measures linked for that year.
 */
export function CommitmentsLedger({ agreement: a, cooperationId, onReload }: { agreement: Agreement; cooperationId: string; onReload: () => void }) {
  const { t } = useTranslation('agreements');
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const draft = a.status === 'DRAFT';
  const counts = countStatuses(a.commitments);
  const fresh = (c: Commitment) => a.commitments.find((x) => x.id === c.id) ?? c;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="ledger-heading" className={classes.ledgerSection}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end" wrap="wrap">
          <Stack gap={2}>
            <Title order={2} id="ledger-heading">
              {t('ledger.title')}
            </Title>
            <Text size="sm" data-testid="ledger-summary">
              {t('ledger.summary', { count: a.commitments.length })} · {t('commitmentStatus.FULFILLED')}: {counts.FULFILLED} ·{' '}
              {t('commitmentStatus.OPEN')}: {counts.OPEN} · {t('commitmentStatus.AT_RISK')}: {counts.AT_RISK}
            </Text>
          </Stack>
          {draft && a.canManage && (
            <Button className={classes.noPrint} onClick={() => setDialog({ kind: 'commitment', commitment: null })}>
              {t('commitment.add')}
            </Button>
          )}
        </Group>
        {a.commitments.length === 0 ? (
          <Text>{draft && a.canManage ? t('ledger.emptyDraft') : t('ledger.empty')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={220 + a.years.length * 140} className={classes.scroll}>
            <Table withTableBorder withColumnBorders verticalSpacing="xs" className={classes.ledger} data-testid="ledger">
              <caption className={classes.caption}>{t('ledger.caption', { title: a.title })}</caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col" className={classes.commitmentCol}>
                    {t('ledger.commitment')}
                  </Table.Th>
                  {a.years.map((y) => (
                    <Table.Th scope="col" key={y} ta="center">
                      {y}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {a.commitments.map((c, i) => (
                  <Table.Tr key={c.id} data-testid={`commitment-${c.position}`}>
                    <Table.Th scope="row" className={classes.commitmentCol}>
                      <CommitmentHead
                        agreement={a}
                        commitment={c}
                        first={i === 0}
                        last={i === a.commitments.length - 1}
                        onFulfil={() => setDialog({ kind: 'fulfil', commitment: c })}
                        onEdit={() => setDialog({ kind: 'commitment', commitment: c })}
                      />
                    </Table.Th>
                    {c.years.map((y) => (
                      <Table.Td key={y.year} data-testid={`ledger-${c.position}-${y.year}`} data-status={y.status} className={classes.cell}>
                        <Stack gap={4}>
                          <Badge variant="light" color={COMMITMENT_STATUS_COLOR[y.status]} tt="none" className={`${classes.badge} ${classes.statusBadge}`}>
                            {t(`commitmentStatus.${y.status}`)}
                          </Badge>
                          <Text size="xs">{y.reason}</Text>
                          {y.fulfilments.length > 0 && (
                            <ul className={classes.fulfilments} aria-label={t('ledger.measuresOf', { commitment: c.title, year: y.year })}>
                              {y.fulfilments.map((f) => (
                                <FulfilmentItem key={f.id} fulfilment={f} commitment={c} cooperationId={cooperationId} canManage={a.canManage} />
                              ))}
                            </ul>
                          )}
                        </Stack>
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      {dialog?.kind === 'fulfil' && <FulfilmentModal opened onClose={() => setDialog(null)} agreement={a} commitment={fresh(dialog.commitment)} cooperationId={cooperationId} />}
      {dialog?.kind === 'commitment' && (
        <CommitmentModal
          opened
          onClose={() => setDialog(null)}
          agreementId={a.id}
          commitment={dialog.commitment ? fresh(dialog.commitment) : null}
          onReload={onReload}
        />
      )}
    </Paper>
  );
}

function CommitmentHead({
  agreement: a,
  commitment: c,
  first,
  last,
  onFulfil,
  onEdit,
}: {
  agreement: Agreement;
  commitment: Commitment;
  first: boolean;
  last: boolean;
  onFulfil: () => void;
  onEdit: () => void;
}) {
  const { t } = useTranslation('agreements');
  const fail = useFailure();
  const [{ fetching: moving }, update] = useMutation(UpdateCommitmentMutation);
  const draft = a.status === 'DRAFT';
  const move = (delta: -1 | 1) => {
    void update({ input: { id: c.id, version: c.version, position: c.position + delta } }, CONTEXT).then((res) => {
      if (res.error) fail(res.error);
    });
  };
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {c.position}. {c.title}
      </Text>
      {c.description && (
        <Text size="xs" fw={400}>
          {c.description}
        </Text>
      )}
      <Text size="xs" fw={400} c="dimmed">
        {c.recurring ? t('commitment.recurring') : t('commitment.once')}
        {c.carriedFromId ? ` · ${t('commitment.carried')}` : ''}
      </Text>
      {a.canManage && (
        <Group gap={4} wrap="wrap" className={classes.noPrint}>
          <Button size="compact-xs" variant="light" onClick={onFulfil} aria-label={`${t('fulfilment.add')}: ${c.title}`}>
            {t('fulfilment.add')}
          </Button>
          {draft && (
            <>
              <Button size="compact-xs" variant="default" onClick={onEdit} aria-label={`${t('commitment.edit')}: ${c.title}`}>
                {t('commitment.edit')}
              </Button>
              <ActionIcon size="sm" variant="default" disabled={first || moving} onClick={() => move(-1)} aria-label={t('commitment.up', { title: c.title })}>
                <span aria-hidden="true">↑</span>
              </ActionIcon>
              <ActionIcon size="sm" variant="default" disabled={last || moving} onClick={() => move(1)} aria-label={t('commitment.down', { title: c.title })}>
                <span aria-hidden="true">↓</span>
              </ActionIcon>
              <DeleteCommitmentButton commitment={c} />
            </>
          )}
        </Group>
      )}
    </Stack>
  );
}

function DeleteCommitmentButton({ commitment: c }: { commitment: Commitment }) {
  const { t } = useTranslation('agreements');
  const { t: tc } = useTranslation();
  const fail = useFailure();
  const [{ fetching }, remove] = useMutation(DeleteCommitmentMutation);
  const confirm = () =>
    modals.openConfirmModal({
      title: t('commitment.deleteTitle'),
      children: <Text size="sm">{t('commitment.deleteText', { title: c.title })}</Text>,
      labels: { confirm: t('commitment.deleteConfirm'), cancel: tc('actions.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => {
        void remove({ input: { id: c.id, version: c.version } }, CONTEXT).then((res) => {
          if (res.error) fail(res.error);
          else showDone(t('commitment.deleted', { title: c.title }));
        });
      },
    });
  return (
    <Button size="compact-xs" variant="default" color="red" loading={fetching} onClick={confirm} aria-label={`${t('commitment.delete')}: ${c.title}`}>
      {t('commitment.delete')}
    </Button>
  );
}

/** A linked measure: its kind, a link to its page, its own status and what it counts for. */
function FulfilmentItem({
  fulfilment: f,
  commitment,
  cooperationId,
  canManage,
}: {
  fulfilment: Fulfilment;
  commitment: Commitment;
  cooperationId: string;
  canManage: boolean;
}) {
  const { t, i18n } = useTranslation('agreements');
  const { t: tc } = useTranslation();
  const fail = useFailure();
  const [{ fetching }, remove] = useMutation(RemoveFulfilmentMutation);
  const confirm = () =>
    modals.openConfirmModal({
      title: t('fulfilment.removeTitle'),
      children: <Text size="sm">{t('fulfilment.removeText', { title: f.title, commitment: commitment.title, year: f.year })}</Text>,
      labels: { confirm: t('fulfilment.removeConfirm'), cancel: tc('actions.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => {
        void remove({ id: f.id }, CONTEXT).then((res) => {
          if (res.error) fail(res.error);
          else showDone(t('fulfilment.removed', { title: f.title }));
        });
      },
    });
  const detail = t(detailKey(f.kind, f.detail), { defaultValue: f.detail });
  return (
    <li>
      <Text size="xs" component="span">
        {t(`kind.${f.kind}`)}: <FulfilmentLink fulfilment={f} cooperationId={cooperationId} />
        {f.date ? ` (${formatDay(berlinParts(f.date).date, i18n.language)})` : ''} · {detail} · {t(`fulfilmentState.${f.state}`)}
      </Text>
      {canManage && (
        <Button
          size="compact-xs"
          variant="subtle"
          color="red"
          loading={fetching}
          onClick={confirm}
          className={classes.noPrint}
          ml={4}
          aria-label={`${t('fulfilment.remove')}: ${f.title} (${f.year})`}
        >
          {t('fulfilment.remove')}
        </Button>
      )}
    </li>
  );
}

function FulfilmentLink({ fulfilment: f, cooperationId }: { fulfilment: Fulfilment; cooperationId: string }) {
  switch (f.kind) {
    case 'EVENT':
      return (
        <AnchorLink size="xs" to="/c/$cooperationId/events/$eventId" params={{ cooperationId, eventId: f.measureId }}>
          {f.title}
        </AnchorLink>
      );
    case 'AWARD_CYCLE':
      return (
        <AnchorLink size="xs" to="/c/$cooperationId/award/$cycleId" params={{ cooperationId, cycleId: f.measureId }}>
          {f.title}
        </AnchorLink>
      );
    case 'RETREAT':
      return (
        <AnchorLink size="xs" to="/c/$cooperationId/retreats/$retreatId" params={{ cooperationId, retreatId: f.measureId }}>
          {f.title}
        </AnchorLink>
      );
    default:
      return (
        <AnchorLink size="xs" to="/c/$cooperationId/workstreams/$workstreamId" params={{ cooperationId, workstreamId: f.measureId }}>
          {f.title}
        </AnchorLink>
      );
  }
}
