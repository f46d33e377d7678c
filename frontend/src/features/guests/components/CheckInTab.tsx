import { Button, Checkbox, Group, Paper, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { ErrorState, ForbiddenState } from '../../../components/ui/states';
import type { GuestFieldsFragment } from '../../../gql/graphql';
import { berlinWallTime } from '../../../lib/berlin';
import { errorText, splitServerErrors } from '../../../lib/errors';
import { useCurrentCooperation } from '../../cooperation/CooperationContext';
import { canContribute } from '../../discussion/model';
import { AddWalkInMutation, CheckInMutation, GuestsQuery } from '../api/guests';
import { atTheDoor, guestMatches } from '../model';
import { GUESTS_CONTEXT, GuestStatusBadge, GuestSubline } from './GuestsTab';

/** How often the door's counts refresh, so two devices at two doors see each other's check-ins. */
const REFRESH_MS = 10_000;

/** The page for the door: find a guest, check them in, add a walk-in, live counts. */
export function CheckInTab({ eventId }: { eventId: string }) {
  const { t } = useTranslation('guests');
  const coop = useCurrentCooperation();
  if (!canContribute(coop.myRole)) return <ForbiddenState>{t('checkin.forbidden')}</ForbiddenState>;
  return <CheckIn eventId={eventId} />;
}

function CheckIn({ eventId }: { eventId: string }) {
  const { t } = useTranslation('guests');
  const [{ data, error }, reexecute] = useQuery({ query: GuestsQuery, variables: { eventId }, context: GUESTS_CONTEXT });
  const reload = () => reexecute({ requestPolicy: 'network-only' });
  const [query, setQuery] = useState('');
  const searchRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const id = window.setInterval(() => reexecute({ requestPolicy: 'network-only' }), REFRESH_MS);
    return () => window.clearInterval(id);
  }, [reexecute]);

  const guests = useMemo(() => (data?.guests.items ?? []).filter((g) => atTheDoor(g.status) && guestMatches(g, query)), [data, query]);

  if (error && !data) return <ErrorState error={error} onRetry={reload} />;
  if (!data) return <Text c="dimmed">{t('list.loading')}</Text>;
  const c = data.guests.counts;

  return (
    <Stack gap="md">
      <Paper withBorder p="md" component="section" aria-labelledby="checkin-counts">
        <Title order={2} size="h4" id="checkin-counts">
          {t('checkin.title')}
        </Title>
        <Text size="xl" fw={700} role="status" aria-live="polite">
          {t('checkin.presentOf', { present: c.seatsAttended, expected: Math.max(c.seatsTaken, c.seatsAttended) })}
        </Text>
        <Text size="xs" c="dimmed">
          {t('checkin.live')}
        </Text>
      </Paper>
      <TextInput
        ref={searchRef}
        label={t('checkin.search')}
        description={t('checkin.searchHint')}
        type="search"
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
        size="md"
        maw={480}
        autoFocus
      />
      {guests.length === 0 ? (
        <Text c="dimmed">{t('checkin.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="sm">
            <caption>
              <VisuallyHidden>{t('checkin.caption')}</VisuallyHidden>
            </caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('list.name')}</Table.Th>
                <Table.Th scope="col">{t('list.status')}</Table.Th>
                <Table.Th scope="col">{t('list.plusOne')}</Table.Th>
                <Table.Th scope="col">{t('list.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {guests.map((g) => (
                <DoorRow
                  key={g.id}
                  guest={g}
                  onDone={() => {
                    reload();
                    setQuery('');
                    searchRef.current?.focus();
                  }}
                />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <WalkInForm eventId={eventId} onDone={reload} />
    </Stack>
  );
}

function DoorRow({ guest: g, onDone }: { guest: GuestFieldsFragment; onDone: () => void }) {
  const { t } = useTranslation('guests');
  const { t: tc } = useTranslation();
  const [{ fetching }, checkIn] = useMutation(CheckInMutation);
  const attended = g.status === 'ATTENDED';
  const run = async (undo: boolean) => {
    const res = await checkIn({ input: { id: g.id, undo } }, GUESTS_CONTEXT);
    if (res.error) {
      notifications.show({ color: 'red', title: tc('errors.title'), message: errorText(res.error, tc) });
      return;
    }
    notifications.show({ color: 'green', message: t(undo ? 'checkin.undone' : 'checkin.checkedIn', { name: g.guestName }) });
    onDone();
  };
  return (
    <Table.Tr>
      <Table.Th scope="row" fw={600}>
        {g.guestName}
        <GuestSubline guest={g} />
      </Table.Th>
      <Table.Td>
        <GuestStatusBadge guest={g} />
        {attended && g.checkedInAt && (
          <Text size="xs" c="dimmed">
            {t('checkin.at', { time: berlinWallTime(g.checkedInAt) })}
          </Text>
        )}
      </Table.Td>
      <Table.Td>{g.plusOne ? g.plusOneName || t('list.plusOneYes') : t('list.none')}</Table.Td>
      <Table.Td>
        {attended ? (
          <Button size="sm" variant="default" loading={fetching} onClick={() => void run(true)} aria-label={t('checkin.undoFor', { name: g.guestName })}>
            {t('checkin.undo')}
          </Button>
        ) : (
          <Button size="sm" loading={fetching} onClick={() => void run(false)} aria-label={t('checkin.checkInFor', { name: g.guestName })}>
            {t('checkin.checkIn')}
          </Button>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

function WalkInForm({ eventId, onDone }: { eventId: string; onDone: () => void }) {
  const { t } = useTranslation('guests');
  const { t: tc } = useTranslation();
  const [name, setName] = useState('');
  const [plusOne, setPlusOne] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [{ fetching }, add] = useMutation(AddWalkInMutation);
  const submit = async () => {
    setError(null);
    const res = await add({ input: { eventId, name, plusOne } }, GUESTS_CONTEXT);
    if (res.error || !res.data) {
      const split = splitServerErrors(res.error, ['name', 'contactId'] as const, tc);
      setError(split.fields.name ?? split.fields.contactId ?? split.rest);
      return;
    }
    notifications.show({ color: 'green', message: t('checkin.walkInAdded', { name: res.data.addWalkIn.invitation.guestName }) });
    setName('');
    setPlusOne(false);
    onDone();
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="walkin-title">
      <Title order={2} size="h5" id="walkin-title" mb="xs">
        {t('checkin.walkInTitle')}
      </Title>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput label={t('checkin.walkInName')} value={name} onChange={(e) => setName(e.currentTarget.value)} error={error} required maxLength={200} w={{ base: '100%', sm: 320 }} />
          <Checkbox label={t('checkin.walkInPlusOne')} checked={plusOne} onChange={(e) => setPlusOne(e.currentTarget.checked)} mb={8} />
          <Button type="submit" loading={fetching}>
            {t('checkin.walkInAdd')}
          </Button>
        </Group>
      </form>
    </Paper>
  );
}
