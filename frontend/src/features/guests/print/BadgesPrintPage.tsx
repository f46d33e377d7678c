import { Text, Title } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { usePageTitle } from '../../../lib/usePageTitle';
import { BadgesPrintQuery } from './api';
import { badgesFor, BADGES_PER_SHEET, pages, type Badge } from './model';
import { PrintFrame } from './PrintFrame';
import classes from './print.module.css';

/** Name badges for everyone who holds a seat and their companions: 2 × 4 badges of 90 × 55 mm per A4 sheet. */
export function BadgesPrintPage() {
  const { t } = useTranslation('rsvp');
  const { eventId = '' } = useParams({ strict: false });
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: BadgesPrintQuery,
    variables: { eventId },
    requestPolicy: 'cache-and-network',
  });
  const list = data?.guests.event.id === eventId ? data.guests : null;
  usePageTitle(list ? t('print.badges.title', { event: list.event.title }) : t('print.toolbar'));
  return (
    <PrintFrame
      eventId={eventId}
      event={list?.event ?? null}
      fetching={fetching}
      error={error}
      onRetry={() => reexecute({ requestPolicy: 'network-only' })}
    >
      {(event) => {
        const badges = badgesFor(list?.items ?? []);
        const sheets = pages(badges, BADGES_PER_SHEET);
        return (
          <>
            <div className={classes.noPrint}>
              <Title order={1} mb="xs">
                {t('print.badges.title', { event: event.title })}
              </Title>
              <Text mb="md">
                {badges.length === 0 ? t('print.badges.empty') : t('print.badges.summary', { count: badges.length, sheets: sheets.length })}
              </Text>
            </div>
            <div className={classes.sheets}>
              {sheets.map((sheet, i) => (
                <section key={i} className={classes.sheetPage} aria-label={t('print.badges.sheet', { n: i + 1, total: sheets.length })}>
                  <p className={classes.sheetLabel} aria-hidden="true">
                    {t('print.badges.sheet', { n: i + 1, total: sheets.length })}
                  </p>
                  <ul className={classes.sheet}>
                    {sheet.map((b) => (
                      <BadgeCard key={b.key} badge={b} eventTitle={event.title} />
                    ))}
                  </ul>
                </section>
              ))}
            </div>
          </>
        );
      }}
    </PrintFrame>
  );
}

function BadgeCard({ badge, eventTitle }: { badge: Badge; eventTitle: string }) {
  const { t } = useTranslation('rsvp');
  let name: string;
  let detail: string;
  if (badge.kind === 'guest') {
    name = badge.name;
    detail = badge.detail;
  } else if (badge.name !== '') {
    name = badge.name;
    detail = t('print.badges.companionOf', { name: badge.companionOf });
  } else {
    name = t('print.badges.companionOf', { name: badge.companionOf });
    detail = '';
  }
  return (
    <li className={classes.badge}>
      <div className={classes.badgeMain}>
        <p className={classes.badgeName}>{name}</p>
        {detail && <p className={classes.badgeDetail}>{detail}</p>}
      </div>
      <p className={classes.badgeEvent}>{eventTitle}</p>
    </li>
  );
}
