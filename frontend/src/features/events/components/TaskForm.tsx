import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormError } from '../../../components/ui/FormError';
import { applyServerErrors } from '../../../lib/errors';
import { partnerLabel } from '../model';

type Translate = (key: string) => string;

export function taskSchema(t: Translate) {
  return z.object({
    title: z.string().trim().min(1, t('validation.titleRequired')),
    dueOn: z.string().refine((v) => v === '' || /^\d{4}-\d{2}-\d{2}$/.test(v), t('validation.dateInvalid')),
    ownerPartnerId: z.string(),
    assigneeId: z.string(),
  });
}

export type TaskFormValues = z.infer<ReturnType<typeof taskSchema>>;

const FIELDS = ['title', 'dueOn', 'ownerPartnerId', 'assigneeId'] as const;

export interface PersonOption {
  id: string;
  name: string;
}

/**
 * A task's title, due date, partner and person: "Aufgabe hinzufügen" below the checklist and the
 * edit dialog. `onSubmit` returns the server's error (mapped onto the fields) or null.
 */
export function TaskForm({
  defaults,
  partners,
  people,
  submitLabel,
  onSubmit,
  onCancel,
  idPrefix,
  allowNoPartner = true,
  resetAfterSubmit = false,
}: {
  defaults: TaskFormValues;
  partners: readonly { id: string; organisation: { name: string; shortName: string } }[];
  people: readonly PersonOption[];
  submitLabel: string;
  onSubmit: (v: TaskFormValues) => Promise<unknown>;
  onCancel?: () => void;
  idPrefix: string;
  allowNoPartner?: boolean;
  resetAfterSubmit?: boolean;
}) {
  const { t } = useTranslation('events');
  const { t: tc } = useTranslation();
  const schema = useMemo(() => taskSchema(t), [t]);
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<TaskFormValues>({ resolver: zodResolver(schema), defaultValues: defaults });

  const submit = async (v: TaskFormValues) => {
    setFormError(null);
    const error = await onSubmit(v);
    if (error) {
      setFormError(applyServerErrors(error, setError, FIELDS, tc));
      return;
    }
    if (resetAfterSubmit) reset(defaults);
  };

  return (
    <form onSubmit={handleSubmit(submit)} noValidate id={`${idPrefix}-form`}>
      <Stack gap="sm">
        <FormError message={formError} />
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
          <TextInput label={t('tasks.title')} required error={errors.title?.message} data-autofocus {...register('title')} />
          <TextInput type="date" label={t('tasks.dueOn')} error={errors.dueOn?.message} {...register('dueOn')} />
          <NativeSelect
            label={t('tasks.ownerPartner')}
            error={errors.ownerPartnerId?.message}
            data={[
              ...(allowNoPartner ? [{ value: '', label: t('tasks.noPartner') }] : []),
              ...partners.map((p) => ({ value: p.id, label: partnerLabel(p) })),
            ]}
            {...register('ownerPartnerId')}
          />
          <NativeSelect
            label={t('tasks.assignee')}
            error={errors.assigneeId?.message}
            data={[{ value: '', label: t('tasks.noPerson') }, ...people.map((p) => ({ value: p.id, label: p.name }))]}
            {...register('assigneeId')}
          />
        </SimpleGrid>
        <Group justify="flex-end" gap="sm">
          {onCancel && (
            <Button variant="default" type="button" onClick={onCancel}>
              {tc('actions.cancel')}
            </Button>
          )}
          <Button type="submit" loading={isSubmitting}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
