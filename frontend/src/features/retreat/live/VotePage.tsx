import { Alert, Badge, Button, Group, Loader, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useCallback, useEffect, useMemo, useReducer, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { AnchorLink, ButtonLink } from '../../../components/ui/links';
import { NotFoundContent } from '../../../components/ui/NotFoundContent';
import { PageHeader } from '../../../components/ui/PageHeader';
import { ErrorState, PageLoader } from '../../../components/ui/states';
import type { LiveRetreatQuery as LiveRetreatData } from '../../../gql/graphql';
import { errorText, hasCode } from '../../../lib/errors';
import { usePageTitle } from '../../../lib/usePageTitle';
import { LiveCastVoteMutation, LiveRetreatQuery } from './api';
import { ConnectionIndicator } from './ConnectionIndicator';
import {
  pointsLeft,
  shownPoints,
  voteBlock,
  voteCards,
  voteQueueReducer,
  votesToSend,
  votingState,
  type ConnectionState,
  type LiveTally,
  type VoteCard,
  type VoteQueue,
  type VotingState,
} from './model';
import { useLiveTally } from './useLiveTally';
import classes from './live.module.css';

type Retreat = LiveRetreatData['retreat'];

/** Text colours of the voting state with at least 4.5:1 on white (Mantine's green and orange have less). */
const STATE_COLOR: Record<VotingState, string> = {
  open: '#1e6b30',
  closed: '#9a3412',
  preparing: '#343a40',
  finished: '#343a40',
};

const EMPTY_QUEUE: VoteQueue = {};

/** The phone page of the live prioritisation: the reader spreads their points over the proposals. */
export function VotePage() {
  const { t } = useTranslation('retreatLive');
  const { cooperationId = '', retreatId = '' } = useParams({ strict: false });
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: LiveRetreatQuery,
    variables: { id: retreatId },
    requestPolicy: 'cache-and-network',
  });
  const retreat = data?.retreat.id === retreatId ? data.retreat : null;
  const foreign = retreat !== null && retreat.cooperationId !== cooperationId;
  const live = useLiveTally(retreatId, retreat?.tally);
  const reload = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  usePageTitle(retreat && !foreign ? t('vote.pageTitle', { title: retreat.title }) : t('notFoundTitle'));

  if (hasCode(error, 'NOT_FOUND') || foreign) {
    return <NotFoundContent title={t('notFoundTitle')} text={t('notFoundText')} />;
  }
  if (!retreat || !live.tally) {
    if (error && !fetching) return <ErrorState error={error} onRetry={reload} />;
    return <PageLoader />;
  }
  return (
    <VoteBoard
      retreat={retreat}
      tally={live.tally}
      connection={live.connection}
      onTally={live.apply}
      onResync={live.resync}
      onStaleProposals={reload}
    />
  );
}

function VoteBoard({
  retreat,
  tally,
  connection,
  onTally,
  onResync,
  onStaleProposals,
}: {
  retreat: Retreat;
  tally: LiveTally;
  connection: ConnectionState;
  onTally: (tally: LiveTally) => void;
  onResync: () => void;
  onStaleProposals: () => void;
}) {
  const { t } = useTranslation('retreatLive');
  const [queue, dispatch] = useReducer(voteQueueReducer, EMPTY_QUEUE);
  const [refused, setRefused] = useState<Readonly<Record<string, string>>>({});
  const [, castVote] = useMutation(LiveCastVoteMutation);

  const block = voteBlock(tally, retreat.amParticipant);
  const state = votingState(tally);
  const left = pointsLeft(tally, queue);
  const { cards, unknown } = useMemo(() => voteCards(retreat.proposals, tally.entries), [retreat.proposals, tally.entries]);
  const serverPoints = useMemo(() => new Map(tally.entries.map((e) => [e.proposalId, e.myPoints])), [tally.entries]);

  // A proposal submitted since the page was read: read again for its description.
  useEffect(() => {
    if (unknown > 0) onStaleProposals();
  }, [unknown, onStaleProposals]);

  // Sends what the reader wants, one request per proposal at a time; taps meanwhile are sent next.
  useEffect(() => {
    for (const vote of votesToSend(queue, (id) => serverPoints.get(id) ?? 0)) {
      dispatch({ type: 'sent', id: vote.id, points: vote.points });
      void castVote({ input: { proposalId: vote.id, points: vote.points } }).then((res) => {
        if (res.data) {
          onTally(res.data.castVote.tally);
          dispatch({ type: 'done', id: vote.id });
          return;
        }
        dispatch({ type: 'failed', id: vote.id });
        setRefused((r) => ({ ...r, [vote.id]: errorText(res.error, t) }));
        onResync();
      });
    }
  }, [queue, serverPoints, castVote, onTally, onResync, t]);

  const change = (card: VoteCard, delta: 1 | -1) => {
    if (block) return;
    const next = shownPoints(queue, card.id, card.myPoints) + delta;
    if (next < 0 || (delta > 0 && left <= 0)) return;
    setRefused((r) => {
      if (!(card.id in r)) return r;
      const copy = { ...r };
      delete copy[card.id];
      return copy;
    });
    dispatch({ type: 'want', id: card.id, points: next, server: card.myPoints });
  };

  return (
    <Stack gap="md">
      <div>
        <AnchorLink
          to="/c/$cooperationId/retreats/$retreatId"
          params={{ cooperationId: retreat.cooperationId, retreatId: retreat.id }}
          size="sm"
        >
          <span aria-hidden>‹ </span>
          {t('vote.back')}
        </AnchorLink>
        <PageHeader
          title={retreat.title}
          description={t('vote.subtitle')}
          actions={
            retreat.canChair && (
              <ButtonLink
                variant="default"
                to="/c/$cooperationId/retreats/$retreatId/presenter"
                params={{ cooperationId: retreat.cooperationId, retreatId: retreat.id }}
              >
                {t('vote.presenter')}
              </ButtonLink>
            )
          }
        />
      </div>
      <Paper withBorder p="sm" className={classes.status} data-testid="vote-status">
        <Stack gap={4}>
          {retreat.amParticipant && (
            <Text fw={700} size="lg" aria-live="polite" data-testid="points-left">
              {t('vote.pointsLeft', { left, budget: tally.pointsBudget })}
            </Text>
          )}
          <Group justify="space-between" wrap="wrap" gap="xs">
            <Text fw={600} c={STATE_COLOR[state]} role="status" data-testid="voting-state">
              {t(`state.${state}`)}
            </Text>
            <ConnectionIndicator state={connection} />
          </Group>
        </Stack>
      </Paper>
      {block ? (
        <Alert variant="light" color={block === 'closed' ? 'orange' : 'gray'} data-testid="vote-block">
          {t(`vote.block.${block}`)}
        </Alert>
      ) : (
        <Text size="sm">{t('vote.help')}</Text>
      )}
      {cards.length === 0 ? (
        <Text>{t('vote.empty')}</Text>
      ) : (
        <ul className={classes.cards} aria-label={t('vote.proposals')}>
          {cards.map((card) => (
            <ProposalCard
              key={card.id}
              card={card}
              mine={shownPoints(queue, card.id, card.myPoints)}
              pending={card.id in queue}
              canLess={!block && shownPoints(queue, card.id, card.myPoints) > 0}
              canMore={!block && left > 0}
              refused={refused[card.id] ?? null}
              onChange={(delta) => change(card, delta)}
              onDismiss={() =>
                setRefused((r) => {
                  const copy = { ...r };
                  delete copy[card.id];
                  return copy;
                })
              }
            />
          ))}
        </ul>
      )}
    </Stack>
  );
}

