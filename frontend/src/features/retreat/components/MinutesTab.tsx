import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../../components/ui/links';
import type { RetreatFieldsFragment } from '../../../gql/graphql';
import { useCurrentCooperation } from '../../cooperation/CooperationContext';

/** Protokoll: what the minutes contain and the way to the printable page. */
export function MinutesTab({ retreat: r }: { retreat: RetreatFieldsFragment }) {
  const { t } = useTranslation('retreat');
  const coop = useCurrentCooperation();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="minutes-heading">
      <Stack gap="sm" align="flex-start">
        <Title order={2} size="h4" id="minutes-heading">
          {t('minutes.title')}
        </Title>
        <Text size="sm">{t('minutes.intro')}</Text>
        {r.status !== 'CLOSED' && (
          <Text size="sm" c="dimmed">
            {t('minutes.draftHint')}
          </Text>
        )}
        <ButtonLink to="/c/$cooperationId/retreats/$retreatId/print/minutes" params={{ cooperationId: coop.id, retreatId: r.id }}>
          {t('minutes.open')}
        </ButtonLink>
      </Stack>
    </Paper>
  );
}
