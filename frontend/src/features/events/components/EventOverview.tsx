import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useMemo, useState, type ReactNode } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { FormError } from '../../../components/ui/FormError';
import type { EventDetailFieldsFragment, EventStatus } from '../../../gql/graphql';
import { formatEventSpan } from '../../../lib/berlin';
import { formatDateTime } from '../../../lib/format';
import { applyServerErrors, errorText, hasCode } from '../../../lib/errors';
import { useCurrentCooperation } from '../../cooperation/CooperationContext';
import { ChangeEventStatusMutation, UpdateEventMutation } from '../api/events';
import { EVENT_FIELD_MAP, EVENT_FORM_FIELDS, eventFormValues, eventSchema, eventTimes, type EventFormValues } from '../eventForm';
import { canPlan, needsConfirmation, partnerLabel, transitionLabelKey } from '../model';
import { EventFields } from './EventFields';
import { EventStatusBadge } from './EventStatusBadge';
import { PlanningWarningList, useLivePlanningWarnings } from './PlanningWarnings';
import { Comments } from '../../discussion/components/Comments';
import { DeleteEventButton } from './DeleteButtons';
import { canContribute } from '../../discussion/model';
import { EventAwardWinners } from '../../jury/components/EventAwardWinners';

type Event = EventDetailFieldsFragment;

/** Übersicht of an event: its status with the moves allowed from there, and its details (editable for planners). */
export function EventOverview({ event, onReload }: { event: Event; onReload: () => void }) {
  const coop = useCurrentCooperation();
  const [editing, setEditing] = useState(false);
  const planner = canPlan(coop.myRole);
  return (
    <Stack gap="lg">
      {!editing && <PlanningWarningList warnings={event.warnings} cooperationId={coop.id} />}
      <StatusSection event={event} planner={planner} onReload={onReload} />
      {editing && planner ? (
        <EditEventForm key={event.version} event={event} onDone={() => setEditing(false)} onReload={onReload} />
      ) : (
        <Details event={event} onEdit={planner ? () => setEditing(true) : undefined} />
      )}
      <Comments subject={{ kind: 'EVENT', id: event.id }} canWrite={canContribute(coop.myRole)} />
    </Stack>
  );
}

/** The buttons for the allowed moves; cancelling and going back ask first. */
export function StatusSection({ event, planner, onReload }: { event: Event; planner: boolean; onReload: () => void }) {
  const { t } = useTranslation('events');
  const { t: tc } = useTranslation();
  const [{ fetching }, changeStatus] = useMutation(ChangeEventStatusMutation);
  const [pending, setPending] = useState<EventStatus | null>(null);

  const apply = async (to: EventStatus) => {
    setPending(to);
    try {
      const res = await changeStatus({ input: { id: event.id, version: event.version, status: to } });
      if (res.error) {
        const conflict = hasCode(res.error, 'CONFLICT');
        notifications.show({
          color: 'red',
          title: conflict ? t('event.conflictTitle') : tc('errors.title'),
          message: errorText(res.error, tc),
          autoClose: 8000,
        });
        if (conflict) onReload();
        return;
      }
      notifications.show({ color: 'green', message: t('transition.changed', { status: t(`status.${to}`) }) });
    } finally {
      setPending(null);
    }
  };

  const move = (to: EventStatus) => {
    if (!needsConfirmation(event.status, to)) {
      void apply(to);
      return;
    }
    const cancel = to === 'CANCELLED';
    modals.openConfirmModal({
      title: t(cancel ? 'transition.cancelTitle' : 'transition.backTitle'),
      children: (
        <Text size="sm">
          {cancel
            ? t('transition.cancelText', { title: event.title })
            : t('transition.backText', { title: event.title, from: t(`status.${event.status}`), to: t(`status.${to}`) })}
        </Text>
      ),
      labels: { confirm: t(cancel ? 'transition.cancelConfirm' : 'transition.backConfirm'), cancel: tc('actions.cancel') },
      confirmProps: cancel ? { color: 'red' } : {},
      onConfirm: () => void apply(to),
    });
  };

  return (
    <section aria-labelledby="event-status-heading">
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Title order={2} size="h4" id="event-status-heading">
            {t('transition.heading')}
          </Title>
          <Group gap="xs">
            <Text size="sm">{t('transition.current')}:</Text>
            <EventStatusBadge status={event.status} size="lg" data-testid="event-status" />
          </Group>
          {planner &&
            (event.allowedTransitions.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('transition.none')}
              </Text>
            ) : (
              <Group gap="xs" role="group" aria-label={t('transition.actions')}>
                {event.allowedTransitions.map((to) => (
                  <StatusButton key={to} from={event.status} to={to} loading={pending === to} disabled={fetching} onClick={() => move(to)} />
                ))}
              </Group>
            ))}
        </Stack>
      </Paper>
    </section>
  );
}

/** One move of the status machine, labelled as the action it is ("Bestätigen", "Zurück zu „Idee“", "Absagen"). */
export function StatusButton({
  from,
  to,
  loading = false,
  disabled = false,
  onClick,
}: {
  from: EventStatus;
  to: EventStatus;
  loading?: boolean;
  disabled?: boolean;
  onClick: () => void;
}) {
  const { t } = useTranslation('events');
  const back = needsConfirmation(from, to) && to !== 'CANCELLED';
  return (
    <Button
      size="sm"
      variant={to === 'CANCELLED' ? 'outline' : back ? 'default' : 'filled'}
      color={to === 'CANCELLED' ? 'red' : undefined}
      loading={loading}
      disabled={disabled && !loading}
      onClick={onClick}
      data-target-status={to}
    >
      {t(transitionLabelKey(from, to), { status: t(`status.${to}`) })}
    </Button>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="dd" m={0}>
        {children}
      </Text>
    </div>
  );
}

