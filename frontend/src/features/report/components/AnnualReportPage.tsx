import { Alert, Button, Group, NativeSelect } from '@mantine/core';
import type { CSSProperties, ReactNode } from 'react';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useClient, useQuery } from 'urql';
import { ErrorState, ForbiddenState, PageLoader } from '../../../components/ui/states';
import type { AnnualReportQuery as AnnualReportData } from '../../../gql/graphql';
import { berlinParts, berlinToday, formatDay } from '../../../lib/berlin';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useSignedDownload } from '../../../lib/useSignedDownload';
import { formatEuro } from '../../budget/money';
import { useCurrentCooperation } from '../../cooperation/CooperationContext';
import { AnnualReportCsvQuery, AnnualReportQuery } from '../api/report';
import { budgetTotals, canReadReport, defaultReportYear, eventTotals, formatFigure, reportYears } from '../model';
import classes from './report.module.css';

type Report = AnnualReportData['annualReport'];

/**
 * Jahresbericht: the summary of one year, for all partners or one (both in the URL), printable
 * as an A4 document and downloadable as CSV. Without a year in the URL it opens the year that
 * `defaultReportYear` names (the previous one until the end of March).
 */
export function AnnualReportPage() {
  const coop = useCurrentCooperation();
  if (!canReadReport(coop.myRole)) return <Forbidden />;
  return <ReportView />;
}

function Forbidden() {
  const { t } = useTranslation('report');
  usePageTitle(t('title'));
  return <ForbiddenState>{t('forbidden')}</ForbiddenState>;
}

function ReportView() {
  const { t } = useTranslation('report');
  const coop = useCurrentCooperation();
  const search = useSearch({ from: '/app/c/$cooperationId/report' });
  const navigate = useNavigate({ from: '/c/$cooperationId/report' });
  const today = berlinToday();
  const year = search.year ?? defaultReportYear(today);
  const partners = [...coop.partners].sort((a, b) => a.position - b.position);
  // a partner that is not (or no longer) one of the cooperation's: the report of all partners
  const partner = partners.find((p) => p.id === search.partner) ?? null;
  const variables = { cooperationId: coop.id, year, partnerId: partner?.id ?? null };
  const [{ data, fetching, error }, reexecute] = useQuery({ query: AnnualReportQuery, variables, requestPolicy: 'cache-and-network' });
  const report =
    data?.annualReport.cooperationId === coop.id && data.annualReport.year === year && (data.annualReport.partner?.id ?? null) === (partner?.id ?? null)
      ? data.annualReport
      : null;
  const title = t('docTitle', { year, cooperation: coop.name });
  usePageTitle(title);

  const client = useClient();
  const { busy, download } = useSignedDownload(async () => {
    const res = await client.query(AnnualReportCsvQuery, variables, { requestPolicy: 'network-only' }).toPromise();
    return { url: res.data?.annualReport.csvUrl, error: res.error };
  });

  return (
    <div className={classes.view}>
      <div className={`${classes.toolbar} ${classes.noPrint}`} role="search" aria-label={t('filters.label')}>
        <Group gap="md" align="flex-end">
          <NativeSelect
            label={t('filters.year')}
            value={String(year)}
            onChange={(e) => void navigate({ search: (prev) => ({ ...prev, year: Number(e.currentTarget.value) }) })}
            data={reportYears(Number(today.slice(0, 4)), year).map((y) => String(y))}
            w={120}
          />
          <NativeSelect
            label={t('filters.partner')}
            value={partner?.id ?? ''}
            onChange={(e) => void navigate({ search: (prev) => ({ ...prev, partner: e.currentTarget.value || undefined }) })}
            data={[{ value: '', label: t('filters.allPartners') }, ...partners.map((p) => ({ value: p.id, label: p.organisation.name }))]}
            w={{ base: '100%', sm: 320 }}
          />
        </Group>
        <Group gap="sm">
          <Button variant="default" onClick={() => void download()} loading={busy} disabled={!report}>
            {t('actions.csv')}
          </Button>
          <Button onClick={() => window.print()} disabled={!report}>
            {t('actions.print')}
          </Button>
        </Group>
      </div>
      {report ? (
        <ReportPaper report={report} title={title} />
      ) : error && !fetching ? (
        <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : (
        <PageLoader />
      )}
    </div>
  );
}

/** A moment in Berlin to the minute: "30.11.2026, 09:05". */
function stamp(iso: string, lng: string): string {
  const p = berlinParts(iso);
  return `${formatDay(p.date, lng)}, ${p.time}`;
}

function ReportPaper({ report: r, title }: { report: Report; title: string }) {
  const { t, i18n } = useTranslation('report');
  const lng = i18n.language;
  const now = new Date().toISOString();
  const scope = r.partner ? r.partner.organisation.name : t('meta.allPartners');
  return (
    <article className={classes.paper} aria-labelledby="report-title" data-testid="annual-report">
      <header className={classes.head}>
        <h1 id="report-title" className={classes.title}>
          {title}
        </h1>
        <dl className={classes.facts}>
          <div>
            <dt>{t('meta.scope')}</dt>
            <dd>{scope}</dd>
          </div>
          <div>
            <dt>{t('meta.generatedAt')}</dt>
            <dd>{stamp(r.generatedAt, lng)}</dd>
          </div>
        </dl>
        <p className={`${classes.small} ${classes.printOnly}`}>{t('meta.printedAt', { when: stamp(now, lng) })}</p>
      </header>
      {r.empty ? (
        <Alert color="blue" variant="light" title={t('empty.title', { year: r.year })} data-testid="report-empty">
          {r.partner ? t('empty.textPartner', { year: r.year, partner: scope }) : t('empty.text', { year: r.year })}
        </Alert>
      ) : (
        <>
          <EventsSection report={r} />
          <BudgetSection report={r} />
          <AwardSection report={r} />
          <RetreatSection report={r} />
          <WorkstreamsSection report={r} />
          <KpisSection report={r} />
          <CommitmentsSection report={r} />
        </>
      )}
    </article>
  );
}

function Section({ id, title, keep, newPage, children }: { id: string; title: string; keep?: boolean; newPage?: boolean; children: ReactNode }) {
  return (
    <section className={[classes.section, keep && classes.keep, newPage && classes.newPage].filter(Boolean).join(' ')} aria-labelledby={id} data-testid={id}>
      <h2 id={id} className={classes.sectionTitle}>
        {title}
      </h2>
      {children}
    </section>
  );
}

function None({ children }: { children: ReactNode }) {
  return <p className={classes.muted}>{children}</p>;
}

/** A column head of a report table; `num` right-aligns a column of numbers. */
interface Column {
  label: string;
  num?: boolean;
}

/** A report table: caption, one row of column heads, the body rows and an optional total row. */
function ReportTable({ caption, columns, foot, children }: { caption: string; columns: readonly Column[]; foot?: ReactNode; children: ReactNode }) {
  return (
    <table className={classes.table}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.label} scope="col" className={c.num ? classes.num : undefined}>
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
      {foot && <tfoot>{foot}</tfoot>}
    </table>
  );
}

