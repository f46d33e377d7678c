import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useClient } from 'urql';
import { useSignedDownload } from '../../../lib/useSignedDownload';
import { EventIcsUrlQuery } from '../api/calendar';

/**
 * "Kalenderdatei (.ics)": downloads the event for a calendar app. The signed link lives 15
 * minutes, so it is fetched on click, never kept from the page load.
 */
export function IcsDownloadButton({ eventId }: { eventId: string }) {
  const { t } = useTranslation('calendar');
  const client = useClient();
  const { busy, download } = useSignedDownload(async () => {
    const res = await client.query(EventIcsUrlQuery, { id: eventId }, { requestPolicy: 'network-only' }).toPromise();
    return { url: res.data?.event.icsUrl, error: res.error };
  });

  return (
    <Button variant="default" onClick={() => void download()} loading={busy} title={t('file.hint')}>
      {t('file.button')}
    </Button>
  );
}
