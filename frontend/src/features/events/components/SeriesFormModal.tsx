import { ActionIcon, Alert, Button, Group, Modal, NativeSelect, Paper, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useFieldArray, useForm, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { FormError } from '../../../components/ui/FormError';
import type { SeriesFieldsFragment } from '../../../gql/graphql';
import { monthName } from '../../../lib/berlin';
import { applyServerErrors, hasCode } from '../../../lib/errors';
import type { CurrentCooperation } from '../../cooperation/CooperationContext';
import { CreateEventSeriesMutation, UpdateEventSeriesMutation } from '../api/events';
import { partnerLabel } from '../model';

interface RowValues {
  title: string;
  daysBefore: string;
  ownerPartnerId: string;
}

interface SeriesFormValues {
  name: string;
  description: string;
  usualMonth: string;
  defaultLeadPartnerId: string;
  taskTemplate: RowValues[];
}

const DAYS = /^-?\d{1,3}$/;

function initialValues(series: SeriesFieldsFragment | null): SeriesFormValues {
  return {
    name: series?.name ?? '',
    description: series?.description ?? '',
    usualMonth: series?.usualMonth ? String(series.usualMonth) : '',
    defaultLeadPartnerId: series?.defaultLeadPartner?.id ?? '',
    taskTemplate: (series?.taskTemplate ?? []).map((it) => ({
      title: it.title,
      daysBefore: String(it.daysBefore),
      ownerPartnerId: it.ownerPartner?.id ?? '',
    })),
  };
}

/**
 * "Reihe anlegen" / "Reihe bearbeiten": name, usual month, default lead partner and the
 * checklist every new event of the series receives. Rows can be added, removed and reordered
 * with buttons (keyboard friendly, no drag and drop needed).
 */
export function SeriesFormModal({
  cooperation,
  series,
  opened,
  onClose,
  onReload,
}: {
  cooperation: CurrentCooperation;
  series: SeriesFieldsFragment | null;
  opened: boolean;
  onClose: () => void;
  onReload: () => void;
}) {
  const { t, i18n } = useTranslation('events');
  const { t: tc } = useTranslation();
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const [{ fetching: creating }, createSeries] = useMutation(CreateEventSeriesMutation);
  const [{ fetching: updating }, updateSeries] = useMutation(UpdateEventSeriesMutation);
  const partners = useMemo(() => [...cooperation.partners].sort((a, b) => a.position - b.position), [cooperation.partners]);
  const {
    register,
    control,
    handleSubmit,
    setError,
    reset,
    formState: { errors },
  } = useForm<SeriesFormValues>({ defaultValues: initialValues(series) });
  const rows = useFieldArray({ control, name: 'taskTemplate' });

  const close = () => {
    setFormError(null);
    setConflict(false);
    reset(initialValues(series));
    onClose();
  };

  const validate = (v: SeriesFormValues): boolean => {
    let ok = true;
    const fail = (field: Parameters<typeof setError>[0], message: string) => {
      setError(field, { type: 'client', message }, { shouldFocus: ok });
      ok = false;
    };
    if (v.name.trim() === '') fail('name', t('series.nameRequired'));
    v.taskTemplate.forEach((r, i) => {
      if (r.title.trim() === '') fail(`taskTemplate.${i}.title`, t('validation.titleRequired'));
      const d = r.daysBefore.trim();
      if (!DAYS.test(d) || Number(d) < -365 || Number(d) > 730) fail(`taskTemplate.${i}.daysBefore`, t('validation.daysInvalid'));
    });
    return ok;
  };

  const onSubmit = async (v: SeriesFormValues) => {
    setFormError(null);
    setConflict(false);
    if (!validate(v)) return;
    const taskTemplate = v.taskTemplate.map((r) => ({
      title: r.title.trim(),
      daysBefore: Number(r.daysBefore.trim()),
      ownerPartnerId: r.ownerPartnerId || null,
    }));
    const fields = {
      name: v.name.trim(),
      description: v.description.trim(),
      taskTemplate,
    };
    const res = series
      ? await updateSeries({
          input: {
            id: series.id,
            version: series.version,
            ...fields,
            usualMonth: v.usualMonth ? Number(v.usualMonth) : 0,
            ...(v.defaultLeadPartnerId ? { defaultLeadPartnerId: v.defaultLeadPartnerId } : { clearDefaultLeadPartner: true }),
          },
        })
      : await createSeries({
          input: {
            cooperationId: cooperation.id,
            ...fields,
            usualMonth: v.usualMonth ? Number(v.usualMonth) : null,
            defaultLeadPartnerId: v.defaultLeadPartnerId || null,
          },
        });
    if (res.error || !res.data) {
      if (hasCode(res.error, 'CONFLICT') && series) {
        setConflict(true);
        return;
      }
      const paths: Path<SeriesFormValues>[] = ['name', 'description', 'usualMonth', 'defaultLeadPartnerId'];
      v.taskTemplate.forEach((_, i) => paths.push(`taskTemplate.${i}.title`, `taskTemplate.${i}.daysBefore`));
      setFormError(applyServerErrors(res.error, setError, paths, tc));
      return;
    }
    notifications.show({
      color: 'green',
      message: t(series ? 'series.saved' : 'series.created', { name: fields.name }),
    });
    onReload();
    close();
  };

  const months = Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: monthName(i + 1, i18n.language) }));

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={series ? t('series.editTitle', { name: series.name }) : t('series.createTitle')}
      size="xl"
    >
      <form onSubmit={handleSubmit(onSubmit)} noValidate>
        <Stack gap="md">
          {conflict && (
            <Alert color="red" variant="light" role="alert" title={t('event.conflictTitle')}>
              <Stack gap="sm">
                <Text size="sm">{t('series.conflictText')}</Text>
                <Group>
                  <Button size="xs" variant="default" onClick={onReload}>
                    {t('event.reload')}
                  </Button>
                </Group>
              </Stack>
            </Alert>
          )}
          <FormError message={formError} />
          <TextInput label={t('series.name')} required data-autofocus error={errors.name?.message} {...register('name')} />
          <Textarea label={t('series.description')} autosize minRows={2} error={errors.description?.message} {...register('description')} />
          <Group grow align="flex-start">
            <NativeSelect
              label={t('series.usualMonth')}
              error={errors.usualMonth?.message}
              data={[{ value: '', label: t('series.noMonth') }, ...months]}
              {...register('usualMonth')}
            />
            <NativeSelect
              label={t('series.defaultLeadPartner')}
              error={errors.defaultLeadPartnerId?.message}
              data={[
                { value: '', label: t('series.noPartner') },
                ...partners.map((p) => ({ value: p.id, label: `${partnerLabel(p)} – ${p.organisation.name}` })),
              ]}
              {...register('defaultLeadPartnerId')}
            />
          </Group>
          <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
            <legend>
              <Text fw={600} size="sm">
                {t('series.checklist')}
              </Text>
            </legend>
            <Text size="sm" c="dimmed" mb="xs">
              {t('series.checklistHint')}
            </Text>
            <Stack gap="xs">
              {rows.fields.length === 0 && (
                <Text size="sm" c="dimmed">
                  {t('series.noRows')}
                </Text>
              )}
              {rows.fields.map((f, i) => {
                const n = i + 1;
                const rowErrors = errors.taskTemplate?.[i];
                return (
                  <Paper key={f.id} withBorder p="xs">
                    <Group align="flex-start" gap="xs" wrap="nowrap">
                      <TextInput
                        style={{ flex: 3 }}
                        label={t('series.rowTitle', { n })}
                        error={rowErrors?.title?.message}
                        {...register(`taskTemplate.${i}.title`)}
                      />
                      <TextInput
                        style={{ flex: 1 }}
                        label={t('series.rowDays', { n })}
                        inputMode="numeric"
                        error={rowErrors?.daysBefore?.message}
                        {...register(`taskTemplate.${i}.daysBefore`)}
                      />
                      <NativeSelect
                        style={{ flex: 2 }}
                        label={t('series.rowPartner', { n })}
                        data={[
                          { value: '', label: t('series.rowPartnerLead') },
                          ...partners.map((p) => ({ value: p.id, label: partnerLabel(p) })),
                        ]}
                        {...register(`taskTemplate.${i}.ownerPartnerId`)}
                      />
                      <Group gap={4} mt={24} wrap="nowrap">
                        <ActionIcon
                          variant="default"
                          aria-label={`${t('series.rowUp')} (${n})`}
                          disabled={i === 0}
                          onClick={() => rows.move(i, i - 1)}
                        >
                          ↑
                        </ActionIcon>
                        <ActionIcon
                          variant="default"
                          aria-label={`${t('series.rowDown')} (${n})`}
                          disabled={i === rows.fields.length - 1}
                          onClick={() => rows.move(i, i + 1)}
                        >
                          ↓
                        </ActionIcon>
                        <ActionIcon
                          variant="default"
                          color="red"
                          aria-label={`${t('series.rowRemove')} (${n})`}
                          onClick={() => rows.remove(i)}
                        >
                          ✕
                        </ActionIcon>
                      </Group>
                    </Group>
                  </Paper>
                );
              })}
              <Group>
                <Button
                  variant="light"
                  size="xs"
                  onClick={() => rows.append({ title: '', daysBefore: '14', ownerPartnerId: '' }, { shouldFocus: true })}
                >
                  {t('series.addRow')}
                </Button>
              </Group>
            </Stack>
          </fieldset>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" type="button" onClick={close}>
              {tc('actions.cancel')}
            </Button>
            <Button type="submit" loading={creating || updating}>
              {tc('actions.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