/** A section that is one table of `rows` (each drawn by `row`), or says `none` when there are no rows. */
function TableSection<T>({
  id,
  title,
  none,
  caption,
  columns,
  rows,
  row,
  foot,
  note,
  keep,
}: {
  id: string;
  title: string;
  none: string;
  caption: string;
  columns: readonly Column[];
  rows: readonly T[];
  row: (item: T) => ReactNode;
  foot?: ReactNode;
  note?: ReactNode;
  keep?: boolean;
}) {
  return (
    <Section id={id} title={title} keep={keep}>
      {rows.length === 0 ? (
        <None>{none}</None>
      ) : (
        <>
          <ReportTable caption={caption} columns={columns} foot={foot}>
            {rows.map((item) => row(item))}
          </ReportTable>
          {note}
        </>
      )}
    </Section>
  );
}

/** A table cell with a number (right-aligned). */
function Num({ children }: { children: ReactNode }) {
  return <td className={classes.num}>{children}</td>;
}

/** A small second line in a cell. */
function Small({ children, style }: { children: ReactNode; style?: CSSProperties }) {
  return (
    <span className={classes.small} style={style}>
      {children}
    </span>
  );
}

/** The items of a cell as a list, or the text `none` when there are none. */
function ListCell<T>({ items, none, item }: { items: readonly T[]; none: string; item: (value: T, index: number) => ReactNode }) {
  return <td>{items.length === 0 ? none : <ul className={classes.list}>{items.map((value, index) => item(value, index))}</ul>}</td>;
}

