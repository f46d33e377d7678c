import { Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BudgetPartnerTotalFieldsFragment } from '../../../gql/graphql';
import { formatEuro } from '../money';
import classes from './budget.module.css';

interface Totals {
  plannedCents: number;
  actualCents: number;
  sponsorshipCents: number;
  netCents: number;
}

/** Was jeder Partner trägt: planned, actual, share of the money sponsorships, net; with a total row. */
export function PartnerTotalsTable({ partners, total, testId }: { partners: readonly BudgetPartnerTotalFieldsFragment[]; total: Totals; testId?: string }) {
  const { t, i18n } = useTranslation('budget');
  const euro = (c: number) => formatEuro(c, i18n.language);
  return (
    <Table.ScrollContainer minWidth={620}>
      <Table striped verticalSpacing="xs" data-testid={testId}>
        <caption>
          <VisuallyHidden>{t('totals.caption')}</VisuallyHidden>
        </caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('totals.partner')}</Table.Th>
            <Table.Th scope="col" className={classes.amount}>
              {t('totals.planned')}
            </Table.Th>
            <Table.Th scope="col" className={classes.amount}>
              {t('totals.actual')}
            </Table.Th>
            <Table.Th scope="col" className={classes.amount}>
              {t('totals.sponsorship')}
            </Table.Th>
            <Table.Th scope="col" className={classes.amount}>
              {t('totals.net')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {partners.map((p) => (
            <Table.Tr key={p.partner.id} data-partner={p.partner.organisation.shortName || p.partner.organisation.name}>
              <Table.Th scope="row" fw={500}>
                <Text size="sm" title={p.partner.organisation.name}>
                  {p.partner.organisation.shortName || p.partner.organisation.name}
                </Text>
              </Table.Th>
              <Table.Td className={classes.amount}>{euro(p.plannedCents)}</Table.Td>
              <Table.Td className={classes.amount}>{euro(p.actualCents)}</Table.Td>
              <Table.Td className={classes.amount}>{p.sponsorshipCents > 0 ? `− ${euro(p.sponsorshipCents)}` : euro(0)}</Table.Td>
              <Table.Td className={classes.amount} fw={600}>
                {euro(p.netCents)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row">{t('totals.all')}</Table.Th>
            <Table.Td className={classes.amount} fw={700}>{euro(total.plannedCents)}</Table.Td>
            <Table.Td className={classes.amount} fw={700}>{euro(total.actualCents)}</Table.Td>
            <Table.Td className={classes.amount} fw={700}>{total.sponsorshipCents > 0 ? `− ${euro(total.sponsorshipCents)}` : euro(0)}</Table.Td>
            <Table.Td className={classes.amount} fw={700}>{euro(total.netCents)}</Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}
