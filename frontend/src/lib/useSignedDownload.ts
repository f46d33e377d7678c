import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from './errors';

/**
 * Downloads through a short-lived signed link (15 minutes): `fetchUrl` asks the API for a fresh
 * one on every click — never one kept from the page load — and the browser follows it as a
 * download. A failure is shown as a German (or English) notification.
 */
export function useSignedDownload(fetchUrl: () => Promise<{ url?: string | null; error?: unknown }>) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    const { url, error } = await fetchUrl();
    setBusy(false);
    if (error || !url) {
      notifications.show({ color: 'red', title: t('errors.title'), message: errorText(error, t) });
      return;
    }
    const a = document.createElement('a');
    a.href = url;
    a.download = '';
    document.body.appendChild(a);
    a.click();
    a.remove();
  };
  return { busy, download };
}