function EventsSection({ report: r }: { report: Report }) {
  const { t, i18n } = useTranslation('report');
  const lng = i18n.language;
  const sum = eventTotals(r.events);
  return (
    <TableSection
      id="report-events"
      title={t('events.title')}
      none={t('events.none')}
      caption={t('events.caption', { year: r.year })}
      columns={[
        { label: t('events.date') },
        { label: t('events.event') },
        { label: t('events.series') },
        { label: t('events.lead') },
        { label: t('events.invited'), num: true },
        { label: t('events.accepted'), num: true },
        { label: t('events.attended'), num: true },
        { label: t('events.guests'), num: true },
      ]}
      rows={r.events}
      row={(e) => (
        <tr key={e.id}>
          <td className={classes.nowrap}>{formatDay(berlinParts(e.startsAt).date, lng)}</td>
          <th scope="row">{e.title}</th>
          <td>{e.seriesName ?? '–'}</td>
          <td>{e.leadPartnerName}</td>
          <Num>{e.invited}</Num>
          <Num>{e.accepted}</Num>
          <Num>{e.attended}</Num>
          <Num>{e.seatsAttended}</Num>
        </tr>
      )}
      foot={
        <tr data-testid="report-events-total">
          <th scope="row" colSpan={4}>
            {t('events.total', { count: r.events.length })}
          </th>
          <Num>{sum.invited}</Num>
          <Num>{sum.accepted}</Num>
          <Num>{sum.attended}</Num>
          <Num>{r.totalGuests}</Num>
        </tr>
      }
      note={<p className={classes.small}>{t('events.note')}</p>}
    />
  );
}

function BudgetSection({ report: r }: { report: Report }) {
  const { t, i18n } = useTranslation('report');
  const lng = i18n.language;
  const sum = budgetTotals(r.budget);
  return (
    <TableSection
      id="report-budget"
      title={t('budget.title')}
      keep
      none={t('budget.none')}
      caption={t('budget.caption', { year: r.year })}
      columns={[{ label: t('budget.partner') }, { label: t('budget.planned'), num: true }, { label: t('budget.actual'), num: true }]}
      rows={r.budget}
      row={(b) => (
        <tr key={b.partner.id}>
          <th scope="row">{b.partner.organisation.name}</th>
          <Num>{formatEuro(b.plannedCents, lng)}</Num>
          <Num>{formatEuro(b.actualCents, lng)}</Num>
        </tr>
      )}
      foot={
        r.budget.length > 1 && (
          <tr>
            <th scope="row">{t('budget.total')}</th>
            <Num>{formatEuro(sum.plannedCents, lng)}</Num>
            <Num>{formatEuro(sum.actualCents, lng)}</Num>
          </tr>
        )
      }
    />
  );
}

function AwardSection({ report: r }: { report: Report }) {
  const { t } = useTranslation('report');
  return (
    <Section id="report-award" title={t('award.title')}>
      {r.awards.length === 0 ? (
        <None>{t('award.none')}</None>
      ) : (
        r.awards.map((a) => (
          <div key={a.cycleId} className={classes.cycle}>
            <h3 className={classes.subTitle}>{a.title}</h3>
            <p className={classes.muted}>
              {t('award.phase', { phase: t(`phase.${a.phase}`) })} · {t('award.nominations', { count: a.nominationCount })}
            </p>
            {a.winners.length === 0 ? (
              <p>{t('award.noWinners')}</p>
            ) : (
              <ul className={classes.list} aria-label={t('award.winners')}>
                {a.winners.map((w) => (
                  <li key={`${w.category}:${w.organisationName}`}>
                    <strong>{w.category || t('award.winner')}:</strong> {w.organisationName}
                  </li>
                ))}
              </ul>
            )}
          </div>
        ))
      )}
    </Section>
  );
}

