import { Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { AnchorLink } from '../../../components/ui/links';
import { PageHeader } from '../../../components/ui/PageHeader';
import { EmptyState, ErrorState, PageLoader } from '../../../components/ui/states';
import type { AwardProgrammesQuery as Data } from '../../../gql/graphql';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useCurrentCooperation } from '../../cooperation/CooperationContext';
import { AwardProgrammesQuery } from '../api/award';
import { PHASE_COLOR } from '../model';
import { CycleSetupModal } from './CycleSetupModal';
import { ProgrammeModal } from './ProgrammeModal';

type Programme = Data['awardProgrammes'][number];

/** Preis: the cooperation's award programmes with their yearly cycles. */
export function AwardPage() {
  const coop = useCurrentCooperation();
  const { t } = useTranslation('award');
  usePageTitle(t('title'));
  // Outside jurors (EXTERNAL) get only the cycles they judge: the server filters.
  return <AwardProgrammes cooperationId={coop.id} canCreate={coop.myRole === 'ADMIN' || coop.myRole === 'COORDINATOR'} />;
}

function AwardProgrammes({ cooperationId, canCreate }: { cooperationId: string; canCreate: boolean }) {
  const { t } = useTranslation('award');
  const [creating, setCreating] = useState(false);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: AwardProgrammesQuery, variables: { cooperationId } });
  const programmes = data?.awardProgrammes;
  return (
    <Stack gap="md">
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={canCreate && <Button onClick={() => setCreating(true)}>{t('programme.create')}</Button>}
      />
      {!programmes ? (
        error && !fetching ? (
          <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
        ) : (
          <PageLoader />
        )
      ) : programmes.length === 0 ? (
        <EmptyState title={t('empty')}>{canCreate ? t('emptyHint') : null}</EmptyState>
      ) : (
        programmes.map((p) => <ProgrammeCard key={p.id} programme={p} cooperationId={cooperationId} />)
      )}
      {creating && <ProgrammeModal opened onClose={() => setCreating(false)} cooperationId={cooperationId} />}
    </Stack>
  );
}

function ProgrammeCard({ programme: p, cooperationId }: { programme: Programme; cooperationId: string }) {
  const { t } = useTranslation('award');
  const { t: tc } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [addingCycle, setAddingCycle] = useState(false);
  const headingId = `programme-${p.id}`;
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <Stack gap={4}>
            <Title order={2} size="h3" id={headingId}>
              {p.name}
            </Title>
            {p.description && <Text size="sm">{p.description}</Text>}
            <Text size="sm" c="dimmed">
              {t('exclusion', { count: p.winnerExclusionYears })}
            </Text>
          </Stack>
          {p.canManage && (
            <Group gap="xs">
              <Button variant="default" size="sm" onClick={() => setEditing(true)} aria-label={`${tc('actions.edit')}: ${p.name}`}>
                {tc('actions.edit')}
              </Button>
              <Button size="sm" onClick={() => setAddingCycle(true)}>
                {t('cycle.create')}
              </Button>
            </Group>
          )}
        </Group>
        {p.cycles.length === 0 ? (
          <Text size="sm">{t('noCycles')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={500}>
            <Table striped captionSide="top">
              <Table.Caption>{t('cyclesOf', { name: p.name })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('cycle.year')}</Table.Th>
                  <Table.Th scope="col">{t('cycle.title')}</Table.Th>
                  <Table.Th scope="col">{t('phase')}</Table.Th>
                  <Table.Th scope="col">{t('criteria.title')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {p.cycles.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Td>{c.year}</Table.Td>
                    <Table.Td>
                      <AnchorLink to="/c/$cooperationId/award/$cycleId" params={{ cooperationId, cycleId: c.id }}>
                        {c.title}
                      </AnchorLink>
                    </Table.Td>
                    <Table.Td>
                      <Badge color={PHASE_COLOR[c.phase]} variant="light" tt="none">
                        {t(`phases.${c.phase}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      {t('criteriaCount', { count: c.criteria.length })} · {c.allApproved ? t('allApproved') : t('approvalPending')}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      {editing && <ProgrammeModal opened onClose={() => setEditing(false)} cooperationId={cooperationId} programme={p} />}
      {addingCycle && <CycleSetupModal opened onClose={() => setAddingCycle(false)} cooperationId={cooperationId} programmeId={p.id} />}
    </Paper>
  );
}
