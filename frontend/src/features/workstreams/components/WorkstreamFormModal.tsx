import { zodResolver } from '@hookform/resolvers/zod';
import { Modal, MultiSelect, NativeSelect, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useNavigate } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { z } from 'zod';
import { FormError } from '../../../components/ui/FormError';
import type { Priority, UpdateWorkstreamInput, WorkstreamDetailFieldsFragment, WorkstreamStatus } from '../../../gql/graphql';
import { berlinToday } from '../../../lib/berlin';
import { applyServerErrors, toAppErrors } from '../../../lib/errors';
import { AssigneeOptionsQuery } from '../../events/api/events';
import { memberOptions } from '../../events/model';
import { CreateWorkstreamMutation, UpdateWorkstreamMutation, WorkstreamGoalOptionsQuery } from '../api/workstreams';
import { PRIORITIES, WORKSTREAM_STATUSES } from '../model';
import { ModalActions } from '../../../components/ui/parts';

type Translate = (key: string) => string;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function workstreamSchema(t: Translate) {
  return z
    .object({
      title: z.string().trim().min(1, t('validation.titleRequired')),
      description: z.string(),
      status: z.enum(['PROPOSED', 'ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'PAUSED', 'DONE']),
      priority: z.string(),
      startsOn: z.string().refine((v) => DATE.test(v), t('validation.startRequired')),
      endsOn: z.string().refine((v) => v === '' || DATE.test(v), t('validation.date')),
      leads: z.array(z.string()),
      goals: z.array(z.string()),
    })
    .refine((v) => v.endsOn === '' || !DATE.test(v.startsOn) || v.endsOn >= v.startsOn, {
      path: ['endsOn'],
      message: t('validation.endBeforeStart'),
    });
}

type Values = z.infer<ReturnType<typeof workstreamSchema>>;

const FIELDS = ['title', 'description', 'status', 'priority', 'startsOn', 'endsOn', 'leads', 'goals'] as const;
const FIELD_MAP = { leadMembershipIds: 'leads', goalIds: 'goals', clearPriority: 'priority', clearEndsOn: 'endsOn' } as const;

/** Refreshes the board and everything else that lists workstreams. */
export const WORKSTREAM_CONTEXT = { additionalTypenames: ['Workstream', 'Goal', 'Coverage', 'Strategy', 'Agreement'] };

/** A stale version: CONFLICT without a field (a taken title is a CONFLICT at the title). */
function isStale(error: unknown): boolean {
  return toAppErrors(error).some((e) => e.code === 'CONFLICT' && !e.field);
}

function isPriority(v: string): v is Priority {
  return (PRIORITIES as readonly string[]).includes(v);
}

/**
 * "Neues Projekt" (without `workstream`; opens the new one after saving) or "Projekt bearbeiten":
 * title, description, status, priority, dates, leads from the members and the goals it serves.
 */
export function WorkstreamFormModal({
  onClose,
  cooperationId,
  workstream,
  onConflict,
}: {
  onClose: () => void;
  cooperationId: string;
  workstream?: WorkstreamDetailFieldsFragment;
  onConflict?: () => void;
}) {
  const { t } = useTranslation('workstreams');
  const { t: tc } = useTranslation();
  const navigate = useNavigate();
  const [formError, setFormError] = useState<string | null>(null);
  const [{ fetching: creating }, create] = useMutation(CreateWorkstreamMutation);
  const [{ fetching: updating }, update] = useMutation(UpdateWorkstreamMutation);
  const [members] = useQuery({ query: AssigneeOptionsQuery, variables: { cooperationId } });
  const [goals] = useQuery({ query: WorkstreamGoalOptionsQuery, variables: { cooperationId } });
  const schema = useMemo(() => workstreamSchema(t), [t]);

  // a lead who left the cooperation stays choosable in the edit form
  const leadOptions = useMemo(
    () => memberOptions((members.data?.members.items ?? []).filter((m) => m.role !== 'EXTERNAL'), workstream?.leads),
    [members.data, workstream],
  );

  const goalOptions = useMemo(
    () => (goals.data?.strategy.goals ?? []).map((g) => ({ value: g.id, label: `${g.code} ${g.title}` })),
    [goals.data],
  );

  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: {
      title: workstream?.title ?? '',
      description: workstream?.description ?? '',
      status: workstream?.status ?? 'PROPOSED',
      priority: workstream?.priority ?? '',
      startsOn: workstream?.startsOn ?? berlinToday(),
      endsOn: workstream?.endsOn ?? '',
      leads: workstream?.leads.map((l) => l.membershipId) ?? [],
      goals: workstream?.goals.map((g) => g.id) ?? [],
    },
  });

  // A title taken by another workstream is a CONFLICT at the title; a stale version has no field.
  const fieldErrors = (error: unknown): string | null => {
    const taken = toAppErrors(error).find((e) => e.code === 'CONFLICT' && e.field === 'title');
    if (taken) {
      setError('title', { type: 'server', message: taken.message }, { shouldFocus: true });
      return null;
    }
    return applyServerErrors(error, setError, FIELDS, tc, FIELD_MAP);
  };

  const onSubmit = async (v: Values) => {
    setFormError(null);
    const status: WorkstreamStatus = v.status;
    const priority = isPriority(v.priority) ? v.priority : null;
    if (workstream) {
      const input: UpdateWorkstreamInput = {
        id: workstream.id,
        version: workstream.version,
        title: v.title.trim(),
        description: v.description.trim(),
        status,
        startsOn: v.startsOn,
        leadMembershipIds: v.leads,
        goalIds: v.goals,
      };
      if (priority) input.priority = priority;
      else if (workstream.priority) input.clearPriority = true;
      if (v.endsOn) input.endsOn = v.endsOn;
      else if (workstream.endsOn) input.clearEndsOn = true;
      const res = await update({ input }, WORKSTREAM_CONTEXT);
      if (res.error) {
        if (isStale(res.error)) {
          notifications.show({ color: 'red', title: t('edit.conflictTitle'), message: t('edit.conflict'), autoClose: 10000 });
          onConflict?.();
          onClose();
          return;
        }
        setFormError(fieldErrors(res.error));
        return;
      }
      notifications.show({ color: 'green', message: t('edit.saved') });
      onClose();
      return;
    }
    const res = await create(
      {
        input: {
          cooperationId,
          title: v.title.trim(),
          description: v.description.trim() || null,
          status,
          priority,
          startsOn: v.startsOn,
          endsOn: v.endsOn || null,
          leadMembershipIds: v.leads,
          goalIds: v.goals,
        },
      },
      WORKSTREAM_CONTEXT,
    );
    if (res.error || !res.data) {
      setFormError(fieldErrors(res.error));
      return;
    }
    notifications.show({ color: 'green', message: t('create.created', { title: v.title.trim() }) });
    onClose();
    void navigate({
      to: '/c/$cooperationId/workstreams/$workstreamId',
      params: { cooperationId, workstreamId: res.data.createWorkstream.workstream.id },
    });
  };

  return (
    <Modal opened onClose={onClose} title={workstream ? t('edit.title') : t('create.title')} size="xl">
      <form onSubmit={handleSubmit(onSubmit)} noValidate>
        <Stack gap="md">
          <FormError message={formError} />
          <TextInput label={t('fields.title')} required error={errors.title?.message} data-autofocus {...register('title')} />
          <Textarea label={t('fields.description')} autosize minRows={3} maxRows={10} error={errors.description?.message} {...register('description')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect
              label={t('fields.status')}
              error={errors.status?.message}
              data={WORKSTREAM_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
              {...register('status')}
            />
            <NativeSelect
              label={t('fields.priority')}
              error={errors.priority?.message}
              data={[{ value: '', label: t('priority.none') }, ...PRIORITIES.map((p) => ({ value: p, label: t(`priority.${p}`) }))]}
              {...register('priority')}
            />
            <TextInput type="date" label={t('fields.startsOn')} required error={errors.startsOn?.message} {...register('startsOn')} />
            <TextInput type="date" label={t('fields.endsOn')} description={t('fields.endsOnHint')} error={errors.endsOn?.message} {...register('endsOn')} />
          </SimpleGrid>
          {(['leads', 'goals'] as const).map((name) => (
            <Controller
              key={name}
              control={control}
              name={name}
              render={({ field }) => (
                <MultiSelect
                  label={t(`fields.${name}`)}
                  description={t(`fields.${name}Hint`)}
                  placeholder={field.value.length === 0 ? t(`fields.${name}Placeholder`) : undefined}
                  data={name === 'leads' ? leadOptions : goalOptions}
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  ref={field.ref}
                  error={errors[name]?.message}
                  searchable
                  nothingFoundMessage={t('fields.noneFound')}
                  clearable
                  clearButtonProps={{ 'aria-label': tc('actions.clear') }}
                  comboboxProps={{ withinPortal: true }}
                />
              )}
            />
          ))}
          <ModalActions onCancel={onClose} loading={creating || updating} />
        </Stack>
      </form>
    </Modal>
  );
}
