import { zodResolver } from '@hookform/resolvers/zod';
import { Modal, MultiSelect, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useNavigate } from '@tanstack/react-router';
import { useEffect, useMemo, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { FormError } from '../../../components/ui/FormError';
import { ModalActions } from '../../../components/ui/parts';
import type { RetreatFieldsFragment, UpdateRetreatInput } from '../../../gql/graphql';
import { berlinToday } from '../../../lib/berlin';
import { applyServerErrors, toAppErrors } from '../../../lib/errors';
import { AssigneeOptionsQuery } from '../../events/api/events';
import { memberOptions } from '../../events/model';
import { CreateRetreatMutation, UpdateRetreatMutation } from '../api/retreat';
import { RETREAT_FIELD_MAP, RETREAT_FORM_FIELDS, retreatDefaults, retreatInput, retreatSchema, type RetreatFormValues } from '../retreatForm';

/** Refreshes every query that shows retreats, proposals or decisions. */
export const RETREAT_CONTEXT = { additionalTypenames: ['Retreat', 'Proposal', 'Decision', 'AgendaItem'] };

/** A stale version: CONFLICT without a field. */
export function isStale(error: unknown): boolean {
  return toAppErrors(error).some((e) => e.code === 'CONFLICT' && !e.field);
}

/**
 * "Klausur anlegen" (without `retreat`; opens the new one after saving) or "Klausur bearbeiten":
 * title, planned year, start, last day, place, points budget, participants and chair.
 */
export function RetreatFormModal({
  cooperationId,
  retreat,
  takenYears,
  onClose,
  onConflict,
}: {
  cooperationId: string;
  retreat?: RetreatFieldsFragment;
  /** The years other retreats plan already: a new one suggests the next free year. */
  takenYears?: readonly number[];
  onClose: () => void;
  onConflict?: () => void;
}) {
  const { t } = useTranslation('retreat');
  const { t: tc } = useTranslation();
  const navigate = useNavigate();
  const [formError, setFormError] = useState<string | null>(null);
  const [{ fetching: creating }, create] = useMutation(CreateRetreatMutation);
  const [{ fetching: updating }, update] = useMutation(UpdateRetreatMutation);
  const [members] = useQuery({ query: AssigneeOptionsQuery, variables: { cooperationId } });
  const schema = useMemo(() => retreatSchema(t), [t]);

  // a participant who left the cooperation stays in the edit form
  const participantOptions = useMemo(() => memberOptions(members.data?.members.items ?? [], retreat?.participants), [members.data, retreat]);

  const {
    register,
    control,
    handleSubmit,
    setError,
    setValue,
    getValues,
    formState: { errors },
  } = useForm<RetreatFormValues>({
    resolver: zodResolver(schema),
    defaultValues: retreatDefaults(berlinToday(), retreat, takenYears),
  });
  const participants = useWatch({ control, name: 'participants' });
  const chairOptions = participantOptions.filter((o) => participants.includes(o.value));

  // The chair is one of the participants: taking them off the list clears the chair.
  useEffect(() => {
    const chair = getValues('chair');
    if (chair && !participants.includes(chair)) setValue('chair', '');
  }, [participants, getValues, setValue]);

  // A year another retreat plans already is a CONFLICT at planYear; a stale version has no field.
  const serverErrors = (error: unknown): string | null => {
    const taken = toAppErrors(error).find((e) => e.code === 'CONFLICT' && e.field === 'planYear');
    if (taken) {
      setError('planYear', { type: 'server', message: taken.message }, { shouldFocus: true });
      return null;
    }
    return applyServerErrors(error, setError, RETREAT_FORM_FIELDS, tc, RETREAT_FIELD_MAP);
  };

  const onSubmit = async (v: RetreatFormValues) => {
    setFormError(null);
    const fields = retreatInput(v);
    if (retreat) {
      const input: UpdateRetreatInput = { id: retreat.id, version: retreat.version, ...fields };
      const res = await update({ input }, RETREAT_CONTEXT);
      if (res.error) {
        if (isStale(res.error)) {
          notifications.show({ color: 'red', title: t('edit.conflictTitle'), message: t('edit.conflict'), autoClose: 10000 });
          onConflict?.();
          onClose();
          return;
        }
        setFormError(serverErrors(res.error));
        return;
      }
      notifications.show({ color: 'green', message: t('edit.saved') });
      onClose();
      return;
    }
    const res = await create({ input: { cooperationId, ...fields, place: fields.place || null } }, RETREAT_CONTEXT);
    if (res.error || !res.data) {
      setFormError(serverErrors(res.error));
      return;
    }
    notifications.show({ color: 'green', message: t('create.created', { title: fields.title }) });
    onClose();
    void navigate({
      to: '/c/$cooperationId/retreats/$retreatId',
      params: { cooperationId, retreatId: res.data.createRetreat.retreat.id },
    });
  };

  return (
    <Modal opened onClose={onClose} title={retreat ? t('edit.title') : t('create.title')} size="xl">
      <form onSubmit={handleSubmit(onSubmit)} noValidate>
        <Stack gap="md">
          <FormError message={formError} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('fields.title')} required error={errors.title?.message} data-autofocus {...register('title')} />
            <TextInput
              label={t('fields.planYear')}
              description={t('fields.planYearHint')}
              required
              inputMode="numeric"
              error={errors.planYear?.message}
              {...register('planYear')}
            />
            <TextInput type="date" label={t('fields.startDate')} required error={errors.startDate?.message} {...register('startDate')} />
            <TextInput type="time" label={t('fields.startTime')} required error={errors.startTime?.message} {...register('startTime')} />
            <TextInput type="date" label={t('fields.endsOn')} required error={errors.endsOn?.message} {...register('endsOn')} />
            <TextInput label={t('fields.place')} error={errors.place?.message} {...register('place')} />
            <TextInput
              label={t('fields.pointsBudget')}
              description={t('fields.pointsBudgetHint')}
              required
              inputMode="numeric"
              error={errors.pointsBudget?.message}
              {...register('pointsBudget')}
            />
          </SimpleGrid>
          <Controller
            control={control}
            name="participants"
            render={({ field }) => (
              <MultiSelect
                label={t('fields.participants')}
                description={t('fields.participantsHint')}
                placeholder={field.value.length === 0 ? t('fields.participantsPlaceholder') : undefined}
                required
                data={participantOptions}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                ref={field.ref}
                error={errors.participants?.message}
                searchable
                nothingFoundMessage={t('fields.noneFound')}
                clearable
                clearButtonProps={{ 'aria-label': tc('actions.clear') }}
                comboboxProps={{ withinPortal: true }}
              />
            )}
          />
          <Controller
            control={control}
            name="chair"
            render={({ field }) => (
              <NativeSelect
                label={t('fields.chair')}
                description={t('fields.chairHint')}
                required
                error={errors.chair?.message}
                data={[{ value: '', label: t('fields.chairNone') }, ...chairOptions]}
                value={field.value}
                onChange={(e) => field.onChange(e.currentTarget.value)}
                onBlur={field.onBlur}
                ref={field.ref}
              />
            )}
          />
          <ModalActions onCancel={onClose} loading={creating || updating} submitLabel={retreat ? undefined : t('create.submit')} />
        </Stack>
      </form>
    </Modal>
  );
}
