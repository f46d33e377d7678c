import { Button, Group, MultiSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useParams } from '@tanstack/react-router';
import { createColumnHelper, getCoreRowModel, useReactTable } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { DataTable } from '../../../components/ui/DataTable';
import { AnchorLink } from '../../../components/ui/links';
import { NotFoundContent } from '../../../components/ui/NotFoundContent';
import { PageHeader } from '../../../components/ui/PageHeader';
import { ErrorState, ForbiddenState, PageLoader } from '../../../components/ui/states';
import { TablePagination } from '../../../components/ui/TablePagination';
import type { ContactListFieldsFragment } from '../../../gql/graphql';
import { errorText, hasCode } from '../../../lib/errors';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useCurrentCooperation } from '../../cooperation/CooperationContext';
import { AddContactsToListMutation, ContactsQuery, DistributionListQuery, RemoveContactsFromListMutation } from '../api/contacts';
import { canEditContacts, canReadContacts } from '../model';

const PAGE_SIZE = 25;
const CONTEXT = { additionalTypenames: ['Contact', 'DistributionList'] };
const column = createColumnHelper<ContactListFieldsFragment>();

function contactLabel(c: { name: string; organisation?: { name: string } | null; email?: string | null }): string {
  return [c.name, c.organisation?.name, c.email].filter(Boolean).join(' · ');
}

/** One Verteiler: its members (paged), a searchable picker to add contacts, removal after confirmation. */
export function DistributionListPage() {
  const { t } = useTranslation('contacts');
  const coop = useCurrentCooperation();
  if (!canReadContacts(coop.myRole)) return <ForbiddenState>{t('forbidden')}</ForbiddenState>;
  return <ListView />;
}

function ListView() {
  const { t } = useTranslation('contacts');
  const { t: tc } = useTranslation();
  const coop = useCurrentCooperation();
  const editor = canEditContacts(coop.myRole);
  const { listId } = useParams({ from: '/app/c/$cooperationId/contacts/lists/$listId' });
  const [page, setPage] = useState(1);
  const [listResult, reloadList] = useQuery({ query: DistributionListQuery, variables: { id: listId }, requestPolicy: 'cache-and-network', context: CONTEXT });
  const [members, reloadMembers] = useQuery({
    query: ContactsQuery,
    variables: { cooperationId: coop.id, filter: { distributionListId: listId }, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE },
    requestPolicy: 'cache-and-network',
    context: CONTEXT,
  });
  const [, removeContacts] = useMutation(RemoveContactsFromListMutation);
  const list = listResult.data?.distributionList.id === listId ? listResult.data.distributionList : null;
  usePageTitle(list ? list.name : t('lists.notFoundTitle'));

  const remove = (c: ContactListFieldsFragment) =>
    modals.openConfirmModal({
      title: t('lists.removeTitle'),
      children: <Text size="sm">{t('lists.removeText', { name: c.name, list: list?.name ?? '' })}</Text>,
      labels: { confirm: t('lists.removeConfirm'), cancel: tc('actions.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => void (async () => {
        const res = await removeContacts({ input: { distributionListId: listId, contactIds: [c.id] } }, CONTEXT);
        if (res.error) {
          notifications.show({ color: 'red', title: tc('errors.title'), message: errorText(res.error, tc) });
          return;
        }
        notifications.show({ color: 'green', message: t('lists.removed', { name: c.name }) });
      })(),
    });

  const columns = useMemo(
    () => [
      column.accessor('name', {
        header: () => t('fields.name'),
        cell: (info) => (
          <AnchorLink to="/c/$cooperationId/contacts/$contactId" params={{ cooperationId: coop.id, contactId: info.row.original.id }} fw={600}>
            {info.getValue()}
          </AnchorLink>
        ),
      }),
      column.accessor((c) => c.organisation?.name ?? '', { id: 'organisation', header: () => t('fields.organisation') }),
      column.accessor((c) => c.email ?? '', {
        id: 'email',
        header: () => t('fields.email'),
        cell: (info) => (info.row.original.detailsHidden ? <Text c="dimmed" size="sm">{t('contact.hidden')}</Text> : info.getValue()),
      }),
      ...(editor
        ? [
            column.display({
              id: 'remove',
              header: () => t('lists.removeColumn'),
              cell: (info) => (
                <Button size="xs" variant="light" color="red" onClick={() => remove(info.row.original)} aria-label={t('lists.removeLabel', { name: info.row.original.name })}>
                  {t('lists.remove')}
                </Button>
              ),
            }),
          ]
        : []),
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, coop.id, editor, list?.name],
  );
  const items = members.data?.contacts.items ?? [];
  const total = members.data?.contacts.totalCount ?? 0;
  const table = useReactTable({ data: items, columns, getCoreRowModel: getCoreRowModel(), getRowId: (c) => c.id, manualPagination: true, rowCount: total });

  if (hasCode(listResult.error, 'NOT_FOUND')) return <NotFoundContent title={t('lists.notFoundTitle')} text={t('lists.notFoundText')} />;
  if (!list) {
    if (listResult.error && !listResult.fetching) return <ErrorState error={listResult.error} onRetry={() => reloadList({ requestPolicy: 'network-only' })} />;
    return <PageLoader />;
  }
  return (
    <Stack gap="md">
      <PageHeader
        title={list.name}
        description={list.description || undefined}
        trail={[
          <AnchorLink key="contacts" to="/c/$cooperationId/contacts" params={{ cooperationId: coop.id }}>
            {t('list.title')}
          </AnchorLink>,
          <AnchorLink key="lists" to="/c/$cooperationId/contacts/lists" params={{ cooperationId: coop.id }}>
            {t('lists.title')}
          </AnchorLink>,
        ]}
      />
      {editor && <AddContacts listId={listId} />}
      <section aria-labelledby="list-members-heading">
        <Title order={2} size="h4" id="list-members-heading" mb="sm">
          {t('lists.members', { count: list.memberCount })}
        </Title>
        {members.error && !members.data ? (
          <ErrorState error={members.error} onRetry={() => reloadMembers({ requestPolicy: 'network-only' })} />
        ) : (
          <div>
            <DataTable table={table} caption={t('lists.membersCaption', { name: list.name })} emptyText={members.fetching && !members.data ? tc('state.loading') : t('lists.noMembers')} loading={members.fetching && !members.data} />
            <TablePagination page={page} pageSize={PAGE_SIZE} total={total} onChange={setPage} />
          </div>
        )}
      </section>
    </Stack>
  );
}

