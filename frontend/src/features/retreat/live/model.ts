import type { ProposalKind, RetreatStatus, TallyFieldsFragment } from '../../../gql/graphql';

/** The tally as the live screens read it. */
export type LiveTally = TallyFieldsFragment;
export type LiveTallyEntry = LiveTally['entries'][number];

/** The websocket as a screen shows it: "Live", or a connection being (re)built. */
export type ConnectionState = 'connecting' | 'live' | 'reconnecting';

/** What the live hook keeps: the newest tally it has seen and the state of the connection. */
export interface LiveState {
  retreatId: string;
  /** The newest tally from the subscription or a vote's answer; null before either came. */
  tally: LiveTally | null;
  connection: ConnectionState;
}

export type LiveAction =
  | { type: 'reset'; retreatId: string }
  /** A message of the subscription: the server's full tally. */
  | { type: 'message'; tally: LiveTally }
  /** The tally a castVote answered with. */
  | { type: 'apply'; tally: LiveTally }
  /** The subscription failed or the browser went offline: "reconnecting" until the next message. */
  | { type: 'lost' };

export function initialLiveState(retreatId: string): LiveState {
  return { retreatId, tally: null, connection: 'connecting' };
}

/**
 * Keeps the newest tally: every message and every vote's answer is a full snapshot from the
 * server, but they travel over different connections and may arrive out of order, so the one
 * with the higher revision wins (an equal one replaces: the same state, read later). Tallies of
 * another retreat are ignored.
 */
export function liveReducer(state: LiveState, action: LiveAction): LiveState {
  switch (action.type) {
    case 'reset':
      return state.retreatId === action.retreatId ? state : initialLiveState(action.retreatId);
    case 'message':
      if (action.tally.retreatId !== state.retreatId) return state;
      return { ...state, tally: newer(state.tally, action.tally), connection: 'live' };
    case 'apply':
      if (action.tally.retreatId !== state.retreatId) return state;
      return { ...state, tally: newer(state.tally, action.tally) };
    case 'lost':
      return state.connection === 'reconnecting' ? state : { ...state, connection: 'reconnecting' };
  }
}

/** Of the tally kept and one arriving, the newer by revision. */
function newer(kept: LiveTally | null, arriving: LiveTally): LiveTally {
  return kept && kept.revision > arriving.revision ? kept : arriving;
}

/** The tally to show: the newest live one, else the query's (before the first message). */
export function currentTally(state: LiveState, fallback: LiveTally | null | undefined): LiveTally | null {
  if (state.tally) return state.tally;
  return fallback && fallback.retreatId === state.retreatId ? fallback : null;
}

/** Where voting stands, from the retreat's status and the chair's switch. */
export type VotingState = 'preparing' | 'open' | 'closed' | 'finished';

export function votingState(t: { status: RetreatStatus; votingOpen: boolean }): VotingState {
  if (t.status === 'PREPARING') return 'preparing';
  if (t.status === 'CLOSED') return 'finished';
  return t.votingOpen ? 'open' : 'closed';
}

/** Why the reader cannot place points now, or null when they can. */
export type VoteBlock = 'notParticipant' | 'preparing' | 'closed' | 'finished';

export function voteBlock(t: { status: RetreatStatus; votingOpen: boolean }, amParticipant: boolean): VoteBlock | null {
  const state = votingState(t);
  if (state === 'finished' || state === 'preparing') return state;
  if (!amParticipant) return 'notParticipant';
  return state === 'open' ? null : 'closed';
}

/** A proposal as a vote card shows it. */
export interface VoteCard {
  id: string;
  title: string;
  kind: ProposalKind;
  description: string;
  /** Everyone's points on it. */
  points: number;
  /** The reader's points on it, as the server has them. */
  myPoints: number;
}

/**
 * The cards of the vote page in a steady order (the proposals' order, newest last, never the
 * ranking, so that nothing jumps under a finger): the tally's entries with the descriptions
 * of the query's proposals. A proposal withdrawn since the query is left out; one added since
 * comes last, without a description until the query is read again.
 */
