import { Badge, Button, Paper, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { AnchorLink } from '../../../components/ui/links';
import { PageHeader } from '../../../components/ui/PageHeader';
import { EmptyState, ErrorState, ForbiddenState, PageLoader } from '../../../components/ui/states';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useCurrentCooperation } from '../../cooperation/CooperationContext';
import { AgreementsQuery } from '../api/agreements';
import { AGREEMENT_STATUS_COLOR, canDraftAgreements, canReadAgreements, validityText } from '../model';
import { AgreementFormModal } from './AgreementFormModal';
import classes from './agreements.module.css';

/** Vereinbarungen: the cooperation's agreements, newest first, each with its successor or predecessor. */
export function AgreementsPage() {
  const coop = useCurrentCooperation();
  const { t } = useTranslation('agreements');
  usePageTitle(t('list.title'));
  if (!canReadAgreements(coop.myRole)) return <ForbiddenState>{t('forbidden')}</ForbiddenState>;
  return <AgreementList cooperationId={coop.id} canDraft={canDraftAgreements(coop.myRole)} />;
}

function AgreementList({ cooperationId, canDraft }: { cooperationId: string; canDraft: boolean }) {
  const { t, i18n } = useTranslation('agreements');
  const [creating, setCreating] = useState(false);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: AgreementsQuery,
    variables: { cooperationId },
    requestPolicy: 'cache-and-network',
  });
  const items = data?.agreements;
  const titleOf = (id: string) => items?.find((a) => a.id === id)?.title ?? t('list.unknown');
  const openEnded = (from: string) => t('validity.openEnded', { from });
  return (
    <Stack gap="md">
      <PageHeader
        title={t('list.title')}
        description={t('list.description')}
        actions={canDraft && <Button onClick={() => setCreating(true)}>{t('create.button')}</Button>}
      />
      {!items ? (
        error && !fetching ? (
          <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
        ) : (
          <PageLoader />
        )
      ) : items.length === 0 ? (
        <EmptyState title={t('list.empty')}>{canDraft ? t('list.emptyHint') : null}</EmptyState>
      ) : (
        <Paper withBorder>
          <Table.ScrollContainer minWidth={720}>
            <Table striped verticalSpacing="sm" captionSide="top">
              <Table.Caption ta="left" px="sm">{t('list.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('fields.title')}</Table.Th>
                  <Table.Th scope="col">{t('fields.validity')}</Table.Th>
                  <Table.Th scope="col">{t('fields.status')}</Table.Th>
                  <Table.Th scope="col">{t('fields.commitments')}</Table.Th>
                  <Table.Th scope="col">{t('list.succession')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((a) => (
                  <Table.Tr key={a.id}>
                    <Table.Td>
                      <AnchorLink to="/c/$cooperationId/agreements/$agreementId" params={{ cooperationId, agreementId: a.id }} fw={600}>
                        {a.title}
                      </AnchorLink>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{validityText(a.validFrom, a.validUntil, i18n.language, openEnded)}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Badge variant="light" color={AGREEMENT_STATUS_COLOR[a.status]} tt="none" className={classes.statusBadge}>
                        {t(`status.${a.status}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{a.commitments.length}</Table.Td>
                    <Table.Td>
                      <Stack gap={2}>
                        {a.predecessorId && (
                          <Text size="sm">
                            {t('succession.predecessor')}:{' '}
                            <AnchorLink to="/c/$cooperationId/agreements/$agreementId" params={{ cooperationId, agreementId: a.predecessorId }}>
                              {titleOf(a.predecessorId)}
                            </AnchorLink>
                          </Text>
                        )}
                        {a.successorId && (
                          <Text size="sm">
                            {t('succession.successor')}:{' '}
                            <AnchorLink to="/c/$cooperationId/agreements/$agreementId" params={{ cooperationId, agreementId: a.successorId }}>
                              {titleOf(a.successorId)}
                            </AnchorLink>
                          </Text>
                        )}
                        {!a.predecessorId && !a.successorId && <Text size="sm">–</Text>}
                      </Stack>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      {creating && <AgreementFormModal opened onClose={() => setCreating(false)} cooperationId={cooperationId} />}
    </Stack>
  );
}
