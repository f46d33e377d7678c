import { Alert, Divider, Paper, Stack, Text, Title } from '@mantine/core';
import { useParams, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { ErrorState, PageLoader } from '../../../components/ui/states';
import { formatEventSpan } from '../../../lib/berlin';
import { errorText, hasCode } from '../../../lib/errors';
import { usePageTitle } from '../../../lib/usePageTitle';
import { LegalLinks } from '../../legal/components/LegalLinks';
import { RsvpByTokenQuery } from '../api/rsvp';
import { answerSentence, formatBerlinDateTime, isOptOutParam, type RsvpData, type Sentence } from '../model';
import { OptOutSection } from './OptOutSection';
import { RsvpForm } from './RsvpForm';
import classes from './rsvp.module.css';

/**
 * The public answer page of a guest's personal link (`/rsvp/<token>`, no login): the event, the
 * current answer, the form while answers are open, and the opt-out from further invitations
 * (first, with `?abmelden=1` from the mail's opt-out link).
 */
export function RsvpPage() {
  const { token = '' } = useParams({ strict: false });
  const search = useSearch({ strict: false });
  const optOutFirst = isOptOutParam((search as { abmelden?: unknown }).abmelden);
  const { t } = useTranslation('rsvp');
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: RsvpByTokenQuery,
    variables: { token },
    requestPolicy: 'cache-and-network',
  });
  // The latest answer saved on this page wins over a cached read that has not caught up yet.
  const [latest, setLatest] = useState<{ token: string; rsvp: RsvpData } | null>(null);
  const rsvp = latest?.token === token ? latest.rsvp : (data?.rsvp ?? null);
  usePageTitle(rsvp ? t('page.title', { event: rsvp.eventTitle }) : hasCode(error, 'NOT_FOUND') ? t('page.invalidTitle') : t('page.titleFallback'));

  const reload = () => reexecute({ requestPolicy: 'network-only' });

  if (!rsvp) {
    if (hasCode(error, 'NOT_FOUND')) return <InvalidLink error={error} />;
    if (error && !fetching) {
      return (
        <Stack gap="md" maw={720} mx="auto">
          <Title order={1}>{t('page.errorTitle')}</Title>
          <ErrorState error={error} onRetry={reload} />
        </Stack>
      );
    }
    return <PageLoader />;
  }
  return <RsvpView token={token} rsvp={rsvp} optOutFirst={optOutFirst} onChanged={(r) => setLatest({ token, rsvp: r })} onReload={reload} />;
}

/** A wrong or outdated link: a friendly page with the API's (German) explanation. */
function InvalidLink({ error }: { error: unknown }) {
  const { t } = useTranslation('rsvp');
  const { t: tc } = useTranslation();
  return (
    <Stack gap="md" maw={720} mx="auto" py="lg">
      <Title order={1}>{t('page.invalidTitle')}</Title>
      <Alert color="red" variant="light" role="alert">
        <Text lang="de">{errorText(error, tc)}</Text>
      </Alert>
      <Text>{t('page.invalidHelp')}</Text>
    </Stack>
  );
}

function Say({ sentence }: { sentence: Sentence }) {
  const { t } = useTranslation('rsvp');
  return <>{t(sentence.key, sentence.values)}</>;
}

function RsvpView({
  token,
  rsvp,
  optOutFirst,
  onChanged,
  onReload,
}: {
  token: string;
  rsvp: RsvpData;
  optOutFirst: boolean;
  onChanged: (r: RsvpData) => void;
  onReload: () => void;
}) {
  const { t, i18n } = useTranslation('rsvp');
  const lang = i18n.language;
  const optOut = <OptOutSection token={token} rsvp={rsvp} prominent={optOutFirst} onChanged={onChanged} />;
  return (
    <Stack gap="lg" maw={720} mx="auto" className={classes.page}>
      <div>
        <Text c="dimmed" size="sm" mb={4}>
          {t('page.kicker', { cooperation: rsvp.cooperationName })}
        </Text>
        <Title order={1}>{rsvp.eventTitle}</Title>
      </div>

      {optOutFirst && optOut}

      <div>
        <Text lang="de">{(rsvp.letterSalutation || t('page.greetingFallback')) + ','}</Text>
        <Text mt="xs">{t('page.intro', { cooperation: rsvp.cooperationName })}</Text>
      </div>

      <section aria-labelledby="rsvp-event-heading">
        <Title order={2} size="h3" id="rsvp-event-heading" mb="sm">
          {t('event.heading')}
        </Title>
        {rsvp.eventCancelled && (
          <Alert color="red" variant="light" mb="sm" role="note">
            {t('event.cancelled')}
          </Alert>
        )}
        <dl className={classes.facts}>
          <dt>{t('event.when')}</dt>
          <dd>{t('event.span', { span: formatEventSpan(rsvp.startsAt, rsvp.endsAt, lang) })}</dd>
          {(rsvp.venue || rsvp.address) && (
            <>
              <dt>{t('event.where')}</dt>
              <dd>
                {rsvp.venue && <span className={classes.line}>{rsvp.venue}</span>}
                {rsvp.address && <span className={classes.line}>{rsvp.address}</span>}
              </dd>
            </>
          )}
        </dl>
        {rsvp.description && (
          <Text mt="sm" className={classes.prewrap} lang="de">
            {rsvp.description}
          </Text>
        )}
      </section>

      <Paper component="section" withBorder p="lg" radius="md" aria-labelledby="rsvp-answer-heading">
        <Stack gap="md">
          <div>
            <Title order={2} size="h3" id="rsvp-answer-heading">
              {t('answer.heading')}
            </Title>
            <Text size="sm" c="dimmed" mt={4}>
              {t('answer.deadline', { when: formatBerlinDateTime(rsvp.deadline, lang) })}
            </Text>
          </div>
          <Text fw={600} data-testid="rsvp-current-answer">
            <Say sentence={answerSentence(rsvp)} />
          </Text>
          {rsvp.open ? (
            <RsvpForm token={token} rsvp={rsvp} onSaved={onChanged} onReload={onReload} />
          ) : (
            !rsvp.eventCancelled && (
              <Alert color="gray" variant="light" role="status" title={t('answer.closedTitle')}>
                <Text size="sm" lang="de">
                  {rsvp.closedReason}
                </Text>
              </Alert>
            )
          )}
        </Stack>
      </Paper>

      {!optOutFirst && optOut}

      <Divider />
      <LegalLinks cooperationId={rsvp.cooperationId} />
    </Stack>
  );
}
