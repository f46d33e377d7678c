import { Alert, Button, Group, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { ErrorState, PageLoader } from '../../../components/ui/states';
import type { EventBudgetFieldsFragment } from '../../../gql/graphql';
import { errorText, hasCode } from '../../../lib/errors';
import { useCurrentCooperation } from '../../cooperation/CooperationContext';
import {
  CreateBudgetLineMutation,
  CreateSponsorshipMutation,
  DeleteBudgetLineMutation,
  DeleteSponsorshipMutation,
  EventBudgetQuery,
  SponsorOptionsQuery,
  UpdateBudgetLineMutation,
  UpdateSponsorshipMutation,
} from '../api/budget';
import { canEditBudget, formatEuro, formatPercent } from '../money';
import classes from './budget.module.css';
import { BudgetLineModal, partnerName, type BudgetPartner, type LineInput } from './BudgetLineModal';
import { PartnerTotalsTable } from './PartnerTotalsTable';
import { SponsorshipModal, type SponsorshipInput } from './SponsorshipModal';

type Budget = EventBudgetFieldsFragment;
type Line = Budget['lines'][number];
type Sponsorship = Budget['sponsorships'][number];

const CONTEXT = { additionalTypenames: ['EventBudget', 'BudgetLine', 'Sponsorship'] };

/** The Budget tab of an event: lines with their split, sponsorships, and what each partner pays. */
export function EventBudgetTab({ eventId }: { eventId: string }) {
  const { t } = useTranslation('budget');
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: EventBudgetQuery,
    variables: { id: eventId },
    requestPolicy: 'cache-and-network',
    context: CONTEXT,
  });
  const reload = () => reexecute({ requestPolicy: 'network-only' });
  const budget = data?.event.id === eventId ? data.event.budget : null;
  if (!budget) {
    if (error && !fetching) return <ErrorState error={error} onRetry={reload} />;
    return <PageLoader label={t('tab')} />;
  }
  return <BudgetView budget={budget} onReload={reload} />;
}

