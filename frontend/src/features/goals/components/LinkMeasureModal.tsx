import { Modal, MultiSelect, Radio, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { FormError } from '../../../components/ui/FormError';
import type { GoalFieldsFragment } from '../../../gql/graphql';
import { berlinToday } from '../../../lib/berlin';
import { applyServerErrors } from '../../../lib/errors';
import { AssigneeOptionsQuery } from '../../events/api/events';
import { CreateGoalWorkstreamMutation, LinkGoalMeasureMutation, MeasureOptionsQuery } from '../api/goals';
import { goalLabel } from '../model';
import { showDone } from './feedback';
import { ModalActions } from '../../../components/ui/parts';

type Mode = 'workstream' | 'series' | 'new';

interface Values {
  mode: Mode;
  workstreamId: string;
  seriesId: string;
  title: string;
  startsOn: string;
  endsOn: string;
  leadMembershipIds: string[];
}

const CONTEXT = { additionalTypenames: ['Goal', 'Strategy', 'Coverage', 'Workstream'] };

/**
 * "Maßnahme verknüpfen": links an existing workstream or event series to the goal, or creates a
 * new workstream serving it right here (title, dates, leads; the board has the full form).
 */
export function LinkMeasureModal({
  opened,
  onClose,
  cooperationId,
  goal,
}: {
  opened: boolean;
  onClose: () => void;
  cooperationId: string;
  goal: GoalFieldsFragment;
}) {
  const { t } = useTranslation('goals');
  const { t: tc } = useTranslation();
  const [formError, setFormError] = useState<string | null>(null);
  const [{ data: options, fetching: loadingOptions }] = useQuery({ query: MeasureOptionsQuery, variables: { cooperationId } });
  const [{ data: people }] = useQuery({ query: AssigneeOptionsQuery, variables: { cooperationId } });
  const [{ fetching: linking }, link] = useMutation(LinkGoalMeasureMutation);
  const [{ fetching: creating }, create] = useMutation(CreateGoalWorkstreamMutation);
  const {
    register,
    control,
    handleSubmit,
    setError,
    watch,
    formState: { errors },
  } = useForm<Values>({
    defaultValues: { mode: 'workstream', workstreamId: '', seriesId: '', title: '', startsOn: berlinToday(), endsOn: '', leadMembershipIds: [] },
  });
  const mode = watch('mode');

  const linked = useMemo(() => new Set(goal.measures.map((m) => `${m.kind}:${m.id}`)), [goal.measures]);
  const workstreamData = useMemo(
    () => (options?.workstreams ?? []).filter((w) => !linked.has(`WORKSTREAM:${w.id}`)).map((w) => ({ value: w.id, label: w.title })),
    [options, linked],
  );
  const seriesData = useMemo(
    () => (options?.eventSeries ?? []).filter((s) => !linked.has(`EVENT_SERIES:${s.id}`)).map((s) => ({ value: s.id, label: s.name })),
    [options, linked],
  );
  const leadData = useMemo(
    () =>
      (people?.members.items ?? [])
        .filter((m) => m.role !== 'EXTERNAL')
        .map((m) => ({ value: m.id, label: m.organisation ? `${m.user.name} (${m.organisation.shortName || m.organisation.name})` : m.user.name })),
    [people],
  );

  const onSubmit = async (v: Values) => {
    setFormError(null);
    if (v.mode === 'new') {
      let ok = true;
      if (v.title.trim() === '') {
        setError('title', { type: 'client', message: t('validation.titleRequired') }, { shouldFocus: true });
        ok = false;
      }
      if (v.startsOn === '') {
        setError('startsOn', { type: 'client', message: t('validation.startRequired') }, { shouldFocus: ok });
        ok = false;
      }
      if (!ok) return;
      const res = await create(
        {
          input: {
            cooperationId,
            title: v.title.trim(),
            startsOn: v.startsOn,
            endsOn: v.endsOn || null,
            leadMembershipIds: v.leadMembershipIds,
            goalIds: [goal.id],
          },
        },
        CONTEXT,
      );
      if (res.error) {
        setFormError(applyServerErrors(res.error, setError, ['title', 'startsOn', 'endsOn', 'leadMembershipIds'], tc));
        return;
      }
      showDone(t('link.created', { measure: v.title.trim(), goal: goalLabel(goal) }));
      onClose();
      return;
    }
    const id = v.mode === 'workstream' ? v.workstreamId : v.seriesId;
    const field = v.mode === 'workstream' ? 'workstreamId' : 'seriesId';
    if (id === '') {
      setError(field, { type: 'client', message: t(v.mode === 'workstream' ? 'validation.workstreamRequired' : 'validation.seriesRequired') }, { shouldFocus: true });
      return;
    }
    const res = await link({ input: { goalId: goal.id, measure: { kind: v.mode === 'workstream' ? 'WORKSTREAM' : 'EVENT_SERIES', id } } }, CONTEXT);
    if (res.error) {
      setFormError(applyServerErrors(res.error, setError, [field], tc, { id: field, measure: field }));
      return;
    }
    const title = (v.mode === 'workstream' ? workstreamData : seriesData).find((o) => o.value === id)?.label ?? '';
    showDone(t('link.done', { measure: title, goal: goalLabel(goal) }));
    onClose();
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('link.title', { goal: goalLabel(goal) })} size="lg">
      <form onSubmit={handleSubmit(onSubmit)} noValidate>
        <Stack gap="md">
          <FormError message={formError} />
          <Controller
            control={control}
            name="mode"
            render={({ field }) => (
              <Radio.Group label={t('link.mode')} value={field.value} onChange={field.onChange}>
                <Stack gap="xs" mt="xs">
                  <Radio value="workstream" label={t('link.modeWorkstream')} data-autofocus />
                  <Radio value="series" label={t('link.modeSeries')} />
                  <Radio value="new" label={t('link.modeNew')} />
                </Stack>
              </Radio.Group>
            )}
          />
          {mode !== 'new' && (
            <Controller
              key={mode}
              control={control}
              name={mode === 'workstream' ? 'workstreamId' : 'seriesId'}
              render={({ field }) => (
                <Select
                  label={t(mode === 'workstream' ? 'link.workstream' : 'link.series')}
                  placeholder={t('link.choose')}
                  data={mode === 'workstream' ? workstreamData : seriesData}
                  value={field.value || null}
                  onChange={(v) => field.onChange(v ?? '')}
                  searchable
                  required
                  nothingFoundMessage={loadingOptions ? tc('state.loading') : t(mode === 'workstream' ? 'link.noWorkstreams' : 'link.noSeries')}
                  error={(mode === 'workstream' ? errors.workstreamId : errors.seriesId)?.message}
                  comboboxProps={{ withinPortal: true }}
                  ref={field.ref}
                />
              )}
            />
          )}
          {mode === 'new' && (
            <>
              <Text size="sm" c="dimmed">
                {t('link.newHint', { goal: goalLabel(goal) })}
              </Text>
              <TextInput label={t('link.newTitle')} required error={errors.title?.message} {...register('title')} />
              <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
                <TextInput type="date" label={t('link.startsOn')} required error={errors.startsOn?.message} {...register('startsOn')} />
                <TextInput type="date" label={t('link.endsOn')} description={t('link.endsOnHint')} error={errors.endsOn?.message} {...register('endsOn')} />
              </SimpleGrid>
              <Controller
                control={control}
                name="leadMembershipIds"
                render={({ field }) => (
                  <MultiSelect
                    label={t('link.leads')}
                    description={t('link.leadsHint')}
                    data={leadData}
                    value={field.value}
                    onChange={field.onChange}
                    searchable
                    clearable
                    error={errors.leadMembershipIds?.message}
                    comboboxProps={{ withinPortal: true }}
                    ref={field.ref}
                  />
                )}
              />
            </>
          )}
          <ModalActions onCancel={onClose} submitLabel={mode === 'new' ? t('link.submitNew') : t('link.submit')} loading={linking || creating} />
        </Stack>
      </form>
    </Modal>
  );
}