function ProposalCard({
  card,
  mine,
  pending,
  canLess,
  canMore,
  refused,
  onChange,
  onDismiss,
}: {
  card: VoteCard;
  mine: number;
  pending: boolean;
  canLess: boolean;
  canMore: boolean;
  refused: string | null;
  onChange: (delta: 1 | -1) => void;
  onDismiss: () => void;
}) {
  const { t } = useTranslation('retreatLive');
  const titleId = `proposal-${card.id}`;
  return (
    <Paper
      component="li"
      withBorder
      p="md"
      radius="md"
      className={classes.card}
      aria-labelledby={titleId}
      aria-busy={pending}
      data-testid="vote-card"
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <Title order={2} size="h4" id={titleId}>
            {card.title}
          </Title>
          <Badge variant="light" color="gray" tt="none" miw="max-content">
            {t(`kind.${card.kind}`)}
          </Badge>
        </Group>
        {card.description.trim() !== '' && (
          <Text size="sm" lineClamp={3}>
            {card.description}
          </Text>
        )}
        <Group justify="space-between" align="center" wrap="wrap" gap="sm">
          <Group gap="xs" className={classes.stepper} role="group" aria-label={t('vote.myPoints')}>
            <StepButton label={t('vote.less', { title: card.title })} enabled={canLess} onClick={() => onChange(-1)}>
              −
            </StepButton>
            <span className={classes.count} data-testid="my-points">
              {mine}
            </span>
            <StepButton label={t('vote.more', { title: card.title })} enabled={canMore} onClick={() => onChange(1)}>
              +
            </StepButton>
            {pending && (
              <Group gap={4} wrap="nowrap" data-testid="vote-pending">
                <Loader size="xs" aria-hidden />
                <VisuallyHidden>{t('vote.saving')}</VisuallyHidden>
              </Group>
            )}
          </Group>
          <Text fw={600} data-testid="proposal-total">
            {t('vote.total', { count: card.points })}
          </Text>
        </Group>
        {refused && (
          <Alert
            color="red"
            variant="light"
            role="alert"
            title={t('vote.refusedTitle')}
            withCloseButton
            closeButtonLabel={t('vote.dismiss')}
            onClose={onDismiss}
          >
            {refused}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}

/**
 * A big "−" or "+": when it may not be used it stays focusable (aria-disabled) so that the
 * keyboard focus does not drop to the page when the last point is placed.
 */
function StepButton({ label, enabled, onClick, children }: { label: string; enabled: boolean; onClick: () => void; children: string }) {
  return (
    <Button
      variant="default"
      className={classes.step}
      aria-label={label}
      aria-disabled={!enabled}
      data-disabled={!enabled || undefined}
      onClick={() => {
        if (enabled) onClick();
      }}
    >
      <span aria-hidden>{children}</span>
    </Button>
  );
}
