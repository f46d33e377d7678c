import { Button, VisuallyHidden, type ButtonProps } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { PersonInput } from '../../../gql/graphql';
import { errorText } from '../../../lib/errors';
import { ExportPersonalDataMutation } from '../api/privacy';
import { downloadText, safeFileName } from '../model';

/**
 * Exports everything held on a person and hands it to the browser as a JSON file named as the
 * server suggests. Failures are shown as a notification (German first). Where several such
 * buttons stand side by side (a table's rows), `hiddenLabel` completes the accessible name
 * ("Daten exportieren (JSON) Jana Jäger") without changing what is shown.
 */
export function ExportPersonalDataButton({
  person,
  label,
  variant = 'default',
  size,
  hiddenLabel,
}: {
  person: PersonInput;
  label: string;
  variant?: ButtonProps['variant'];
  size?: ButtonProps['size'];
  hiddenLabel?: string;
}) {
  const { t } = useTranslation('privacy');
  const { t: tc } = useTranslation();
  const [{ fetching }, exportData] = useMutation(ExportPersonalDataMutation);
  const run = async () => {
    const res = await exportData({ input: { person } });
    if (res.error || !res.data) {
      notifications.show({ color: 'red', title: tc('errors.title'), message: errorText(res.error, tc), autoClose: 8000 });
      return;
    }
    const fileName = safeFileName(res.data.exportPersonalData.fileName);
    downloadText(fileName, res.data.exportPersonalData.json);
    notifications.show({ color: 'green', message: t('export.done', { fileName }) });
  };
  return (
    <Button variant={variant} size={size} loading={fetching} onClick={() => void run()}>
      {label}
      {hiddenLabel && <VisuallyHidden> {hiddenLabel}</VisuallyHidden>}
    </Button>
  );
}
