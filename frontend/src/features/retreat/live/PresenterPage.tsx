import { Button, Center, Loader, VisuallyHidden } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useEffect, useLayoutEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { AnchorLink } from '../../../components/ui/links';
import { ErrorState } from '../../../components/ui/states';
import { hasCode } from '../../../lib/errors';
import { usePageTitle } from '../../../lib/usePageTitle';
import { LiveRetreatQuery } from './api';
import { ConnectionIndicator } from './ConnectionIndicator';
import { barPercent, changedEntries, votingState, type ConnectionState, type LiveTally, type LiveTallyEntry } from './model';
import { useLiveTally } from './useLiveTally';
import classes from './presenter.module.css';

/**
 * The presenter view for the projector, without the app's shell: the ranking of the proposals in
 * large type with a bar per proposal, the points placed, how many have voted, the voting state
 * and whether the screen is live. It follows every vote as it arrives.
 */
export function PresenterPage() {
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
  usePageTitle(retreat && !foreign ? t('presenter.pageTitle', { title: retreat.title }) : t('notFoundTitle'));

  let body;
  if (hasCode(error, 'NOT_FOUND') || foreign) {
    body = (
      <>
        <h1 className={classes.title}>{t('notFoundTitle')}</h1>
        <p className={classes.empty}>{t('notFoundText')}</p>
      </>
    );
  } else if (!retreat || !live.tally) {
    body =
      error && !fetching ? (
        <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : (
        <Center py="xl" role="status">
          <Loader color="gray.3" />
          <VisuallyHidden>{t('state.loading', { ns: 'common' })}</VisuallyHidden>
        </Center>
      );
  }
  const back = (
    <AnchorLink className={classes.back} to="/c/$cooperationId/retreats/$retreatId" params={{ cooperationId, retreatId }}>
      {t('presenter.back')}
    </AnchorLink>
  );
  return (
    <main className={classes.root} id="main-content" data-testid="presenter">
      {body ? (
        <>
          {body}
          <div>{back}</div>
        </>
      ) : (
        retreat && live.tally && <Presentation title={retreat.title} tally={live.tally} connection={live.connection} back={back} />
      )}
    </main>
  );
}

function Presentation({ title, tally, connection, back }: { title: string; tally: LiveTally; connection: ConnectionState; back: ReactNode }) {
  const { t } = useTranslation('retreatLive');
  const state = votingState(tally);
  return (
    <>
      <header className={classes.head}>
        <div>
          <h1 className={classes.title}>{title}</h1>
          <p className={classes.subtitle}>{t('presenter.subtitle')}</p>
        </div>
        <div className={classes.tools}>
          <ConnectionIndicator state={connection} className={classes.live} />
          <FullscreenButton />
          {back}
        </div>
      </header>
      <div className={classes.summary}>
        <p className={classes.state} data-state={state} role="status" data-testid="voting-state">
          {t(`state.${state}`)}
        </p>
        <p data-testid="total-points">{t('presenter.total', { count: tally.totalPoints })}</p>
        <p data-testid="voters">{t('presenter.voters', { count: tally.voterCount, total: tally.participantCount })}</p>
      </div>
      {tally.entries.length === 0 ? <p className={classes.empty}>{t('presenter.empty')}</p> : <Ranking entries={tally.entries} />}
    </>
  );
}

/** Below this width the presenter view scrolls instead of shrinking its type. */
const FIT_MEDIA = '(min-width: 48em)';
const MIN_FONT_PX = 14;

/**
 * Shrinks the ranking's type until the list fits on the screen below its top edge, so that a
 * projector shows every proposal without scrolling; a narrow screen scrolls instead.
 */
function fitToScreen(list: HTMLElement): void {
  list.style.fontSize = '';
  if (typeof window.matchMedia !== 'function' || !window.matchMedia(FIT_MEDIA).matches) return;
  const top = list.getBoundingClientRect().top + window.scrollY;
  const bottom = parseFloat(getComputedStyle(list.parentElement ?? list).paddingBottom) || 0;
  const room = window.innerHeight - top - bottom;
  const height = list.scrollHeight;
  if (room <= 0 || height <= room) return;
  const natural = parseFloat(getComputedStyle(list).fontSize);
  if (!Number.isFinite(natural)) return;
  list.style.fontSize = `${Math.max(MIN_FONT_PX, Math.floor((natural * room) / height))}px`;
}

function prefersReducedMotion(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * The ranking, highest first. When the order changes the rows glide to their new places and a row
 * whose points changed lights up briefly (neither with reduced motion).
 */
function Ranking({ entries }: { entries: readonly LiveTallyEntry[] }) {
  const { t } = useTranslation('retreatLive');
  const list = useRef<HTMLOListElement>(null);
  const rows = useRef(new Map<string, HTMLLIElement>());
  const tops = useRef(new Map<string, number>());
  const previous = useRef<readonly LiveTallyEntry[] | null>(null);
  const max = entries.reduce((m, e) => Math.max(m, e.points), 0);

  useEffect(() => {
    const fit = () => {
      if (list.current) fitToScreen(list.current);
    };
    window.addEventListener('resize', fit);
    return () => window.removeEventListener('resize', fit);
  }, []);

  useLayoutEffect(() => {
    if (list.current) fitToScreen(list.current);
    const changed = changedEntries(previous.current, entries);
    previous.current = entries;
    const now = new Map<string, number>();
    rows.current.forEach((el, id) => now.set(id, el.getBoundingClientRect().top));
    const before = tops.current;
    tops.current = now;
    if (prefersReducedMotion()) return;
    rows.current.forEach((el, id) => {
      if (typeof el.animate !== 'function') return;
      const from = before.get(id);
      const to = now.get(id);
      if (from !== undefined && to !== undefined && from !== to) {
        el.animate([{ transform: `translateY(${from - to}px)` }, { transform: 'none' }], { duration: 600, easing: 'cubic-bezier(0.22, 1, 0.36, 1)' });
      }
      if (changed.has(id)) {
        el.animate([{ backgroundColor: 'rgb(96 165 250 / 35%)' }, { backgroundColor: 'rgb(96 165 250 / 0%)' }], { duration: 1600, easing: 'ease-out' });
      }
    });
  }, [entries]);

  return (
    <ol ref={list} className={classes.ranking} aria-label={t('presenter.ranking')} style={{ '--rows': Math.max(entries.length, 4) } as CSSProperties}>
      {entries.map((e) => (
        <li
          key={e.proposalId}
          ref={(el) => {
            if (el) rows.current.set(e.proposalId, el);
            else rows.current.delete(e.proposalId);
          }}
          className={classes.row}
          data-lead={(e.rank === 1 && e.points > 0) || undefined}
          data-testid="ranking-row"
        >
          <span className={classes.rank}>
            <span aria-hidden>{e.rank}.</span>
            <VisuallyHidden>{t('presenter.rank', { rank: e.rank })}</VisuallyHidden>
          </span>
          <span className={classes.name}>
            <span className={classes.proposal} data-testid="ranking-title">
              {e.title}
            </span>
            <span className={classes.kind}>{t(`kind.${e.kind}`)}</span>
          </span>
          <span className={classes.track} aria-hidden>
            <span className={classes.bar} style={{ width: `${barPercent(e.points, max)}%`, display: 'block' }} />
          </span>
          <span className={classes.points} data-testid="ranking-points">
            {t('presenter.points', { count: e.points })}
          </span>
        </li>
      ))}
    </ol>
  );
}

/** "Vollbild": the whole screen for the projector; "Vollbild beenden" while it is. */
function FullscreenButton() {
  const { t } = useTranslation('retreatLive');
  const [full, setFull] = useState(() => typeof document !== 'undefined' && document.fullscreenElement !== null);
  useEffect(() => {
    const update = () => setFull(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', update);
    return () => document.removeEventListener('fullscreenchange', update);
  }, []);
  if (typeof document === 'undefined' || !document.fullscreenEnabled) return null;
  const toggle = () => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    else void document.documentElement.requestFullscreen().catch(() => undefined);
  };
  return (
    <Button variant="white" size="md" onClick={toggle}>
      {full ? t('presenter.exitFullscreen') : t('presenter.fullscreen')}
    </Button>
  );
}
