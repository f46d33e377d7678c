import { zodResolver } from '@hookform/resolvers/zod';
import { Modal, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { z } from 'zod';
import { FormError } from '../../../components/ui/FormError';
import type { KpiDirection, KpiFieldsFragment, KpiSubjectInput, UpdateKpiInput } from '../../../gql/graphql';
import { applyServerErrors, hasCode } from '../../../lib/errors';
import { CreateKpiMutation, UpdateKpiMutation } from '../api/kpi';
import { KPI_DIRECTIONS, numberToInput, parseDecimal } from '../model';
import { ModalActions } from '../../../components/ui/parts';

type Translate = (key: string) => string;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function kpiSchema(t: Translate) {
  const number = z.string().refine((v) => parseDecimal(v) !== null, t('validation.number'));
  const date = z.string().refine((v) => v === '' || DATE.test(v), t('validation.date'));
  return z.object({
    name: z.string().trim().min(1, t('validation.nameRequired')),
    // the API says what a unit is for ("etwa „Unternehmen“, „%“ oder „ha“")
    unit: z.string(),
    baseline: number,
    baselineOn: date,
    target: number,
    targetOn: date,
    direction: z.enum(['HIGHER_IS_BETTER', 'LOWER_IS_BETTER']),
  });
}

type Values = z.infer<ReturnType<typeof kpiSchema>>;

const FIELDS = ['name', 'unit', 'baseline', 'baselineOn', 'target', 'targetOn', 'direction'] as const;

/** Refreshes the queries that show KPIs (a workstream, the goals, the coverage). */
export const KPI_CONTEXT = { additionalTypenames: ['Kpi', 'Workstream', 'Goal', 'Coverage', 'Strategy'] };

/**
 * "Kennzahl hinzufügen" (without `kpi`) or "Kennzahl bearbeiten": name, unit, baseline and target
 * with their dates, direction. The API's German messages land at their fields; a stale version
 * closes the dialog and reloads (`onConflict`).
 */
export function KpiFormModal({
  onClose,
  cooperationId,
  subject,
  kpi,
  onConflict,
}: {
  onClose: () => void;
  cooperationId: string;
  subject: KpiSubjectInput;
  kpi?: KpiFieldsFragment;
  onConflict?: () => void;
}) {
  const { t } = useTranslation('kpi');
  const { t: tc } = useTranslation();
  const [formError, setFormError] = useState<string | null>(null);
  const [{ fetching: creating }, create] = useMutation(CreateKpiMutation);
  const [{ fetching: updating }, update] = useMutation(UpdateKpiMutation);
  const schema = useMemo(() => kpiSchema(t), [t]);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: {
      name: kpi?.name ?? '',
      unit: kpi?.unit ?? '',
      baseline: kpi ? numberToInput(kpi.baseline) : '',
      baselineOn: kpi?.baselineOn ?? '',
      target: kpi ? numberToInput(kpi.target) : '',
      targetOn: kpi?.targetOn ?? '',
      direction: kpi?.direction ?? 'HIGHER_IS_BETTER',
    },
  });

  const onSubmit = async (v: Values) => {
    setFormError(null);
    const baseline = parseDecimal(v.baseline) ?? 0;
    const target = parseDecimal(v.target) ?? 0;
    const direction: KpiDirection = v.direction;
    let res;
    if (kpi) {
      const input: UpdateKpiInput = { id: kpi.id, version: kpi.version, name: v.name.trim(), unit: v.unit.trim(), baseline, target, direction };
      if (v.baselineOn) input.baselineOn = v.baselineOn;
      else if (kpi.baselineOn) input.clearBaselineOn = true;
      if (v.targetOn) input.targetOn = v.targetOn;
      else if (kpi.targetOn) input.clearTargetOn = true;
      res = await update({ input }, KPI_CONTEXT);
    } else {
      res = await create(
        {
          input: {
            cooperationId,
            subject,
            name: v.name.trim(),
            unit: v.unit.trim(),
            baseline,
            baselineOn: v.baselineOn || null,
            target,
            targetOn: v.targetOn || null,
            direction,
          },
        },
        KPI_CONTEXT,
      );
    }
    if (res.error) {
      if (kpi && hasCode(res.error, 'CONFLICT')) {
        notifications.show({ color: 'red', title: t('conflictTitle'), message: t('conflict'), autoClose: 8000 });
        onConflict?.();
        onClose();
        return;
      }
      setFormError(applyServerErrors(res.error, setError, FIELDS, tc));
      return;
    }
    notifications.show({ color: 'green', message: kpi ? t('saved') : t('created', { name: v.name.trim() }) });
    onClose();
  };

  return (
    <Modal opened onClose={onClose} title={kpi ? t('edit') : t('add')} size="lg">
      <form onSubmit={handleSubmit(onSubmit)} noValidate>
        <Stack gap="md">
          <FormError message={formError} />
          <TextInput label={t('fields.name')} required error={errors.name?.message} data-autofocus {...register('name')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('fields.unit')} description={t('fields.unitHint')} required error={errors.unit?.message} {...register('unit')} />
            <NativeSelect
              label={t('fields.direction')}
              error={errors.direction?.message}
              data={KPI_DIRECTIONS.map((d) => ({ value: d, label: t(`direction.${d}`) }))}
              {...register('direction')}
            />
            <TextInput label={t('fields.baseline')} inputMode="decimal" required error={errors.baseline?.message} {...register('baseline')} />
            <TextInput type="date" label={t('fields.baselineOn')} error={errors.baselineOn?.message} {...register('baselineOn')} />
            <TextInput label={t('fields.target')} inputMode="decimal" required error={errors.target?.message} {...register('target')} />
            <TextInput type="date" label={t('fields.targetOn')} error={errors.targetOn?.message} {...register('targetOn')} />
          </SimpleGrid>
          <ModalActions onCancel={onClose} loading={creating || updating} />
        </Stack>
      </form>
    </Modal>
  );
}
