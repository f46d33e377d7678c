import { Button } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { AnchorLink } from '../../../components/ui/links';
import { NotFoundContent } from '../../../components/ui/NotFoundContent';
import { ErrorState, PageLoader } from '../../../components/ui/states';
import type { RetreatFieldsFragment } from '../../../gql/graphql';
import { berlinParts, formatDay } from '../../../lib/berlin';
import { hasCode } from '../../../lib/errors';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useCurrentCooperation } from '../../cooperation/CooperationContext';
import { partnerLabel } from '../../events/model';
import printClasses from '../../guests/print/print.module.css';
import { RetreatQuery } from '../api/retreat';
import { agendaSlot, berlinTime, decisionRows, participantsByPartner, retreatPeriod } from '../model';
import { PlanItemLine } from './PlanItems';
import { RETREAT_CONTEXT } from './RetreatFormModal';

type Retreat = RetreatFieldsFragment;

/**
 * The printable minutes [Protokoll] of a retreat (A4, the shell left off the paper): data,
 * participants by partner, agenda with times, tally, decisions and the plan created from them.
 */
export function MinutesPrintPage() {
  const { t } = useTranslation('retreat');
  const coop = useCurrentCooperation();
  const { retreatId = '' } = useParams({ strict: false });
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: RetreatQuery,
    variables: { id: retreatId },
    requestPolicy: 'cache-and-network',
    context: RETREAT_CONTEXT,
  });
  const retreat = data?.retreat.id === retreatId ? data.retreat : null;
  const foreign = retreat && retreat.cooperationId !== coop.id;
  usePageTitle(retreat && !foreign ? t('print.title', { title: retreat.title }) : t('print.toolbar'));
  if (hasCode(error, 'NOT_FOUND') || hasCode(error, 'FORBIDDEN') || foreign) {
    return <NotFoundContent title={t('detail.notFoundTitle')} text={t('detail.notFoundText')} />;
  }
  if (!retreat) {
    if (error && !fetching) return <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
    return <PageLoader />;
  }
  return (
    <div className={printClasses.view}>
      <div className={`${printClasses.toolbar} ${printClasses.noPrint}`}>
        <AnchorLink to="/c/$cooperationId/retreats/$retreatId" params={{ cooperationId: coop.id, retreatId: retreat.id }} search={{ tab: 'minutes' }}>
          {t('print.back')}
        </AnchorLink>
        <Button onClick={() => window.print()}>{t('print.print')}</Button>
      </div>
      <MinutesPaper retreat={retreat} />
    </div>
  );
}