function Details({ event, onEdit }: { event: Event; onEdit?: () => void }) {
  const { t, i18n } = useTranslation('events');
  const none = t('event.none');
  return (
    <section aria-labelledby="event-details-heading">
      <Paper withBorder p="md">
        <Stack gap="md">
          <Group justify="space-between">
            <Title order={2} size="h4" id="event-details-heading">
              {t('event.details')}
            </Title>
            {onEdit && (
              <Group gap="xs">
                <Button variant="default" size="sm" onClick={onEdit}>
                  {t('event.edit')}
                </Button>
                {event.status !== 'HELD' && event.status !== 'DOCUMENTED' && <DeleteEventButton event={event} />}
              </Group>
            )}
          </Group>
          <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm" m={0}>
            <Field label={t('fields.when')}>{formatEventSpan(event.startsAt, event.endsAt, i18n.language)}</Field>
            <Field label={t('fields.series')}>{event.series?.name ?? none}</Field>
            <Field label={t('fields.venue')}>{event.venue || none}</Field>
            <Field label={t('fields.address')}>{event.address || none}</Field>
            <Field label={t('fields.capacity')}>{event.capacity ?? t('fields.unlimited')}</Field>
            <Field label={t('fields.leadPartner')}>
              {event.leadPartner.organisation.name}
              {partnerLabel(event.leadPartner) !== event.leadPartner.organisation.name && ` (${partnerLabel(event.leadPartner)})`}
            </Field>
            <Field label={t('fields.organisers')}>
              {event.organisers.length === 0
                ? t('event.noOrganisers')
                : event.organisers
                    .map((o) =>
                      o.membership.organisation
                        ? `${o.membership.user.name} (${o.membership.organisation.shortName || o.membership.organisation.name})`
                        : o.membership.user.name,
                    )
                    .join(', ')}
            </Field>
            <Field label={t('fields.createdAt')}>{formatDateTime(event.createdAt, i18n.language)}</Field>
            <EventAwardWinners winners={event.awardWinners} />
          </SimpleGrid>
          <div>
            <Text size="sm" c="dimmed">
              {t('fields.description')}
            </Text>
            <Text style={{ whiteSpace: 'pre-wrap' }}>{event.description || t('event.noDescription')}</Text>
          </div>
        </Stack>
      </Paper>
    </section>
  );
}

function EditEventForm({ event, onDone, onReload }: { event: Event; onDone: () => void; onReload: () => void }) {
  const { t } = useTranslation('events');
  const { t: tc } = useTranslation();
  const coop = useCurrentCooperation();
  const partners = useMemo(() => [...coop.partners].sort((a, b) => a.position - b.position), [coop.partners]);
  const schema = useMemo(() => eventSchema(t), [t]);
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const [{ fetching }, updateEvent] = useMutation(UpdateEventMutation);
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<EventFormValues>({ resolver: zodResolver(schema), defaultValues: eventFormValues(event) });
  const [startDate, startTime, endDate, endTime, venue] = useWatch({
    control,
    name: ['startDate', 'startTime', 'endDate', 'endTime', 'venue'],
  });
  const live = useLivePlanningWarnings(coop.id, event.id, { startDate, startTime, endDate, endTime, venue });

  const onSubmit = async (v: EventFormValues) => {
    setFormError(null);
    setConflict(false);
    const res = await updateEvent({
      input: {
        id: event.id,
        version: event.version,
        title: v.title.trim(),
        ...eventTimes(v),
        venue: v.venue.trim(),
        address: v.address.trim(),
        capacity: v.capacity.trim() ? Number(v.capacity) : 0,
        leadPartnerId: v.leadPartnerId,
        description: v.description.trim(),
      },
    });
    if (res.error || !res.data) {
      if (hasCode(res.error, 'CONFLICT')) {
        setConflict(true);
        return;
      }
      setFormError(applyServerErrors(res.error, setError, EVENT_FORM_FIELDS, tc, EVENT_FIELD_MAP));
      return;
    }
    notifications.show({ color: 'green', message: t('event.saved') });
    onDone();
  };

  return (
    <section aria-labelledby="event-edit-heading">
      <Paper withBorder p="md">
        <form onSubmit={handleSubmit(onSubmit)} noValidate>
          <Stack gap="md">
            <Title order={2} size="h4" id="event-edit-heading">
              {t('event.editTitle')}
            </Title>
            {conflict && (
              <Alert color="red" variant="light" role="alert" title={t('event.conflictTitle')}>
                <Stack gap="sm">
                  <Text size="sm">{t('event.conflictText')}</Text>
                  <Group>
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => {
                        onReload();
                        notifications.show({ message: t('event.reloaded') });
                      }}
                    >
                      {t('event.reload')}
                    </Button>
                  </Group>
                </Stack>
              </Alert>
            )}
            <FormError message={formError} />
            <EventFields register={register} control={control} errors={errors} partners={partners} autoFocus />
            <PlanningWarningList warnings={live.warnings} checking={live.checking} cooperationId={coop.id} />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" type="button" onClick={onDone}>
                {tc('actions.cancel')}
              </Button>
              <Button type="submit" loading={fetching}>
                {tc('actions.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </section>
  );
}
