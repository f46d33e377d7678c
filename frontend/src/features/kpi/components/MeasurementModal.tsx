import { zodResolver } from '@hookform/resolvers/zod';
import { Modal, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { z } from 'zod';
import { FormError } from '../../../components/ui/FormError';
import type { KpiFieldsFragment } from '../../../gql/graphql';
import { berlinToday } from '../../../lib/berlin';
import { applyServerErrors } from '../../../lib/errors';
import { RecordMeasurementMutation } from '../api/kpi';
import { parseDecimal } from '../model';
import { KPI_CONTEXT } from './KpiFormModal';
import { ModalActions } from '../../../components/ui/parts';

type Translate = (key: string) => string;

function measurementSchema(t: Translate) {
  return z.object({
    measuredOn: z.string().refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v), t('validation.dateRequired')),
    value: z.string().refine((v) => parseDecimal(v) !== null, t('validation.number')),
    note: z.string(),
  });
}

type Values = z.infer<ReturnType<typeof measurementSchema>>;

const FIELDS = ['measuredOn', 'value', 'note'] as const;

/**
 * "Messwert erfassen": the day (today by default; the API refuses a day in the future), the
 * value and a note on its source.
 */
export function MeasurementModal({ kpi, onClose }: { kpi: KpiFieldsFragment; onClose: () => void }) {
  const { t } = useTranslation('kpi');
  const { t: tc } = useTranslation();
  const [formError, setFormError] = useState<string | null>(null);
  const [{ fetching }, record] = useMutation(RecordMeasurementMutation);
  const schema = useMemo(() => measurementSchema(t), [t]);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { measuredOn: berlinToday(), value: '', note: '' } });

  const onSubmit = async (v: Values) => {
    setFormError(null);
    const res = await record(
      { input: { kpiId: kpi.id, measuredOn: v.measuredOn, value: parseDecimal(v.value) ?? 0, note: v.note.trim() || null } },
      KPI_CONTEXT,
    );
    if (res.error) {
      setFormError(applyServerErrors(res.error, setError, FIELDS, tc));
      return;
    }
    notifications.show({ color: 'green', message: t('measurements.recorded') });
    onClose();
  };

  return (
    <Modal opened onClose={onClose} title={t('measurements.recordTitle', { name: kpi.name })} size="lg">
      <form onSubmit={handleSubmit(onSubmit)} noValidate>
        <Stack gap="md">
          <FormError message={formError} />
          <Text size="sm">{t('measurements.recordHint')}</Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput type="date" label={t('measurements.date')} required error={errors.measuredOn?.message} {...register('measuredOn')} />
            <TextInput
              label={kpi.unit ? `${t('measurements.value')} (${kpi.unit})` : t('measurements.value')}
              inputMode="decimal"
              required
              error={errors.value?.message}
              data-autofocus
              {...register('value')}
            />
          </SimpleGrid>
          <TextInput label={t('measurements.note')} description={t('measurements.noteHint')} error={errors.note?.message} {...register('note')} />
          <ModalActions onCancel={onClose} loading={fetching} />
        </Stack>
      </form>
    </Modal>
  );
}
