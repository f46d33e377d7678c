import { Badge, Group, List, NativeSelect, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useNavigate, useSearch } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { AnchorLink } from '../../../components/ui/links';
import { PageHeader } from '../../../components/ui/PageHeader';
import { ErrorState, ForbiddenState, PageLoader } from '../../../components/ui/states';
import type { CoverageQuery as CoverageData } from '../../../gql/graphql';
import { berlinToday } from '../../../lib/berlin';
import { usePageTitle } from '../../../lib/usePageTitle';
import { formatEuro, formatPercent } from '../../budget/money';
import { useCurrentCooperation } from '../../cooperation/CooperationContext';
import { CoverageQuery } from '../api/goals';
import { canReadStrategy, goalAnchor, goalLabel, yearChoices } from '../model';
import { MeasureLine } from './MeasureLink';

type Coverage = CoverageData['coverage'];
type Measure = Coverage['measuresWithoutKpi'][number];

/** Abdeckung: what the goals and measures lack, and how the partners share a year's work. */
export function CoveragePage() {
  const coop = useCurrentCooperation();
  const { t } = useTranslation('goals');
  usePageTitle(t('coverage.title'));
  if (!canReadStrategy(coop.myRole)) return <ForbiddenState>{t('forbidden')}</ForbiddenState>;
  return <CoverageView cooperationId={coop.id} />;
}

function CoverageView({ cooperationId }: { cooperationId: string }) {
  const { t } = useTranslation('goals');
  const search: { year?: number } = useSearch({ strict: false });
  const navigate = useNavigate();
  const currentYear = Number(berlinToday().slice(0, 4));
  const year = search.year ?? currentYear;
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: CoverageQuery,
    variables: { cooperationId, year },
    requestPolicy: 'cache-and-network',
  });
  const coverage = data?.coverage.cooperationId === cooperationId && data.coverage.year === year ? data.coverage : null;
  const setYear = (y: number) =>
    void navigate({ to: '/c/$cooperationId/goals/coverage', params: { cooperationId }, search: y === currentYear ? {} : { year: y }, replace: true });

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('coverage.title')}
        description={t('coverage.description')}
        trail={[
          <AnchorLink key="goals" to="/c/$cooperationId/goals" params={{ cooperationId }}>
            {t('title')}
          </AnchorLink>,
        ]}
      />
      {!coverage && !data ? (
        error && !fetching ? (
          <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
        ) : (
          <PageLoader />
        )
      ) : (
        <Gaps coverage={coverage ?? (data as CoverageData).coverage} cooperationId={cooperationId} />
      )}
      <Paper withBorder p="lg" component="section" aria-labelledby="balance-heading">
        <Stack gap="md">
          <Group justify="space-between" align="flex-end" wrap="wrap">
            <Stack gap={2}>
              <Title order={2} id="balance-heading">
                {t('balance.title', { year })}
              </Title>
              <Text size="sm" c="dimmed">
                {t('balance.description')}
              </Text>
            </Stack>
            <NativeSelect
              label={t('balance.year')}
              value={String(year)}
              onChange={(e) => setYear(Number(e.currentTarget.value))}
              data={yearChoices(currentYear, year).map((y) => String(y))}
              w={120}
            />
          </Group>
          {coverage ? (
            <BalanceTable coverage={coverage} />
          ) : error && !fetching ? (
            <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
          ) : (
            <PageLoader />
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}

function Gaps({ coverage: c, cooperationId }: { coverage: Coverage; cooperationId: string }) {
  const { t } = useTranslation('goals');
  const goalLink = (g: { id: string; code: string; title: string }) => (
    <AnchorLink size="sm" to="/c/$cooperationId/goals" params={{ cooperationId }} hash={goalAnchor(g.id)}>
      {goalLabel(g)}
    </AnchorLink>
  );
  const measureItem = (m: Measure, extra?: ReactNode) => (
    <>
      <MeasureLine cooperationId={cooperationId} measure={m} />
      {extra && <> · {extra}</>}
    </>
  );
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <GapList id="gap-goals-without-measure" title={t('coverage.goalsWithoutMeasure')} hint={t('coverage.goalsWithoutMeasureHint')} empty={t('coverage.allGoalsCovered')}>
        {c.goalsWithoutMeasure.map((g) => (
          <List.Item key={g.id}>{goalLink(g)}</List.Item>
        ))}
      </GapList>
      <GapList id="gap-measures-without-kpi" title={t('coverage.measuresWithoutKpi')} hint={t('coverage.measuresWithoutKpiHint')} empty={t('coverage.allMeasuresMeasured')}>
        {c.measuresWithoutKpi.map((m) => (
          <List.Item key={`${m.kind}-${m.id}`}>{measureItem(m)}</List.Item>
        ))}
      </GapList>
      <GapList id="gap-one-partner" title={t('coverage.measuresWithOnePartner')} hint={t('coverage.measuresWithOnePartnerHint')} empty={t('coverage.allMeasuresShared')}>
        {c.measuresWithOnePartner.map((m) => (
          <List.Item key={`${m.kind}-${m.id}`}>
            {measureItem(
              m,
              <Text size="sm" component="span" fw={600}>
                {m.partners.length === 0
                  ? t('coverage.noPartner')
                  : t('coverage.onlyPartner', { partner: m.partners.map((p) => p.organisation.shortName || p.organisation.name).join(', ') })}
              </Text>,
            )}
          </List.Item>
        ))}
      </GapList>
      <GapList id="gap-goals-without-priority" title={t('coverage.goalsWithoutPriority')} hint={t('coverage.goalsWithoutPriorityHint')} empty={t('coverage.allGoalsPrioritised')}>
        {c.goalsWithoutPriority.map((g) => (
          <List.Item key={g.id}>{goalLink(g)}</List.Item>
        ))}
      </GapList>
    </SimpleGrid>
  );
}