export function voteCards(
  proposals: readonly { id: string; title: string; kind: ProposalKind; description: string }[],
  entries: readonly LiveTallyEntry[],
): { cards: VoteCard[]; unknown: number } {
  const byId = new Map(entries.map((e) => [e.proposalId, e]));
  const known = new Set<string>();
  const cards: VoteCard[] = [];
  for (const p of proposals) {
    const e = byId.get(p.id);
    if (!e) continue;
    known.add(p.id);
    cards.push({ id: p.id, title: e.title, kind: e.kind, description: p.description, points: e.points, myPoints: e.myPoints });
  }
  const added = entries.filter((e) => !known.has(e.proposalId));
  for (const e of added) {
    cards.push({ id: e.proposalId, title: e.title, kind: e.kind, description: '', points: e.points, myPoints: e.myPoints });
  }
  return { cards, unknown: added.length };
}

/**
 * The reader's votes not yet confirmed by the server, per proposal: the points wanted and the
 * points of the request in flight (null: none). Taps while a request runs only move `desired`;
 * the next request sends the latest value, so quick taps cost one request each at most.
 */
export type VoteQueue = Readonly<Record<string, { desired: number; sent: number | null }>>;

export type VoteQueueAction =
  /** The reader wants `points` on the proposal; `server` is what the server has now. */
  | { type: 'want'; id: string; points: number; server: number }
  | { type: 'sent'; id: string; points: number }
  /** The request in flight succeeded: the server now has what was sent. */
  | { type: 'done'; id: string }
  /** The request was refused: forget what was wanted, the tally is the truth. */
  | { type: 'failed'; id: string };

function without(queue: VoteQueue, id: string): VoteQueue {
  const next = { ...queue };
  delete next[id];
  return next;
}

export function voteQueueReducer(queue: VoteQueue, action: VoteQueueAction): VoteQueue {
  const item = queue[action.id];
  switch (action.type) {
    case 'want': {
      const points = Math.max(0, action.points);
      if (!item) return points === action.server ? queue : { ...queue, [action.id]: { desired: points, sent: null } };
      if (item.sent === null && points === action.server) return without(queue, action.id);
      return { ...queue, [action.id]: { ...item, desired: points } };
    }
    case 'sent':
      return item ? { ...queue, [action.id]: { ...item, sent: action.points } } : queue;
    case 'done':
      if (!item) return queue;
      if (item.sent === null || item.desired === item.sent) return without(queue, action.id);
      return { ...queue, [action.id]: { ...item, sent: null } };
    case 'failed':
      return item ? without(queue, action.id) : queue;
  }
}

/** The votes to send now: wanted, not in flight, and different from the server's value. */
export function votesToSend(queue: VoteQueue, serverPoints: (id: string) => number): { id: string; points: number }[] {
  return Object.entries(queue)
    .filter(([id, v]) => v.sent === null && v.desired !== serverPoints(id))
    .map(([id, v]) => ({ id, points: v.desired }));
}

/** The reader's points on a proposal as shown: what they want, else what the server has. */
export function shownPoints(queue: VoteQueue, id: string, server: number): number {
  return queue[id]?.desired ?? server;
}

/** The reader's points still free, counting the votes not yet confirmed (never below 0). */
export function pointsLeft(tally: Pick<LiveTally, 'myPointsLeft' | 'entries'>, queue: VoteQueue): number {
  let left = tally.myPointsLeft;
  for (const e of tally.entries) {
    const wanted = queue[e.proposalId];
    if (wanted) left -= wanted.desired - e.myPoints;
  }
  return Math.max(0, left);
}

/** The width of a proposal's bar in per cent of the leader's points (the leader fills the row). */
export function barPercent(points: number, maxPoints: number): number {
  if (maxPoints <= 0 || points <= 0) return 0;
  return Math.min(100, Math.round((points / maxPoints) * 1000) / 10);
}

/** The ids whose points changed between two tallies (a new proposal counts as changed when it has points). */
export function changedEntries(prev: readonly LiveTallyEntry[] | null, next: readonly LiveTallyEntry[]): Set<string> {
  if (!prev) return new Set();
  const before = new Map(prev.map((e) => [e.proposalId, e.points]));
  return new Set(next.filter((e) => (before.get(e.proposalId) ?? 0) !== e.points).map((e) => e.proposalId));
}
