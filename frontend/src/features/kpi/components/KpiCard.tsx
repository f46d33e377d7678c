import { Badge, Box, Button, Group, Paper, Progress, SimpleGrid, Stack, Table, Text, Title, VisuallyHidden, type BadgeProps } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { KpiFieldsFragment, KpiState } from '../../../gql/graphql';
import { formatDay } from '../../../lib/berlin';
import { errorText, hasCode } from '../../../lib/errors';
import { DeleteKpiMutation, DeleteMeasurementMutation } from '../api/kpi';
import { formatValue, KPI_STATE_COLOR, progressPercent } from '../model';
import classes from './kpi.module.css';
import { KpiChart } from './KpiChart';
import { KPI_CONTEXT } from './KpiFormModal';
import { MeasurementModal } from './MeasurementModal';
import { LabelledValue } from '../../../components/ui/parts';

type Kpi = KpiFieldsFragment;

/** Where a KPI stands, as a badge whose text carries the meaning; with `count`, how many KPIs do ("Hinter Plan: 2"). */
export function KpiStateBadge({ state, count, ...props }: { state: KpiState; count?: number } & Omit<BadgeProps, 'children' | 'color'>) {
  const { t } = useTranslation('kpi');
  return (
    <Badge variant="light" color={KPI_STATE_COLOR[state]} tt="none" miw="max-content" data-state={state} {...props}>
      {t(`state.${state}`)}
      {count !== undefined && `: ${count}`}
    </Badge>
  );
}

/**
 * One KPI: name, unit, baseline → target with dates, latest value, progress bar, state, the
 * chart and its data table. Planners (`canManage`) edit and delete it; reporters (`canRecord`)
 * record and delete measurements.
 */
