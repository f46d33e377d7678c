import { Alert, Button, Divider, Drawer, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { AwardPhase, Eligibility, NominationFieldsFragment } from '../../../gql/graphql';
import { formatMoment } from '../../award/model';
import { DecideEligibilityMutation, DeleteNominationMutation, RemoveConflictMutation } from '../api/nomination';
import { MAX_DECISION_REASON } from '../model';
import { EligibilityBadge, NOMINATION_CONTEXT, SourceBadge, useFailure } from './badges';
import { EditNominationModal } from './NominationFormModal';
import { NominationDocuments } from './NominationDocuments';
import { ReasonModal } from './ReasonModal';

type Nomination = NominationFieldsFragment;
interface CycleInfo {
  id: string;
  phase: AwardPhase;
  categories: string[];
  canManage: boolean;
  isChair: boolean;
}

/** One nomination in full: facts, justification, eligibility review, documents, conflicts, edit and withdraw. */
export function NominationDrawer({
  nomination: n,
  cycle,
  cooperationId,
  onClose,
}: {
  nomination: Nomination;
  cycle: CycleInfo;
  cooperationId: string;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation('nomination');
  const { t: tc } = useTranslation();
  const fail = useFailure();
  const [editing, setEditing] = useState(false);
  const [{ fetching: deleting }, remove] = useMutation(DeleteNominationMutation);
  const justificationId = useId();

  const askWithdraw = () =>
    modals.openConfirmModal({
      title: t('detail.withdrawTitle'),
      children: <Text size="sm">{t('detail.withdrawText', { company: n.companyName, category: n.category })}</Text>,
      labels: { confirm: t('detail.withdraw'), cancel: tc('actions.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => {
        void remove({ input: { id: n.id, version: n.version } }, NOMINATION_CONTEXT).then((res) => {
          if (res.error) {
            fail(res.error);
            return;
          }
          notifications.show({ color: 'green', message: t('detail.withdrawn', { company: n.companyName }) });
          onClose();
        });
      },
    });

  const facts: [string, ReactNode][] = [
    [t('detail.category'), n.category],
    [t('detail.address'), n.companyAddress || t('detail.noAddress')],
    [t('detail.nominator'), n.nominatorName || t('detail.noNominator')],
    [t('detail.source'), <SourceBadge key="s" source={n.source} />],
    [t('detail.created'), formatMoment(n.createdAt, i18n.language)],
  ];

  return (
    <Drawer
      opened
      onClose={onClose}
      title={n.companyName}
      position="right"
      size="xl"
      closeButtonProps={{ 'aria-label': tc('actions.close') }}
    >
      <Stack gap="lg">
        <Group gap="xs">
          <EligibilityBadge eligibility={n.eligibility} />
        </Group>
        {n.myConflict && (
          <Alert color="yellow" variant="light">
            {t('detail.myConflict', { reason: n.myConflict.reason })}
          </Alert>
        )}
        <Table variant="vertical" layout="fixed" withTableBorder={false} aria-label={t('detail.facts')}>
          <Table.Tbody>
            {facts.map(([label, value]) => (
              <Table.Tr key={label}>
                <Table.Th w={160} scope="row">
                  {label}
                </Table.Th>
                <Table.Td>{value}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <section aria-labelledby={justificationId}>
          <Title order={3} size="h5" id={justificationId} mb={4}>
            {t('detail.justification')}
          </Title>
          <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
            {n.justification}
          </Text>
        </section>
        <Divider />
        <EligibilityReview nomination={n} />
        <Divider />
        <NominationDocuments nominationId={n.id} canWrite={n.canManage} />
        {(cycle.canManage || cycle.isChair) && (
          <>
            <Divider />
            <NominationConflicts nomination={n} canRemove={cycle.isChair} />
          </>
        )}
        {n.canManage && (
          <>
            <Divider />
            <Group>
              <Button variant="default" onClick={() => setEditing(true)} aria-label={t('detail.editNamed', { company: n.companyName })}>
                {t('detail.edit')}
              </Button>
              <Button
                variant="default"
                color="red"
                loading={deleting}
                onClick={askWithdraw}
                aria-label={t('detail.withdrawNamed', { company: n.companyName })}
              >
                {t('detail.withdraw')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
      {editing && (
        <EditNominationModal nomination={n} cooperationId={cooperationId} categories={cycle.categories} onClose={() => setEditing(false)} />
      )}
    </Drawer>
  );
}

function EligibilityReview({ nomination: n }: { nomination: Nomination }) {
  const { t, i18n } = useTranslation('nomination');
  const { t: tc } = useTranslation();
  const fail = useFailure();
  const headingId = useId();
  const [deciding, setDeciding] = useState<Exclude<Eligibility, 'PENDING'> | null>(null);
  const [{ fetching }, decide] = useMutation(DecideEligibilityMutation);
  const decision = t(`eligibility.${n.eligibility}`);

  const submit = async (reason: string) => {
    if (!deciding) return null;
    const res = await decide({ input: { id: n.id, version: n.version, eligibility: deciding, reason } }, NOMINATION_CONTEXT);
    if (res.error) return res.error;
    notifications.show({ color: 'green', message: t(`review.saved.${deciding}`, { company: n.companyName }) });
    setDeciding(null);
    return null;
  };
  // Taking a decision back needs no reason (the server keeps none): a confirmation is enough.
  const askReset = () =>
    modals.openConfirmModal({
      title: t('review.dialogTitle.PENDING'),
      children: <Text size="sm">{t('review.dialogText.PENDING', { company: n.companyName })}</Text>,
      labels: { confirm: t('review.resetSubmit'), cancel: tc('actions.cancel') },
      onConfirm: () => {
        void decide({ input: { id: n.id, version: n.version, eligibility: 'PENDING', reason: null } }, NOMINATION_CONTEXT).then((res) => {
          if (res.error) fail(res.error);
          else notifications.show({ color: 'green', message: t('review.saved.PENDING', { company: n.companyName }) });
        });
      },
    });

  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId}>
      <Title order={3} size="h5" id={headingId}>
        {t('review.title')}
      </Title>
      {n.eligibilityHints.length > 0 ? (
        <Alert color="yellow" variant="light" title={t('review.hintsTitle')}>
          <List size="sm" spacing={2}>
            {n.eligibilityHints.map((h) => (
              <List.Item key={h}>{h}</List.Item>
            ))}
          </List>
        </Alert>
      ) : (
        n.canManage && (
          <Text size="sm" c="dimmed">
            {t('review.noHints')}
          </Text>
        )
      )}
      <div data-testid="eligibility-decision">
        {n.eligibility === 'PENDING' ? (
          <Text size="sm">{t('review.pending')}</Text>
        ) : (
          <>
            <Text size="sm" fw={600}>
              {n.eligibilityDecidedByName && n.eligibilityDecidedAt
                ? t('review.decided', { decision, name: n.eligibilityDecidedByName, date: formatMoment(n.eligibilityDecidedAt, i18n.language) })
                : t('review.decidedUnknown', { decision })}
            </Text>
            {n.eligibilityReason && (
              <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                {t('review.reason', { reason: n.eligibilityReason })}
              </Text>
            )}
          </>
        )}
      </div>
      {n.canManage && (
        <Group gap="sm">
          {n.eligibility !== 'ELIGIBLE' && (
            <Button size="sm" color="green" variant="light" onClick={() => setDeciding('ELIGIBLE')}>
              {t('review.eligible')}
            </Button>
          )}
          {n.eligibility !== 'INELIGIBLE' && (
            <Button size="sm" color="red" variant="light" onClick={() => setDeciding('INELIGIBLE')}>
              {t('review.ineligible')}
            </Button>
          )}
          {n.eligibility !== 'PENDING' && (
            <Button size="sm" variant="default" onClick={askReset} loading={fetching && !deciding}>
              {t('review.reset')}
            </Button>
          )}
        </Group>
      )}
      {deciding && (
        <ReasonModal
          title={t(`review.dialogTitle.${deciding}`)}
          text={t(`review.dialogText.${deciding}`, { company: n.companyName })}
          submitLabel={t('review.submit')}
          maxLength={MAX_DECISION_REASON}
          loading={fetching}
          onClose={() => setDeciding(null)}
          onSubmit={submit}
        />
      )}
    </Stack>
  );
}

function NominationConflicts({ nomination: n, canRemove }: { nomination: Nomination; canRemove: boolean }) {
  const { t, i18n } = useTranslation('nomination');
  const { t: tc } = useTranslation();
  const fail = useFailure();
  const headingId = useId();
  const [{ fetching }, remove] = useMutation(RemoveConflictMutation);

  const ask = (c: Nomination['conflicts'][number]) =>
    modals.openConfirmModal({
      title: t('conflicts.removeTitle'),
      children: <Text size="sm">{t('conflicts.removeText', { juror: c.jurorName, company: n.companyName })}</Text>,
      labels: { confirm: t('conflicts.remove'), cancel: tc('actions.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => {
        void remove({ input: { jurorId: c.jurorId, nominationId: n.id } }, NOMINATION_CONTEXT).then((res) => {
          if (res.error) fail(res.error);
          else notifications.show({ color: 'green', message: t('conflicts.removed', { juror: c.jurorName }) });
        });
      },
    });

  return (
    <Stack gap="xs" component="section" aria-labelledby={headingId}>
      <Title order={3} size="h5" id={headingId}>
        {t('conflicts.title')}
      </Title>
      {n.conflicts.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('conflicts.empty')}
        </Text>
      ) : (
        <List spacing="xs" size="sm" listStyleType="none" p={0}>
          {n.conflicts.map((c) => (
            <List.Item key={c.jurorId}>
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <div>
                  <Text size="sm" fw={600}>
                    {c.jurorName}
                  </Text>
                  <Text size="sm">{c.reason}</Text>
                  <Text size="xs" c="dimmed">
                    {t(c.setByChair ? 'conflicts.byChair' : 'conflicts.declared')}, {t('conflicts.on', { date: formatMoment(c.createdAt, i18n.language) })}
                  </Text>
                </div>
                {canRemove && (
                  <Button
                    size="compact-sm"
                    variant="default"
                    loading={fetching}
                    onClick={() => ask(c)}
                    aria-label={t('conflicts.removeNamed', { juror: c.jurorName, company: n.companyName })}
                  >
                    {t('conflicts.remove')}
                  </Button>
                )}
              </Group>
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