function MinutesPaper({ retreat: r }: { retreat: Retreat }) {
  const { t, i18n } = useTranslation('retreat');
  const lng = i18n.language;
  const coop = useCurrentCooperation();
  const groups = participantsByPartner(
    r.participants,
    [...coop.partners].sort((a, b) => a.position - b.position).map((p) => p.id),
  );
  const firstDay = berlinParts(r.startsAt).date;
  const { rows, free } = decisionRows(r.proposals, r.decisions, r.tally.entries);
  const decisions = [...rows.filter((row) => row.decision).map((row) => ({ title: row.proposal.title, decision: row.decision })), ...free.map((d) => ({ title: t('decisions.freeTitle'), decision: d }))];
  const planItems = decisions.flatMap(({ title, decision: d }, i) => (d ? d.planItems.map((item) => ({ item, number: i + 1, title })) : []));
  return (
    <article className={printClasses.paper} aria-labelledby="print-title">
      <header className={printClasses.head}>
        <h1 id="print-title" className={printClasses.title}>
          {t('print.title', { title: r.title })}
        </h1>
        <p className={printClasses.meta}>
          {retreatPeriod(r.startsAt, r.endsOn, lng)}
          {r.place && ` · ${r.place}`}
        </p>
        <dl className={printClasses.counts}>
          <div>
            <dt>{t('fields.planYear')}</dt>
            <dd>{r.planYear}</dd>
          </div>
          <div>
            <dt>{t('fields.chair')}</dt>
            <dd>{r.chair ? r.chair.name : t('detail.noChair')}</dd>
          </div>
          <div>
            <dt>{t('print.state')}</dt>
            <dd>
              {r.closedAt
                ? t('print.closedAt', { date: `${formatDay(berlinParts(r.closedAt).date, lng)}, ${berlinTime(r.closedAt, lng)}` })
                : t('print.draft')}
            </dd>
          </div>
        </dl>
        <p className={`${printClasses.meta} ${printClasses.small}`}>{t('print.printedAt', { when: `${formatDay(berlinParts(new Date().toISOString()).date, lng)}, ${berlinTime(new Date().toISOString(), lng)}` })}</p>
      </header>

      <section className={printClasses.group} aria-labelledby="print-participants">
        <h2 id="print-participants" className={printClasses.groupTitle}>
          {t('detail.participantsTitle', { count: r.participants.length })}
        </h2>
        <ul data-testid="print-participants">
          {groups.map((g) => (
            <li key={g.partner?.id ?? 'none'}>
              <strong>{g.partner ? partnerLabel(g.partner) : t('detail.noPartner')}:</strong>{' '}
              {g.participants.map((p) => (p.isChair ? t('print.chairName', { name: p.name }) : p.name)).join(', ')}
            </li>
          ))}
        </ul>
      </section>

      <section className={printClasses.group} aria-labelledby="print-agenda">
        <h2 id="print-agenda" className={printClasses.groupTitle}>
          {t('agenda.title')}
        </h2>
        {r.agenda.length === 0 ? (
          <p>{t('agenda.empty')}</p>
        ) : (
          <table className={printClasses.table}>
            <thead>
              <tr>
                <th scope="col">{t('agenda.columns.time')}</th>
                <th scope="col">{t('agenda.columns.title')}</th>
                <th scope="col">{t('agenda.columns.duration')}</th>
                <th scope="col">{t('agenda.columns.presenter')}</th>
              </tr>
            </thead>
            <tbody>
              {r.agenda.map((item) => (
                <tr key={item.id}>
                  <td style={{ whiteSpace: 'nowrap' }}>{agendaSlot(item.startsAt, item.durationMinutes, firstDay, lng)}</td>
                  <th scope="row">
                    {item.position}. {item.title}
                    {item.proposals.length > 0 && <span className={printClasses.small}>{item.proposals.map((p) => p.title).join(', ')}</span>}
                  </th>
                  <td>{t('agenda.minutes', { count: item.durationMinutes })}</td>
                  <td>{item.presenter ? item.presenter.name : '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section className={printClasses.group} aria-labelledby="print-tally">
        <h2 id="print-tally" className={printClasses.groupTitle}>
          {t('print.tally')}
        </h2>
        <p className={printClasses.meta}>
          {t('print.tallySummary', {
            points: r.tally.totalPoints,
            voters: r.tally.voterCount,
            participants: r.tally.participantCount,
            budget: r.pointsBudget,
          })}
        </p>
        {r.tally.entries.length === 0 ? (
          <p>{t('print.noProposals')}</p>
        ) : (
          <table className={printClasses.table} data-testid="print-tally">
            <thead>
              <tr>
                <th scope="col">{t('print.rank')}</th>
                <th scope="col">{t('print.proposal')}</th>
                <th scope="col">{t('fields.kind')}</th>
                <th scope="col">{t('print.points')}</th>
                <th scope="col">{t('print.voters')}</th>
              </tr>
            </thead>
            <tbody>
              {r.tally.entries.map((e) => (
                <tr key={e.proposalId}>
                  <td>{e.rank}</td>
                  <th scope="row">{e.title}</th>
                  <td>{t(`kind.${e.kind}`)}</td>
                  <td>{e.points}</td>
                  <td>{e.voters}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section className={printClasses.group} aria-labelledby="print-decisions">
        <h2 id="print-decisions" className={printClasses.groupTitle}>
          {t('decisions.title')}
        </h2>
        {decisions.length === 0 ? (
          <p>{t('decisions.none')}</p>
        ) : (
          <table className={printClasses.table} data-testid="print-decisions">
            <thead>
              <tr>
                <th scope="col">{t('print.number')}</th>
                <th scope="col">{t('decisions.columns.subject')}</th>
                <th scope="col">{t('decisions.outcome')}</th>
                <th scope="col">{t('decisions.text')}</th>
                <th scope="col">{t('decisions.owner')}</th>
                <th scope="col">{t('decisions.dueOn')}</th>
              </tr>
            </thead>
            <tbody>
              {decisions.map(({ title, decision: d }, i) =>
                d ? (
                  <tr key={d.id}>
                    <td>{i + 1}</td>
                    <th scope="row">{title}</th>
                    <td>{t(`outcome.${d.outcome}`)}</td>
                    <td style={{ whiteSpace: 'pre-wrap' }}>{d.text || '–'}</td>
                    <td>{d.ownerPartner ? partnerLabel(d.ownerPartner) : '–'}</td>
                    <td style={{ whiteSpace: 'nowrap' }}>{d.dueOn ? formatDay(d.dueOn, lng) : '–'}</td>
                  </tr>
                ) : null,
              )}
            </tbody>
          </table>
        )}
      </section>

      <section className={printClasses.group} aria-labelledby="print-plan">
        <h2 id="print-plan" className={printClasses.groupTitle}>
          {t('decisions.planTitle', { year: r.planYear })}
        </h2>
        {r.status !== 'CLOSED' ? (
          <p>{t('print.planPending')}</p>
        ) : planItems.length === 0 ? (
          <p>{t('decisions.noPlanItems')}</p>
        ) : (
          <ul data-testid="print-plan">
            {planItems.map(({ item, number, title }) => (
              <li key={`${item.kind}:${item.targetId}`}>
                <PlanItemLine item={item} cooperationId={coop.id} />{' '}
                <span className={printClasses.small} style={{ display: 'inline' }}>
                  {t('print.fromDecision', { number, title })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}
