import { Button, Group, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { AnchorLink } from '../../../components/ui/links';
import { PageHeader } from '../../../components/ui/PageHeader';
import { ErrorState, ForbiddenState, PageLoader } from '../../../components/ui/states';
import { berlinParts, berlinToday, formatDay } from '../../../lib/berlin';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useCurrentCooperation } from '../../cooperation/CooperationContext';
import { EventStatusBadge } from '../../events/components/EventStatusBadge';
import { BudgetSummaryQuery } from '../api/budget';
import { canReadBudget, formatEuro } from '../money';
import classes from './budget.module.css';
import { PartnerTotalsTable } from './PartnerTotalsTable';

const CONTEXT = { additionalTypenames: ['EventBudget', 'BudgetLine', 'Sponsorship', 'Event'] };

/** Budgetübersicht: a year's totals per partner and per event (`?year=YYYY`, default this year). */
export function BudgetYearPage() {
  const { t } = useTranslation('budget');
  const coop = useCurrentCooperation();
  if (!canReadBudget(coop.myRole)) return <ForbiddenState>{t('forbidden')}</ForbiddenState>;
  return <YearView />;
}

function YearView() {
  const { t, i18n } = useTranslation('budget');
  const { t: te } = useTranslation('events');
  const coop = useCurrentCooperation();
  const search = useSearch({ from: '/app/c/$cooperationId/events/budget' });
  const navigate = useNavigate({ from: '/c/$cooperationId/events/budget' });
  const year = search.year ?? Number(berlinToday().slice(0, 4));
  usePageTitle(t('year.title', { year }));
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: BudgetSummaryQuery,
    variables: { cooperationId: coop.id, year },
    requestPolicy: 'cache-and-network',
    context: CONTEXT,
  });
  const summary = data?.budgetSummary.year === year ? data.budgetSummary : null;
  const euro = (c: number) => formatEuro(c, i18n.language);
  const go = (y: number) => void navigate({ search: { year: y } });

  return (
    <Stack gap="md">
      <PageHeader
        title={t('year.title', { year })}
        trail={[
          <AnchorLink key="events" to="/c/$cooperationId/events" params={{ cooperationId: coop.id }} size="sm">
            {te('list.title')}
          </AnchorLink>,
        ]}
        actions={
          <Group gap="xs" className={classes.noPrint}>
            <Button variant="default" onClick={() => go(year - 1)} aria-label={`${t('year.previous')} (${year - 1})`}>
              ‹ {year - 1}
            </Button>
            <Button variant="default" onClick={() => go(year + 1)} aria-label={`${t('year.next')} (${year + 1})`}>
              {year + 1} ›
            </Button>
            <Button variant="default" onClick={() => window.print()}>
              {t('print')}
            </Button>
          </Group>
        }
      />
      {!summary ? (
        error && !fetching ? (
          <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
        ) : (
          <PageLoader />
        )
      ) : (
        <Stack gap="xl">
          <section aria-labelledby="year-partners-heading" className={classes.section}>
            <Title order={2} size="h4" id="year-partners-heading" mb="sm">
              {t('year.partnersHeading')}
            </Title>
            <PartnerTotalsTable partners={summary.partners} total={summary} testId="year-partner-totals" />
            <Text size="sm" c="dimmed" mt="xs">
              {t('totals.netHint')}
            </Text>
          </section>
          <section aria-labelledby="year-events-heading" className={classes.section}>
            <Title order={2} size="h4" id="year-events-heading" mb="sm">
              {t('year.eventsHeading')}
            </Title>
            {summary.events.length === 0 ? (
              <Text c="dimmed">{t('year.empty', { year })}</Text>
            ) : (
              <Table.ScrollContainer minWidth={760}>
                <Table striped verticalSpacing="sm" data-testid="year-events">
                  <caption>
                    <VisuallyHidden>{t('year.eventsCaption', { year })}</VisuallyHidden>
                  </caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('year.event')}</Table.Th>
                      <Table.Th scope="col">{t('year.date')}</Table.Th>
                      <Table.Th scope="col">{t('year.status')}</Table.Th>
                      <Table.Th scope="col" className={classes.amount}>
                        {t('totals.planned')}
                      </Table.Th>
                      <Table.Th scope="col" className={classes.amount}>
                        {t('totals.actual')}
                      </Table.Th>
                      <Table.Th scope="col" className={classes.amount}>
                        {t('sponsorships.heading')}
                      </Table.Th>
                      <Table.Th scope="col" className={classes.amount}>
                        {t('totals.net')}
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {summary.events.map((e) => (
                      <Table.Tr key={e.event.id}>
                        <Table.Th scope="row" fw={500}>
                          <AnchorLink
                            to="/c/$cooperationId/events/$eventId"
                            params={{ cooperationId: coop.id, eventId: e.event.id }}
                            search={{ tab: 'budget' }}
                            size="sm"
                          >
                            {e.event.title}
                          </AnchorLink>
                        </Table.Th>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>
                          <Text size="sm">{formatDay(berlinParts(e.event.startsAt).date, i18n.language)}</Text>
                        </Table.Td>
                        <Table.Td>
                          <EventStatusBadge status={e.event.status} />
                        </Table.Td>
                        <Table.Td className={classes.amount}>{euro(e.plannedCents)}</Table.Td>
                        <Table.Td className={classes.amount}>{euro(e.actualCents)}</Table.Td>
                        <Table.Td className={classes.amount}>{euro(e.sponsorshipCents)}</Table.Td>
                        <Table.Td className={classes.amount} fw={600}>
                          {euro(e.netCents)}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </section>
        </Stack>
      )}
    </Stack>
  );
}
