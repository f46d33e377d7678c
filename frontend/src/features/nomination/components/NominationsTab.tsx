import { Badge, Button, Group, NativeSelect, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { ErrorState, PageLoader } from '../../../components/ui/states';
import type { NominationFieldsFragment } from '../../../gql/graphql';
import { berlinParts, formatDay } from '../../../lib/berlin';
import { CycleNominationsQuery } from '../api/nomination';
import {
  acceptsNominations,
  ELIGIBILITIES,
  groupByCategory,
  isEligibilityFilter,
  matchesFilter,
  type EligibilityFilter,
} from '../model';
import { EligibilityBadge, NOMINATION_CONTEXT, SourceBadge } from './badges';
import { NominationDrawer } from './NominationDrawer';
import { NominationFormModal } from './NominationFormModal';

type Nomination = NominationFieldsFragment;

/** Nominierungen: the cycle's nominations by category, with the filter, the entry form and each one's detail. */
export function NominationsTab({ cycleId, cooperationId }: { cycleId: string; cooperationId: string }) {
  const { t } = useTranslation('nomination');
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: CycleNominationsQuery,
    variables: { id: cycleId },
    requestPolicy: 'cache-and-network',
    context: NOMINATION_CONTEXT,
  });
  const [filter, setFilter] = useState<EligibilityFilter>('ALL');
  const [adding, setAdding] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const cycle = data?.awardCycle.id === cycleId ? data.awardCycle : null;

  if (!cycle) {
    if (error && !fetching) return <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
    return <PageLoader label={t('list.loading')} />;
  }

  const all = cycle.nominations;
  const count = (e: string) => all.filter((n) => n.eligibility === e).length;
  const groups = groupByCategory(all, cycle.categories);
  const canAdd = cycle.canManage && acceptsNominations(cycle.phase);
  const open = openId ? all.find((n) => n.id === openId) : undefined;
  const shown = all.filter((n) => matchesFilter(n, filter)).length;

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Title order={2} size="h3">
            {t('list.title')}
          </Title>
          {all.length > 0 && (
            <Text size="sm" c="dimmed" data-testid="nomination-summary">
              {t('list.summary', { total: all.length, pending: count('PENDING'), eligible: count('ELIGIBLE'), ineligible: count('INELIGIBLE') })}
            </Text>
          )}
        </div>
        <Group gap="sm" align="flex-end">
          <NativeSelect
            label={t('list.filter')}
            value={filter}
            onChange={(e) => {
              const v = e.currentTarget.value;
              if (isEligibilityFilter(v)) setFilter(v);
            }}
            data={[{ value: 'ALL', label: t('list.filterAll') }, ...ELIGIBILITIES.map((e) => ({ value: e, label: t(`eligibility.${e}`) }))]}
          />
          {canAdd && <Button onClick={() => setAdding(true)}>{t('list.add')}</Button>}
        </Group>
      </Group>
      {cycle.canManage && !acceptsNominations(cycle.phase) && (
        <Text size="sm" c="dimmed">
          {t('list.closedHint')}
        </Text>
      )}
      {all.length === 0 ? (
        <Text>{t('list.empty')}</Text>
      ) : shown === 0 ? (
        <Text role="status">{t('list.emptyFiltered')}</Text>
      ) : (
        groups.map((g) => <CategoryGroup key={g.category} category={g.category} items={g.items} filter={filter} onOpen={setOpenId} />)
      )}
      {adding && (
        <NominationFormModal cycleId={cycle.id} cooperationId={cooperationId} categories={cycle.categories} onClose={() => setAdding(false)} />
      )}
      {open && (
        <NominationDrawer
          nomination={open}
          cycle={cycle}
          cooperationId={cooperationId}
          onClose={() => setOpenId(null)}
        />
      )}
    </Stack>
  );
}

function CategoryGroup({
  category,
  items,
  filter,
  onOpen,
}: {
  category: string;
  items: Nomination[];
  filter: EligibilityFilter;
  onOpen: (id: string) => void;
}) {
  const { t, i18n } = useTranslation('nomination');
  const headingId = useId();
  const shown = items.filter((n) => matchesFilter(n, filter));
  if (filter !== 'ALL' && shown.length === 0) return null;
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={headingId}>
      <Group gap="sm" mb="sm">
        <Title order={3} size="h4" id={headingId}>
          {category}
        </Title>
        <Badge variant="light" color="gray" tt="none">
          {filter === 'ALL' ? t('list.count', { count: items.length }) : t('list.countFiltered', { shown: shown.length, total: items.length })}
        </Badge>
      </Group>
      {shown.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('list.emptyCategory')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped verticalSpacing="sm">
            <caption>
              <VisuallyHidden>{t('list.caption', { category })}</VisuallyHidden>
            </caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('list.company')}</Table.Th>
                <Table.Th scope="col">{t('list.source')}</Table.Th>
                <Table.Th scope="col">{t('list.eligibility')}</Table.Th>
                <Table.Th scope="col">{t('list.nominator')}</Table.Th>
                <Table.Th scope="col">{t('list.created')}</Table.Th>
                <Table.Th scope="col">{t('list.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((n) => (
                <Table.Tr key={n.id} data-testid={`nomination-${n.companyName}`}>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {n.companyName}
                    </Text>
                    {n.companyAddress && (
                      <Text size="xs" c="dimmed">
                        {n.companyAddress}
                      </Text>
                    )}
                    {n.myConflict && (
                      <Badge color="orange" variant="light" tt="none" size="sm" mt={4}>
                        {t('list.conflictBadge')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <SourceBadge source={n.source} />
                  </Table.Td>
                  <Table.Td>
                    <EligibilityBadge eligibility={n.eligibility} />
                  </Table.Td>
                  <Table.Td>{n.nominatorName || '—'}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDay(berlinParts(n.createdAt).date, i18n.language)}</Table.Td>
                  <Table.Td>
                    <Button size="compact-sm" variant="default" onClick={() => onOpen(n.id)} aria-label={t('list.detailsNamed', { company: n.companyName })}>
                      {t('list.details')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