/** A searchable picker of the cooperation's contacts; the chosen ones are added together. */
function AddContacts({ listId }: { listId: string }) {
  const { t } = useTranslation('contacts');
  const { t: tc } = useTranslation();
  const coop = useCurrentCooperation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const [selected, setSelected] = useState<string[]>([]);
  const [labels, setLabels] = useState<Record<string, string>>({});
  const [found] = useQuery({
    query: ContactsQuery,
    variables: { cooperationId: coop.id, filter: { query: debounced || null }, limit: 20, offset: 0 },
    context: CONTEXT,
  });
  const [{ fetching }, addContacts] = useMutation(AddContactsToListMutation);
  const options = useMemo(() => {
    const map = new Map<string, string>();
    for (const id of selected) map.set(id, labels[id] ?? id);
    for (const c of found.data?.contacts.items ?? []) map.set(c.id, contactLabel(c));
    return [...map].map(([value, label]) => ({ value, label }));
  }, [found.data, selected, labels]);

  const add = async () => {
    const res = await addContacts({ input: { distributionListId: listId, contactIds: selected } }, CONTEXT);
    if (res.error) {
      notifications.show({ color: 'red', title: tc('errors.title'), message: errorText(res.error, tc) });
      return;
    }
    notifications.show({ color: 'green', message: t('lists.added', { count: selected.length }) });
    setSelected([]);
    setSearch('');
  };

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('lists.addTitle')}
        </Title>
        <Group align="flex-end" gap="sm" wrap="wrap">
          <MultiSelect
            label={t('lists.picker')}
            placeholder={selected.length === 0 ? t('lists.pickerPlaceholder') : undefined}
            data={options}
            value={selected}
            onChange={(v) => {
              setSelected(v);
              setLabels((prev) => {
                const next = { ...prev };
                for (const o of options) if (v.includes(o.value)) next[o.value] = o.label;
                return next;
              });
            }}
            searchable
            searchValue={search}
            onSearchChange={setSearch}
            filter={({ options: o }) => o}
            nothingFoundMessage={found.fetching ? tc('state.loading') : t('lists.pickerNothing')}
            clearable
            clearButtonProps={{ 'aria-label': tc('actions.clear') }}
            w={{ base: '100%', sm: 520 }}
            maxDropdownHeight={320}
          />
          <Button onClick={() => void add()} disabled={selected.length === 0} loading={fetching}>
            {t('lists.add', { count: selected.length })}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
