import { Button, Group, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { AnchorLink } from '../../../components/ui/links';
import { PageHeader } from '../../../components/ui/PageHeader';
import { LabelledValue } from '../../../components/ui/parts';
import { EmptyState, ErrorState } from '../../../components/ui/states';
import type { RetreatsQuery as RetreatsData } from '../../../gql/graphql';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useCurrentCooperation } from '../../cooperation/CooperationContext';
import { RetreatsQuery } from '../api/retreat';
import { canCreateRetreats, retreatPeriod } from '../model';
import { RetreatStatusBadge } from './badges';
import { RETREAT_CONTEXT, RetreatFormModal } from './RetreatFormModal';

type RetreatItem = RetreatsData['retreats'][number];

/** Klausur: the retreats of the cooperation, newest planned year first; planners create new ones. */
export function RetreatsPage() {
  const { t } = useTranslation('retreat');
  const coop = useCurrentCooperation();
  usePageTitle(t('title'));
  const [creating, setCreating] = useState(false);
  const canCreate = canCreateRetreats(coop.myRole);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: RetreatsQuery,
    variables: { cooperationId: coop.id },
    requestPolicy: 'cache-and-network',
    context: RETREAT_CONTEXT,
  });

  return (
    <Stack gap="md">
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={canCreate && <Button onClick={() => setCreating(true)}>{t('create.button')}</Button>}
      />
      {!data ? (
        error && !fetching ? (
          <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
        ) : (
          <Stack gap="sm" role="status" aria-busy="true" aria-label={t('list.loading')}>
            <Skeleton height={110} />
            <Skeleton height={110} />
          </Stack>
        )
      ) : data.retreats.length === 0 ? (
        <EmptyState title={t('list.empty')}>{canCreate ? t('list.emptyHint') : t('list.emptyReader')}</EmptyState>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('list.label')}>
          {data.retreats.map((r) => (
            <li key={r.id}>
              <RetreatCard retreat={r} cooperationId={coop.id} />
            </li>
          ))}
        </SimpleGrid>
      )}
      {creating && <RetreatFormModal cooperationId={coop.id} takenYears={data?.retreats.map((r) => r.planYear)} onClose={() => setCreating(false)} />}
    </Stack>
  );
}

function RetreatCard({ retreat: r, cooperationId }: { retreat: RetreatItem; cooperationId: string }) {
  const { t, i18n } = useTranslation('retreat');
  return (
    <Paper withBorder p="md" h="100%" data-testid="retreat-card">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Title order={2} size="h4">
            <AnchorLink to="/c/$cooperationId/retreats/$retreatId" params={{ cooperationId, retreatId: r.id }}>
              {r.title}
            </AnchorLink>
          </Title>
          <RetreatStatusBadge status={r.status} />
        </Group>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <LabelledValue label={t('fields.planYear')}>{r.planYear}</LabelledValue>
          <LabelledValue label={t('fields.when')}>{retreatPeriod(r.startsAt, r.endsOn, i18n.language)}</LabelledValue>
          <LabelledValue label={t('fields.place')}>{r.place || t('detail.noPlace')}</LabelledValue>
          <LabelledValue label={t('fields.participants')}>
            {t('list.participants', { count: r.participants.length })}
            {r.chair && (
              <Text size="xs" c="dimmed">
                {t('list.chair', { name: r.chair.name })}
              </Text>
            )}
          </LabelledValue>
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
