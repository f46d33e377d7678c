import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from 'urql';
import { errorText } from '../../../lib/errors';
import { EventIcsUrlQuery } from '../api/calendar';

/**
 * "Kalenderdatei (.ics)": downloads the event for a calendar app. The signed link lives 15
 * minutes, so it is fetched on click, never kept from the page load.
 */
export function IcsDownloadButton({ eventId }: { eventId: string }) {
  const { t } = useTranslation('calendar');
  const { t: tc } = useTranslation();
  const client = useClient();
  const [busy, setBusy] = useState(false);

  const download = async () => {
    setBusy(true);
    const res = await client.query(EventIcsUrlQuery, { id: eventId }, { requestPolicy: 'network-only' }).toPromise();
    setBusy(false);
    if (res.error || !res.data) {
      notifications.show({ color: 'red', title: tc('errors.title'), message: errorText(res.error, tc) });
      return;
    }
    const a = document.createElement('a');
    a.href = res.data.event.icsUrl;
    a.download = '';
    document.body.appendChild(a);
    a.click();
    a.remove();
  };

  return (
    <Button variant="default" onClick={() => void download()} loading={busy} title={t('file.hint')}>
      {t('file.button')}
    </Button>
  );
}
