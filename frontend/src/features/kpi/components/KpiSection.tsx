import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KpiFieldsFragment, KpiSubjectInput } from '../../../gql/graphql';
import { KpiCard } from './KpiCard';
import { KpiFormModal } from './KpiFormModal';

/**
 * Kennzahlen of a goal, a workstream or an event series: a card per KPI with its chart and data
 * table, "Kennzahl hinzufügen" for planners. The caller's query brings the KPIs (KpiFields);
 * mutations refresh it through the Kpi typename, `onReload` after a conflict.
 */
export function KpiSection({
  cooperationId,
  subject,
  kpis,
  canManage,
  canRecord,
  onReload,
  title,
  headingOrder = 2,
}: {
  cooperationId: string;
  subject: KpiSubjectInput;
  kpis: readonly KpiFieldsFragment[];
  canManage: boolean;
  canRecord: boolean;
  onReload: () => void;
  /** The heading; "Kennzahlen" when absent. */
  title?: string;
  headingOrder?: 2 | 3;
}) {
  const { t } = useTranslation('kpi');
  const [editing, setEditing] = useState<KpiFieldsFragment | 'new' | null>(null);
  const headingId = `kpis-${subject.id}`;
  return (
    <section aria-labelledby={headingId}>
      <Group justify="space-between" mb="sm" wrap="wrap" gap="xs">
        <Title order={headingOrder} size="h4" id={headingId}>
          {title ?? t('title')}
        </Title>
        {canManage && (
          <Button size="sm" onClick={() => setEditing('new')}>
            {t('add')}
          </Button>
        )}
      </Group>
      {kpis.length === 0 ? (
        <Stack gap={4}>
          <Text c="dimmed">{t('empty')}</Text>
          {canManage && <Text size="sm">{t('emptyHint')}</Text>}
        </Stack>
      ) : (
        <Stack gap="md">
          {kpis.map((k) => (
            <KpiCard
              key={k.id}
              kpi={k}
              canManage={canManage}
              canRecord={canRecord}
              onEdit={setEditing}
              onChanged={onReload}
              headingOrder={headingOrder === 2 ? 3 : 4}
            />
          ))}
        </Stack>
      )}
      {editing && (
        <KpiFormModal
          key={editing === 'new' ? 'new' : `${editing.id}:${editing.version}`}
          onClose={() => setEditing(null)}
          cooperationId={cooperationId}
          subject={subject}
          kpi={editing === 'new' ? undefined : editing}
          onConflict={onReload}
        />
      )}
    </section>
  );
}
