import { Button, Group, Stack, Text, VisuallyHidden } from '@mantine/core';
import { createColumnHelper, getCoreRowModel, useReactTable } from '@tanstack/react-table';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { DataTable } from '../../../components/ui/DataTable';
import { AnchorLink } from '../../../components/ui/links';
import { PageHeader } from '../../../components/ui/PageHeader';
import { ErrorState, ForbiddenState } from '../../../components/ui/states';
import type { SeriesWithKpisQuery as SeriesData } from '../../../gql/graphql';
import { monthName } from '../../../lib/berlin';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useCurrentCooperation } from '../../cooperation/CooperationContext';
import { SeriesWithKpisQuery } from '../api/events';
import { canPlan, canReadEvents, partnerLabel } from '../model';
import { DeleteSeriesButton } from './DeleteButtons';
import { SeriesFormModal } from './SeriesFormModal';
import { SeriesKpiCell, SeriesKpiPanel, SeriesKpiToggle } from './SeriesKpis';

type Series = SeriesData['eventSeries'][number];

const column = createColumnHelper<Series>();
// 'Kpi': the first KPI of a series (when none has one yet) must refresh the list too
const CONTEXT = { additionalTypenames: ['EventSeries', 'Kpi'] };

/**
 * Veranstaltungsreihen: the recurring formats with their checklists and KPIs; planners create and
 * edit them and keep their KPIs.
 */
export function SeriesPage() {
  const { t } = useTranslation('events');
  const coop = useCurrentCooperation();
  usePageTitle(t('series.title'));
  if (!canReadEvents(coop.myRole)) return <ForbiddenState>{t('forbidden')}</ForbiddenState>;
  return <SeriesList />;
}

function SeriesList() {
  const { t, i18n } = useTranslation('events');
  const { t: tc } = useTranslation();
  const coop = useCurrentCooperation();
  const planner = canPlan(coop.myRole);
  // null: closed; 'new': create; otherwise the ID of the series being edited
  const [open, setOpen] = useState<string | null>(null);
  // the series whose KPIs are shown in full below the table
  const [kpisOf, setKpisOf] = useState<string | null>(null);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: SeriesWithKpisQuery,
    variables: { cooperationId: coop.id },
    requestPolicy: 'cache-and-network',
    context: CONTEXT,
  });
  const items = useMemo(() => data?.eventSeries ?? [], [data]);
  const editing = open && open !== 'new' ? (items.find((s) => s.id === open) ?? null) : null;
  const kpiSeries = kpisOf ? (items.find((s) => s.id === kpisOf) ?? null) : null;
  const reload = () => reexecute({ requestPolicy: 'network-only' });
  const toggleKpis = useCallback((id: string) => setKpisOf((cur) => (cur === id ? null : id)), []);
  const kpiToggle = useMemo(() => ({ open: kpisOf, toggle: toggleKpis }), [kpisOf, toggleKpis]);

  const columns = useMemo(
    () => [
      column.accessor('name', {
        header: () => t('series.name'),
        cell: (info) => (
          <div>
            <Text size="sm" fw={600}>
              {info.getValue()}
            </Text>
            {info.row.original.description && (
              <Text size="sm" c="dimmed" lineClamp={2}>
                {info.row.original.description}
              </Text>
            )}
          </div>
        ),
      }),
      column.accessor('usualMonth', {
        header: () => t('series.usualMonth'),
        cell: (info) => {
          const m = info.getValue();
          return m ? monthName(m, i18n.language) : t('event.none');
        },
      }),
      column.accessor((s) => partnerLabel(s.defaultLeadPartner), {
        id: 'lead',
        header: () => t('series.defaultLeadPartner'),
        cell: (info) => (
          <span title={info.row.original.defaultLeadPartner?.organisation.name}>{info.getValue() || t('event.none')}</span>
        ),
      }),
      column.accessor('eventCount', {
        header: () => t('series.events'),
        cell: (info) => (
          <AnchorLink
            to="/c/$cooperationId/events"
            params={{ cooperationId: coop.id }}
            search={{ series: info.row.original.id, period: 'all' }}
          >
            {info.getValue()}
            <VisuallyHidden>
              {' '}
              {t('series.events')}: {info.row.original.name}
            </VisuallyHidden>
          </AnchorLink>
        ),
      }),
      column.accessor((s) => s.taskTemplate.length, {
        id: 'checklist',
        header: () => t('series.checklist'),
        cell: (info) => t('series.checklistCount', { count: info.getValue() }),
      }),
      column.accessor((s) => s.kpis.length, {
        id: 'kpis',
        header: () => t('series.kpis'),
        cell: (info) => <SeriesKpiCell series={info.row.original} planner={planner} />,
      }),
      ...(planner
        ? [
            column.display({
              id: 'actions',
              header: () => t('series.actions'),
              cell: (info) => (
                <Group gap="xs" wrap="nowrap">
                  <Button size="compact-sm" variant="default" onClick={() => setOpen(info.row.original.id)}>
                    {t('series.edit')}
                    <VisuallyHidden>: {info.row.original.name}</VisuallyHidden>
                  </Button>
                  {info.row.original.eventCount === 0 && <DeleteSeriesButton series={info.row.original} />}
                </Group>
              ),
            }),
          ]
        : []),
    ],
    [t, i18n.language, coop.id, planner],
  );

  const table = useReactTable({ data: items, columns, getCoreRowModel: getCoreRowModel(), getRowId: (s) => s.id });

  return (
    <Stack gap="md">
      <PageHeader
        title={t('series.title')}
        trail={[
          <AnchorLink key="events" to="/c/$cooperationId/events" params={{ cooperationId: coop.id }} size="sm">
            {t('list.title')}
          </AnchorLink>,
        ]}
        actions={planner ? <Button onClick={() => setOpen('new')}>{t('series.create')}</Button> : undefined}
      />
      {error && !data ? (
        <ErrorState error={error} onRetry={reload} />
      ) : (
        <SeriesKpiToggle value={kpiToggle}>
          <DataTable
            table={table}
            caption={t('series.caption')}
            emptyText={fetching && !data ? tc('state.loading') : t('series.empty')}
            loading={fetching && !data}
          />
        </SeriesKpiToggle>
      )}
      {kpiSeries && (
        <SeriesKpiPanel cooperationId={coop.id} series={kpiSeries} planner={planner} onClose={() => setKpisOf(null)} onReload={reload} />
      )}
      {planner && (
        <SeriesFormModal
          key={open === 'new' ? 'new' : `${editing?.id ?? ''}:${editing?.version ?? ''}`}
          cooperation={coop}
          series={editing}
          opened={open === 'new' || editing !== null}
          onClose={() => setOpen(null)}
          onReload={reload}
        />
      )}
    </Stack>
  );
}
