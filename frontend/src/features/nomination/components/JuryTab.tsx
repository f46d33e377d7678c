import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Badge, Button, Checkbox, Group, Modal, NativeSelect, Paper, Select, Stack, Table, Text, Textarea, Title, VisuallyHidden } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useId, useMemo, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { z } from 'zod';
import { FormError } from '../../../components/ui/FormError';
import { ErrorState, PageLoader } from '../../../components/ui/states';
import type { CycleJuryQuery, JurorFieldsFragment, TurnoutFieldsFragment } from '../../../gql/graphql';
import { applyServerErrors } from '../../../lib/errors';
import { formatMoment } from '../../award/model';
import {
  AddJurorMutation,
  CycleJuryQuery as CycleJuryDocument,
  JurorCandidatesQuery,
  RemoveConflictMutation,
  RemoveJurorMutation,
  SetConflictMutation,
  SetJuryChairMutation,
} from '../api/nomination';
import { jurorCandidates, MAX_REASON, reasonSchema, textLength } from '../model';
import { JURY_CONTEXT, NOMINATION_CONTEXT, useFailure } from './badges';

type Cycle = CycleJuryQuery['awardCycle'];
type Juror = JurorFieldsFragment;

/** Jury: the jurors with their submission state (never their scores), the turnout, and the chair's conflicts. */
export function JuryTab({ cycleId, cooperationId }: { cycleId: string; cooperationId: string }) {
  const { t } = useTranslation('nomination');
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: CycleJuryDocument,
    variables: { id: cycleId },
    requestPolicy: 'cache-and-network',
    context: JURY_CONTEXT,
  });
  const cycle = data?.awardCycle.id === cycleId ? data.awardCycle : null;
  if (!cycle) {
    if (error && !fetching) return <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
    return <PageLoader label={t('jury.loading')} />;
  }
  return (
    <Stack gap="lg">
      <Text size="sm">{t('jury.intro')}</Text>
      {cycle.turnout && <TurnoutSummary turnout={cycle.turnout} />}
      <Jurors cycle={cycle} cooperationId={cooperationId} />
      {(cycle.isChair || cycle.canManage) && <Conflicts cycle={cycle} />}
    </Stack>
  );
}

function TurnoutSummary({ turnout }: { turnout: TurnoutFieldsFragment }) {
  const { t } = useTranslation('nomination');
  const headingId = useId();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h4" id={headingId} mb="xs">
        {t('jury.turnoutTitle')}
      </Title>
      <Group gap="sm">
        <Text data-testid="jury-turnout">{t('jury.turnout', { submitted: turnout.submitted, jurors: turnout.jurors, quorum: turnout.quorum })}</Text>
        <Badge color={turnout.quorumMet ? 'green' : 'gray'} variant="light" tt="none">
          {t(turnout.quorumMet ? 'jury.quorumMet' : 'jury.quorumOpen')}
        </Badge>
      </Group>
    </Paper>
  );
}

