import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { createContext, useContext, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { KpiFieldsFragment } from '../../../gql/graphql';
import { KpiStateBadge } from '../../kpi/components/KpiCard';
import { KpiSection } from '../../kpi/components/KpiSection';
import { DisclosureChevron } from '../../../components/ui/DisclosureChevron';

/** The panel below the series table that shows one series' KPIs in full. */
export const SERIES_KPI_PANEL = 'series-kpi-panel';

const toggleId = (seriesId: string) => `series-kpis-toggle-${seriesId}`;

/**
 * Which series' KPIs are open, and how to toggle them: a context, so that the table's column
 * definitions (whose cell functions React sees as components) stay the same when it changes.
 */
export const SeriesKpiToggle = createContext<{ open: string | null; toggle: (seriesId: string) => void }>({
  open: null,
  toggle: () => undefined,
});

interface SeriesWithKpis {
  id: string;
  name: string;
  kpis: readonly KpiFieldsFragment[];
}

/**
 * The KPI cell of a series row: each KPI's name with its state, and a disclosure button that
 * opens the series' KPIs in full below the table (planners also when there is none yet, to add one).
 */
export function SeriesKpiCell({ series, planner }: { series: SeriesWithKpis; planner: boolean }) {
  const { t } = useTranslation('events');
  const { open, toggle } = useContext(SeriesKpiToggle);
  const expanded = open === series.id;
  const some = series.kpis.length > 0;
  const label = some ? t('series.kpisDetails') : t('series.kpisAdd');
  return (
    <Stack gap={4} align="flex-start">
      {some ? (
        <Stack component="ul" gap={4} m={0} p={0} style={{ listStyle: 'none' }}>
          {series.kpis.map((k) => (
            <Group component="li" key={k.id} gap={6} wrap="wrap">
              <Text size="sm" component="span">
                {k.name}
              </Text>
              <KpiStateBadge state={k.state} size="sm" />
            </Group>
          ))}
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">
          {t('series.kpisNone')}
        </Text>
      )}
      {(some || planner) && (
        <Button
          id={toggleId(series.id)}
          size="compact-xs"
          variant={expanded ? 'light' : 'subtle'}
          aria-expanded={expanded}
          // only while the panel is there: a reference to nothing is an error for axe
          aria-controls={expanded ? SERIES_KPI_PANEL : undefined}
          onClick={() => toggle(series.id)}
          aria-label={`${label}: ${t('series.kpisOf', { name: series.name })}`}
          leftSection={<DisclosureChevron expanded={expanded} />}
        >
          {label}
        </Button>
      )}
    </Stack>
  );
}

/**
 * One series' KPIs in full (chart, data table; planners add, edit, delete and record). Opening it
 * moves the focus to its heading; closing returns it to the row's button.
 */
export function SeriesKpiPanel({
  cooperationId,
  series,
  planner,
  onClose,
  onReload,
}: {
  cooperationId: string;
  series: SeriesWithKpis;
  planner: boolean;
  onClose: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation('events');
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const heading = ref.current?.querySelector<HTMLElement>('h2');
    if (!heading) return;
    heading.tabIndex = -1;
    heading.focus({ preventScroll: true });
    ref.current?.scrollIntoView({ block: 'nearest' });
  }, [series.id]);
  const close = () => {
    onClose();
    document.getElementById(toggleId(series.id))?.focus();
  };
  return (
    <Paper withBorder p="md" id={SERIES_KPI_PANEL} ref={ref} data-testid="series-kpis">
      <Stack gap="md">
        <KpiSection
          cooperationId={cooperationId}
          subject={{ kind: 'EVENT_SERIES', id: series.id }}
          kpis={series.kpis}
          canManage={planner}
          canRecord={planner}
          onReload={onReload}
          title={t('series.kpisTitle', { name: series.name })}
          headingOrder={2}
        />
        <Group justify="flex-end">
          <Button variant="default" size="sm" onClick={close}>
            {t('series.kpisClose')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