export function KpiCard({
  kpi,
  canManage,
  canRecord,
  onEdit,
  onChanged,
  headingOrder = 3,
}: {
  kpi: Kpi;
  canManage: boolean;
  canRecord: boolean;
  onEdit: (kpi: Kpi) => void;
  /** Called after a change that the caller's query does not pick up by itself (a conflict). */
  onChanged: () => void;
  headingOrder?: 2 | 3 | 4 | 5 | 6;
}) {
  const { t, i18n } = useTranslation('kpi');
  const { t: tc } = useTranslation();
  const lng = i18n.language;
  const [recording, setRecording] = useState(false);
  const [, deleteKpi] = useMutation(DeleteKpiMutation);
  const [, deleteMeasurement] = useMutation(DeleteMeasurementMutation);
  const headingId = `kpi-${kpi.id}`;
  const percent = progressPercent(kpi.progress);

  const fail = (error: unknown) => {
    const conflict = hasCode(error, 'CONFLICT');
    notifications.show({
      color: 'red',
      title: conflict ? t('conflictTitle') : tc('errors.title'),
      message: conflict ? t('conflict') : errorText(error, tc),
      autoClose: 8000,
    });
    if (conflict || hasCode(error, 'NOT_FOUND')) onChanged();
  };

  const confirmDelete = () =>
    modals.openConfirmModal({
      title: t('deleteTitle'),
      children: <Text size="sm">{t('deleteText', { name: kpi.name, count: kpi.measurements.length })}</Text>,
      labels: { confirm: t('delete'), cancel: tc('actions.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => {
        void deleteKpi({ input: { id: kpi.id, version: kpi.version } }, KPI_CONTEXT).then((res) => {
          if (res.error) return fail(res.error);
          notifications.show({ color: 'green', message: t('deleted', { name: kpi.name }) });
        });
      },
    });

  const confirmDeleteMeasurement = (m: Kpi['measurements'][number]) =>
    modals.openConfirmModal({
      title: t('measurements.deleteTitle'),
      children: (
        <Text size="sm">{t('measurements.deleteText', { value: formatValue(m.value, kpi.unit, lng), date: formatDay(m.measuredOn, lng) })}</Text>
      ),
      labels: { confirm: t('measurements.delete'), cancel: tc('actions.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => {
        void deleteMeasurement({ id: m.id }, KPI_CONTEXT).then((res) => {
          if (res.error) return fail(res.error);
          notifications.show({ color: 'green', message: t('measurements.deleted') });
        });
      },
    });

  return (
    <Paper withBorder p="md" component="article" aria-labelledby={headingId} data-testid="kpi-card">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Group gap="xs" align="center">
            <Title order={headingOrder} size="h4" id={headingId}>
              {kpi.name}
            </Title>
            <KpiStateBadge state={kpi.state} />
          </Group>
          <Group gap="xs">
            {canRecord && (
              <Button size="compact-sm" onClick={() => setRecording(true)} aria-label={t('measurements.record') + t('measurements.ofKpi', { name: kpi.name })}>
                {t('measurements.record')}
              </Button>
            )}
            {canManage && (
              <>
                <Button size="compact-sm" variant="default" onClick={() => onEdit(kpi)} aria-label={tc('actions.edit') + t('ofKpi', { name: kpi.name })}>
                  {tc('actions.edit')}
                </Button>
                <Button
                  size="compact-sm"
                  variant="default"
                  color="red"
                  onClick={confirmDelete}
                  aria-label={t('measurements.delete') + t('ofKpi', { name: kpi.name })}
                >
                  {t('measurements.delete')}
                </Button>
              </>
            )}
          </Group>
        </Group>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
          <LabelledValue label={t('fields.unit')}>{kpi.unit}</LabelledValue>
          <LabelledValue label={`${t('fields.baseline')} → ${t('fields.target')}`}>
            <span data-testid="kpi-range">
              {t('card.baselineToTarget', { baseline: formatValue(kpi.baseline, kpi.unit, lng), target: formatValue(kpi.target, kpi.unit, lng) })}
            </span>
            {(kpi.baselineOn || kpi.targetOn) && (
              <Text size="xs" c="dimmed">
                {[kpi.baselineOn && t('card.since', { date: formatDay(kpi.baselineOn, lng) }), kpi.targetOn && t('card.until', { date: formatDay(kpi.targetOn, lng) })]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
            )}
            <Text size="xs" c="dimmed">
              {t(`direction.${kpi.direction}`)}
            </Text>
          </LabelledValue>
          <LabelledValue label={t('fields.latest')}>
            <span data-testid="kpi-latest">
              {kpi.latest
                ? t('card.latestOn', { value: formatValue(kpi.latest.value, kpi.unit, lng), date: formatDay(kpi.latest.measuredOn, lng) })
                : t('card.noLatest')}
            </span>
          </LabelledValue>
          <LabelledValue label={t('fields.progress')}>
            <Group gap="xs" wrap="nowrap">
              <Progress.Root size="lg" style={{ flex: 1 }} miw={80}>
                <Progress.Section
                  value={percent}
                  color={KPI_STATE_COLOR[kpi.state] === 'gray' ? 'koop' : KPI_STATE_COLOR[kpi.state]}
                  aria-label={t('card.progressLabel', { name: kpi.name, percent })}
                />
              </Progress.Root>
              <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                {kpi.progress === null || kpi.progress === undefined ? '–' : t('card.progressValue', { percent: Math.round(kpi.progress * 100) })}
              </Text>
            </Group>
            {kpi.progress !== null && kpi.progress !== undefined && kpi.progress < 0 && (
              <Text size="xs" c="red.9">
                {t('card.worse')}
              </Text>
            )}
          </LabelledValue>
        </SimpleGrid>
        <KpiChart kpi={kpi} />
        <details className={classes.details}>
          <summary className={classes.summary}>{t('measurements.show', { count: kpi.measurements.length })}</summary>
          <Box mt="xs">
            {kpi.measurements.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('measurements.empty')}
              </Text>
            ) : (
              <Table.ScrollContainer minWidth={480}>
                <Table striped verticalSpacing={4} captionSide="top">
                  <caption>
                    <VisuallyHidden>{t('measurements.caption', { name: kpi.name })}</VisuallyHidden>
                  </caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('measurements.date')}</Table.Th>
                      <Table.Th scope="col" ta="right">
                        {t('measurements.value')}
                      </Table.Th>
                      <Table.Th scope="col">{t('measurements.note')}</Table.Th>
                      <Table.Th scope="col">{t('measurements.recordedBy')}</Table.Th>
                      {canRecord && (
                        <Table.Th scope="col">
                          <VisuallyHidden>{t('measurements.actions')}</VisuallyHidden>
                        </Table.Th>
                      )}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {[...kpi.measurements].reverse().map((m) => (
                      <Table.Tr key={m.id}>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDay(m.measuredOn, lng)}</Table.Td>
                        <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                          {formatValue(m.value, kpi.unit, lng)}
                        </Table.Td>
                        <Table.Td>{m.note}</Table.Td>
                        <Table.Td>{m.recordedByName}</Table.Td>
                        {canRecord && (
                          <Table.Td>
                            <Button
                              size="compact-xs"
                              variant="subtle"
                              color="red"
                              onClick={() => confirmDeleteMeasurement(m)}
                              aria-label={t('measurements.delete') + t('measurements.ofMeasurement', { date: formatDay(m.measuredOn, lng) })}
                            >
                              {t('measurements.delete')}
                            </Button>
                          </Table.Td>
                        )}
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </Box>
        </details>
      </Stack>
      {recording && <MeasurementModal kpi={kpi} onClose={() => setRecording(false)} />}
    </Paper>
  );
}