function RetreatSection({ report: r }: { report: Report }) {
  const { t, i18n } = useTranslation('report');
  const lng = i18n.language;
  const rt = r.retreat;
  return (
    <Section id="report-retreat" title={t('retreat.title')} newPage>
      {!rt ? (
        <None>{t('retreat.none')}</None>
      ) : (
        <>
          <h3 className={classes.subTitle}>{rt.title}</h3>
          <p className={classes.muted}>{t('retreat.meta', { date: formatDay(rt.startsOn, lng), planYear: rt.planYear, status: t(`retreatStatus.${rt.status}`) })}</p>
          {rt.decisions.length === 0 ? (
            <p>{t('retreat.noDecisions')}</p>
          ) : (
            <ReportTable
              caption={t('retreat.caption', { title: rt.title })}
              columns={[{ label: t('retreat.decision') }, { label: t('retreat.outcome') }, { label: t('retreat.owner') }, { label: t('retreat.due') }]}
            >
              {rt.decisions.map((d) => (
                <tr key={d.id}>
                  <td style={{ whiteSpace: 'pre-wrap' }}>{d.text || '–'}</td>
                  <td>{t(`outcome.${d.outcome}`)}</td>
                  <td>{d.ownerPartnerName ?? '–'}</td>
                  <td className={classes.nowrap}>{d.dueOn ? formatDay(d.dueOn, lng) : '–'}</td>
                </tr>
              ))}
            </ReportTable>
          )}
        </>
      )}
    </Section>
  );
}

function WorkstreamsSection({ report: r }: { report: Report }) {
  const { t, i18n } = useTranslation('report');
  const lng = i18n.language;
  return (
    <TableSection
      id="report-workstreams"
      title={t('workstreams.title')}
      none={t('workstreams.none')}
      caption={t('workstreams.caption', { year: r.year })}
      columns={[
        { label: t('workstreams.workstream') },
        { label: t('workstreams.status') },
        { label: t('workstreams.leads') },
        { label: t('workstreams.milestones') },
      ]}
      rows={r.workstreams}
      row={(w) => (
        <tr key={w.id}>
          <th scope="row">{w.title}</th>
          <td>{t(`workstreamStatus.${w.status}`)}</td>
          <td>{w.leadPartnerNames.join(', ') || '–'}</td>
          <ListCell
            items={w.milestones}
            none={t('workstreams.noMilestones')}
            item={(m) => (
              <li key={`${m.title}:${m.dueOn}`}>
                {m.title}{' '}
                <Small style={{ display: 'inline' }}>
                  ({m.doneOn ? t('workstreams.milestoneDone', { date: formatDay(m.doneOn, lng) }) : t('workstreams.milestoneDue', { date: formatDay(m.dueOn, lng) })})
                </Small>
              </li>
            )}
          />
        </tr>
      )}
    />
  );
}

function KpisSection({ report: r }: { report: Report }) {
  const { t, i18n } = useTranslation('report');
  const lng = i18n.language;
  return (
    <TableSection
      id="report-kpis"
      title={t('kpis.title')}
      none={t('kpis.none')}
      caption={t('kpis.caption', { year: r.year })}
      columns={[{ label: t('kpis.kpi') }, { label: t('kpis.value'), num: true }, { label: t('kpis.target'), num: true }, { label: t('kpis.state') }]}
      rows={r.kpis}
      row={(k) => (
        <tr key={k.id}>
          <th scope="row">
            {k.name}
            <Small>
              {t(`subjectKind.${k.subject.kind}`)}: {k.subject.title}
            </Small>
          </th>
          <Num>
            {k.value === null || k.value === undefined ? t('kpis.noValue') : formatFigure(k.value, k.unit, lng)}
            {k.measuredOn && <Small>{t('kpis.measuredOn', { date: formatDay(k.measuredOn, lng) })}</Small>}
            <Small>{t('kpis.baseline', { value: formatFigure(k.baseline, k.unit, lng) })}</Small>
          </Num>
          <Num>
            {formatFigure(k.target, k.unit, lng)}
            {k.targetOn && <Small>{t('kpis.targetOn', { date: formatDay(k.targetOn, lng) })}</Small>}
          </Num>
          <td>{t(`kpiState.${k.state}`)}</td>
        </tr>
      )}
    />
  );
}

function CommitmentsSection({ report: r }: { report: Report }) {
  const { t } = useTranslation('report');
  return (
    <TableSection
      id="report-commitments"
      title={t('commitments.title')}
      none={t('commitments.none')}
      caption={t('commitments.caption', { year: r.year })}
      columns={[{ label: t('commitments.commitment') }, { label: t('commitments.status') }, { label: t('commitments.fulfilledBy') }]}
      rows={r.commitments}
      row={(c) => (
        <tr key={c.id}>
          <th scope="row">{c.title}</th>
          <td>{t(`commitmentStatus.${c.status}`)}</td>
          <ListCell items={c.fulfilledBy} none={t('commitments.nothing')} item={(f, i) => <li key={i}>{f}</li>} />
        </tr>
      )}
    />
  );
}
