import { Alert, Badge, Button, Group, List, Menu, Paper, Select, SimpleGrid, Stack, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient, useMutation, useQuery } from 'urql';
import { ErrorState } from '../../../components/ui/states';
import type { GuestCountsFieldsFragment, GuestFieldsFragment, InvitationStatus } from '../../../gql/graphql';
import { errorText } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { useSignedDownload } from '../../../lib/useSignedDownload';
import { useCurrentCooperation } from '../../cooperation/CooperationContext';
import { canPlan } from '../../events/model';
import { DeleteInvitationMutation, GuestListCsvQuery, GuestsQuery, SendInvitationsMutation } from '../api/guests';
import { INVITATION_STATUSES, STATUS_COLOR, guestMatches } from '../model';
import { AnswerModal } from './AnswerModal';
import { InviteGuestsModal } from './InviteGuestsModal';
import { RsvpSettings } from './RsvpSettings';

export const GUESTS_CONTEXT = { additionalTypenames: ['Invitation', 'Event'] };

/** The Gäste tab: counts, inviting, sending, answers on a guest's behalf, export and print. */
export function GuestsTab({ eventId }: { eventId: string }) {
  const { t } = useTranslation('guests');
  const coop = useCurrentCooperation();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: GuestsQuery, variables: { eventId }, context: GUESTS_CONTEXT });
  const reload = () => reexecute({ requestPolicy: 'network-only' });
  const items = useMemo(() => data?.guests.items ?? [], [data]);
  const counts = data?.guests.counts;
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<InvitationStatus | null>(null);
  const [inviting, setInviting] = useState(false);
  const [answering, setAnswering] = useState<GuestFieldsFragment | null>(null);
  const planner = canPlan(coop.myRole);

  const shown = useMemo(
    () => items.filter((g) => (status === null || g.status === status) && guestMatches(g, query)),
    [items, status, query],
  );

  if (error && !data) return <ErrorState error={error} onRetry={reload} />;
  if (!data || !counts) return <Text c="dimmed">{t('list.loading')}</Text>;
  const event = data.guests.event;

  return (
    <Stack gap="md">
      <GuestCountsPanel counts={counts} />
      {planner && <RsvpSettings key={event.version} event={event} onSaved={reload} />}
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Group gap="sm">
          {planner && (
            <>
              <Button onClick={() => setInviting(true)}>{t('invite.button')}</Button>
              <SendButton eventId={eventId} drafts={counts.draft} onDone={reload} />
            </>
          )}
        </Group>
        <Group gap="sm">
          <CsvButton eventId={eventId} />
          <Menu position="bottom-end">
            <Menu.Target>
              <Button variant="default">{t('export.print')}</Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item component="a" href={`/c/${coop.id}/events/${eventId}/print/guests`}>
                {t('export.printGuests')}
              </Menu.Item>
              <Menu.Item component="a" href={`/c/${coop.id}/events/${eventId}/print/badges`}>
                {t('export.printBadges')}
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </Group>
      </Group>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          label={t('list.search')}
          type="search"
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          w={{ base: '100%', sm: 320 }}
        />
        <Select
          label={t('list.filter')}
          data={[{ value: '', label: t('list.all') }, ...INVITATION_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))]}
          value={status ?? ''}
          onChange={(v) => setStatus(v ? (v as InvitationStatus) : null)}
          allowDeselect={false}
          w={220}
        />
      </Group>
      {items.length === 0 ? (
        <Text c="dimmed">{t('list.empty')}</Text>
      ) : shown.length === 0 ? (
        <Text c="dimmed">{t('list.emptyFiltered')}</Text>
      ) : (
        <GuestTable guests={shown} planner={planner} onAnswer={setAnswering} onChanged={reload} busy={fetching} />
      )}
      {inviting && (
        <InviteGuestsModal
          eventId={eventId}
          onClose={() => setInviting(false)}
          onDone={() => {
            setInviting(false);
            reload();
          }}
        />
      )}
      {answering && (
        <AnswerModal
          guest={answering}
          plusOnesAllowed={event.plusOnesAllowed}
          onClose={() => setAnswering(null)}
          onDone={() => {
            setAnswering(null);
            reload();
          }}
        />
      )}
    </Stack>
  );
}

