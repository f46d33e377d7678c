import { Group, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ExportPersonalDataButton } from '../../privacy/components/ExportPersonalDataButton';

/** "Meine Daten exportieren": everything koop holds on the logged-in user, as a JSON file. */
export function MyDataExport({ userId }: { userId: string }) {
  const { t } = useTranslation('privacy');
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="my-data-title">
      <Title order={2} size="h4" id="my-data-title" mb="sm">
        {t('export.mineTitle')}
      </Title>
      <Text size="sm" mb="sm">
        {t('export.mineText')}
      </Text>
      <Group>
        <ExportPersonalDataButton person={{ userId }} label={t('export.mine')} />
      </Group>
    </Paper>
  );
}
