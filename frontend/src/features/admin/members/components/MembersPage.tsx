import { Alert, Badge, Button, Group, List, NativeSelect, Stack, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { createColumnHelper, getCoreRowModel, useReactTable } from '@tanstack/react-table';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { DataTable } from '../../../../components/ui/DataTable';
import { PageHeader } from '../../../../components/ui/PageHeader';
import { isRole, ROLES } from '../../../../components/ui/roles';
import { ErrorState, ForbiddenState } from '../../../../components/ui/states';
import { TablePagination } from '../../../../components/ui/TablePagination';
import type { MemberFieldsFragment, Role } from '../../../../gql/graphql';
import { errorText, hasCode } from '../../../../lib/errors';
import { usePageTitle } from '../../../../lib/usePageTitle';
import { useSessionUser } from '../../../auth/useSession';
import { useCurrentCooperation } from '../../../cooperation/CooperationContext';
import { ErasePersonDialog } from '../../../privacy/components/ErasePersonDialog';
import {
  MembersQuery,
  ResendInvitationMutation,
  SetMemberActiveMutation,
  UpdateMemberRoleMutation,
} from '../api/members';
import { InviteMemberModal } from './InviteMemberModal';
import { ERASED_NAME, MemberPrivacyActions } from './MemberPrivacyActions';

export const MEMBERS_PAGE_SIZE = 20;

type Member = MemberFieldsFragment;
type Status = 'active' | 'pending' | 'expired' | 'inactive';

/** A member without a password whose invitation link has run out must be invited again. */
export function memberStatus(
  m: Pick<Member, 'active'> & { invitationExpiresAt?: string | null; user: Pick<Member['user'], 'passwordSet'> },
  now: number = Date.now(),
): Status {
  if (!m.active) return 'inactive';
  if (m.user.passwordSet) return 'active';
  return m.invitationExpiresAt && Date.parse(m.invitationExpiresAt) > now ? 'pending' : 'expired';
}

const STATUS_COLOR: Record<Status, string> = { active: 'green', pending: 'yellow', expired: 'red', inactive: 'gray' };

const column = createColumnHelper<Member>();

/**
 * Verwaltung › Mitglieder (ADMIN): list, filter, invite, change role, (de)activate; for system
 * admins also export and erase a member's personal data (the user account, in every cooperation).
 */
export function MembersPage() {
  const coop = useCurrentCooperation();
  const { t } = useTranslation('admin');
  usePageTitle(t('members.title'));
  if (coop.myRole !== 'ADMIN') return <ForbiddenState />;
  return <MembersAdmin cooperationId={coop.id} />;
}

function MembersAdmin({ cooperationId }: { cooperationId: string }) {
  const { t } = useTranslation('admin');
  const { t: tc } = useTranslation();
  const navigate = useNavigate({ from: '/c/$cooperationId/admin/members' });
  const search = useSearch({ strict: false });
  const page = typeof search.page === 'number' && search.page > 0 ? search.page : 1;
  const role = isRole(search.role) ? search.role : undefined;
  const status = search.status === 'active' || search.status === 'inactive' ? search.status : undefined;
  const [query, setQuery] = useState(typeof search.q === 'string' ? search.q : '');
  const [debouncedQuery] = useDebouncedValue(query.trim(), 300);
  const [inviteOpened, invite] = useDisclosure(false);
  const [pendingId, setPendingId] = useState<string | null>(null);
  const systemAdmin = useSessionUser().isSystemAdmin;
  // the member whose erase dialog is open; kept while the dialog closes so its title stays
  const [eraseTarget, setEraseTarget] = useState<Member | null>(null);
  const [eraseOpened, eraseDialog] = useDisclosure(false);
  const [erased, setErased] = useState<{ name: string; effects: string[] } | null>(null);

  useEffect(() => {
    const current = typeof search.q === 'string' ? search.q : '';
    if (debouncedQuery === current) return;
    void navigate({ search: (prev) => ({ ...prev, q: debouncedQuery || undefined, page: undefined }), replace: true });
  }, [debouncedQuery, search.q, navigate]);

  const variables = useMemo(
    () => ({
      cooperationId,
      filter: {
        query: typeof search.q === 'string' && search.q !== '' ? search.q : null,
        role: role ?? null,
        active: status === undefined ? null : status === 'active',
      },
      limit: MEMBERS_PAGE_SIZE,
      offset: (page - 1) * MEMBERS_PAGE_SIZE,
    }),
    [cooperationId, search.q, role, status, page],
  );
  const [{ data, fetching, error }, reexecute] = useQuery({ query: MembersQuery, variables, requestPolicy: 'cache-and-network' });
  const [, updateRole] = useMutation(UpdateMemberRoleMutation);
  const [, setActive] = useMutation(SetMemberActiveMutation);
  const [, resend] = useMutation(ResendInvitationMutation);

  const refetch = () => reexecute({ requestPolicy: 'network-only' });

  const run = async (
    m: Member,
    action: () => Promise<{ error?: unknown }>,
    success: string,
  ): Promise<void> => {
    setPendingId(m.id);
    try {
      const res = await action();
      if (res.error) {
        const conflict = hasCode(res.error, 'CONFLICT');
        notifications.show({
          color: 'red',
          title: conflict ? t('members.conflictTitle') : tc('errors.title'),
          message: errorText(res.error, tc),
          autoClose: conflict ? 8000 : 6000,
        });
        if (conflict) refetch();
        return;
      }
      notifications.show({ color: 'green', message: success });
    } finally {
      setPendingId(null);
    }
  };

  const changeRole = (m: Member, next: Role) => {
    if (next === m.role) return;
    const apply = () =>
      void run(
        m,
        () => updateRole({ input: { membershipId: m.id, version: m.version, role: next } }),
        t('members.roleChanged', { name: m.user.name, role: tc(`roles.${next}`) }),
      );
    if (m.role === 'ADMIN') {
      modals.openConfirmModal({
        title: t('members.demoteTitle'),
        children: <Text size="sm">{t('members.demoteText', { name: m.user.name, role: tc(`roles.${next}`) })}</Text>,
        labels: { confirm: t('members.demoteConfirm'), cancel: tc('actions.cancel') },
        confirmProps: { color: 'red' },
        onConfirm: apply,
      });
    } else {
      apply();
    }
  };

  const toggleActive = (m: Member) => {
    const deactivate = m.active;
    modals.openConfirmModal({
      title: t(deactivate ? 'members.deactivateTitle' : 'members.reactivateTitle'),
      children: (
        <Text size="sm">
          {t(deactivate ? 'members.deactivateText' : 'members.reactivateText', { name: m.user.name, email: m.user.email })}
        </Text>
      ),
      labels: { confirm: t(deactivate ? 'members.deactivate' : 'members.reactivate'), cancel: tc('actions.cancel') },
      confirmProps: deactivate ? { color: 'red' } : {},
      onConfirm: () =>
        void run(
          m,
          () => setActive({ input: { membershipId: m.id, version: m.version, active: !deactivate } }),
          t(deactivate ? 'members.deactivated' : 'members.reactivated', { name: m.user.name }),
        ),
    });
  };

  const openErase = (m: Member) => {
    setEraseTarget(m);
    eraseDialog.open();
  };

  const afterErase = (m: Member, effects: string[]) => {
    setErased({ name: m.user.name, effects });
    // the erased member is listed under the erased name now, deactivated: show them
    setQuery(ERASED_NAME);
    if (status === 'active') setSearch({ status: undefined, page: undefined });
    refetch();
  };

  const resendInvitation = (m: Member) =>
    void run(m, () => resend({ input: { membershipId: m.id } }), t('members.resent', { email: m.user.email }));

  const columns = [
    column.accessor((m) => m.user.name, { id: 'name', header: () => tc('fields.name') }),
    column.accessor((m) => m.user.email, {
      id: 'email',
      header: () => tc('fields.email'),
      // an erased account keeps only a placeholder address
      cell: (info) => (info.row.original.user.erased ? <Text c="dimmed" size="sm">–</Text> : info.getValue()),
    }),
    column.accessor('role', {
      header: () => tc('fields.role'),
      cell: (info) => {
        const m = info.row.original;
        return (
          <NativeSelect
            size="xs"
            miw={150}
            aria-label={t('members.roleOf', { name: m.user.name })}
            value={m.role}
            disabled={pendingId === m.id || !m.active}
            data={ROLES.map((r) => ({ value: r, label: tc(`roles.${r}`) }))}
            onChange={(e) => {
              const v = e.currentTarget.value;
              if (isRole(v)) changeRole(m, v);
            }}
          />
        );
      },
    }),
    column.accessor((m) => (m.organisation ? m.organisation.shortName || m.organisation.name : ''), {
      id: 'organisation',
      header: () => tc('fields.organisation'),
      cell: (info) => {
        const o = info.row.original.organisation;
        if (!o) return <Text c="dimmed" size="sm">–</Text>;
        return <span title={o.name}>{o.shortName || o.name}</span>;
      },
    }),
    column.display({
      id: 'status',
      header: () => t('members.status'),
      cell: (info) => {
        const s = memberStatus(info.row.original);
        return (
          <Badge variant="light" color={STATUS_COLOR[s]} tt="none" miw="max-content">
            {t(`members.statuses.${s}`)}
          </Badge>
        );
      },
    }),
    column.display({
      id: 'actions',
      header: () => t('members.actions'),
      cell: (info) => {
        const m = info.row.original;
        const busy = pendingId === m.id;
        return (
          <Group gap="xs" wrap="wrap">
            {m.active && !m.user.passwordSet && (
              <Button size="compact-sm" variant="default" disabled={busy} onClick={() => resendInvitation(m)}>
                {t('members.resend')}
                <VisuallyHidden> {m.user.name}</VisuallyHidden>
              </Button>
            )}
            {/* an erased account cannot come back */}
            {!m.user.erased && (
              <Button size="compact-sm" variant={m.active ? 'default' : 'light'} loading={busy} onClick={() => toggleActive(m)}>
                {t(m.active ? 'members.deactivate' : 'members.reactivate')}
                <VisuallyHidden> {m.user.name}</VisuallyHidden>
              </Button>
            )}
            {systemAdmin && <MemberPrivacyActions user={m.user} onErase={() => openErase(m)} />}
          </Group>
        );
      },
    }),
  ];

  const items = data?.members.items ?? [];
  const total = data?.members.totalCount ?? 0;
  const table = useReactTable({
    data: items,
    columns,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (m) => m.id,
    manualPagination: true,
    rowCount: total,
  });

  const setSearch = (patch: Record<string, string | number | undefined>) =>
    void navigate({ search: (prev) => ({ ...prev, ...patch }) });

  return (
    <Stack gap="md">
      <PageHeader
        title={t('members.title')}
        trail={[tc('nav.admin')]}
        actions={<Button onClick={invite.open}>{t('members.invite')}</Button>}
      />
      <Group align="flex-end" gap="md" wrap="wrap">
        <TextInput
          label={t('members.search')}
          placeholder={t('members.searchPlaceholder')}
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          type="search"
          w={{ base: '100%', sm: 320 }}
        />
        <NativeSelect
          label={tc('fields.role')}
          value={role ?? ''}
          onChange={(e) => {
            const v = e.currentTarget.value;
            setSearch({ role: isRole(v) ? v : undefined, page: undefined });
          }}
          data={[{ value: '', label: t('members.allRoles') }, ...ROLES.map((r) => ({ value: r, label: tc(`roles.${r}`) }))]}
        />
        <NativeSelect
          label={t('members.status')}
          value={status ?? ''}
          onChange={(e) => {
            const v = e.currentTarget.value;
            setSearch({ status: v === 'active' || v === 'inactive' ? v : undefined, page: undefined });
          }}
          data={[
            { value: '', label: t('members.allStatuses') },
            { value: 'active', label: t('members.filterActive') },
            { value: 'inactive', label: t('members.filterInactive') },
          ]}
        />
      </Group>
      {erased && (
        <Alert
          color="green"
          variant="light"
          role="status"
          title={t('members.erasedTitle')}
          withCloseButton
          closeButtonLabel={tc('actions.close')}
          onClose={() => setErased(null)}
          data-testid="member-erase-result"
        >
          <Stack gap="xs">
            <Text size="sm">{t('members.erasedText', { name: erased.name, erasedName: ERASED_NAME })}</Text>
            {erased.effects.length > 0 && (
              <List size="sm">
                {erased.effects.map((e) => (
                  <List.Item key={e}>{e}</List.Item>
                ))}
              </List>
            )}
          </Stack>
        </Alert>
      )}
      {error && !data ? (
        <ErrorState error={error} onRetry={refetch} />
      ) : (
        <>
          <DataTable
            table={table}
            caption={t('members.caption')}
            emptyText={fetching && !data ? tc('state.loading') : t('members.empty')}
            loading={fetching && !data}
          />
          <TablePagination page={page} pageSize={MEMBERS_PAGE_SIZE} total={total} onChange={(p) => setSearch({ page: p })} />
        </>
      )}
      <InviteMemberModal cooperationId={cooperationId} opened={inviteOpened} onClose={invite.close} />
      {systemAdmin && eraseTarget && (
        <ErasePersonDialog
          opened={eraseOpened}
          onClose={eraseDialog.close}
          person={{ userId: eraseTarget.user.id }}
          name={eraseTarget.user.name}
          // a user has only a display name: a tick confirms
          lastName={null}
          onErased={(effects) => afterErase(eraseTarget, effects)}
        />
      )}
    </Stack>
  );
}
