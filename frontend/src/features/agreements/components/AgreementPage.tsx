import { Badge, Button, Paper, SimpleGrid, Spoiler, Stack, Table, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useNavigate, useParams } from '@tanstack/react-router';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { AnchorLink } from '../../../components/ui/links';
import { NotFoundContent } from '../../../components/ui/NotFoundContent';
import { PageHeader } from '../../../components/ui/PageHeader';
import { ErrorState, ForbiddenState, PageLoader } from '../../../components/ui/states';
import type { AgreementFieldsFragment } from '../../../gql/graphql';
import { berlinParts, formatDay } from '../../../lib/berlin';
import { errorText, hasCode } from '../../../lib/errors';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useCurrentCooperation } from '../../cooperation/CooperationContext';
import { showDone, useFailure } from '../../goals/components/feedback';
import { AgreementQuery, AgreementsQuery, DeleteAgreementMutation, SignAgreementMutation } from '../api/agreements';
import { AGREEMENT_STATUS_COLOR, canReadAgreements, validityText } from '../model';
import { AgreementFormModal } from './AgreementFormModal';
import classes from './agreements.module.css';
import { CommitmentsLedger } from './CommitmentsLedger';
import { SuccessorModal } from './SuccessorModal';

type Agreement = AgreementFieldsFragment;

const CONTEXT = { additionalTypenames: ['Agreement'] };

/** One agreement: its head (validity, status, parties, text) and the commitments ledger. */
export function AgreementPage() {
  const coop = useCurrentCooperation();
  const { t } = useTranslation('agreements');
  const { t: tc } = useTranslation();
  const { agreementId = '' } = useParams({ strict: false });
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: AgreementQuery,
    variables: { id: agreementId },
    requestPolicy: 'cache-and-network',
    pause: !canReadAgreements(coop.myRole),
  });
  const agreement = data?.agreement.id === agreementId && data.agreement.cooperationId === coop.id ? data.agreement : null;
  usePageTitle(agreement?.title ?? t('list.title'));
  if (!canReadAgreements(coop.myRole)) return <ForbiddenState>{t('forbidden')}</ForbiddenState>;
  if (!agreement) {
    const foreign = data?.agreement.id === agreementId;
    if (foreign || hasCode(error, 'NOT_FOUND')) return <NotFoundContent title={t('notFound.title')} text={t('notFound.text')} />;
    if (error && !fetching) {
      if (hasCode(error, 'FORBIDDEN')) return <ForbiddenState>{errorText(error, tc)}</ForbiddenState>;
      return <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
    }
    return <PageLoader />;
  }
  return <AgreementView agreement={agreement} cooperationId={coop.id} onReload={() => reexecute({ requestPolicy: 'network-only' })} />;
}

function AgreementView({ agreement: a, cooperationId, onReload }: { agreement: Agreement; cooperationId: string; onReload: () => void }) {
  const { t, i18n } = useTranslation('agreements');
  const [editing, setEditing] = useState(false);
  const [succeeding, setSucceeding] = useState(false);
  const draft = a.status === 'DRAFT';
  const [{ data: list }] = useQuery({ query: AgreementsQuery, variables: { cooperationId } });
  const titleOf = (id: string) => list?.agreements.find((x) => x.id === id)?.title ?? t('list.unknown');
  const openEnded = (from: string) => t('validity.openEnded', { from });

  return (
    <Stack gap="lg" className={classes.page}>
      <PageHeader
        title={a.title}
        trail={[
          <AnchorLink key="list" to="/c/$cooperationId/agreements" params={{ cooperationId }}>
            {t('list.title')}
          </AnchorLink>,
        ]}
        actions={
          <div className={`${classes.noPrint} ${classes.actions}`}>
            <Button variant="default" onClick={() => window.print()}>
              {t('print.button')}
            </Button>
            {draft && a.canManage && (
              <Button variant="default" onClick={() => setEditing(true)}>
                {t('edit.button')}
              </Button>
            )}
            {draft && a.canSign && <SignButton agreement={a} />}
            {!draft && a.canManage && !a.successorId && <Button onClick={() => setSucceeding(true)}>{t('successor.button')}</Button>}
            {draft && a.canManage && <DeleteDraftButton agreement={a} cooperationId={cooperationId} />}
          </div>
        }
      />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" className={classes.head}>
        <Paper withBorder p="md" component="section" aria-labelledby="agreement-facts">
          <Title order={2} size="h4" id="agreement-facts" mb="xs">
            {t('facts.title')}
          </Title>
          <Facts
            rows={[
              [t('fields.validity'), validityText(a.validFrom, a.validUntil, i18n.language, openEnded)],
              [
                t('fields.status'),
                <Badge key="status" variant="light" color={AGREEMENT_STATUS_COLOR[a.status]} tt="none" data-testid="agreement-status" className={classes.statusBadge}>
                  {t(`status.${a.status}`)}
                </Badge>,
              ],
              ...(a.signedAt
                ? [
                    [
                      t('facts.signed'),
                      t('facts.signedRecorded', { date: formatDay(berlinParts(a.signedAt).date, i18n.language), name: a.signedByName }),
                    ] as [string, ReactNode],
                  ]
                : []),
              ...(a.predecessorId
                ? [
                    [
                      t('succession.predecessor'),
                      <AnchorLink key="pre" to="/c/$cooperationId/agreements/$agreementId" params={{ cooperationId, agreementId: a.predecessorId }}>
                        {titleOf(a.predecessorId)}
                      </AnchorLink>,
                    ] as [string, ReactNode],
                  ]
                : []),
              ...(a.successorId
                ? [
                    [
                      t('succession.successor'),
                      <AnchorLink key="suc" to="/c/$cooperationId/agreements/$agreementId" params={{ cooperationId, agreementId: a.successorId }}>
                        {titleOf(a.successorId)}
                      </AnchorLink>,
                    ] as [string, ReactNode],
                  ]
                : []),
            ]}
          />
        </Paper>
        <Paper withBorder p="md" component="section" aria-labelledby="agreement-parties">
          <Title order={2} size="h4" id="agreement-parties" mb="xs">
            {t('fields.parties')}
          </Title>
          <PartiesTable agreement={a} testId="agreement-parties" />
        </Paper>
      </SimpleGrid>
      {a.body.trim() !== '' && (
        <Paper withBorder p="md" component="section" aria-labelledby="agreement-text" className={classes.noPrint}>
          <Title order={2} size="h4" id="agreement-text" mb="xs">
            {t('fields.body')}
          </Title>
          <Spoiler maxHeight={140} showLabel={t('text.more')} hideLabel={t('text.less')}>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {a.body}
            </Text>
          </Spoiler>
        </Paper>
      )}
      <CommitmentsLedger agreement={a} cooperationId={cooperationId} onReload={onReload} />
      {editing && <AgreementFormModal opened onClose={() => setEditing(false)} cooperationId={cooperationId} agreement={a} onReload={onReload} />}
      {succeeding && <SuccessorModal opened onClose={() => setSucceeding(false)} agreement={a} cooperationId={cooperationId} />}
    </Stack>
  );
}

