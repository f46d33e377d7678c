import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../lib/errors';

/** Shows a failed mutation's (German) message as a notification; the page stays as it was. */
export function useFailure(): (error: unknown) => void {
  const { t: tc } = useTranslation();
  return (error: unknown) => notifications.show({ color: 'red', title: tc('errors.title'), message: errorText(error, tc) });
}

/** Confirms a change that worked. */
export function showDone(message: string): void {
  notifications.show({ color: 'green', message });
}
