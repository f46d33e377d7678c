import { Alert, Button, CopyButton, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { ErrorState } from '../../../components/ui/states';
import { formatDateTime } from '../../../lib/format';
import { errorText } from '../../../lib/errors';
import { useCurrentCooperation } from '../../cooperation/CooperationContext';
import { canPlan } from '../../events/model';
import { CalendarFeedQuery, DeleteCalendarFeedMutation, RotateCalendarFeedMutation } from '../api/calendar';

const CONTEXT = { additionalTypenames: ['CalendarFeed'] };

/** "Kalender abonnieren" on the events page: a dialog about the cooperation's calendar feed. */
export function CalendarFeedButton() {
  const { t } = useTranslation('calendar');
  const [opened, dialog] = useDisclosure(false);
  return (
    <>
      <Button variant="default" onClick={dialog.open}>
        {t('feed.button')}
      </Button>
      <Modal opened={opened} onClose={dialog.close} title={t('feed.title')} size="lg">
        {opened && <CalendarFeedDialog />}
      </Modal>
    </>
  );
}

type Step = 'view' | 'confirmRotate' | 'confirmDelete';

function CalendarFeedDialog() {
  const { t, i18n } = useTranslation('calendar');
  const { t: tc } = useTranslation();
  const coop = useCurrentCooperation();
  const planner = canPlan(coop.myRole);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: CalendarFeedQuery,
    variables: { cooperationId: coop.id },
    requestPolicy: 'network-only',
    context: CONTEXT,
  });
  const [{ fetching: rotating }, rotate] = useMutation(RotateCalendarFeedMutation);
  const [{ fetching: deleting }, remove] = useMutation(DeleteCalendarFeedMutation);
  const [step, setStep] = useState<Step>('view');
  // The address is shown once, right after it was made; closing the dialog forgets it.
  const [url, setUrl] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const reload = () => reexecute({ requestPolicy: 'network-only' });
  const feed = data?.calendarFeed ?? null;

  const doRotate = async () => {
    setActionError(null);
    const res = await rotate({ input: { cooperationId: coop.id } });
    setStep('view');
    if (res.error || !res.data) {
      setActionError(errorText(res.error, tc));
      return;
    }
    setUrl(res.data.rotateCalendarFeed.url);
    notifications.show({ color: 'green', message: t('feed.created') });
    reload();
  };
  const doDelete = async () => {
    setActionError(null);
    const res = await remove({ input: { cooperationId: coop.id } });
    setStep('view');
    if (res.error) {
      setActionError(errorText(res.error, tc));
      return;
    }
    setUrl(null);
    notifications.show({ color: 'green', message: t('feed.deleted') });
    reload();
  };

  return (
    <Stack gap="md">
      <Text size="sm">{t('feed.intro')}</Text>
      <Text size="sm">{t('feed.secret')}</Text>
      {error && !data ? (
        <ErrorState error={error} onRetry={reload} />
      ) : fetching && !data ? (
        <Text size="sm" c="dimmed" role="status">
          {t('feed.loading')}
        </Text>
      ) : (
        <Text size="sm" fw={600} role="status">
          {feed
            ? feed.createdByName
              ? t('feed.active', { date: formatDateTime(feed.createdAt, i18n.language), name: feed.createdByName })
              : t('feed.activeUnknown', { date: formatDateTime(feed.createdAt, i18n.language) })
            : t('feed.none')}
        </Text>
      )}
      {actionError && (
        <Alert color="red" variant="light" role="alert">
          {actionError}
        </Alert>
      )}
      {url && (
        <Stack gap="xs">
          <TextInput label={t('feed.urlLabel')} description={t('feed.urlHint')} value={url} readOnly onFocus={(e) => e.currentTarget.select()} />
          <Group>
            <CopyButton value={url}>
              {({ copied, copy }) => (
                <Button size="xs" variant={copied ? 'filled' : 'default'} color={copied ? 'teal' : undefined} onClick={copy}>
                  {copied ? t('feed.copied') : t('feed.copy')}
                </Button>
              )}
            </CopyButton>
          </Group>
        </Stack>
      )}
      {feed && !url && <Text size="sm">{planner ? t('feed.shownOnce') : `${t('feed.shownOnce')} ${t('feed.askPlanner')}`}</Text>}
      {planner && step === 'confirmRotate' && (
        <Alert color="yellow" variant="light" title={t('feed.rotateConfirmTitle')}>
          <Stack gap="sm">
            <Text size="sm">{t('feed.rotateConfirm')}</Text>
            <Group>
              <Button color="red" loading={rotating} onClick={() => void doRotate()}>
                {t('feed.rotateConfirmButton')}
              </Button>
              <Button variant="default" onClick={() => setStep('view')}>
                {tc('actions.cancel')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
      {planner && step === 'confirmDelete' && (
        <Alert color="yellow" variant="light" title={t('feed.deleteConfirmTitle')}>
          <Stack gap="sm">
            <Text size="sm">{t('feed.deleteConfirm')}</Text>
            <Group>
              <Button color="red" loading={deleting} onClick={() => void doDelete()}>
                {t('feed.deleteConfirmButton')}
              </Button>
              <Button variant="default" onClick={() => setStep('view')}>
                {tc('actions.cancel')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
      {planner && step === 'view' && data && (
        <Group justify="flex-end">
          {feed ? (
            <>
              <Button variant="default" color="red" onClick={() => setStep('confirmDelete')}>
                {t('feed.delete')}
              </Button>
              <Button onClick={() => setStep('confirmRotate')}>{t('feed.rotate')}</Button>
            </>
          ) : (
            <Button loading={rotating} onClick={() => void doRotate()}>
              {t('feed.create')}
            </Button>
          )}
        </Group>
      )}
    </Stack>
  );
}
