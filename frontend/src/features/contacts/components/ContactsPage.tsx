import { Badge, Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { createColumnHelper, getCoreRowModel, useReactTable } from '@tanstack/react-table';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import type { ContactsSearch } from '../../../app/router';
import { DataTable } from '../../../components/ui/DataTable';
import { AnchorLink, ButtonLink } from '../../../components/ui/links';
import { PageHeader } from '../../../components/ui/PageHeader';
import { ErrorState, ForbiddenState } from '../../../components/ui/states';
import { TablePagination } from '../../../components/ui/TablePagination';
import type { ContactListFieldsFragment } from '../../../gql/graphql';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useCurrentCooperation } from '../../cooperation/CooperationContext';
import { canEraseContact } from '../../privacy/model';
import { ContactOrganisationsQuery, ContactsQuery, DistributionListsQuery } from '../api/contacts';
import { canEditContacts, canReadContacts } from '../model';
import { CreateContactModal } from './CreateContactModal';

export const CONTACTS_PAGE_SIZE = 25;
const CONTEXT = { additionalTypenames: ['Contact'] };
const LIST_CONTEXT = { additionalTypenames: ['DistributionList'] };
const column = createColumnHelper<ContactListFieldsFragment>();

/** Kontakte: search, organisation and list filters in the URL, a table, pages. */
export function ContactsPage() {
  const { t } = useTranslation('contacts');
  const coop = useCurrentCooperation();
  usePageTitle(t('list.title'));
  if (!canReadContacts(coop.myRole)) return <ForbiddenState>{t('forbidden')}</ForbiddenState>;
  return <ContactsView />;
}

function ContactsView() {
  const { t } = useTranslation('contacts');
  const { t: tc } = useTranslation();
  const { t: tp } = useTranslation('privacy');
  const coop = useCurrentCooperation();
  const editor = canEditContacts(coop.myRole);
  const navigate = useNavigate({ from: '/c/$cooperationId/contacts' });
  const search = useSearch({ from: '/app/c/$cooperationId/contacts' });
  const [query, setQuery] = useState(search.q ?? '');
  const [debouncedQuery] = useDebouncedValue(query.trim(), 300);
  const [creating, setCreating] = useState(false);

  useEffect(() => {
    if (debouncedQuery === (search.q ?? '')) return;
    void navigate({ search: (prev) => ({ ...prev, q: debouncedQuery || undefined, page: undefined }), replace: true });
  }, [debouncedQuery, search.q, navigate]);

  const page = search.page ?? 1;
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: ContactsQuery,
    variables: {
      cooperationId: coop.id,
      filter: { query: search.q ?? null, organisationId: search.org ?? null, distributionListId: search.list ?? null },
      limit: CONTACTS_PAGE_SIZE,
      offset: (page - 1) * CONTACTS_PAGE_SIZE,
    },
    requestPolicy: 'cache-and-network',
    context: CONTEXT,
  });
  const [orgResult] = useQuery({ query: ContactOrganisationsQuery, variables: { cooperationId: coop.id } });
  const [listResult] = useQuery({ query: DistributionListsQuery, variables: { cooperationId: coop.id }, context: LIST_CONTEXT });
  const organisations = orgResult.data?.organisations.items ?? [];
  const lists = listResult.data?.distributionLists ?? [];

  const columns = useMemo(
    () => [
      column.accessor((c) => `${c.lastName}, ${c.firstName}`, {
        id: 'name',
        header: () => t('fields.name'),
        cell: (info) => (
          <Group gap="xs" wrap="nowrap">
            <AnchorLink to="/c/$cooperationId/contacts/$contactId" params={{ cooperationId: coop.id, contactId: info.row.original.id }} fw={600}>
              {[info.row.original.title, info.row.original.lastName].filter(Boolean).join(' ')}
              {info.row.original.firstName ? `, ${info.row.original.firstName}` : ''}
            </AnchorLink>
            {info.row.original.optedOutAt && (
              <Badge color="gray" variant="light" size="sm">
                {t('contact.optedOut')}
              </Badge>
            )}
          </Group>
        ),
      }),
      column.accessor('function', { header: () => t('fields.function') }),
      column.accessor((c) => c.organisation?.name ?? '', { id: 'organisation', header: () => t('fields.organisation') }),
      column.accessor((c) => c.email ?? '', {
        id: 'email',
        header: () => t('fields.email'),
        cell: (info) => (info.row.original.detailsHidden ? <Text c="dimmed" size="sm">{t('contact.hidden')}</Text> : info.getValue()),
      }),
      column.accessor('legalBasis', { header: () => t('fields.legalBasis'), cell: (info) => t(`legalBasis.${info.getValue()}`) }),
    ],
    [t, coop.id],
  );

  const items = data?.contacts.items ?? [];
  const total = data?.contacts.totalCount ?? 0;
  const table = useReactTable({ data: items, columns, getCoreRowModel: getCoreRowModel(), getRowId: (c) => c.id, manualPagination: true, rowCount: total });
  const setSearch = (patch: Partial<ContactsSearch>) => void navigate({ search: (prev) => ({ ...prev, ...patch, page: patch.page }) });
  const filtered = !!(search.q || search.org || search.list);

  return (
    <Stack gap="md">
      <PageHeader
        title={t('list.title')}
        description={t('list.description')}
        actions={
          <>
            <ButtonLink variant="default" to="/c/$cooperationId/contacts/lists" params={{ cooperationId: coop.id }}>
              {t('lists.title')}
            </ButtonLink>
            {canEraseContact(coop.myRole) && (
              <ButtonLink variant="default" to="/c/$cooperationId/contacts/retention" params={{ cooperationId: coop.id }}>
                {tp('retention.link')}
              </ButtonLink>
            )}
            {editor && (
              <ButtonLink variant="default" to="/c/$cooperationId/contacts/import" params={{ cooperationId: coop.id }}>
                {t('import.title')}
              </ButtonLink>
            )}
            {editor && <Button onClick={() => setCreating(true)}>{t('create.title')}</Button>}
          </>
        }
      />
      <Group align="flex-end" gap="md" wrap="wrap">
        <TextInput
          label={t('list.search')}
          placeholder={t('list.searchPlaceholder')}
          type="search"
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          w={{ base: '100%', sm: 300 }}
        />
        <NativeSelect
          label={t('list.organisationFilter')}
          value={search.org ?? ''}
          onChange={(e) => setSearch({ org: e.currentTarget.value || undefined })}
          data={[{ value: '', label: t('list.allOrganisations') }, ...organisations.map((o) => ({ value: o.id, label: o.name }))]}
          w={{ base: '100%', sm: 260 }}
        />
        <NativeSelect
          label={t('list.listFilter')}
          value={search.list ?? ''}
          onChange={(e) => setSearch({ list: e.currentTarget.value || undefined })}
          data={[{ value: '', label: t('list.allLists') }, ...lists.map((l) => ({ value: l.id, label: l.name }))]}
          w={{ base: '100%', sm: 260 }}
        />
        {filtered && (
          <Button
            variant="subtle"
            onClick={() => {
              setQuery('');
              void navigate({ search: {} });
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
            emptyText={fetching && !data ? tc('state.loading') : filtered ? t('list.emptyFiltered') : t('list.empty')}
            loading={fetching && !data}
          />
          <TablePagination page={page} pageSize={CONTACTS_PAGE_SIZE} total={total} onChange={(p) => setSearch({ page: p > 1 ? p : undefined })} />
        </div>
      )}
      {editor && <CreateContactModal cooperationId={coop.id} organisations={organisations} opened={creating} onClose={() => setCreating(false)} />}
    </Stack>
  );
}
