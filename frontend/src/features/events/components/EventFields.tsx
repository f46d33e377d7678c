import { Group, NativeSelect, Radio, SimpleGrid, Text, Textarea, TextInput } from '@mantine/core';
import type { ChangeEvent } from 'react';
import { Controller, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { EventFormValues } from '../eventForm';
import { partnerLabel } from '../model';

interface PartnerOption {
  id: string;
  organisation: { name: string; shortName: string };
}

/**
 * The fields of an event, shared by "Veranstaltung anlegen" and the edit form. The series and
 * the starting status only exist when creating.
 */
export function EventFields({
  register,
  control,
  errors,
  partners,
  series,
  onSeriesChange,
  onStartDateChange,
  onStartTimeChange,
  autoFocus = false,
}: {
  register: UseFormRegister<EventFormValues>;
  control: Control<EventFormValues>;
  errors: FieldErrors<EventFormValues>;
  partners: readonly PartnerOption[];
  /** Given when creating: the series to choose from. */
  series?: readonly { id: string; name: string }[];
  onSeriesChange?: (e: ChangeEvent<HTMLSelectElement>) => void;
  onStartDateChange?: (e: ChangeEvent<HTMLInputElement>) => void;
  onStartTimeChange?: (e: ChangeEvent<HTMLInputElement>) => void;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation('events');
  const creating = series !== undefined;
  return (
    <>
      {creating && (
        <NativeSelect
          label={t('fields.series')}
          description={t('create.seriesHint')}
          error={errors.seriesId?.message}
          data={[{ value: '', label: t('create.noSeries') }, ...series.map((s) => ({ value: s.id, label: s.name }))]}
          data-autofocus={autoFocus || undefined}
          {...register('seriesId', { onChange: onSeriesChange })}
        />
      )}
      <TextInput
        label={t('fields.title')}
        required
        error={errors.title?.message}
        data-autofocus={!creating && autoFocus ? true : undefined}
        {...register('title')}
      />
      <div>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" verticalSpacing="sm">
          <TextInput
            type="date"
            label={t('fields.startDate')}
            required
            error={errors.startDate?.message}
            {...register('startDate', { onChange: onStartDateChange })}
          />
          <TextInput
            type="time"
            label={t('fields.startTime')}
            required
            error={errors.startTime?.message}
            {...register('startTime', { onChange: onStartTimeChange })}
          />
          <TextInput type="date" label={t('fields.endDate')} required error={errors.endDate?.message} {...register('endDate')} />
          <TextInput type="time" label={t('fields.endTime')} required error={errors.endTime?.message} {...register('endTime')} />
        </SimpleGrid>
        <Text size="sm" c="dimmed" mt={4}>
          {t('fields.timeZoneHint')}
        </Text>
      </div>
      <Group grow align="flex-start" wrap="wrap">
        <TextInput label={t('fields.venue')} error={errors.venue?.message} miw={200} {...register('venue')} />
        <TextInput label={t('fields.address')} error={errors.address?.message} miw={200} {...register('address')} />
      </Group>
      <Group grow align="flex-start" wrap="wrap">
        <TextInput
          label={t('fields.capacity')}
          description={t('fields.capacityHint')}
          inputMode="numeric"
          error={errors.capacity?.message}
          miw={200}
          {...register('capacity')}
        />
        <NativeSelect
          label={t('fields.leadPartner')}
          required
          error={errors.leadPartnerId?.message}
          miw={200}
          data={[{ value: '', label: t('create.choosePartner') }, ...partners.map((p) => ({ value: p.id, label: p.organisation.name === partnerLabel(p) ? p.organisation.name : `${p.organisation.name} (${partnerLabel(p)})` }))]}
          {...register('leadPartnerId')}
        />
      </Group>
      <Textarea label={t('fields.description')} autosize minRows={3} maxRows={12} error={errors.description?.message} {...register('description')} />
      {creating && (
        <Controller
          control={control}
          name="status"
          render={({ field }) => (
            <Radio.Group label={t('fields.startStatus')} value={field.value} onChange={field.onChange} error={errors.status?.message}>
              <Group mt="xs">
                <Radio value="IDEA" label={t('status.IDEA')} />
                <Radio value="PLANNING" label={t('status.PLANNING')} />
              </Group>
            </Radio.Group>
          )}
        />
      )}
    </>
  );
}
