import { zodResolver } from '@hookform/resolvers/zod';
import { Modal, MultiSelect, NativeSelect, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMemo, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { FormError } from '../../../components/ui/FormError';
import { LabelledValue, ModalActions } from '../../../components/ui/parts';
import type { ProposalFieldsFragment, RetreatFieldsFragment } from '../../../gql/graphql';
import { applyServerErrors } from '../../../lib/errors';
import { ProposalOptionsQuery, SubmitProposalMutation, UpdateProposalMutation } from '../api/retreat';
import { PRIORITIES, PROPOSAL_KINDS } from '../model';
import { PROPOSAL_FIELD_MAP, PROPOSAL_FORM_FIELDS, proposalDefaults, proposalSchema, submitInput, updateInput, type ProposalFormValues } from '../proposalForm';
import { showDone, useFailure } from './feedback';
import { isStale, RETREAT_CONTEXT } from './RetreatFormModal';

/**
 * "Vorschlag einreichen" or "Vorschlag bearbeiten": kind (fixed once submitted), title,
 * reasoning, what the kind needs (series and day; workstream or a new one, priority; priority)
 * and the goals it serves.
 */
export function ProposalFormModal({
  retreat: r,
  proposal,
  onClose,
  onReload,
}: {
  retreat: RetreatFieldsFragment;
  proposal: ProposalFieldsFragment | null;
  onClose: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation('retreat');
  const { t: tc } = useTranslation();
  const fail = useFailure(onReload);
  const [formError, setFormError] = useState<string | null>(null);
  const [{ fetching: submitting }, submit] = useMutation(SubmitProposalMutation);
  const [{ fetching: updating }, update] = useMutation(UpdateProposalMutation);
  const [options] = useQuery({ query: ProposalOptionsQuery, variables: { cooperationId: r.cooperationId } });
  const schema = useMemo(() => proposalSchema(t, r.planYear), [t, r.planYear]);
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<ProposalFormValues>({ resolver: zodResolver(schema), defaultValues: proposalDefaults(proposal) });
  const kind = useWatch({ control, name: 'kind' });
  const workstreamId = useWatch({ control, name: 'workstreamId' });

  const series = useMemo(() => {
    const list = (options.data?.eventSeries ?? []).map((s) => ({ value: s.id, label: s.name }));
    if (proposal?.series && !list.some((s) => s.value === proposal.series?.id)) list.push({ value: proposal.series.id, label: proposal.series.title });
    return list;
  }, [options.data, proposal]);
  const workstreams = useMemo(() => {
    const list = (options.data?.workstreams ?? []).map((w) => ({ value: w.id, label: w.title })).sort((a, b) => a.label.localeCompare(b.label, 'de'));
    if (proposal?.workstream && !list.some((w) => w.value === proposal.workstream?.id)) {
      list.push({ value: proposal.workstream.id, label: proposal.workstream.title });
    }
    return list;
  }, [options.data, proposal]);
  const goals = useMemo(() => {
    const list = (options.data?.strategy.goals ?? []).map((g) => ({ value: g.id, label: `${g.code} ${g.title}` }));
    for (const g of proposal?.goals ?? []) if (!list.some((o) => o.value === g.id)) list.push({ value: g.id, label: `${g.code} ${g.title}` });
    return list;
  }, [options.data, proposal]);

  const onSubmit = async (v: ProposalFormValues) => {
    setFormError(null);
    const res = proposal ? await update({ input: updateInput(proposal, v) }, RETREAT_CONTEXT) : await submit({ input: submitInput(r.id, v) }, RETREAT_CONTEXT);
    if (res.error) {
      if (isStale(res.error)) {
        fail(res.error);
        onClose();
        return;
      }
      setFormError(applyServerErrors(res.error, setError, PROPOSAL_FORM_FIELDS, tc, PROPOSAL_FIELD_MAP));
      return;
    }
    showDone(proposal ? t('proposal.saved') : t('proposal.submitted', { title: v.title.trim() }));
    onReload();
    onClose();
  };

  const priorityData = (withNone: boolean) => [
    { value: '', label: withNone ? t('priority.none') : t('fields.choose') },
    ...PRIORITIES.map((p) => ({ value: p, label: t(`priority.${p}`) })),
  ];

  return (
    <Modal opened onClose={onClose} title={proposal ? t('proposal.editTitle') : t('proposal.submitTitle')} size="xl">
      <form onSubmit={handleSubmit(onSubmit)} noValidate>
        <Stack gap="md">
          <FormError message={formError} />
          {proposal ? (
            <LabelledValue label={t('fields.kind')}>{t(`kind.${proposal.kind}`)}</LabelledValue>
          ) : (
            <NativeSelect
              label={t('fields.kind')}
              description={t('fields.kindHint')}
              required
              error={errors.kind?.message}
              data={[{ value: '', label: t('fields.choose') }, ...PROPOSAL_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))]}
              data-autofocus
              {...register('kind')}
            />
          )}
          <TextInput label={t('fields.title')} required error={errors.title?.message} data-autofocus={proposal ? true : undefined} {...register('title')} />
          <Textarea label={t('fields.description')} autosize minRows={3} maxRows={10} error={errors.description?.message} {...register('description')} />
          {kind === 'EVENT' && (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Controller
                control={control}
                name="seriesId"
                render={({ field }) => (
                  <NativeSelect
                    label={t('fields.series')}
                    required
                    error={errors.seriesId?.message}
                    data={[{ value: '', label: t('fields.choose') }, ...series]}
                    value={field.value}
                    onChange={(e) => field.onChange(e.currentTarget.value)}
                    onBlur={field.onBlur}
                    ref={field.ref}
                  />
                )}
              />
              <TextInput
                type="date"
                label={t('fields.plannedOn')}
                description={t('fields.plannedOnHint', { year: r.planYear })}
                required
                min={`${r.planYear}-01-01`}
                max={`${r.planYear}-12-31`}
                error={errors.plannedOn?.message}
                {...register('plannedOn')}
              />
            </SimpleGrid>
          )}
          {kind === 'WORKSTREAM' && (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Controller
                control={control}
                name="workstreamId"
                render={({ field }) => (
                  <NativeSelect
                    label={t('fields.workstream')}
                    description={t('fields.workstreamHint')}
                    error={errors.workstreamId?.message}
                    data={[{ value: '', label: t('fields.newWorkstream') }, ...workstreams]}
                    value={field.value}
                    onChange={(e) => field.onChange(e.currentTarget.value)}
                    onBlur={field.onBlur}
                    ref={field.ref}
                  />
                )}
              />
              <NativeSelect
                label={t('fields.priority')}
                required={workstreamId !== ''}
                error={errors.priority?.message}
                data={priorityData(workstreamId === '')}
                {...register('priority')}
              />
            </SimpleGrid>
          )}
          {kind === 'PRIORITY' && (
            <NativeSelect label={t('fields.priority')} required error={errors.priority?.message} data={priorityData(false)} {...register('priority')} />
          )}
          <Controller
            control={control}
            name="goals"
            render={({ field }) => (
              <MultiSelect
                label={t('fields.goals')}
                description={kind === 'PRIORITY' ? t('fields.goalsPriorityHint') : t('fields.goalsHint')}
                placeholder={field.value.length === 0 ? t('fields.goalsPlaceholder') : undefined}
                required={kind === 'PRIORITY'}
                data={goals}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                ref={field.ref}
                error={errors.goals?.message}
                searchable
                nothingFoundMessage={t('fields.noneFound')}
                clearable
                clearButtonProps={{ 'aria-label': tc('actions.clear') }}
                comboboxProps={{ withinPortal: true }}
              />
            )}
          />
          {options.error && !options.data && (
            <Text size="xs" c="dimmed">
              {t('proposal.optionsUnavailable')}
            </Text>
          )}
          <ModalActions onCancel={onClose} loading={submitting || updating} submitLabel={proposal ? undefined : t('proposal.submit')} />
        </Stack>
      </form>
    </Modal>
  );
}
