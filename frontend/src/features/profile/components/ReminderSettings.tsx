import { Paper, Switch, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { errorText } from '../../../lib/errors';
import { ReminderSettingsQuery, UpdateReminderSettingsMutation } from '../api/profile';

/** Whether koop reminds the user by mail of their tasks coming due; saved as soon as it flips. */
export function ReminderSettings() {
  const { t } = useTranslation('profile');
  const { t: tc } = useTranslation();
  const [{ data }] = useQuery({ query: ReminderSettingsQuery });
  const [{ fetching }, update] = useMutation(UpdateReminderSettingsMutation);
  const on = data?.myReminderSettings.emailReminders ?? true;
  const toggle = async (value: boolean) => {
    const res = await update({ input: { emailReminders: value } });
    if (res.error) {
      notifications.show({ color: 'red', title: tc('errors.title'), message: errorText(res.error, tc) });
      return;
    }
    notifications.show({ color: 'green', message: t(value ? 'reminders.on' : 'reminders.off') });
  };
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="reminders-title">
      <Title order={2} size="h4" id="reminders-title" mb="sm">
        {t('reminders.title')}
      </Title>
      <Switch
        label={t('reminders.label')}
        description={t('reminders.hint')}
        checked={on}
        disabled={!data || fetching}
        onChange={(e) => void toggle(e.currentTarget.checked)}
      />
      <Text size="xs" c="dimmed" mt="xs">
        {t('reminders.note')}
      </Text>
    </Paper>
  );
}
