import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Modal, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useNavigate } from '@tanstack/react-router';
import { useMemo, useRef, useState, type ChangeEvent } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { FormError } from '../../../components/ui/FormError';
import type { EventStatus } from '../../../gql/graphql';
import { berlinToday } from '../../../lib/berlin';
import { applyServerErrors } from '../../../lib/errors';
import type { CurrentCooperation } from '../../cooperation/CooperationContext';
import { CreateEventMutation, EventSeriesQuery } from '../api/events';
import {
  defaultEndTime,
  EVENT_FIELD_MAP,
  EVENT_FORM_FIELDS,
  eventSchema,
  eventTimes,
  suggestedYear,
  type EventFormValues,
} from '../eventForm';
import { EventFields } from './EventFields';
import { PlanningWarningList, useLivePlanningWarnings } from './PlanningWarnings';

const EMPTY: EventFormValues = {
  title: '',
  seriesId: '',
  startDate: '',
  startTime: '',
  endDate: '',
  endTime: '',
  venue: '',
  address: '',
  capacity: '',
  leadPartnerId: '',
  description: '',
  status: 'IDEA',
};

/**
 * "Veranstaltung anlegen": choosing a series pre-selects its lead partner and suggests the title
 * "<Reihe> <Jahr>" (which follows the start date until someone types a title of their own).
 */
export function CreateEventModal({
  cooperation,
  opened,
  onClose,
}: {
  cooperation: CurrentCooperation;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('events');
  const { t: tc } = useTranslation();
  const navigate = useNavigate();
  const [formError, setFormError] = useState<string | null>(null);
  const [{ fetching }, createEvent] = useMutation(CreateEventMutation);
  const [seriesResult] = useQuery({ query: EventSeriesQuery, variables: { cooperationId: cooperation.id }, pause: !opened });
  const series = useMemo(() => seriesResult.data?.eventSeries ?? [], [seriesResult.data]);
  const partners = useMemo(() => [...cooperation.partners].sort((a, b) => a.position - b.position), [cooperation.partners]);
  const schema = useMemo(() => eventSchema(t), [t]);
  const suggestion = useRef('');
  const {
    register,
    control,
    handleSubmit,
    setError,
    setValue,
    getValues,
    reset,
    formState: { errors },
  } = useForm<EventFormValues>({ resolver: zodResolver(schema), defaultValues: EMPTY });
  const [startDate, startTime, endDate, endTime, venue] = useWatch({
    control,
    name: ['startDate', 'startTime', 'endDate', 'endTime', 'venue'],
  });
  const live = useLivePlanningWarnings(cooperation.id, null, { startDate, startTime, endDate, endTime, venue });

  const suggestTitle = (seriesId: string, startDate: string) => {
    const s = series.find((x) => x.id === seriesId);
    const title = getValues('title');
    if (!s || (title.trim() !== '' && title !== suggestion.current)) return;
    const next = `${s.name} ${suggestedYear(startDate, s.usualMonth, berlinToday())}`;
    suggestion.current = next;
    setValue('title', next);
  };

  const onSeriesChange = (e: ChangeEvent<HTMLSelectElement>) => {
    const s = series.find((x) => x.id === e.target.value);
    if (s?.defaultLeadPartner) setValue('leadPartnerId', s.defaultLeadPartner.id);
    suggestTitle(e.target.value, getValues('startDate'));
  };

  const onStartDateChange = (e: ChangeEvent<HTMLInputElement>) => {
    const date = e.target.value;
    if (date && !getValues('endDate')) setValue('endDate', date);
    suggestTitle(getValues('seriesId'), date);
  };

  const onStartTimeChange = (e: ChangeEvent<HTMLInputElement>) => {
    if (!getValues('endTime')) setValue('endTime', defaultEndTime(e.target.value));
  };

  const close = () => {
    setFormError(null);
    suggestion.current = '';
    reset(EMPTY);
    onClose();
  };

  const onSubmit = async (v: EventFormValues) => {
    setFormError(null);
    const res = await createEvent({
      input: {
        cooperationId: cooperation.id,
        title: v.title.trim(),
        seriesId: v.seriesId || null,
        ...eventTimes(v),
        venue: v.venue.trim() || null,
        address: v.address.trim() || null,
        capacity: v.capacity.trim() ? Number(v.capacity) : null,
        leadPartnerId: v.leadPartnerId || null,
        description: v.description.trim() || null,
        status: v.status as EventStatus,
      },
    });
    const created = res.data?.createEvent.event;
    if (res.error || !created) {
      setFormError(applyServerErrors(res.error, setError, EVENT_FORM_FIELDS, tc, EVENT_FIELD_MAP));
      return;
    }
    notifications.show({ color: 'green', message: t('create.created', { title: created.title }) });
    close();
    void navigate({ to: '/c/$cooperationId/events/$eventId', params: { cooperationId: cooperation.id, eventId: created.id } });
  };

  return (
    <Modal opened={opened} onClose={close} title={t('create.title')} size="lg">
      <form onSubmit={handleSubmit(onSubmit)} noValidate>
        <Stack gap="md">
          <FormError message={formError} />
          <EventFields
            register={register}
            control={control}
            errors={errors}
            partners={partners}
            series={series}
            onSeriesChange={onSeriesChange}
            onStartDateChange={onStartDateChange}
            onStartTimeChange={onStartTimeChange}
            autoFocus
          />
          <PlanningWarningList warnings={live.warnings} checking={live.checking} cooperationId={cooperation.id} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" type="button" onClick={close}>
              {tc('actions.cancel')}
            </Button>
            <Button type="submit" loading={fetching}>
              {t('create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
