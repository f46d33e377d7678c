import { useCallback, useEffect, useReducer, useRef } from 'react';
import { useSubscription } from 'urql';
import { hasCode } from '../../../lib/errors';
import { onSocketClosed } from '../../../lib/urql';
import { LiveTallySubscription } from './api';
import { currentTally, initialLiveState, liveReducer, type ConnectionState, type LiveTally } from './model';

/** Waits before subscribing again after a failure: 1 s, 2 s, 4 s … at most 30 s. */
export function retryDelay(attempt: number): number {
  return Math.min(30_000, 1_000 * 2 ** Math.max(0, attempt));
}

export interface LiveTallyResult {
  /** The newest tally: live once the first message came, the query's `fallback` before. */
  tally: LiveTally | null;
  connection: ConnectionState;
  /** Takes the tally a castVote answered with. */
  apply: (tally: LiveTally) => void;
  /** Subscribes again: the server answers with the full tally, so the screen is in sync. */
  resync: () => void;
}

/**
 * The live tally of a retreat over the websocket (`tallyChanged`). The server sends the full
 * tally on subscribing and on every change from any server process, so subscribing again is a
 * resynchronisation: that happens after a failure (with a growing pause), when the browser comes
 * back online and when a sleeping phone shows the page again.
 */
export function useLiveTally(retreatId: string, fallback?: LiveTally | null): LiveTallyResult {
  const [state, dispatch] = useReducer(liveReducer, retreatId, initialLiveState);
  if (state.retreatId !== retreatId) dispatch({ type: 'reset', retreatId });

  const [{ data, error }, execute] = useSubscription({
    query: LiveTallySubscription,
    variables: { retreatId },
    pause: retreatId === '',
  });
  const attempts = useRef(0);

  useEffect(() => {
    if (!data) return;
    attempts.current = 0;
    dispatch({ type: 'message', tally: data.tallyChanged });
  }, [data]);

  useEffect(() => {
    if (!error) return;
    dispatch({ type: 'lost' });
    // A retreat that is gone or hidden from the reader stays so: the page shows the query's error.
    if (hasCode(error, 'NOT_FOUND') || hasCode(error, 'FORBIDDEN')) return;
    const timer = setTimeout(() => {
      attempts.current += 1;
      execute({ requestPolicy: 'network-only' });
    }, retryDelay(attempts.current));
    return () => clearTimeout(timer);
  }, [error, execute]);

  const resync = useCallback(() => execute({ requestPolicy: 'network-only' }), [execute]);

  // graphql-ws reconnects and subscribes again by itself; until the next tally arrives the
  // screen says it is reconnecting
  useEffect(() => onSocketClosed(() => dispatch({ type: 'lost' })), []);

  useEffect(() => {
    const offline = () => dispatch({ type: 'lost' });
    const visible = () => {
      if (document.visibilityState === 'visible') resync();
    };
    window.addEventListener('offline', offline);
    window.addEventListener('online', resync);
    document.addEventListener('visibilitychange', visible);
    return () => {
      window.removeEventListener('offline', offline);
      window.removeEventListener('online', resync);
      document.removeEventListener('visibilitychange', visible);
    };
  }, [resync]);

  const apply = useCallback((tally: LiveTally) => dispatch({ type: 'apply', tally }), []);
  return { tally: currentTally(state, fallback), connection: state.connection, apply, resync };
}
