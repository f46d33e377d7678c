import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../lib/errors';
import { isStale } from './RetreatFormModal';

/**
 * Reports a failed step as a notification with the server's German message; a stale version
 * says that someone else changed the retreat, and reloads it.
 */
export function useFailure(onReload: () => void): (error: unknown) => void {
  const { t } = useTranslation('retreat');
  const { t: tc } = useTranslation();
  return (error: unknown) => {
    const stale = isStale(error);
    notifications.show({
      color: 'red',
      title: stale ? t('edit.conflictTitle') : tc('errors.title'),
      message: stale ? t('edit.conflict') : errorText(error, tc),
      autoClose: 10000,
    });
    if (stale) onReload();
  };
}

/** A short success message. */
export function showDone(message: string): void {
  notifications.show({ color: 'green', message });
}
