import { ActionIcon, Badge, Button, Group, List, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { ButtonLink } from '../../../components/ui/links';
import { LabelledValue } from '../../../components/ui/parts';
import type { RetreatFieldsFragment } from '../../../gql/graphql';
import { berlinParts, formatDay } from '../../../lib/berlin';
import { useCurrentCooperation } from '../../cooperation/CooperationContext';
import { partnerLabel } from '../../events/model';
import {
  CloseVotingMutation,
  DeleteAgendaItemMutation,
  MoveAgendaItemMutation,
  OpenVotingMutation,
  StartRetreatSessionMutation,
} from '../api/retreat';
import { agendaItemEnd, agendaMinutes, agendaSlot, berlinTime, participantsByPartner, retreatPeriod } from '../model';
import { AgendaItemModal } from './AgendaItemModal';
import { ProposalKindBadge } from './badges';
import { showDone, useFailure } from './feedback';
import { RETREAT_CONTEXT } from './RetreatFormModal';

type Retreat = RetreatFieldsFragment;
type AgendaItem = Retreat['agenda'][number];

/** Vorbereitung: the session controls, the retreat's data, the participants by partner and the agenda. */
export function PreparationTab({ retreat: r, onReload }: { retreat: Retreat; onReload: () => void }) {
  return (
    <Stack gap="lg">
      <SessionPanel retreat={r} onReload={onReload} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <DataPanel retreat={r} />
        <ParticipantsPanel retreat={r} />
      </SimpleGrid>
      <AgendaPanel retreat={r} onReload={onReload} />
    </Stack>
  );
}

/** Where the session stands, the chair's steps and the links to voting and presentation. */
function SessionPanel({ retreat: r, onReload }: { retreat: Retreat; onReload: () => void }) {
  const { t } = useTranslation('retreat');
  const coop = useCurrentCooperation();
  const fail = useFailure(onReload);
  const [{ fetching: starting }, start] = useMutation(StartRetreatSessionMutation);
  const [{ fetching: opening }, open] = useMutation(OpenVotingMutation);
  const [{ fetching: closing }, close] = useMutation(CloseVotingMutation);
  const busy = starting || opening || closing;
  const input = { input: { id: r.id, version: r.version } };
  const step = (run: (vars: typeof input, context: typeof RETREAT_CONTEXT) => Promise<{ error?: unknown }>, done: string) => {
    if (busy) return;
    void run(input, RETREAT_CONTEXT).then((res) => {
      if (res.error) fail(res.error);
      else showDone(done);
    });
  };
  const params = { cooperationId: coop.id, retreatId: r.id };
  const text =
    r.status === 'PREPARING'
      ? t('session.preparing')
      : r.status === 'CLOSED'
        ? t('session.closed')
        : r.votingOpen
          ? t('session.inSessionOpen')
          : t('session.inSessionClosed');
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="session-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="session-heading">
          {t('session.title')}
        </Title>
        <Text size="sm" data-testid="session-text">
          {text}
        </Text>
        <Group gap="sm" wrap="wrap">
          {r.canChair && r.status === 'PREPARING' && (
            <Button loading={starting} disabled={busy} onClick={() => step(start, t('session.started'))}>
              {t('session.start')}
            </Button>
          )}
          {r.canChair && r.status === 'IN_SESSION' && !r.votingOpen && (
            <Button loading={opening} disabled={busy} onClick={() => step(open, t('session.opened'))}>
              {t('session.openVoting')}
            </Button>
          )}
          {r.canChair && r.status === 'IN_SESSION' && r.votingOpen && (
            <Button color="red" variant="outline" loading={closing} disabled={busy} onClick={() => step(close, t('session.closedVoting'))}>
              {t('session.closeVoting')}
            </Button>
          )}
          {r.amParticipant && r.status !== 'CLOSED' && (
            <ButtonLink variant="light" to="/c/$cooperationId/retreats/$retreatId/vote" params={params}>
              {t('session.vote')}
            </ButtonLink>
          )}
          <ButtonLink variant="default" to="/c/$cooperationId/retreats/$retreatId/presenter" params={params}>
            {t('session.presenter')}
          </ButtonLink>
        </Group>
        {r.canChair && r.status === 'IN_SESSION' && (
          <Text size="xs" c="dimmed">
            {t('session.closeHint')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

function DataPanel({ retreat: r }: { retreat: Retreat }) {
  const { t, i18n } = useTranslation('retreat');
  const lng = i18n.language;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="data-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="data-heading">
          {t('detail.data')}
        </Title>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <LabelledValue label={t('fields.planYear')}>{r.planYear}</LabelledValue>
          <LabelledValue label={t('fields.when')}>
            <span data-testid="retreat-period">{retreatPeriod(r.startsAt, r.endsOn, lng)}</span>
          </LabelledValue>
          <LabelledValue label={t('fields.place')}>{r.place || t('detail.noPlace')}</LabelledValue>
          <LabelledValue label={t('fields.pointsBudget')}>{t('detail.points', { count: r.pointsBudget })}</LabelledValue>
          <LabelledValue label={t('fields.chair')}>{r.chair ? r.chair.name : t('detail.noChair')}</LabelledValue>
          {r.closedAt && (
            <LabelledValue label={t('detail.closedAt')}>
              {formatDay(berlinParts(r.closedAt).date, lng)}, {berlinTime(r.closedAt, lng)}
            </LabelledValue>
          )}
        </SimpleGrid>
        {r.canManage && r.status === 'PREPARING' && (
          <Text size="xs" c="dimmed">
            {t('detail.editHint')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

function ParticipantsPanel({ retreat: r }: { retreat: Retreat }) {
  const { t } = useTranslation('retreat');
  const coop = useCurrentCooperation();
  const groups = participantsByPartner(
    r.participants,
    [...coop.partners].sort((a, b) => a.position - b.position).map((p) => p.id),
  );
  const voted = r.status !== 'PREPARING';
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="participants-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="participants-heading">
          {t('detail.participantsTitle', { count: r.participants.length })}
        </Title>
        {groups.length === 0 && <Text size="sm">{t('detail.noParticipants')}</Text>}
        {groups.map((g) => {
          const id = `participants-${g.partner?.id ?? 'none'}`;
          return (
            <div key={id}>
              <Text size="sm" fw={700} id={id}>
                {g.partner ? partnerLabel(g.partner) : t('detail.noPartner')}
              </Text>
              <List size="sm" spacing={2} aria-labelledby={id} data-testid="participant-group">
                {g.participants.map((p) => (
                  <List.Item key={p.membershipId}>
                    <Group gap={6} wrap="wrap" component="span">
                      <span>{p.name}</span>
                      {p.isChair && (
                        <Badge size="sm" variant="light" color="koop" tt="none">
                          {t('detail.chairBadge')}
                        </Badge>
                      )}
                      {voted && (
                        <Text span size="xs" c="dimmed">
                          {t('detail.pointsUsed', { used: p.pointsUsed, budget: r.pointsBudget })}
                        </Text>
                      )}
                    </Group>
                  </List.Item>
                ))}
              </List>
            </div>
          );
        })}
      </Stack>
    </Paper>
  );
}

type AgendaDialog = { item: AgendaItem | null } | null;

/** Tagesordnung: the items in order with computed times; the chair and planners edit it until closing. */
function AgendaPanel({ retreat: r, onReload }: { retreat: Retreat; onReload: () => void }) {
  const { t, i18n } = useTranslation('retreat');
  const [dialog, setDialog] = useState<AgendaDialog>(null);
  const canEdit = (r.canChair || r.canManage) && r.status !== 'CLOSED';
  const firstDay = berlinParts(r.startsAt).date;
  const total = agendaMinutes(r.agenda);
  const last = r.agenda[r.agenda.length - 1];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="agenda-heading">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Title order={2} size="h4" id="agenda-heading">
            {t('agenda.title')}
          </Title>
          {canEdit && <Button onClick={() => setDialog({ item: null })}>{t('agenda.add')}</Button>}
        </Group>
        {r.agenda.length === 0 ? (
          <Text size="sm">{canEdit ? t('agenda.emptyHint') : t('agenda.empty')}</Text>
        ) : (
          <>
            <Text size="sm" c="dimmed" data-testid="agenda-summary">
              {t('agenda.summary', {
                count: r.agenda.length,
                hours: Math.floor(total / 60),
                minutes: total % 60,
                end: last ? berlinTime(agendaItemEnd(last.startsAt, last.durationMinutes), i18n.language) : '',
              })}
            </Text>
            <Table.ScrollContainer minWidth={640}>
              <Table verticalSpacing="sm" aria-labelledby="agenda-heading" data-testid="agenda-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col" w={140}>
                      {t('agenda.columns.time')}
                    </Table.Th>
                    <Table.Th scope="col">{t('agenda.columns.title')}</Table.Th>
                    <Table.Th scope="col" w={90}>
                      {t('agenda.columns.duration')}
                    </Table.Th>
                    <Table.Th scope="col">{t('agenda.columns.presenter')}</Table.Th>
                    {canEdit && (
                      <Table.Th scope="col" w={1}>
                        {t('agenda.columns.actions')}
                      </Table.Th>
                    )}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {r.agenda.map((item, i) => (
                    <AgendaRow
                      key={item.id}
                      item={item}
                      firstDay={firstDay}
                      canEdit={canEdit}
                      first={i === 0}
                      last={i === r.agenda.length - 1}
                      onEdit={() => setDialog({ item })}
                      onReload={onReload}
                    />
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </>
        )}
      </Stack>
      {dialog && <AgendaItemModal retreat={r} item={dialog.item} onClose={() => setDialog(null)} onReload={onReload} />}
    </Paper>
  );
}

function AgendaRow({
  item,
  firstDay,
  canEdit,
  first,
  last,
  onEdit,
  onReload,
}: {
  item: AgendaItem;
  firstDay: string;
  canEdit: boolean;
  first: boolean;
  last: boolean;
  onEdit: () => void;
  onReload: () => void;
}) {
  const { t, i18n } = useTranslation('retreat');
  const { t: tc } = useTranslation();
  const fail = useFailure(onReload);
  const [{ fetching: moving }, move] = useMutation(MoveAgendaItemMutation);
  const [{ fetching: deleting }, remove] = useMutation(DeleteAgendaItemMutation);
  const shift = (delta: -1 | 1) => {
    void move({ input: { id: item.id, position: item.position + delta } }, RETREAT_CONTEXT).then((res) => {
      if (res.error) fail(res.error);
    });
  };
  const confirmDelete = () =>
    modals.openConfirmModal({
      title: t('agenda.deleteTitle'),
      children: <Text size="sm">{t('agenda.deleteText', { title: item.title })}</Text>,
      labels: { confirm: t('agenda.deleteConfirm'), cancel: tc('actions.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => {
        void remove({ id: item.id }, RETREAT_CONTEXT).then((res) => {
          if (res.error) fail(res.error);
          else showDone(t('agenda.deleted', { title: item.title }));
        });
      },
    });
  return (
    <Table.Tr data-testid="agenda-item">
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{agendaSlot(item.startsAt, item.durationMinutes, firstDay, i18n.language)}</Table.Td>
      <Table.Td>
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {item.position}. {item.title}
          </Text>
          {item.notes && (
            <Text size="xs" style={{ whiteSpace: 'pre-wrap' }}>
              {item.notes}
            </Text>
          )}
          {item.proposals.length > 0 && (
            <Group gap={4} wrap="wrap" aria-label={t('agenda.proposals')}>
              {item.proposals.map((p) => (
                <Group key={p.id} gap={4} wrap="nowrap" component="span">
                  <ProposalKindBadge kind={p.kind} size="xs" />
                  <Text span size="xs">
                    {p.title}
                  </Text>
                </Group>
              ))}
            </Group>
          )}
        </Stack>
      </Table.Td>
      <Table.Td>{t('agenda.minutes', { count: item.durationMinutes })}</Table.Td>
      <Table.Td>
        {item.presenter ? (item.presenter.partner ? `${item.presenter.name} (${partnerLabel(item.presenter.partner)})` : item.presenter.name) : '–'}
      </Table.Td>
      {canEdit && (
        <Table.Td>
          <Group gap={4} wrap="nowrap">
            <Button size="compact-xs" variant="default" onClick={onEdit} aria-label={t('agenda.editLabel', { title: item.title })}>
              {t('agenda.edit')}
            </Button>
            <ActionIcon
              size="md"
              variant="default"
              disabled={first || moving}
              onClick={() => shift(-1)}
              aria-label={t('agenda.up', { title: item.title })}
              title={t('agenda.up', { title: item.title })}
            >
              <span aria-hidden="true">↑</span>
            </ActionIcon>
            <ActionIcon
              size="md"
              variant="default"
              disabled={last || moving}
              onClick={() => shift(1)}
              aria-label={t('agenda.down', { title: item.title })}
              title={t('agenda.down', { title: item.title })}
            >
              <span aria-hidden="true">↓</span>
            </ActionIcon>
            <Button
              size="compact-xs"
              variant="default"
              color="red"
              loading={deleting}
              onClick={confirmDelete}
              aria-label={t('agenda.deleteLabel', { title: item.title })}
            >
              {t('agenda.delete')}
            </Button>
          </Group>
        </Table.Td>
      )}
    </Table.Tr>
  );
}