function BudgetView({ budget, onReload }: { budget: Budget; onReload: () => void }) {
  const { t, i18n } = useTranslation('budget');
  const { t: tc } = useTranslation();
  const coop = useCurrentCooperation();
  const editor = canEditBudget(coop.myRole);
  const euro = (c: number) => formatEuro(c, i18n.language);
  const partners = useMemo<BudgetPartner[]>(() => [...coop.partners].sort((a, b) => a.position - b.position), [coop.partners]);
  const names = useMemo(() => new Map(partners.map((p) => [p.id, partnerName(p)])), [partners]);
  const [lineModal, setLineModal] = useState<{ line: Line | null } | null>(null);
  const [sponsorModal, setSponsorModal] = useState<{ sponsorship: Sponsorship | null } | null>(null);
  const [, createLine] = useMutation(CreateBudgetLineMutation);
  const [, updateLine] = useMutation(UpdateBudgetLineMutation);
  const [, deleteLine] = useMutation(DeleteBudgetLineMutation);
  const [, createSponsorship] = useMutation(CreateSponsorshipMutation);
  const [, updateSponsorship] = useMutation(UpdateSponsorshipMutation);
  const [, deleteSponsorship] = useMutation(DeleteSponsorshipMutation);
  const [orgs] = useQuery({ query: SponsorOptionsQuery, variables: { cooperationId: coop.id }, pause: !editor || !sponsorModal });

  const report = (error: unknown, conflictKey: string) => {
    const conflict = hasCode(error, 'CONFLICT');
    notifications.show({ color: 'red', title: tc('errors.title'), message: conflict ? t(conflictKey) : errorText(error, tc), autoClose: 8000 });
    if (conflict) onReload();
  };

  const lineName = (l: Line) => l.description || t(`category.${l.category}`);

  const saveLine = async (input: LineInput) => {
    const editing = lineModal?.line;
    const res = editing
      ? await updateLine({
          input: {
            id: editing.id,
            version: editing.version,
            category: input.category,
            description: input.description,
            plannedCents: input.plannedCents,
            ...(input.actualCents === null ? { clearActual: true } : { actualCents: input.actualCents }),
            shareMode: input.shareMode,
            shares: input.shares,
          },
        })
      : await createLine({ input: { eventId: budget.eventId, ...input, actualCents: input.actualCents } });
    if (res.error) {
      if (hasCode(res.error, 'CONFLICT')) {
        setLineModal(null);
        report(res.error, 'lines.conflict');
        return null;
      }
      return res.error;
    }
    notifications.show({ color: 'green', message: t(editing ? 'lines.saved' : 'lines.added') });
    setLineModal(null);
    return null;
  };

  const removeLine = (l: Line) =>
    modals.openConfirmModal({
      title: t('lines.deleteTitle'),
      children: <Text size="sm">{t('lines.deleteText', { name: lineName(l), amount: euro(l.plannedCents) })}</Text>,
      labels: { confirm: t('lines.delete'), cancel: tc('actions.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => {
        void deleteLine({ input: { id: l.id, version: l.version } }).then((res) => {
          if (res.error) report(res.error, 'lines.conflict');
          else notifications.show({ color: 'green', message: t('lines.deleted') });
        });
      },
    });

  const saveSponsorship = async (input: SponsorshipInput) => {
    const editing = sponsorModal?.sponsorship;
    const res = editing
      ? await updateSponsorship({ input: { id: editing.id, version: editing.version, ...input } })
      : await createSponsorship({ input: { eventId: budget.eventId, ...input } });
    if (res.error) {
      if (hasCode(res.error, 'CONFLICT')) {
        setSponsorModal(null);
        report(res.error, 'sponsorships.conflict');
        return null;
      }
      return res.error;
    }
    notifications.show({ color: 'green', message: t(editing ? 'sponsorships.saved' : 'sponsorships.added') });
    setSponsorModal(null);
    return null;
  };

  const removeSponsorship = (s: Sponsorship) =>
    modals.openConfirmModal({
      title: t('sponsorships.deleteTitle'),
      children: <Text size="sm">{t('sponsorships.deleteText', { name: s.organisation.name, amount: euro(s.amountCents) })}</Text>,
      labels: { confirm: t('sponsorships.delete'), cancel: tc('actions.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => {
        void deleteSponsorship({ input: { id: s.id, version: s.version } }).then((res) => {
          if (res.error) report(res.error, 'sponsorships.conflict');
          else notifications.show({ color: 'green', message: t('sponsorships.deleted') });
        });
      },
    });

  return (
    <Stack gap="xl" data-testid="event-budget">
      <Group justify="space-between" className={classes.noPrint}>
        {editor ? (
          <Button onClick={() => setLineModal({ line: null })}>{t('lines.add')}</Button>
        ) : (
          <Text size="sm" c="dimmed">
            {t('readOnly')}
          </Text>
        )}
        <Button variant="default" onClick={() => window.print()}>
          {t('print')}
        </Button>
      </Group>

      <section aria-labelledby="budget-lines-heading" className={classes.section}>
        <Title order={2} size="h4" id="budget-lines-heading" mb="sm">
          {t('lines.heading')}
        </Title>
        {budget.lines.length === 0 ? (
          <Text c="dimmed">{t('lines.empty')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={760}>
            <Table striped verticalSpacing="sm" data-testid="budget-lines">
              <caption>
                <VisuallyHidden>{t('lines.caption')}</VisuallyHidden>
              </caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('lines.category')}</Table.Th>
                  <Table.Th scope="col">{t('lines.description')}</Table.Th>
                  <Table.Th scope="col" className={classes.amount}>
                    {t('lines.planned')}
                  </Table.Th>
                  <Table.Th scope="col" className={classes.amount}>
                    {t('lines.actual')}
                  </Table.Th>
                  <Table.Th scope="col">{t('lines.split')}</Table.Th>
                  {editor && (
                    <Table.Th scope="col" className={classes.noPrint}>
                      {t('lines.actions')}
                    </Table.Th>
                  )}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {budget.lines.map((l) => (
                  <Table.Tr key={l.id}>
                    <Table.Td>
                      <Text size="sm">{t(`category.${l.category}`)}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{l.description}</Text>
                    </Table.Td>
                    <Table.Td className={classes.amount}>{euro(l.plannedCents)}</Table.Td>
                    <Table.Td className={classes.amount}>
                      {l.actualCents === null || l.actualCents === undefined ? (
                        <Text size="sm" c="dimmed" component="span">
                          {t('lines.notYet')}
                        </Text>
                      ) : (
                        euro(l.actualCents)
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Stack gap={0}>
                        {l.shares.map((s) => (
                          <span key={s.partner.id} className={classes.split}>
                            {t('lines.shareOf', {
                              partner: names.get(s.partner.id) ?? '',
                              amount: euro(s.actualCents ?? s.plannedCents),
                            })}
                            {l.shareMode === 'PERCENT' && s.basisPoints !== null && s.basisPoints !== undefined && (
                              <> ({formatPercent(s.basisPoints, i18n.language)})</>
                            )}
                          </span>
                        ))}
                      </Stack>
                    </Table.Td>
                    {editor && (
                      <Table.Td className={classes.noPrint}>
                        <Group gap="xs" wrap="nowrap">
                          <Button size="compact-sm" variant="default" onClick={() => setLineModal({ line: l })}>
                            {t('lines.edit')}
                            <VisuallyHidden>: {lineName(l)}</VisuallyHidden>
                          </Button>
                          <Button size="compact-sm" variant="default" color="red" onClick={() => removeLine(l)}>
                            {t('lines.delete')}
                            <VisuallyHidden>: {lineName(l)}</VisuallyHidden>
                          </Button>
                        </Group>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
              <Table.Tfoot>
                <Table.Tr>
                  <Table.Th scope="row" colSpan={2}>
                    {t('lines.total')}
                  </Table.Th>
                  <Table.Td className={classes.amount} fw={700}>{euro(budget.plannedCents)}</Table.Td>
                  <Table.Td className={classes.amount} fw={700}>{euro(budget.actualCents)}</Table.Td>
                  <Table.Td colSpan={editor ? 2 : 1} />
                </Table.Tr>
              </Table.Tfoot>
            </Table>
          </Table.ScrollContainer>
        )}
      </section>

      <section aria-labelledby="budget-sponsorships-heading" className={classes.section}>
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h4" id="budget-sponsorships-heading">
            {t('sponsorships.heading')}
          </Title>
          {editor && (
            <Button variant="light" className={classes.noPrint} onClick={() => setSponsorModal({ sponsorship: null })}>
              {t('sponsorships.add')}
            </Button>
          )}
        </Group>
        {budget.sponsorships.length === 0 ? (
          <Text c="dimmed">{t('sponsorships.empty')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table striped verticalSpacing="sm" data-testid="budget-sponsorships">
              <caption>
                <VisuallyHidden>{t('sponsorships.caption')}</VisuallyHidden>
              </caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('sponsorships.organisation')}</Table.Th>
                  <Table.Th scope="col">{t('sponsorships.kind')}</Table.Th>
                  <Table.Th scope="col" className={classes.amount}>
                    {t('sponsorships.amountColumn')}
                  </Table.Th>
                  <Table.Th scope="col">{t('sponsorships.status')}</Table.Th>
                  <Table.Th scope="col">{t('sponsorships.note')}</Table.Th>
                  {editor && (
                    <Table.Th scope="col" className={classes.noPrint}>
                      {t('lines.actions')}
                    </Table.Th>
                  )}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {budget.sponsorships.map((s) => (
                  <Table.Tr key={s.id}>
                    <Table.Td>
                      <Text size="sm">{s.organisation.name}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{t(`kind.${s.kind}`)}</Text>
                    </Table.Td>
                    <Table.Td className={classes.amount}>{euro(s.amountCents)}</Table.Td>
                    <Table.Td>
                      <Text size="sm">{t(`status.${s.status}`)}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{s.note}</Text>
                    </Table.Td>
                    {editor && (
                      <Table.Td className={classes.noPrint}>
                        <Group gap="xs" wrap="nowrap">
                          <Button size="compact-sm" variant="default" onClick={() => setSponsorModal({ sponsorship: s })}>
                            {t('sponsorships.edit')}
                            <VisuallyHidden>: {s.organisation.name}</VisuallyHidden>
                          </Button>
                          <Button size="compact-sm" variant="default" color="red" onClick={() => removeSponsorship(s)}>
                            {t('sponsorships.delete')}
                            <VisuallyHidden>: {s.organisation.name}</VisuallyHidden>
                          </Button>
                        </Group>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {budget.inKindCents > 0 && (
          <Text size="sm" c="dimmed" mt="xs">
            {t('sponsorships.inKindNote', { amount: euro(budget.inKindCents) })}
          </Text>
        )}
      </section>

      <section aria-labelledby="budget-totals-heading" className={classes.section}>
        <Title order={2} size="h4" id="budget-totals-heading" mb="sm">
          {t('totals.heading')}
        </Title>
        <PartnerTotalsTable partners={budget.partners} total={budget} testId="budget-partner-totals" />
        <Text size="sm" c="dimmed" mt="xs">
          {t('totals.netHint')}
        </Text>
      </section>

      {editor && lineModal && (
        <BudgetLineModal opened line={lineModal.line} partners={partners} onClose={() => setLineModal(null)} onSubmit={saveLine} />
      )}
      {editor && sponsorModal && orgs.data && (
        <SponsorshipModal
          opened
          sponsorship={sponsorModal.sponsorship}
          organisations={(orgs.data?.organisations.items ?? []).map((o) => ({ id: o.id, name: o.name, kind: o.kind }))}
          onClose={() => setSponsorModal(null)}
          onSubmit={saveSponsorship}
        />
      )}
      {orgs.error && sponsorModal && (
        <Alert color="red" className={classes.noPrint}>
          {errorText(orgs.error, tc)}
        </Alert>
      )}
    </Stack>
  );
}
