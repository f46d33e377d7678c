import { Badge, Button, Group, MultiSelect, NativeSelect, Stack, TextInput, Tooltip } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { createColumnHelper, getCoreRowModel, useReactTable } from '@tanstack/react-table';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { DataTable } from '../../../components/ui/DataTable';
import { AnchorLink } from '../../../components/ui/links';
import { ErrorState } from '../../../components/ui/states';
import { TablePagination } from '../../../components/ui/TablePagination';
import type { EventListFieldsFragment, EventsQueryVariables } from '../../../gql/graphql';
import { formatEventSpan } from '../../../lib/berlin';
import type { EventsSearch } from '../../../app/router';
import { EventSeriesQuery, EventsQuery } from '../api/events';
import { EVENT_STATUSES, isEventStatus, partnerLabel } from '../model';
import { EventStatusBadge } from './EventStatusBadge';

export const EVENTS_PAGE_SIZE = 20;

const column = createColumnHelper<EventListFieldsFragment>();

/** The query variables for the list's search params; `now` is fixed per page visit. */
export function eventListVariables(cooperationId: string, search: EventsSearch, now: string): EventsQueryVariables {
  const page = search.page ?? 1;
  const period = search.period ?? 'upcoming';
  return {
    cooperationId,
    filter: {
      query: search.q ?? null,
      statuses: search.status ?? null,
      seriesId: search.series ?? null,
      from: period === 'upcoming' ? now : null,
      until: period === 'past' ? now : null,
    },
    orderBy: period === 'past' ? 'STARTS_AT_DESC' : 'STARTS_AT_ASC',
    limit: EVENTS_PAGE_SIZE,
    offset: (page - 1) * EVENTS_PAGE_SIZE,
  };
}

const CONTEXT = { additionalTypenames: ['Event'] };

/** The list view of Veranstaltungen: filters in the URL, a table, pages. */
export function EventsList({ cooperationId }: { cooperationId: string }) {
  const { t, i18n } = useTranslation('events');
  const { t: tc } = useTranslation();
  const navigate = useNavigate({ from: '/c/$cooperationId/events' });
  const search = useSearch({ from: '/app/c/$cooperationId/events' });
  const [now] = useState(() => new Date().toISOString());
  const [query, setQuery] = useState(search.q ?? '');
  const [debouncedQuery] = useDebouncedValue(query.trim(), 300);

  useEffect(() => {
    if (debouncedQuery === (search.q ?? '')) return;
    void navigate({ search: (prev) => ({ ...prev, q: debouncedQuery || undefined, page: undefined }), replace: true });
  }, [debouncedQuery, search.q, navigate]);

  const variables = useMemo(() => eventListVariables(cooperationId, search, now), [cooperationId, search, now]);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: EventsQuery,
    variables,
    requestPolicy: 'cache-and-network',
    context: CONTEXT,
  });
  const [seriesResult] = useQuery({ query: EventSeriesQuery, variables: { cooperationId } });
  const series = seriesResult.data?.eventSeries ?? [];

  const columns = useMemo(
    () => [
      column.accessor('title', {
        header: () => t('fields.title'),
        cell: (info) => (
          <AnchorLink
            to="/c/$cooperationId/events/$eventId"
            params={{ cooperationId, eventId: info.row.original.id }}
            fw={600}
          >
            {info.getValue()}
          </AnchorLink>
        ),
      }),
      column.accessor((e) => e.warnings.length, {
        id: 'warnings',
        header: () => t('warnings.column'),
        cell: (info) => {
          const n = info.getValue();
          if (n === 0) return null;
          const label = t('warnings.listLabel', { count: n });
          return (
            <Tooltip label={label}>
              <Badge color="yellow" variant="light" aria-label={label} role="img">
                ⚠ {n}
              </Badge>
            </Tooltip>
          );
        },
      }),
      column.accessor('startsAt', {
        header: () => t('fields.when'),
        cell: (info) => <span style={{ whiteSpace: 'nowrap' }}>{formatEventSpan(info.getValue(), info.row.original.endsAt, i18n.language)}</span>,
      }),
      column.accessor((e) => e.series?.name ?? '', { id: 'series', header: () => t('fields.series') }),
      column.accessor('venue', { header: () => t('fields.venue') }),
      column.accessor((e) => partnerLabel(e.leadPartner), {
        id: 'lead',
        header: () => t('fields.leadPartner'),
        cell: (info) => <span title={info.row.original.leadPartner.organisation.name}>{info.getValue()}</span>,
      }),
      column.accessor('status', { header: () => t('fields.status'), cell: (info) => <EventStatusBadge status={info.getValue()} /> }),
      column.accessor('openTaskCount', { header: () => t('fields.openTasks') }),
    ],
    [t, i18n.language, cooperationId],
  );

  const items = data?.events.items ?? [];
  const total = data?.events.totalCount ?? 0;
  const table = useReactTable({
    data: items,
    columns,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (e) => e.id,
    manualPagination: true,
    rowCount: total,
  });

  const setSearch = (patch: Partial<EventsSearch>) => void navigate({ search: (prev) => ({ ...prev, ...patch, page: patch.page }) });
  const filtered = !!(search.q || search.status || search.series || search.period);

  return (
    <Stack gap="md">
      <Group align="flex-end" gap="md" wrap="wrap">
        <TextInput
          label={t('list.search')}
          placeholder={t('list.searchPlaceholder')}
          type="search"
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          w={{ base: '100%', sm: 260 }}
        />
        <MultiSelect
          label={t('list.statusFilter')}
          placeholder={search.status ? undefined : t('list.statusPlaceholder')}
          data={EVENT_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          value={search.status ?? []}
          onChange={(v) => {
            const list = v.filter(isEventStatus);
            setSearch({ status: list.length > 0 ? list : undefined });
          }}
          clearable
          clearButtonProps={{ 'aria-label': tc('actions.clear') }}
          w={{ base: '100%', sm: 300 }}
        />
        <NativeSelect
          label={t('list.seriesFilter')}
          value={search.series ?? ''}
          onChange={(e) => setSearch({ series: e.currentTarget.value || undefined })}
          data={[{ value: '', label: t('list.allSeries') }, ...series.map((s) => ({ value: s.id, label: s.name }))]}
        />
        <NativeSelect
          label={t('list.period')}
          value={search.period ?? 'upcoming'}
          onChange={(e) => {
            const v = e.currentTarget.value;
            setSearch({ period: v === 'past' || v === 'all' ? v : undefined });
          }}
          data={[
            { value: 'upcoming', label: t('list.upcoming') },
            { value: 'past', label: t('list.past') },
            { value: 'all', label: t('list.all') },
          ]}
        />
        {filtered && (
          <Button
            variant="subtle"
            onClick={() => {
              setQuery('');
              void navigate({ search: (prev) => ({ view: prev.view }) });
            }}
          >
            {t('list.resetFilters')}
          </Button>
        )}
      </Group>
      {error && !data ? (
        <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : (
        <div>
          <DataTable
            table={table}
            caption={t('list.caption')}
            emptyText={fetching && !data ? tc('state.loading') : t('list.empty')}
            loading={fetching && !data}
          />
          <TablePagination
            page={search.page ?? 1}
            pageSize={EVENTS_PAGE_SIZE}
            total={total}
            onChange={(p) => setSearch({ page: p > 1 ? p : undefined })}
          />
        </div>
      )}
    </Stack>
  );
}
