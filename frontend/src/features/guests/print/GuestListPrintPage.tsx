import { VisuallyHidden } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import type { GuestListPrintQuery as GuestListPrintData } from '../../../gql/graphql';
import { formatEventSpan } from '../../../lib/berlin';
import { usePageTitle } from '../../../lib/usePageTitle';
import { formatBerlinDateTime } from '../../rsvp/model';
import { GuestListPrintQuery } from './api';
import { berlinTime, guestGroups, organisationLine, peopleIn, type PrintGuest } from './model';
import { PrintFrame } from './PrintFrame';
import classes from './print.module.css';

type Counts = GuestListPrintData['guests']['counts'];

/** The printable guest list of an event (A4): counts, then who comes, who waits, who has not answered. */
export function GuestListPrintPage() {
  const { t } = useTranslation('rsvp');
  const { eventId = '' } = useParams({ strict: false });
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: GuestListPrintQuery,
    variables: { eventId },
    requestPolicy: 'cache-and-network',
  });
  const list = data?.guests.event.id === eventId ? data.guests : null;
  usePageTitle(list ? t('print.guests.title', { event: list.event.title }) : t('print.toolbar'));
  return (
    <PrintFrame
      eventId={eventId}
      event={list?.event ?? null}
      fetching={fetching}
      error={error}
      onRetry={() => reexecute({ requestPolicy: 'network-only' })}
    >
      {(event) => (list ? <GuestListPaper event={event} items={list.items} counts={list.counts} /> : null)}
    </PrintFrame>
  );
}

function GuestListPaper({
  event,
  items,
  counts,
}: {
  event: GuestListPrintData['guests']['event'];
  items: PrintGuest[];
  counts: Counts;
}) {
  const { t, i18n } = useTranslation('rsvp');
  const lang = i18n.language;
  const groups = guestGroups(items);
  const where = [event.venue, event.address].filter((s) => s.trim() !== '').join(', ');
  return (
    <article className={classes.paper} aria-labelledby="print-title">
      <header className={classes.head}>
        <h1 id="print-title" className={classes.title}>
          {t('print.guests.title', { event: event.title })}
        </h1>
        <p className={classes.meta}>
          {formatEventSpan(event.startsAt, event.endsAt, lang)}
          {where && ` · ${where}`}
        </p>
        <dl className={classes.counts}>
          <div>
            <dt>{t('print.guests.seatsTaken')}</dt>
            <dd>
              {counts.capacity != null
                ? t('print.guests.seatsOf', { taken: counts.seatsTaken, capacity: counts.capacity })
                : t('print.guests.unlimited', { taken: counts.seatsTaken })}
            </dd>
          </div>
          <div>
            <dt>{t('print.guests.accepted')}</dt>
            <dd>{counts.accepted + counts.attended}</dd>
          </div>
          <div>
            <dt>{t('print.guests.attended')}</dt>
            <dd>{counts.attended}</dd>
          </div>
          <div>
            <dt>{t('print.guests.waitlisted')}</dt>
            <dd>{counts.waitlisted}</dd>
          </div>
          <div>
            <dt>{t('print.guests.invited')}</dt>
            <dd>{counts.invited}</dd>
          </div>
          <div>
            <dt>{t('print.guests.declined')}</dt>
            <dd>{counts.declined}</dd>
          </div>
        </dl>
        <p className={`${classes.meta} ${classes.small}`}>
          {t('print.printedAt', { when: formatBerlinDateTime(new Date().toISOString(), lang) })}
        </p>
      </header>
      {groups.length === 0 && <p>{t('print.guests.empty')}</p>}
      {groups.map((group) => (
        <section key={group.key} className={classes.group} aria-labelledby={`print-group-${group.key}`}>
          <h2 id={`print-group-${group.key}`} className={classes.groupTitle}>
            {t(`print.guests.groups.${group.key}`)}{' '}
            <span className={classes.small} style={{ display: 'inline' }}>
              ({t('print.guests.groupPeople', { count: group.guests.length, people: peopleIn(group.guests) })})
            </span>
          </h2>
          <table className={classes.table}>
            <thead>
              <tr>
                <th scope="col" className={classes.tickCol}>
                  {t('print.guests.columns.present')}
                </th>
                <th scope="col" className={classes.nameCol}>
                  {t('print.guests.columns.name')}
                </th>
                <th scope="col">{t('print.guests.columns.organisation')}</th>
                <th scope="col" className={classes.companionCol}>
                  {t('print.guests.columns.companion')}
                </th>
                <th scope="col" className={classes.statusCol}>
                  {t('print.guests.columns.status')}
                </th>
              </tr>
            </thead>
            <tbody>
              {group.guests.map((g) => (
                <GuestRow key={g.id} guest={g} />
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </article>
  );
}

function GuestRow({ guest: g }: { guest: PrintGuest }) {
  const { t, i18n } = useTranslation('rsvp');
  const attended = g.status === 'ATTENDED';
  return (
    <tr>
      <td>
        <span className={classes.tick} aria-hidden="true">
          {attended ? '✓' : ''}
        </span>
        {attended && <VisuallyHidden>{t('print.guests.checkedIn')}</VisuallyHidden>}
      </td>
      <th scope="row">{g.guestName}</th>
      <td>{organisationLine(g)}</td>
      <td>{g.plusOne ? g.plusOneName.trim() || t('print.guests.companionUnnamed') : ''}</td>
      <td>
        {t(`print.guests.status.${g.status}`, { position: g.waitlistPosition })}
        {attended && g.checkedInAt && (
          <span className={classes.small}>
            {t('print.guests.checkedIn')} {berlinTime(g.checkedInAt, i18n.language)}
          </span>
        )}
      </td>
    </tr>
  );
}
