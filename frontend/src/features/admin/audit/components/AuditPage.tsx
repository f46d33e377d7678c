import { Button, Code, Group, List, Stack, Text, TextInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useDebouncedValue } from '@mantine/hooks';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { createColumnHelper, getCoreRowModel, useReactTable } from '@tanstack/react-table';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { DataTable } from '../../../../components/ui/DataTable';
import { PageHeader } from '../../../../components/ui/PageHeader';
import { ErrorState, ForbiddenState } from '../../../../components/ui/states';
import { TablePagination } from '../../../../components/ui/TablePagination';
import type { AuditEntriesQuery as AuditEntriesResult } from '../../../../gql/graphql';
import { berlinDayStart, formatDateTime } from '../../../../lib/format';
import { usePageTitle } from '../../../../lib/usePageTitle';
import { useCurrentCooperation } from '../../../cooperation/CooperationContext';
import { AuditEntriesQuery } from '../api/audit';

export const AUDIT_PAGE_SIZE = 25;

type Entry = AuditEntriesResult['auditEntries']['items'][number];
type Change = Entry['changes'][number];

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const column = createColumnHelper<Entry>();

/** One changed field as "field: old → new", or "(vertraulich)" for redacted values. */
export function formatChange(c: Change, labels: { redacted: string; empty: string }): string {
  if (c.redacted) return `${c.field}: ${labels.redacted}`;
  return `${c.field}: ${c.old ?? labels.empty} → ${c.new ?? labels.empty}`;
}

/** Verwaltung › Änderungsprotokoll (ADMIN): who changed what and when, newest first. */
export function AuditPage() {
  const coop = useCurrentCooperation();
  const { t } = useTranslation('admin');
  usePageTitle(t('audit.title'));
  if (coop.myRole !== 'ADMIN') return <ForbiddenState />;
  return <AuditLog cooperationId={coop.id} />;
}

function useDebouncedSearchParam(
  value: string,
  key: 'action' | 'entityType',
  current: string,
  navigate: ReturnType<typeof useNavigate>,
) {
  const [debounced] = useDebouncedValue(value.trim(), 350);
  useEffect(() => {
    if (debounced === current) return;
    void navigate({
      to: '.',
      search: (prev: Record<string, unknown>) => ({ ...prev, [key]: debounced || undefined, page: undefined }),
      replace: true,
    });
  }, [debounced, current, key, navigate]);
}

function AuditLog({ cooperationId }: { cooperationId: string }) {
  const { t, i18n } = useTranslation('admin');
  const { t: tc } = useTranslation();
  const navigate = useNavigate();
  const search = useSearch({ strict: false });
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  const page = typeof search.page === 'number' && search.page > 0 ? search.page : 1;
  const from = DAY.test(str(search.from)) ? str(search.from) : null;
  const until = DAY.test(str(search.until)) ? str(search.until) : null;
  const [action, setAction] = useState(str(search.action));
  const [entityType, setEntityType] = useState(str(search.entityType));
  useDebouncedSearchParam(action, 'action', str(search.action), navigate);
  useDebouncedSearchParam(entityType, 'entityType', str(search.entityType), navigate);

  const setSearch = (patch: Record<string, string | number | undefined>) =>
    void navigate({ to: '.', search: (prev: Record<string, unknown>) => ({ ...prev, ...patch }) });

  const variables = useMemo(
    () => ({
      cooperationId,
      filter: {
        action: str(search.action) || null,
        entityType: str(search.entityType) || null,
        from: from ? berlinDayStart(from) : null,
        until: until ? berlinDayStart(until, true) : null,
      },
      limit: AUDIT_PAGE_SIZE,
      offset: (page - 1) * AUDIT_PAGE_SIZE,
    }),
    [cooperationId, search.action, search.entityType, from, until, page],
  );
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: AuditEntriesQuery,
    variables,
    requestPolicy: 'cache-and-network',
  });

  const labels = { redacted: t('audit.redacted'), empty: t('audit.emptyValue') };
  const columns = [
    column.accessor('at', {
      header: () => t('audit.at'),
      cell: (info) => <time dateTime={info.getValue()}>{formatDateTime(info.getValue(), i18n.language)}</time>,
    }),
    column.accessor('actorName', {
      header: () => t('audit.actor'),
      cell: (info) => info.getValue() || t('audit.system'),
    }),
    column.accessor('action', { header: () => t('audit.action'), cell: (info) => <Code>{info.getValue()}</Code> }),
    column.display({
      id: 'entity',
      header: () => t('audit.entity'),
      cell: (info) => (
        <Stack gap={0}>
          <Text size="sm">{info.row.original.entityType}</Text>
          <Text size="xs" c="dimmed" title={info.row.original.entityId}>
            {info.row.original.entityId.slice(0, 8)}
          </Text>
        </Stack>
      ),
    }),
    column.display({
      id: 'changes',
      header: () => t('audit.changes'),
      cell: (info) => {
        const changes = info.row.original.changes;
        if (changes.length === 0) return <Text size="sm" c="dimmed">–</Text>;
        return (
          <List size="sm" spacing={2}>
            {changes.map((c) => (
              <List.Item key={c.field}>{formatChange(c, labels)}</List.Item>
            ))}
          </List>
        );
      },
    }),
  ];

  const items = data?.auditEntries.items ?? [];
  const total = data?.auditEntries.totalCount ?? 0;
  const table = useReactTable({
    data: items,
    columns,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (e) => e.id,
    manualPagination: true,
    rowCount: total,
  });

  const filtered = Boolean(search.action || search.entityType || from || until);

  return (
    <Stack gap="md">
      <PageHeader title={t('audit.title')} trail={[tc('nav.admin')]} />
      <Group align="flex-end" gap="md" wrap="wrap">
        <TextInput
          label={t('audit.filterAction')}
          placeholder={t('audit.filterActionPlaceholder')}
          value={action}
          onChange={(e) => setAction(e.currentTarget.value)}
        />
        <TextInput
          label={t('audit.filterEntity')}
          placeholder={t('audit.filterEntityPlaceholder')}
          value={entityType}
          onChange={(e) => setEntityType(e.currentTarget.value)}
        />
        <DatePickerInput
          label={t('audit.from')}
          value={from}
          onChange={(v) => setSearch({ from: v ?? undefined, page: undefined })}
          valueFormat="DD.MM.YYYY"
          clearable
          maxDate={until ?? undefined}
          w={170}
        />
        <DatePickerInput
          label={t('audit.until')}
          value={until}
          onChange={(v) => setSearch({ until: v ?? undefined, page: undefined })}
          valueFormat="DD.MM.YYYY"
          clearable
          minDate={from ?? undefined}
          w={170}
        />
        {filtered && (
          <Button
            variant="default"
            onClick={() => {
              setAction('');
              setEntityType('');
              void navigate({ to: '.', search: {} });
            }}
          >
            {t('audit.resetFilters')}
          </Button>
        )}
      </Group>
      {error && !data ? (
        <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : (
        <>
          <DataTable
            table={table}
            caption={t('audit.caption')}
            emptyText={fetching && !data ? tc('state.loading') : t('audit.empty')}
            loading={fetching && !data}
          />
          <TablePagination page={page} pageSize={AUDIT_PAGE_SIZE} total={total} onChange={(p) => setSearch({ page: p })} />
        </>
      )}
    </Stack>
  );
}
