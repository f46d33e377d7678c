import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Modal, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { z } from 'zod';
import { FormError } from '../../../components/ui/FormError';
import type { AwardCycleFieldsFragment } from '../../../gql/graphql';
import { applyServerErrors } from '../../../lib/errors';
import { AddCriterionMutation, UpdateCriterionMutation } from '../api/award';
import { parseWhole } from '../model';

type Translate = (key: string, options?: Record<string, unknown>) => string;
type Criterion = AwardCycleFieldsFragment['criteria'][number];

function criterionSchema(t: Translate) {
  return z
    .object({
      name: z.string().trim().min(1, t('validation.required')),
      description: z.string(),
      weight: z.string(),
      scoreMin: z.string(),
      scoreMax: z.string(),
    })
    .superRefine((v, ctx) => {
      const w = parseWhole(v.weight);
      if (w === null || w < 1 || w > 100) ctx.addIssue({ code: 'custom', path: ['weight'], message: t('validation.weight') });
      const lo = parseWhole(v.scoreMin);
      const hi = parseWhole(v.scoreMax);
      if (lo === null) ctx.addIssue({ code: 'custom', path: ['scoreMin'], message: t('validation.integer') });
      if (hi === null) ctx.addIssue({ code: 'custom', path: ['scoreMax'], message: t('validation.integer') });
      if (lo !== null && hi !== null && lo >= hi) ctx.addIssue({ code: 'custom', path: ['scoreMax'], message: t('validation.range') });
    });
}

type Values = z.infer<ReturnType<typeof criterionSchema>>;

/** Adds a criterion (without `criterion`) or edits one; either withdraws all approvals. */
export function CriterionModal({
  opened,
  onClose,
  cycle,
  criterion,
}: {
  opened: boolean;
  onClose: () => void;
  cycle: AwardCycleFieldsFragment;
  criterion?: Criterion;
}) {
  const { t } = useTranslation('award');
  const { t: tc } = useTranslation();
  const [formError, setFormError] = useState<string | null>(null);
  const [{ fetching: adding }, add] = useMutation(AddCriterionMutation);
  const [{ fetching: updating }, update] = useMutation(UpdateCriterionMutation);
  const schema = useMemo(() => criterionSchema(t), [t]);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: {
      name: criterion?.name ?? '',
      description: criterion?.description ?? '',
      weight: String(criterion?.weight ?? 1),
      scoreMin: String(criterion?.scoreMin ?? 1),
      scoreMax: String(criterion?.scoreMax ?? 10),
    },
  });
  const approvedAny = cycle.approvals.some((a) => a.approvedAt);

  const onSubmit = async (v: Values) => {
    setFormError(null);
    const fields = {
      name: v.name,
      description: v.description,
      weight: parseWhole(v.weight) ?? 0,
      scoreMin: parseWhole(v.scoreMin) ?? 0,
      scoreMax: parseWhole(v.scoreMax) ?? 0,
    };
    const res = criterion
      ? await update({ input: { id: criterion.id, criteriaVersion: cycle.criteriaVersion, ...fields } })
      : await add({ input: { cycleId: cycle.id, criteriaVersion: cycle.criteriaVersion, ...fields } });
    if (res.error) {
      setFormError(applyServerErrors(res.error, setError, ['name', 'description', 'weight', 'scoreMin', 'scoreMax'], tc));
      return;
    }
    notifications.show({ color: 'green', message: t('criteria.saved') });
    onClose();
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t(criterion ? 'criteria.edit' : 'criteria.add')} size="lg">
      <form onSubmit={handleSubmit(onSubmit)} noValidate>
        <Stack gap="md">
          {approvedAny && (
            <Alert color="yellow" variant="light">
              {t('criteria.changeWarning')}
            </Alert>
          )}
          <FormError message={formError} />
          <TextInput label={t('criteria.name')} required error={errors.name?.message} {...register('name')} data-autofocus />
          <Textarea label={t('criteria.description')} autosize minRows={2} error={errors.description?.message} {...register('description')} />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              label={t('criteria.weight')}
              description={t('criteria.weightHint')}
              inputMode="numeric"
              required
              error={errors.weight?.message}
              {...register('weight')}
            />
            <TextInput label={t('criteria.scoreMin')} inputMode="numeric" required error={errors.scoreMin?.message} {...register('scoreMin')} />
            <TextInput label={t('criteria.scoreMax')} inputMode="numeric" required error={errors.scoreMax?.message} {...register('scoreMax')} />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {tc('actions.cancel')}
            </Button>
            <Button type="submit" loading={adding || updating}>
              {tc('actions.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