function Jurors({ cycle, cooperationId }: { cycle: Cycle; cooperationId: string }) {
  const { t, i18n } = useTranslation('nomination');
  const { t: tc } = useTranslation();
  const fail = useFailure();
  const headingId = useId();
  const [adding, setAdding] = useState(false);
  const [{ fetching: removing }, remove] = useMutation(RemoveJurorMutation);
  const [{ fetching: chairing }, makeChair] = useMutation(SetJuryChairMutation);
  const manage = cycle.canManage;
  const showStatus = cycle.canManage || cycle.isChair;
  const locked = cycle.phase === 'DECIDED' || cycle.phase === 'ANNOUNCED';

  const askRemove = (j: Juror) =>
    modals.openConfirmModal({
      title: t('jury.removeTitle'),
      children: <Text size="sm">{t('jury.removeText', { name: j.name })}</Text>,
      labels: { confirm: t('jury.remove'), cancel: tc('actions.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => {
        void remove({ input: { jurorId: j.id } }, JURY_CONTEXT).then((res) => {
          if (res.error) fail(res.error);
          else notifications.show({ color: 'green', message: t('jury.removed', { name: j.name }) });
        });
      },
    });
  const chair = (j: Juror) => {
    void makeChair({ input: { jurorId: j.id } }, JURY_CONTEXT).then((res) => {
      if (res.error) fail(res.error);
      else notifications.show({ color: 'green', message: t('jury.chairSet', { name: j.name }) });
    });
  };

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id={headingId}>
          {t('jury.title')}
        </Title>
        {manage && !locked && (
          <Button size="sm" onClick={() => setAdding(true)}>
            {t('jury.add')}
          </Button>
        )}
      </Group>
      {cycle.jurors.length > 0 && !cycle.jurors.some((j) => j.isChair) && (
        <Alert color="yellow" variant="light" mb="sm">
          {t('jury.noChair')}
        </Alert>
      )}
      {cycle.jurors.length === 0 ? (
        <Text size="sm">{t('jury.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={600}>
          <Table striped verticalSpacing="sm">
            <caption>
              <VisuallyHidden>{t('jury.caption')}</VisuallyHidden>
            </caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('jury.name')}</Table.Th>
                {manage && <Table.Th scope="col">{t('jury.email')}</Table.Th>}
                {showStatus && <Table.Th scope="col">{t('jury.status')}</Table.Th>}
                {manage && !locked && <Table.Th scope="col">{t('jury.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {cycle.jurors.map((j) => (
                <Table.Tr key={j.id} data-testid={`juror-${j.name}`}>
                  <Table.Td>
                    <Group gap={6}>
                      <Text size="sm" fw={600}>
                        {j.name}
                      </Text>
                      {j.isChair && (
                        <Badge color="koop" variant="light" tt="none" size="sm">
                          {t('jury.chair')}
                        </Badge>
                      )}
                      {j.external && (
                        <Badge color="gray" variant="light" tt="none" size="sm">
                          {t('jury.external')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  {manage && <Table.Td>{j.email}</Table.Td>}
                  {showStatus && (
                    <Table.Td>
                      {j.submittedAt ? (
                        <Text size="sm">
                          {t('jury.submittedAt', { date: formatMoment(j.submittedAt, i18n.language) })}
                        </Text>
                      ) : (
                        <Text size="sm" c="dimmed">
                          {t('jury.notSubmitted')}
                        </Text>
                      )}
                    </Table.Td>
                  )}
                  {manage && !locked && (
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        {!j.isChair && (
                          <Button
                            size="compact-sm"
                            variant="default"
                            loading={chairing}
                            onClick={() => chair(j)}
                            aria-label={t('jury.makeChairNamed', { name: j.name })}
                          >
                            {t('jury.makeChair')}
                          </Button>
                        )}
                        <Button
                          size="compact-sm"
                          variant="default"
                          color="red"
                          loading={removing}
                          onClick={() => askRemove(j)}
                          aria-label={t('jury.removeNamed', { name: j.name })}
                        >
                          {t('jury.remove')}
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
      {adding && <AddJurorModal cycle={cycle} cooperationId={cooperationId} onClose={() => setAdding(false)} />}
    </Paper>
  );
}

function AddJurorModal({ cycle, cooperationId, onClose }: { cycle: Cycle; cooperationId: string; onClose: () => void }) {
  const { t } = useTranslation('nomination');
  const { t: tc } = useTranslation();
  const [{ data, fetching: loading }] = useQuery({ query: JurorCandidatesQuery, variables: { cooperationId } });
  const [{ fetching }, add] = useMutation(AddJurorMutation);
  const [formError, setFormError] = useState<string | null>(null);
  const schema = useMemo(() => z.object({ userId: z.string().min(1, t('jury.chooseMember')), chair: z.boolean() }), [t]);
  const {
    control,
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<{ userId: string; chair: boolean }>({
    resolver: zodResolver(schema),
    defaultValues: { userId: '', chair: cycle.jurors.length === 0 },
  });
  const options = useMemo(
    () => jurorCandidates(data?.members.items ?? [], cycle.jurors.map((j) => j.userId), t('jury.external')),
    [data, cycle.jurors, t],
  );

  const onSubmit = async (v: { userId: string; chair: boolean }) => {
    setFormError(null);
    const res = await add({ input: { cycleId: cycle.id, userId: v.userId, chair: v.chair } }, JURY_CONTEXT);
    if (res.error) {
      setFormError(applyServerErrors(res.error, setError, ['userId', 'chair'], tc));
      return;
    }
    const name = data?.members.items.find((m) => m.user.id === v.userId)?.user.name ?? '';
    notifications.show({ color: 'green', message: t('jury.added', { name }) });
    onClose();
  };

  return (
    <Modal opened onClose={onClose} title={t('jury.add')}>
      <form onSubmit={handleSubmit(onSubmit)} noValidate>
        <Stack gap="md">
          <FormError message={formError} />
          <Controller
            control={control}
            name="userId"
            render={({ field }) => (
              <Select
                ref={field.ref}
                label={t('jury.member')}
                description={t('jury.memberHint')}
                required
                searchable
                data={options}
                value={field.value || null}
                onChange={(v) => field.onChange(v ?? '')}
                onBlur={field.onBlur}
                nothingFoundMessage={loading ? tc('state.loading') : t('jury.noCandidates')}
                error={errors.userId?.message}
                maxDropdownHeight={280}
                data-autofocus
              />
            )}
          />
          <Checkbox label={t('jury.chairOnAdd')} description={t('jury.chairOnAddHint')} {...register('chair')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {tc('actions.cancel')}
            </Button>
            <Button type="submit" loading={fetching}>
              {t('jury.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function Conflicts({ cycle }: { cycle: Cycle }) {
  const { t, i18n } = useTranslation('nomination');
  const { t: tc } = useTranslation();
  const fail = useFailure();
  const headingId = useId();
  const [setting, setSetting] = useState(false);
  const [{ fetching }, remove] = useMutation(RemoveConflictMutation);
  const rows = cycle.nominations.flatMap((n) => n.conflicts.map((c) => ({ ...c, company: n.companyName })));
  const locked = cycle.phase === 'DECIDED' || cycle.phase === 'ANNOUNCED';

  const ask = (c: (typeof rows)[number]) =>
    modals.openConfirmModal({
      title: t('conflicts.removeTitle'),
      children: <Text size="sm">{t('conflicts.removeText', { juror: c.jurorName, company: c.company })}</Text>,
      labels: { confirm: t('conflicts.remove'), cancel: tc('actions.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => {
        void remove({ input: { jurorId: c.jurorId, nominationId: c.nominationId } }, NOMINATION_CONTEXT).then((res) => {
          if (res.error) fail(res.error);
          else notifications.show({ color: 'green', message: t('conflicts.removed', { juror: c.jurorName }) });
        });
      },
    });

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id={headingId}>
          {t('conflicts.title')}
        </Title>
        {cycle.isChair && !locked && (
          <Button size="sm" onClick={() => setSetting(true)}>
            {t('conflicts.set')}
          </Button>
        )}
      </Group>
      {cycle.isChair && (
        <Text size="sm" mb="sm">
          {t('conflicts.intro')}
        </Text>
      )}
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('conflicts.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={600}>
          <Table striped verticalSpacing="sm">
            <caption>
              <VisuallyHidden>{t('conflicts.caption')}</VisuallyHidden>
            </caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('conflicts.juror')}</Table.Th>
                <Table.Th scope="col">{t('conflicts.company')}</Table.Th>
                <Table.Th scope="col">{t('conflicts.reason')}</Table.Th>
                <Table.Th scope="col">{t('conflicts.kind')}</Table.Th>
                {cycle.isChair && !locked && <Table.Th scope="col">{t('conflicts.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((c) => (
                <Table.Tr key={`${c.jurorId}-${c.nominationId}`}>
                  <Table.Td>{c.jurorName}</Table.Td>
                  <Table.Td>{c.company}</Table.Td>
                  <Table.Td>{c.reason}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{t(c.setByChair ? 'conflicts.byChair' : 'conflicts.declared')}</Text>
                    <Text size="xs" c="dimmed">
                      {formatMoment(c.createdAt, i18n.language)}
                    </Text>
                  </Table.Td>
                  {cycle.isChair && !locked && (
                    <Table.Td>
                      <Button
                        size="compact-sm"
                        variant="default"
                        loading={fetching}
                        onClick={() => ask(c)}
                        aria-label={t('conflicts.removeNamed', { juror: c.jurorName, company: c.company })}
                      >
                        {t('conflicts.remove')}
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {setting && <SetConflictModal cycle={cycle} onClose={() => setSetting(false)} />}
    </Paper>
  );
}

interface ConflictValues {
  jurorId: string;
  nominationId: string;
  reason: string;
}

function SetConflictModal({ cycle, onClose }: { cycle: Cycle; onClose: () => void }) {
  const { t } = useTranslation('nomination');
  const { t: tc } = useTranslation();
  const [formError, setFormError] = useState<string | null>(null);
  const [{ fetching }, set] = useMutation(SetConflictMutation);
  const schema = useMemo(
    () =>
      reasonSchema(t).extend({
        jurorId: z.string().min(1, t('conflicts.chooseJuror')),
        nominationId: z.string().min(1, t('conflicts.chooseNomination')),
      }),
    [t],
  );
  const {
    register,
    handleSubmit,
    setError,
    watch,
    formState: { errors },
  } = useForm<ConflictValues>({ resolver: zodResolver(schema), defaultValues: { jurorId: '', nominationId: '', reason: '' } });
  const reason = watch('reason');
  const nominations = cycle.nominations.filter((n) => n.eligibility !== 'INELIGIBLE');

  const onSubmit = async (v: ConflictValues) => {
    setFormError(null);
    const res = await set({ input: { jurorId: v.jurorId, nominationId: v.nominationId, reason: v.reason.trim() } }, NOMINATION_CONTEXT);
    if (res.error) {
      setFormError(applyServerErrors(res.error, setError, ['jurorId', 'nominationId', 'reason'], tc));
      return;
    }
    const juror = cycle.jurors.find((j) => j.id === v.jurorId)?.name ?? '';
    const company = cycle.nominations.find((n) => n.id === v.nominationId)?.companyName ?? '';
    notifications.show({ color: 'green', message: t('conflicts.saved', { juror, company }) });
    onClose();
  };

  return (
    <Modal opened onClose={onClose} title={t('conflicts.set')} size="lg">
      <form onSubmit={handleSubmit(onSubmit)} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('conflicts.intro')}</Text>
          <FormError message={formError} />
          {nominations.length === 0 && (
            <Alert color="yellow" variant="light">
              {t('conflicts.noNominations')}
            </Alert>
          )}
          <NativeSelect
            label={t('conflicts.juror')}
            required
            data={[{ value: '', label: t('conflicts.choose') }, ...cycle.jurors.map((j) => ({ value: j.id, label: j.name }))]}
            error={errors.jurorId?.message}
            data-autofocus
            {...register('jurorId')}
          />
          <NativeSelect
            label={t('conflicts.nomination')}
            required
            data={[
              { value: '', label: t('conflicts.choose') },
              ...nominations.map((n) => ({ value: n.id, label: t('conflicts.nominationOption', { company: n.companyName, category: n.category }) })),
            ]}
            error={errors.nominationId?.message}
            {...register('nominationId')}
          />
          <Textarea
            label={t('conflicts.reason')}
            description={t('form.counter', { count: textLength(reason), max: MAX_REASON })}
            required
            autosize
            minRows={3}
            error={errors.reason?.message}
            {...register('reason')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {tc('actions.cancel')}
            </Button>
            <Button type="submit" loading={fetching}>
              {t('conflicts.set')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