/** One list of gaps with its count; an empty list says so positively. */
function GapList({ id, title, hint, empty, children }: { id: string; title: string; hint: string; empty: string; children: ReactNode[] }) {
  const count = children.length;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id} data-testid={id}>
      <Stack gap="xs">
        <Title order={2} size="h4" id={id}>
          {title}{' '}
          <Badge variant="light" color={count === 0 ? 'green' : 'red'} tt="none" size="lg" style={{ verticalAlign: 'middle' }}>
            {count}
          </Badge>
        </Title>
        <Text size="sm" c="dimmed">
          {hint}
        </Text>
        {count === 0 ? (
          <Text size="sm" fw={600}>
            <span aria-hidden="true">✓ </span>
            {empty}
          </Text>
        ) : (
          <List size="sm" spacing={6}>
            {children}
          </List>
        )}
      </Stack>
    </Paper>
  );
}

type Balance = Coverage['partnerBalance'][number];

/** The partner balance's figures: which field, its header, and how a value is shown. */
const BALANCE_COLUMNS: { key: keyof Omit<Balance, 'partner' | '__typename'>; label: string; money?: boolean }[] = [
  { key: 'eventsLed', label: 'balance.eventsLed' },
  { key: 'eventsCoOrganised', label: 'balance.eventsCoOrganised' },
  { key: 'workstreamsLed', label: 'balance.workstreamsLed' },
  { key: 'plannedCents', label: 'balance.planned', money: true },
  { key: 'actualCents', label: 'balance.actual', money: true },
  { key: 'attendees', label: 'balance.attendees' },
];

function BalanceTable({ coverage: c }: { coverage: Coverage }) {
  const { t, i18n } = useTranslation('goals');
  const rows = [...c.partnerBalance].sort((a, b) => a.partner.position - b.partner.position);
  const totals = Object.fromEntries(BALANCE_COLUMNS.map((col) => [col.key, rows.reduce((sum, r) => sum + r[col.key], 0)])) as Record<
    (typeof BALANCE_COLUMNS)[number]['key'],
    number
  >;
  // money also as the partner's share of the total
  const show = (col: (typeof BALANCE_COLUMNS)[number], value: number, withShare: boolean) => {
    if (!col.money) return value;
    const whole = totals[col.key];
    const share = withShare && whole > 0 ? ` (${formatPercent(Math.round((value / whole) * 10000), i18n.language)})` : '';
    return `${formatEuro(value, i18n.language)}${share}`;
  };
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped captionSide="top" data-testid="partner-balance">
        <Table.Caption ta="left">{t('balance.caption', { year: c.year })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('balance.partner')}</Table.Th>
            {BALANCE_COLUMNS.map((col) => (
              <Table.Th key={col.key} scope="col" ta="right">
                {t(col.label)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={BALANCE_COLUMNS.length + 1}>{t('balance.empty')}</Table.Td>
            </Table.Tr>
          ) : (
            rows.map((r) => (
              <Table.Tr key={r.partner.id}>
                <Table.Th scope="row" fw={600}>
                  {r.partner.organisation.name}
                </Table.Th>
                {BALANCE_COLUMNS.map((col) => (
                  <Table.Td key={col.key} ta="right">
                    {show(col, r[col.key], true)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))
          )}
        </Table.Tbody>
        {rows.length > 1 && (
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th scope="row">{t('balance.total')}</Table.Th>
              {BALANCE_COLUMNS.map((col) => (
                <Table.Td key={col.key} ta="right" fw={600}>
                  {show(col, totals[col.key], false)}
                </Table.Td>
              ))}
            </Table.Tr>
          </Table.Tfoot>
        )}
      </Table>
    </Table.ScrollContainer>
  );
}