/** The counts as a description list; capacity and free seats only when the event has a capacity. */
export function GuestCountsPanel({ counts }: { counts: GuestCountsFieldsFragment }) {
  const { t } = useTranslation('guests');
  const stats: [string, string | number][] = [
    [t('counts.capacity'), counts.capacity ?? t('counts.unlimited')],
    [t('counts.seatsTaken'), counts.seatsTaken],
    ...(counts.seatsFree !== null && counts.seatsFree !== undefined ? [[t('counts.seatsFree'), counts.seatsFree] as [string, number]] : []),
    [t('counts.waitlisted'), counts.waitlisted],
    [t('counts.invited'), counts.invited],
    [t('counts.declined'), counts.declined],
    [t('counts.draft'), counts.draft],
    [t('counts.attended'), counts.seatsAttended],
  ];
  return (
    <Paper withBorder p="md" component="section" aria-label={t('counts.title')}>
      <SimpleGrid component="dl" cols={{ base: 2, sm: 4, lg: 8 }} spacing="sm" m={0}>
        {stats.map(([label, value]) => (
          <div key={label}>
            <Text component="dt" size="xs" c="dimmed">
              {label}
            </Text>
            <Text component="dd" m={0} fw={700} size="lg">
              {value}
            </Text>
          </div>
        ))}
      </SimpleGrid>
    </Paper>
  );
}

export function GuestStatusBadge({ guest }: { guest: Pick<GuestFieldsFragment, 'status' | 'waitlistPosition'> }) {
  const { t } = useTranslation('guests');
  const badge = (
    <Badge color={STATUS_COLOR[guest.status]} variant="light">
      {t(`status.${guest.status}`)}
    </Badge>
  );
  if (guest.status !== 'WAITLISTED' || guest.waitlistPosition <= 0) return badge;
  return (
    <Group gap={6} wrap="nowrap">
      {badge}
      <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
        {t('place', { place: guest.waitlistPosition })}
      </Text>
    </Group>
  );
}

/** The guest's organisation and function, as a second line. */
export function GuestSubline({ guest }: { guest: GuestFieldsFragment }) {
  const { t } = useTranslation('guests');
  const parts = [guest.contact?.organisation?.name, guest.contact?.function].filter(Boolean);
  if (guest.walkIn) parts.push(t('list.walkIn'));
  if (guest.contact?.optedOutAt) parts.push(t('list.optedOut'));
  if (parts.length === 0) return null;
  return (
    <Text size="xs" c="dimmed">
      {parts.join(' · ')}
    </Text>
  );
}

