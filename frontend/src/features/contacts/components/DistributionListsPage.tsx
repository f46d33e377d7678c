import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { createColumnHelper, getCoreRowModel, useReactTable } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { z } from 'zod';
import { DataTable } from '../../../components/ui/DataTable';
import { FormError } from '../../../components/ui/FormError';
import { AnchorLink } from '../../../components/ui/links';
import { PageHeader } from '../../../components/ui/PageHeader';
import { ErrorState, ForbiddenState } from '../../../components/ui/states';
import type { DistributionListFieldsFragment } from '../../../gql/graphql';
import { errorText, hasCode } from '../../../lib/errors';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useCurrentCooperation } from '../../cooperation/CooperationContext';
import {
  CreateDistributionListMutation,
  DeleteDistributionListMutation,
  DistributionListsQuery,
  UpdateDistributionListMutation,
} from '../api/contacts';
import { applyContactErrors } from '../contactForm';
import { canEditContacts, canReadContacts } from '../model';

type List = DistributionListFieldsFragment;
const CONTEXT = { additionalTypenames: ['DistributionList'] };
const column = createColumnHelper<List>();

/** Verteiler: the lists with their member counts; create, rename and delete (after confirmation). */
export function DistributionListsPage() {
  const { t } = useTranslation('contacts');
  const coop = useCurrentCooperation();
  usePageTitle(t('lists.title'));
  if (!canReadContacts(coop.myRole)) return <ForbiddenState>{t('forbidden')}</ForbiddenState>;
  return <ListsView />;
}

function ListsView() {
  const { t } = useTranslation('contacts');
  const { t: tc } = useTranslation();
  const coop = useCurrentCooperation();
  const editor = canEditContacts(coop.myRole);
  const [editing, setEditing] = useState<List | 'new' | null>(null);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: DistributionListsQuery,
    variables: { cooperationId: coop.id },
    requestPolicy: 'cache-and-network',
    context: CONTEXT,
  });
  const [, deleteList] = useMutation(DeleteDistributionListMutation);

  const remove = (l: List) =>
    modals.openConfirmModal({
      title: t('lists.deleteTitle'),
      children: <Text size="sm">{t('lists.deleteText', { name: l.name, count: l.memberCount })}</Text>,
      labels: { confirm: t('lists.deleteConfirm'), cancel: tc('actions.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => void (async () => {
        const res = await deleteList({ input: { id: l.id, version: l.version } }, CONTEXT);
        if (res.error) {
          notifications.show({ color: 'red', title: tc('errors.title'), message: errorText(res.error, tc), autoClose: 8000 });
          if (hasCode(res.error, 'CONFLICT')) reexecute({ requestPolicy: 'network-only' });
          return;
        }
        notifications.show({ color: 'green', message: t('lists.deleted', { name: l.name }) });
      })(),
    });

  const columns = useMemo(
    () => [
      column.accessor('name', {
        header: () => t('lists.name'),
        cell: (info) => (
          <AnchorLink to="/c/$cooperationId/contacts/lists/$listId" params={{ cooperationId: coop.id, listId: info.row.original.id }} fw={600}>
            {info.getValue()}
          </AnchorLink>
        ),
      }),
      column.accessor('description', { header: () => t('lists.description') }),
      column.accessor('memberCount', { header: () => t('lists.memberCount') }),
      ...(editor
        ? [
            column.display({
              id: 'actions',
              header: () => tc('actions.edit'),
              cell: (info) => (
                <Group gap="xs" wrap="nowrap">
                  <Button size="xs" variant="default" onClick={() => setEditing(info.row.original)} aria-label={t('lists.renameLabel', { name: info.row.original.name })}>
                    {t('lists.rename')}
                  </Button>
                  <Button size="xs" color="red" variant="light" onClick={() => remove(info.row.original)} aria-label={t('lists.deleteLabel', { name: info.row.original.name })}>
                    {t('lists.delete')}
                  </Button>
                </Group>
              ),
            }),
          ]
        : []),
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, tc, coop.id, editor],
  );
  const items = data?.distributionLists ?? [];
  const table = useReactTable({ data: items, columns, getCoreRowModel: getCoreRowModel(), getRowId: (l) => l.id });

  return (
    <Stack gap="md">
      <PageHeader
        title={t('lists.title')}
        description={t('lists.intro')}
        trail={[
          <AnchorLink key="contacts" to="/c/$cooperationId/contacts" params={{ cooperationId: coop.id }}>
            {t('list.title')}
          </AnchorLink>,
        ]}
        actions={editor ? <Button onClick={() => setEditing('new')}>{t('lists.create')}</Button> : undefined}
      />
      {error && !data ? (
        <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : (
        <DataTable table={table} caption={t('lists.caption')} emptyText={fetching && !data ? tc('state.loading') : t('lists.empty')} loading={fetching && !data} />
      )}
      {editing && <ListFormModal list={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </Stack>
  );
}

interface ListFormValues {
  name: string;
  description: string;
}

/** Creates a list or renames one (with its version: a stale one says so). */
function ListFormModal({ list, onClose }: { list: List | null; onClose: () => void }) {
  const { t } = useTranslation('contacts');
  const { t: tc } = useTranslation();
  const coop = useCurrentCooperation();
  const [formError, setFormError] = useState<string | null>(null);
  const [{ fetching: creating }, createList] = useMutation(CreateDistributionListMutation);
  const [{ fetching: updating }, updateList] = useMutation(UpdateDistributionListMutation);
  const schema = useMemo(
    () => z.object({ name: z.string().trim().min(1, t('validation.nameRequired')).max(200, t('validation.tooLong')), description: z.string().max(2000, t('validation.tooLong')) }),
    [t],
  );
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<ListFormValues>({ resolver: zodResolver(schema), defaultValues: { name: list?.name ?? '', description: list?.description ?? '' } });

  const onSubmit = async (v: ListFormValues) => {
    setFormError(null);
    const res = list
      ? await updateList({ input: { id: list.id, version: list.version, name: v.name.trim(), description: v.description.trim() } }, CONTEXT)
      : await createList({ input: { cooperationId: coop.id, name: v.name.trim(), description: v.description.trim() } }, CONTEXT);
    if (res.error) {
      setFormError(applyContactErrors(res.error, setError, ['name', 'description'], tc));
      return;
    }
    notifications.show({ color: 'green', message: list ? t('lists.saved') : t('lists.created', { name: v.name.trim() }) });
    onClose();
  };

  return (
    <Modal opened onClose={onClose} title={list ? t('lists.renameTitle') : t('lists.create')}>
      <form onSubmit={handleSubmit(onSubmit)} noValidate>
        <Stack gap="md">
          <FormError message={formError} />
          <TextInput label={t('lists.name')} required error={errors.name?.message} data-autofocus {...register('name')} />
          <Textarea label={t('lists.description')} autosize minRows={2} error={errors.description?.message} {...register('description')} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" type="button" onClick={onClose}>
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