function Facts({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <dl className={classes.facts}>
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The parties with their signatories and signing dates (also in the signing dialog). */
function PartiesTable({ agreement: a, testId }: { agreement: Agreement; testId?: string }) {
  const { t, i18n } = useTranslation('agreements');
  return (
    <Table verticalSpacing={4} data-testid={testId}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('parties.partner')}</Table.Th>
          <Table.Th scope="col">{t('parties.signatory')}</Table.Th>
          <Table.Th scope="col">{t('parties.signedOn')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {a.parties.map((p) => (
          <Table.Tr key={p.partner.id}>
            <Table.Th scope="row" fw={500}>
              {p.partner.organisation.name}
            </Table.Th>
            <Table.Td>{p.signatory || t('parties.missing')}</Table.Td>
            <Table.Td>{p.signedOn ? formatDay(p.signedOn, i18n.language) : t('parties.notSigned')}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function SignButton({ agreement: a }: { agreement: Agreement }) {
  const { t } = useTranslation('agreements');
  const { t: tc } = useTranslation();
  const fail = useFailure();
  const [{ fetching }, sign] = useMutation(SignAgreementMutation);
  const confirm = () =>
    modals.openConfirmModal({
      title: t('sign.title'),
      children: (
        <Stack gap="xs">
          <Text size="sm">{t('sign.text', { title: a.title })}</Text>
          <PartiesTable agreement={a} />
          <Text size="sm">{t('sign.fixed')}</Text>
        </Stack>
      ),
      labels: { confirm: t('sign.confirm'), cancel: tc('actions.cancel') },
      onConfirm: () => {
        void sign({ input: { id: a.id, version: a.version } }, CONTEXT).then((res) => {
          if (res.error) fail(res.error);
          else showDone(t('sign.done', { title: a.title }));
        });
      },
    });
  return (
    <Button onClick={confirm} loading={fetching}>
      {t('sign.button')}
    </Button>
  );
}

function DeleteDraftButton({ agreement: a, cooperationId }: { agreement: Agreement; cooperationId: string }) {
  const { t } = useTranslation('agreements');
  const { t: tc } = useTranslation();
  const fail = useFailure();
  const navigate = useNavigate();
  const [{ fetching }, remove] = useMutation(DeleteAgreementMutation);
  const confirm = () =>
    modals.openConfirmModal({
      title: t('delete.title'),
      children: <Text size="sm">{t('delete.text', { title: a.title, count: a.commitments.length })}</Text>,
      labels: { confirm: t('delete.confirm'), cancel: tc('actions.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => {
        void remove({ input: { id: a.id, version: a.version } }, CONTEXT).then((res) => {
          if (res.error) {
            fail(res.error);
            return;
          }
          showDone(t('delete.done', { title: a.title }));
          void navigate({ to: '/c/$cooperationId/agreements', params: { cooperationId } });
        });
      },
    });
  return (
    <Button variant="default" color="red" onClick={confirm} loading={fetching}>
      {t('delete.button')}
    </Button>
  );
}
