import { Alert, Button, Group, List, Modal, MultiSelect, NativeSelect, SegmentedControl, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { FormError } from '../../../components/ui/FormError';
import { berlinParts, formatDay } from '../../../lib/berlin';
import { splitServerErrors } from '../../../lib/errors';
import { useCurrentCooperation } from '../../cooperation/CooperationContext';
import { ContactsQuery } from '../../contacts/api/contacts';
import { InviteGuestsMutation, InviteSourcesQuery } from '../api/guests';
import { GUESTS_CONTEXT } from './GuestsTab';

type Mode = 'contacts' | 'list' | 'event';

/** Adds guests as drafts: contacts picked one by one, a whole distribution list, or an earlier event's guests. */
export function InviteGuestsModal({ eventId, onClose, onDone }: { eventId: string; onClose: () => void; onDone: () => void }) {
  const { t, i18n } = useTranslation('guests');
  const { t: tc } = useTranslation();
  const coop = useCurrentCooperation();
  const [mode, setMode] = useState<Mode>('contacts');
  const [selected, setSelected] = useState<string[]>([]);
  const [labels, setLabels] = useState<Record<string, string>>({});
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const [listId, setListId] = useState('');
  const [fromEventId, setFromEventId] = useState('');
  const [formError, setFormError] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [skipped, setSkipped] = useState<{ name: string; reason: string }[]>([]);
  const [found] = useQuery({
    query: ContactsQuery,
    variables: { cooperationId: coop.id, filter: { query: debounced || null }, limit: 20, offset: 0 },
    pause: mode !== 'contacts',
  });
  const [sources] = useQuery({ query: InviteSourcesQuery, variables: { cooperationId: coop.id }, pause: mode === 'contacts' });
  const [{ fetching }, invite] = useMutation(InviteGuestsMutation);

  const options = useMemo(() => {
    const map = new Map<string, string>();
    for (const id of selected) map.set(id, labels[id] ?? id);
    for (const c of found.data?.contacts.items ?? []) map.set(c.id, c.organisation ? `${c.name} (${c.organisation.name})` : c.name);
    return [...map].map(([value, label]) => ({ value, label }));
  }, [found.data, selected, labels]);

  const lists = sources.data?.distributionLists ?? [];
  const events = (sources.data?.events.items ?? []).filter((e) => e.id !== eventId);

  const submit = async () => {
    setFormError(null);
    setFieldError(null);
    setSkipped([]);
    const input =
      mode === 'contacts'
        ? { eventId, contactIds: selected }
        : mode === 'list'
          ? { eventId, distributionListId: listId || null }
          : { eventId, fromEventId: fromEventId || null };
    if ((mode === 'contacts' && selected.length === 0) || (mode === 'list' && !listId) || (mode === 'event' && !fromEventId)) {
      setFieldError(t('invite.required'));
      return;
    }
    const res = await invite({ input }, GUESTS_CONTEXT);
    if (res.error || !res.data) {
      // whichever way the guests were chosen, the message sits at the one field shown
      const split = splitServerErrors(res.error, ['contactIds', 'distributionListId', 'fromEventId'] as const, tc);
      const first = split.order[0];
      setFieldError(first ? (split.fields[first] ?? null) : null);
      setFormError(split.rest);
      return;
    }
    const r = res.data.inviteGuests;
    notifications.show({ color: 'green', message: t('invite.added', { count: r.added.length }) });
    if (r.skipped.length > 0) {
      setSkipped(r.skipped);
      setSelected([]);
      return;
    }
    onDone();
  };

  return (
    <Modal opened onClose={skipped.length > 0 ? onDone : onClose} title={t('invite.title')} size="lg">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('invite.intro')}
          </Text>
          <FormError message={formError} />
          <Stack gap={4}>
            <Text size="sm" fw={500} id="invite-mode-label">
              {t('invite.mode')}
            </Text>
            <SegmentedControl
              aria-labelledby="invite-mode-label"
              value={mode}
              onChange={(v) => {
                setMode(v as Mode);
                setFieldError(null);
              }}
              data={[
                { value: 'contacts', label: t('invite.modeContacts') },
                { value: 'list', label: t('invite.modeList') },
                { value: 'event', label: t('invite.modeEvent') },
              ]}
            />
          </Stack>
          {mode === 'contacts' && (
            <MultiSelect
              label={t('invite.contacts')}
              placeholder={selected.length === 0 ? t('invite.contactsPlaceholder') : undefined}
              data={options}
              value={selected}
              onChange={(v) => {
                setSelected(v);
                setLabels((prev) => {
                  const next = { ...prev };
                  for (const o of options) if (v.includes(o.value)) next[o.value] = o.label;
                  return next;
                });
                setFieldError(null);
              }}
              searchable
              searchValue={search}
              onSearchChange={setSearch}
              filter={({ options: o }) => o}
              nothingFoundMessage={found.fetching ? tc('state.loading') : t('invite.nothingFound')}
              error={fieldError}
              maxDropdownHeight={280}
              data-autofocus
            />
          )}
          {mode === 'list' && (
            <NativeSelect
              label={t('invite.list')}
              value={listId}
              onChange={(e) => {
                setListId(e.currentTarget.value);
                setFieldError(null);
              }}
              data={[{ value: '', label: t('invite.choose') }, ...lists.map((l) => ({ value: l.id, label: t('invite.listOption', { name: l.name, count: l.memberCount }) }))]}
              error={fieldError}
            />
          )}
          {mode === 'event' && (
            <NativeSelect
              label={t('invite.event')}
              description={t('invite.eventHint')}
              value={fromEventId}
              onChange={(e) => {
                setFromEventId(e.currentTarget.value);
                setFieldError(null);
              }}
              data={[
                { value: '', label: t('invite.choose') },
                ...events.map((e) => ({
                  value: e.id,
                  label: t('invite.eventOption', {
                    title: e.title,
                    date: formatDay(berlinParts(e.startsAt).date, i18n.language),
                    count: e.guestCounts.accepted + e.guestCounts.attended + e.guestCounts.noShow,
                  }),
                })),
              ]}
              error={fieldError}
            />
          )}
          {skipped.length > 0 && (
            <Alert color="yellow" variant="light" title={t('invite.skippedTitle')}>
              <List size="sm">
                {skipped.map((s) => (
                  <List.Item key={s.name + s.reason}>
                    {s.name}: {s.reason}
                  </List.Item>
                ))}
              </List>
            </Alert>
          )}
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={skipped.length > 0 ? onDone : onClose}>
              {skipped.length > 0 ? tc('actions.close') : tc('actions.cancel')}
            </Button>
            <Button type="submit" loading={fetching}>
              {t('invite.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
