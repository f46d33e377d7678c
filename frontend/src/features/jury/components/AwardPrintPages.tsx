import { Alert, Button, Stack, Text, Title } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { AnchorLink } from '../../../components/ui/links';
import { NotFoundContent } from '../../../components/ui/NotFoundContent';
import { ErrorState, PageLoader } from '../../../components/ui/states';
import type { JuryPrintQuery as PrintData } from '../../../gql/graphql';
import { hasCode } from '../../../lib/errors';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useCurrentCooperation } from '../../cooperation/CooperationContext';
import printClasses from '../../guests/print/print.module.css';
import { JuryPrintQuery } from '../api/jury';
import { breakdownComments, breakdownRows, categoryWinner, firstSentence, formatMoment, formatScore, isDecided, tieBreakKey } from '../model';
import classes from './awardPrint.module.css';

type Cycle = PrintData['awardCycle'];
type Result = NonNullable<Cycle['result']>;
type Ranking = Result['categories'][number]['ranking'][number];

/**
 * The frame of an award print view: loading, "not found" and errors, the German note while the
 * vote is open, then the toolbar (back to the result, "Drucken"; both left off the paper).
 */
function AwardPrintFrame({ titleKey, children }: { titleKey: string; children: (cycle: Cycle, result: Result) => ReactNode }) {
  const { t } = useTranslation('jury');
  const coop = useCurrentCooperation();
  const { cycleId = '' } = useParams({ strict: false });
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: JuryPrintQuery,
    variables: { id: cycleId },
    requestPolicy: 'cache-and-network',
  });
  const cycle = data?.awardCycle.id === cycleId ? data.awardCycle : null;
  usePageTitle(cycle ? `${t(titleKey)}: ${cycle.title}` : t(titleKey));
  if (hasCode(error, 'NOT_FOUND')) return <NotFoundContent title={t('notFoundTitle')} text={t('notFoundText')} />;
  if (!cycle) {
    if (error && !fetching) return <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
    return <PageLoader />;
  }
  const back = (
    <AnchorLink to="/c/$cooperationId/award/$cycleId/result" params={{ cooperationId: coop.id, cycleId: cycle.id }}>
      {t('print.back')}
    </AnchorLink>
  );
  if (!isDecided(cycle.phase) || !cycle.result) {
    return (
      <Stack gap="md" py="lg" align="flex-start">
        <Title order={1}>{t(titleKey)}</Title>
        <Alert color="blue" variant="light">
          {isDecided(cycle.phase) ? t('print.hidden') : t('print.notDecided')}
        </Alert>
        {back}
      </Stack>
    );
  }
  return (
    <div className={printClasses.view}>
      <div className={`${printClasses.toolbar} ${printClasses.noPrint}`}>
        {back}
        <Button onClick={() => window.print()}>{t('print.print')}</Button>
      </div>
      {children(cycle, cycle.result)}
    </div>
  );
}

/** Ergebnisprotokoll: rankings with their breakdown, who closed the vote and when, the tie-break rule and the quorum. */
export function ResultPrintPage() {
  return <AwardPrintFrame titleKey="print.result.title">{(cycle, result) => <ResultPaper cycle={cycle} result={result} />}</AwardPrintFrame>;
}

