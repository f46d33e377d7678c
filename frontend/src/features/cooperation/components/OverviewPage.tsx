import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/ui/PageHeader';
import { usePageTitle } from '../../../lib/usePageTitle';
import { Dashboard } from '../../dashboard/components/Dashboard';
import { useCurrentCooperation } from '../CooperationContext';

/** Übersicht: the cooperation's name, description and the user's role, the dashboard, the partners. */
export function OverviewPage() {
  const { t } = useTranslation('cooperation');
  const { t: tc } = useTranslation();
  const coop = useCurrentCooperation();
  usePageTitle(coop.name);
  const partners = [...coop.partners].sort((a, b) => a.position - b.position);
  return (
    <Stack gap="lg">
      <PageHeader title={coop.name} description={coop.description || undefined} />
      <Group gap="xs">
        <Text fw={600}>{t('overview.myRole')}</Text>
        <Badge variant="light" size="lg" data-testid="my-role">
          {tc(`roles.${coop.myRole}`)}
        </Badge>
      </Group>
      {coop.myRole && <Dashboard cooperationId={coop.id} />}
      <section aria-labelledby="partners-heading">
        <Title order={2} size="h3" id="partners-heading" mb="sm">
          {t('overview.partners')}
        </Title>
        {partners.length === 0 ? (
          <Text c="dimmed">{t('overview.noPartners')}</Text>
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {partners.map((p) => (
              <Card key={p.id} withBorder component="li" padding="md">
                <Stack gap={4}>
                  <Text fw={600}>{p.organisation.name}</Text>
                  <Group gap="xs">
                    {p.organisation.shortName && p.organisation.shortName !== p.organisation.name && (
                      <Text size="sm" c="dimmed">
                        {p.organisation.shortName}
                      </Text>
                    )}
                    <Badge variant="light" color="gray" size="sm">
                      {tc(`organisationKinds.${p.organisation.kind}`)}
                    </Badge>
                  </Group>
                </Stack>
              </Card>
            ))}
          </SimpleGrid>
        )}
      </section>
    </Stack>
  );
}
