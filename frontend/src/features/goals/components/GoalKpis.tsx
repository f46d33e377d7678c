import { Box, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GoalFieldsFragment, KpiFieldsFragment } from '../../../gql/graphql';
import { DisclosureChevron } from '../../../components/ui/DisclosureChevron';
import { formatDay } from '../../../lib/berlin';
import { KpiCard, KpiStateBadge } from '../../kpi/components/KpiCard';
import { formatValue } from '../../kpi/model';
import classes from './goals.module.css';

/**
 * A goal's KPIs in the tree: one line each (latest value, target, state), every line a
 * disclosure button that unfolds the full KPI card below it (chart, data table, recording,
 * editing). Planners manage and record goal KPIs; everyone else reads them.
 */
export function GoalKpis({
  goal,
  canManage,
  headingOrder,
  onEdit,
  onReload,
}: {
  goal: GoalFieldsFragment;
  canManage: boolean;
  /** The level of the cards' headings: one below the goal's own. */
  headingOrder: 4 | 5 | 6;
  onEdit: (kpi: KpiFieldsFragment) => void;
  onReload: () => void;
}) {
  const { t, i18n } = useTranslation('goals');
  const lng = i18n.language;
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set());
  if (goal.kpis.length === 0) return null;
  const toggle = (id: string) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  return (
    <div>
      <Text size="sm" fw={600}>
        {t('kpis.title')}
      </Text>
      <Stack component="ul" gap={4} m={0} p={0} style={{ listStyle: 'none' }}>
        {goal.kpis.map((k) => {
          const expanded = open.has(k.id);
          const panelId = `goal-kpi-${k.id}`;
          return (
            <li key={k.id}>
              <Group gap="xs" wrap="nowrap" align="flex-start">
                <UnstyledButton
                  className={classes.kpiToggle}
                  aria-expanded={expanded}
                  // only while the card is there: a reference to nothing is an error for axe
                  aria-controls={expanded ? panelId : undefined}
                  onClick={() => toggle(k.id)}
                  data-testid="goal-kpi-toggle"
                >
                  <DisclosureChevron expanded={expanded} c="var(--mantine-color-anchor)" />
                  <span>
                    {k.name}:{' '}
                    {k.latest
                      ? t('kpis.latest', { value: formatValue(k.latest.value, k.unit, lng), date: formatDay(k.latest.measuredOn, lng) })
                      : t('kpis.noValue')}{' '}
                    · {t('kpis.target', { value: formatValue(k.target, k.unit, lng) })}
                  </span>
                </UnstyledButton>
                <KpiStateBadge state={k.state} size="sm" />
              </Group>
              {expanded && (
                <Box id={panelId} mt="xs" mb="xs">
                  <KpiCard kpi={k} canManage={canManage} canRecord={canManage} onEdit={onEdit} onChanged={onReload} headingOrder={headingOrder} />
                </Box>
              )}
            </li>
          );
        })}
      </Stack>
    </div>
  );
}
