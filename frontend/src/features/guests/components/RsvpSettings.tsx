import { Button, Checkbox, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { FormError } from '../../../components/ui/FormError';
import { berlinInstant, berlinParts } from '../../../lib/berlin';
import { splitServerErrors } from '../../../lib/errors';
import { UpdateEventMutation } from '../../events/api/events';
import { GUESTS_CONTEXT } from './GuestsTab';

interface EventSettings {
  id: string;
  version: number;
  rsvpDeadline?: string | null;
  plusOnesAllowed: boolean;
}

/** The answer deadline and whether companions may come, for planners. */
export function RsvpSettings({ event, onSaved }: { event: EventSettings; onSaved: () => void }) {
  const { t } = useTranslation('guests');
  const { t: tc } = useTranslation();
  const initial = event.rsvpDeadline ? berlinParts(event.rsvpDeadline) : { date: '', time: '' };
  const [date, setDate] = useState(initial.date);
  const [time, setTime] = useState(initial.time || '23:59');
  const [plusOnes, setPlusOnes] = useState(event.plusOnesAllowed);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [{ fetching }, update] = useMutation(UpdateEventMutation);

  const save = async () => {
    setFieldError(null);
    setFormError(null);
    let deadline: string | null = null;
    if (date) {
      const at = berlinInstant(date, time || '23:59');
      if (at.kind !== 'ok') {
        setFieldError(t('settings.badDeadline'));
        return;
      }
      deadline = at.iso;
    }
    const res = await update(
      { input: { id: event.id, version: event.version, rsvpDeadline: deadline, clearRsvpDeadline: deadline === null, plusOnesAllowed: plusOnes } },
      GUESTS_CONTEXT,
    );
    if (res.error) {
      const split = splitServerErrors(res.error, ['rsvpDeadline'] as const, tc);
      setFieldError(split.fields.rsvpDeadline ?? null);
      setFormError(split.rest);
      return;
    }
    notifications.show({ color: 'green', message: t('settings.saved') });
    onSaved();
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="rsvp-settings">
      <Title order={2} size="h5" id="rsvp-settings" mb="xs">
        {t('settings.title')}
      </Title>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <Stack gap="xs">
          <FormError message={formError} />
          <Group align="flex-start" gap="sm" wrap="wrap">
            <TextInput
              type="date"
              label={t('settings.deadlineDate')}
              description={t('settings.deadlineHint')}
              value={date}
              onChange={(e) => setDate(e.currentTarget.value)}
              error={fieldError}
            />
            <TextInput type="time" label={t('settings.deadlineTime')} value={time} onChange={(e) => setTime(e.currentTarget.value)} disabled={!date} />
            <Checkbox label={t('settings.plusOnes')} checked={plusOnes} onChange={(e) => setPlusOnes(e.currentTarget.checked)} mt={30} />
          </Group>
          <Group>
            <Button type="submit" variant="light" loading={fetching}>
              {tc('actions.save')}
            </Button>
            <Text size="xs" c="dimmed">
              {t('settings.note')}
            </Text>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
