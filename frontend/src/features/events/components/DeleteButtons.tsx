import { Button, List, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { errorText } from '../../../lib/errors';
import { useCurrentCooperation } from '../../cooperation/CooperationContext';
import { DeleteEventMutation, DeleteEventSeriesMutation } from '../api/events';

const CONTEXT = { additionalTypenames: ['Event', 'EventSeries', 'Task'] };

/** Deletes an event after a confirmation that names everything that goes with it. */
export function DeleteEventButton({ event }: { event: { id: string; title: string; version: number; openTaskCount: number } }) {
  const { t } = useTranslation('events');
  const { t: tc } = useTranslation();
  const coop = useCurrentCooperation();
  const navigate = useNavigate();
  const [{ fetching }, remove] = useMutation(DeleteEventMutation);
  const confirm = () =>
    modals.openConfirmModal({
      title: t('delete.title'),
      children: (
        <>
          <Text size="sm">{t('delete.text', { title: event.title })}</Text>
          <List size="sm" mt="xs">
            <List.Item>{t('delete.tasks')}</List.Item>
            <List.Item>{t('delete.budget')}</List.Item>
            <List.Item>{t('delete.files')}</List.Item>
            <List.Item>{t('delete.drafts')}</List.Item>
          </List>
          <Text size="sm" mt="xs">
            {t('delete.hint')}
          </Text>
        </>
      ),
      labels: { confirm: t('delete.confirm'), cancel: tc('actions.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => {
        void remove({ input: { id: event.id, version: event.version } }, CONTEXT).then((res) => {
          if (res.error) {
            notifications.show({ color: 'red', title: tc('errors.title'), message: errorText(res.error, tc) });
            return;
          }
          notifications.show({ color: 'green', message: t('delete.done', { title: event.title }) });
          void navigate({ to: '/c/$cooperationId/events', params: { cooperationId: coop.id } });
        });
      },
    });
  return (
    <Button variant="default" color="red" size="sm" loading={fetching} onClick={confirm}>
      {t('delete.button')}
    </Button>
  );
}

/** Deletes a series without events after confirming. */
export function DeleteSeriesButton({ series }: { series: { id: string; name: string; version: number } }) {
  const { t } = useTranslation('events');
  const { t: tc } = useTranslation();
  const [{ fetching }, remove] = useMutation(DeleteEventSeriesMutation);
  const confirm = () =>
    modals.openConfirmModal({
      title: t('series.deleteTitle'),
      children: <Text size="sm">{t('series.deleteText', { name: series.name })}</Text>,
      labels: { confirm: t('series.deleteConfirm'), cancel: tc('actions.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => {
        void remove({ input: { id: series.id, version: series.version } }, CONTEXT).then((res) => {
          if (res.error) {
            notifications.show({ color: 'red', title: tc('errors.title'), message: errorText(res.error, tc) });
            return;
          }
          notifications.show({ color: 'green', message: t('series.deleted', { name: series.name }) });
        });
      },
    });
  return (
    <Button size="compact-sm" variant="default" loading={fetching} onClick={confirm} aria-label={t('series.deleteFor', { name: series.name })}>
      {t('series.delete')}
    </Button>
  );
}