function GuestTable({
  guests,
  planner,
  onAnswer,
  onChanged,
  busy,
}: {
  guests: GuestFieldsFragment[];
  planner: boolean;
  onAnswer: (g: GuestFieldsFragment) => void;
  onChanged: () => void;
  busy: boolean;
}) {
  const { t, i18n } = useTranslation('guests');
  const { t: tc } = useTranslation();
  const [, remove] = useMutation(DeleteInvitationMutation);

  const confirmDelete = (g: GuestFieldsFragment) =>
    modals.openConfirmModal({
      title: t('delete.title'),
      children: <Text size="sm">{t('delete.text', { name: g.guestName })}</Text>,
      labels: { confirm: t('delete.confirm'), cancel: tc('actions.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => {
        void remove({ input: { id: g.id, version: g.version } }, GUESTS_CONTEXT).then((res) => {
          if (res.error) {
            notifications.show({ color: 'red', title: tc('errors.title'), message: errorText(res.error, tc) });
            return;
          }
          notifications.show({ color: 'green', message: t('delete.done', { name: g.guestName }) });
          onChanged();
        });
      },
    });

  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped verticalSpacing="sm" aria-busy={busy || undefined}>
        <caption>
          <VisuallyHidden>{t('list.caption')}</VisuallyHidden>
        </caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('list.name')}</Table.Th>
            <Table.Th scope="col">{t('list.status')}</Table.Th>
            <Table.Th scope="col">{t('list.plusOne')}</Table.Th>
            <Table.Th scope="col">{t('list.answeredAt')}</Table.Th>
            {planner && <Table.Th scope="col">{t('list.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {guests.map((g) => (
            <Table.Tr key={g.id}>
              <Table.Th scope="row" fw={600}>
                {g.guestName}
                <GuestSubline guest={g} />
              </Table.Th>
              <Table.Td>
                <GuestStatusBadge guest={g} />
              </Table.Td>
              <Table.Td>{g.plusOne ? g.plusOneName || t('list.plusOneYes') : t('list.none')}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{g.answeredAt ? formatDateTime(g.answeredAt, i18n.language) : t('list.none')}</Table.Td>
              {planner && (
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    {g.status === 'DRAFT' ? (
                      <Button size="compact-sm" variant="default" onClick={() => confirmDelete(g)} aria-label={t('delete.buttonFor', { name: g.guestName })}>
                        {t('delete.button')}
                      </Button>
                    ) : (
                      ['INVITED', 'ACCEPTED', 'DECLINED', 'WAITLISTED'].includes(g.status) && (
                        <Button size="compact-sm" variant="default" onClick={() => onAnswer(g)} aria-label={t('answer.buttonFor', { name: g.guestName })}>
                          {t('answer.button')}
                        </Button>
                      )
                    )}
                  </Group>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function SendButton({ eventId, drafts, onDone }: { eventId: string; drafts: number; onDone: () => void }) {
  const { t } = useTranslation('guests');
  const { t: tc } = useTranslation();
  const [{ fetching }, send] = useMutation(SendInvitationsMutation);
  const [skipped, setSkipped] = useState<{ name: string; reason: string }[]>([]);

  const confirm = () =>
    modals.openConfirmModal({
      title: t('send.title'),
      children: <Text size="sm">{t('send.text', { count: drafts })}</Text>,
      labels: { confirm: t('send.confirm'), cancel: tc('actions.cancel') },
      onConfirm: () => {
        void send({ input: { eventId } }, GUESTS_CONTEXT).then((res) => {
          if (res.error || !res.data) {
            notifications.show({ color: 'red', title: tc('errors.title'), message: errorText(res.error, tc) });
            return;
          }
          const r = res.data.sendInvitations;
          notifications.show({ color: 'green', message: t('send.sent', { count: r.sent }) });
          setSkipped(r.skipped);
          onDone();
        });
      },
    });

  return (
    <>
      <Button variant="light" onClick={confirm} disabled={drafts === 0} loading={fetching}>
        {drafts === 0 ? t('send.none') : t('send.button', { count: drafts })}
      </Button>
      {skipped.length > 0 && (
        <Alert color="yellow" variant="light" title={t('send.skippedTitle')} withCloseButton onClose={() => setSkipped([])} w="100%">
          <List size="sm">
            {skipped.map((s) => (
              <List.Item key={s.name + s.reason}>
                {s.name}: {s.reason}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
    </>
  );
}

/** The guest list as CSV, through a fresh signed link. */
function CsvButton({ eventId }: { eventId: string }) {
  const { t } = useTranslation('guests');
  const client = useClient();
  const { busy, download } = useSignedDownload(async () => {
    const res = await client.query(GuestListCsvQuery, { id: eventId }, { requestPolicy: 'network-only' }).toPromise();
    return { url: res.data?.event.guestListCsvUrl, error: res.error };
  });
  return (
    <Button variant="default" loading={busy} onClick={() => void download()}>
      {t('export.csv')}
    </Button>
  );
}