function ResultPaper({ cycle, result }: { cycle: Cycle; result: Result }) {
  const { t, i18n } = useTranslation('jury');
  const lang = i18n.language;
  const criteria = [...cycle.criteria].sort((a, b) => a.position - b.position);
  const nameOf = (id: string) => {
    for (const c of result.categories) {
      const r = c.ranking.find((x) => x.nomination.id === id);
      if (r) return r.nomination.companyName;
    }
    return id;
  };
  return (
    <article className={printClasses.paper} aria-labelledby="print-title">
      <header className={printClasses.head}>
        <h1 id="print-title" className={printClasses.title}>
          {t('print.result.heading', { cycle: cycle.title })}
        </h1>
        <p className={printClasses.meta}>{cycle.programmeName}</p>
        <dl className={printClasses.counts}>
          <div>
            <dt>{t('print.result.closedBy')}</dt>
            <dd>{t('print.result.closedByValue', { name: result.closedByName, date: formatMoment(result.closedAt, lang) })}</dd>
          </div>
          <div>
            <dt>{t('print.result.quorum')}</dt>
            <dd>
              {cycle.turnout
                ? t('print.result.quorumValue', { submitted: cycle.turnout.submitted, jurors: cycle.turnout.jurors, quorum: cycle.quorum })
                : cycle.quorum}
            </dd>
          </div>
          <div>
            <dt>{t('print.result.rule')}</dt>
            <dd>{t(`tieBreakRule.${cycle.tieBreakRule}`)}</dd>
          </div>
          {result.castingVote.length > 0 && (
            <div>
              <dt>{t('print.result.casting')}</dt>
              <dd>{result.castingVote.map(nameOf).join(t('print.result.castingSeparator'))}</dd>
            </div>
          )}
        </dl>
        <p className={`${printClasses.meta} ${printClasses.small}`}>
          {t('print.printedAt', { when: formatMoment(new Date().toISOString(), lang) })}
        </p>
      </header>
      <section aria-labelledby="print-criteria" className={printClasses.group}>
        <h2 id="print-criteria" className={printClasses.groupTitle}>
          {t('print.result.criteria')}
        </h2>
        <table className={printClasses.table}>
          <thead>
            <tr>
              <th scope="col">{t('breakdown.criterion')}</th>
              <th scope="col">{t('print.result.weight')}</th>
              <th scope="col">{t('print.result.range')}</th>
            </tr>
          </thead>
          <tbody>
            {criteria.map((c) => (
              <tr key={c.id}>
                <th scope="row">{c.name}</th>
                <td>{c.weight}</td>
                <td>
                  {c.scoreMin}–{c.scoreMax}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {result.categories.map((cat, ci) => {
        const winner = categoryWinner(cat);
        return (
          <section key={cat.category} className={printClasses.group} aria-labelledby={`print-cat-${ci}`}>
            <h2 id={`print-cat-${ci}`} className={printClasses.groupTitle}>
              {t('result.category', { category: cat.category })}
            </h2>
            <p className={printClasses.meta}>
              {winner
                ? t('result.winner', { company: winner.nomination.companyName })
                : cat.winnerTie.length > 0
                  ? t('result.tieForFirst', { names: cat.winnerTie.map(nameOf).join(', ') })
                  : t('result.noWinner')}
            </p>
            <table className={printClasses.table}>
              <thead>
                <tr>
                  <th scope="col">{t('columns.rank')}</th>
                  <th scope="col">{t('columns.company')}</th>
                  <th scope="col">{t('columns.mean')}</th>
                  <th scope="col">{t('columns.median')}</th>
                  <th scope="col">{t('columns.topRanks')}</th>
                  <th scope="col">{t('columns.jurors')}</th>
                  <th scope="col">{t('columns.decidedBy')}</th>
                </tr>
              </thead>
              <tbody>
                {cat.ranking.map((r) => (
                  <tr key={r.nomination.id} className={winner?.nomination.id === r.nomination.id ? classes.winnerRow : undefined}>
                    <td>{r.rank}</td>
                    <th scope="row">{r.nomination.companyName}</th>
                    <td>{r.mean == null ? '–' : r.meanText}</td>
                    <td>{formatScore(r.median, lang)}</td>
                    <td>{r.topRanks}</td>
                    <td>{r.jurors}</td>
                    <td>{t(tieBreakKey(r.decidedBy))}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {cat.ranking.map((r) => (
              <PrintBreakdown key={r.nomination.id} ranking={r} criteria={criteria} />
            ))}
          </section>
        );
      })}
    </article>
  );
}

function PrintBreakdown({ ranking: r, criteria }: { ranking: Ranking; criteria: readonly { id: string; name: string }[] }) {
  const { t, i18n } = useTranslation('jury');
  const lang = i18n.language;
  const rows = breakdownRows(criteria, r.breakdown, r.criterionMeans);
  const comments = breakdownComments(criteria, r.breakdown);
  return (
    <div className={classes.breakdown}>
      <h3>{t('print.result.breakdownOf', { company: r.nomination.companyName })}</h3>
      {r.breakdown.length === 0 ? (
        <p className={printClasses.small}>{t('breakdown.conflictedReader')}</p>
      ) : (
        <>
          <table className={printClasses.table}>
            <thead>
              <tr>
                <th scope="col">{t('breakdown.criterion')}</th>
                {r.breakdown.map((j, i) => (
                  <th scope="col" key={i}>
                    {j.jurorName}
                    {j.conflicted && ` (${t('breakdown.conflicted')})`}
                  </th>
                ))}
                <th scope="col">{t('breakdown.criterionMean')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.criterionId}>
                  <th scope="row">{row.criterionName}</th>
                  {row.values.map((v, i) => (
                    <td key={i}>{v ?? '–'}</td>
                  ))}
                  <td>{formatScore(row.mean, lang)}</td>
                </tr>
              ))}
              <tr>
                <th scope="row">{t('breakdown.weighted')}</th>
                {r.breakdown.map((j, i) => (
                  <td key={i}>{j.conflicted ? t('breakdown.conflicted') : formatScore(j.weighted, lang)}</td>
                ))}
                <td>{r.mean == null ? '–' : r.meanText}</td>
              </tr>
            </tbody>
          </table>
          {comments.length > 0 && (
            <ul aria-label={t('breakdown.comments')}>
              {comments.map((c, i) => (
                <li key={i}>
                  <strong>
                    {c.juror} · {c.criterion}:
                  </strong>{' '}
                  {c.comment}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}

/** The partners' names for the signature lines and the contacts line, in partner order. */
function usePartnerNames(): string[] {
  const coop = useCurrentCooperation();
  return [...coop.partners].sort((a, b) => a.position - b.position).map((p) => p.organisation.name);
}

/** Urkunde: one A4 page per category winner, with a signature line for every partner. Always German. */
export function CertificatePrintPage() {
  return <AwardPrintFrame titleKey="print.certificate.title">{(cycle, result) => <Certificates cycle={cycle} result={result} />}</AwardPrintFrame>;
}

function Certificates({ cycle, result }: { cycle: Cycle; result: Result }) {
  const { t, i18n } = useTranslation('jury');
  const de: TFunction = i18n.getFixedT('de', 'jury');
  const partners = usePartnerNames();
  const winners = result.categories.map((c) => ({ category: c.category, winner: categoryWinner(c), tie: c.winnerTie.length > 0 }));
  const pending = winners.filter((w) => !w.winner);
  return (
    <>
      <div className={printClasses.noPrint}>
        <Title order={1} mb="xs">
          {t('print.certificate.heading', { cycle: cycle.title })}
        </Title>
        <Text mb="md">{t('print.certificate.summary', { count: winners.length - pending.length })}</Text>
        {pending.length > 0 && (
          <Alert color="yellow" variant="light" mb="md">
            {t('print.certificate.pending', { categories: pending.map((p) => p.category).join(', ') })}
          </Alert>
        )}
      </div>
      <div className={classes.certificates} lang="de">
        {winners.map(({ category, winner }) =>
          winner ? (
            <section key={category} className={classes.certificate} aria-label={t('print.certificate.for', { category })}>
              <p className={classes.programme}>{cycle.programmeName}</p>
              <p className={classes.year}>{cycle.year}</p>
              <p className={classes.awardedTo}>{de('print.certificate.awardedTo')}</p>
              <p className={classes.company}>{winner.nomination.companyName}</p>
              <p className={classes.categoryLine}>{de('print.certificate.category', { category })}</p>
              {cycle.announcementEventTitle && <p className={classes.eventLine}>{de('print.certificate.event', { event: cycle.announcementEventTitle })}</p>}
              <div className={classes.signatures}>
                {partners.map((name) => (
                  <div key={name} className={classes.signature}>
                    {name}
                  </div>
                ))}
              </div>
            </section>
          ) : null,
        )}
      </div>
    </>
  );
}

/** Pressemitteilung: a German summary with the winners, the counts and the announcing event. */
export function PressSummaryPrintPage() {
  return <AwardPrintFrame titleKey="print.press.title">{(cycle, result) => <PressPaper cycle={cycle} result={result} />}</AwardPrintFrame>;
}

function PressPaper({ cycle, result }: { cycle: Cycle; result: Result }) {
  const { i18n } = useTranslation('jury');
  const de: TFunction = i18n.getFixedT('de', 'jury');
  const coop = useCurrentCooperation();
  const partners = usePartnerNames();
  const winners = result.categories.flatMap((c) => {
    const w = categoryWinner(c);
    return w ? [{ category: c.category, ranking: w }] : [];
  });
  const jurors = cycle.turnout?.jurors ?? 0;
  const announced = cycle.phase === 'ANNOUNCED';
  const today = new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());
  return (
    <article className={`${printClasses.paper} ${classes.press}`} aria-labelledby="press-title" lang="de">
      <p className={classes.kicker}>{de('print.press.kicker')}</p>
      <h1 id="press-title" className={classes.headline}>
        {de('print.press.headline', { cycle: cycle.title })}
      </h1>
      <p className={classes.lead}>
        {de('print.press.dateline', { date: today })}{' '}
        {de('print.press.lead', {
          nominations: cycle.nominations.length,
          categories: cycle.categories.length,
          jurors,
          criteria: cycle.criteria.length,
          programme: cycle.programmeName,
        })}{' '}
        {cycle.announcementEventTitle &&
          de(announced ? 'print.press.eventPast' : 'print.press.eventFuture', { event: cycle.announcementEventTitle })}
      </p>
      {winners.map(({ category, ranking }) => {
        const quote = firstSentence(ranking.nomination.justification);
        return (
          <section key={category} className={classes.pressWinner}>
            <h2>{de('print.press.winner', { category, company: ranking.nomination.companyName })}</h2>
            <p>
              {ranking.nomination.companyAddress && `${ranking.nomination.companyAddress}. `}
              {quote && de('print.press.quote', { quote })}
            </p>
          </section>
        );
      })}
      {winners.length < result.categories.length && <p>{de('print.press.pending')}</p>}
      <p className={classes.contacts}>{de('print.press.contacts', { cooperation: coop.name, partners: partners.join(', ') })}</p>
    </article>
  );
}
