import { Alert, Button, Divider, Paper, Stack, Text, Title } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { ErrorState, PageLoader } from '../../../components/ui/states';
import type { PublicNominationFormQuery } from '../../../gql/graphql';
import { hasCode } from '../../../lib/errors';
import { usePageTitle } from '../../../lib/usePageTitle';
import { formatMoment } from '../../award/model';
import { LegalLinks } from '../../legal/components/LegalLinks';
import { PublicNominationFormQuery as FormDocument } from '../api/nomination';
import { PublicNominationForm } from './PublicNominationForm';
import classes from './publicNomination.module.css';

type FormData = PublicNominationFormQuery['publicNominationForm'];

/**
 * The public nomination page of a cycle (`/nominieren/<cycleId>`, no login): the form while
 * nominations are open, a friendly note when they are closed or the page does not exist, and a
 * thank-you with the reference once sent.
 */
export function PublicNominationPage() {
  const { cycleId = '' } = useParams({ strict: false });
  const { t } = useTranslation('nomination');
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: FormDocument,
    variables: { cycleId },
    requestPolicy: 'cache-and-network',
  });
  const form = data?.publicNominationForm.cycleId === cycleId ? data.publicNominationForm : null;
  const unknown = !form && (hasCode(error, 'NOT_FOUND') || (hasCode(error, 'INVALID') && !fetching));
  usePageTitle(form ? `${t('public.title')}: ${form.title}` : unknown ? t('public.notFoundTitle') : t('public.titleFallback'));
  const reload = () => reexecute({ requestPolicy: 'network-only' });

  if (!form) {
    if (unknown) {
      return (
        <Stack gap="md" maw={720} mx="auto" py="lg">
          <Title order={1}>{t('public.notFoundTitle')}</Title>
          <Text>{t('public.notFoundText')}</Text>
        </Stack>
      );
    }
    if (error && !fetching) {
      return (
        <Stack gap="md" maw={720} mx="auto">
          <Title order={1}>{t('public.errorTitle')}</Title>
          <ErrorState error={error} onRetry={reload} />
        </Stack>
      );
    }
    return <PageLoader />;
  }
  return <PublicView form={form} onReload={reload} />;
}

function PublicView({ form, onReload }: { form: FormData; onReload: () => void }) {
  const { t, i18n } = useTranslation('nomination');
  const [sent, setSent] = useState<{ reference: string; company: string } | null>(null);
  const deadline = formatMoment(form.closesAt, i18n.language);
  return (
    <Stack gap="lg" maw={720} mx="auto" className={classes.page}>
      <div>
        <Text c="dimmed" size="sm" mb={4}>
          {form.programmeName}
        </Text>
        <Title order={1}>{form.title}</Title>
      </div>
      {sent ? (
        <Success title={form.title} sent={sent} onAnother={() => setSent(null)} />
      ) : form.open ? (
        <>
          <div>
            <Title order={2} size="h3">
              {t('public.title')}
            </Title>
            <Text mt="xs">{t('public.intro')}</Text>
            <Text mt="xs" fw={600}>
              {t('public.deadline', { date: deadline })}
            </Text>
          </div>
          <PublicNominationForm form={form} onSent={setSent} onReload={onReload} />
        </>
      ) : (
        <Alert color="gray" variant="light" title={t('public.closedTitle')} role="status">
          <Text size="sm">{t(new Date(form.closesAt).getTime() <= Date.now() ? 'public.closedPast' : 'public.closedNotYet', { date: deadline })}</Text>
        </Alert>
      )}
      <Divider />
      <LegalLinks cooperationId={form.cooperationId} />
    </Stack>
  );
}

function Success({ title, sent, onAnother }: { title: string; sent: { reference: string; company: string }; onAnother: () => void }) {
  const { t } = useTranslation('nomination');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="pn-success-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="pn-success-title" ref={heading} tabIndex={-1} className={classes.heading}>
          {t('public.successTitle')}
        </Title>
        <Text>{t('public.successText', { company: sent.company, title })}</Text>
        <div>
          <Text size="sm">{t('public.reference')}</Text>
          <Text size="xl" fw={700} className={classes.reference} data-testid="nomination-reference">
            {sent.reference}
          </Text>
          <Text size="sm" c="dimmed">
            {t('public.referenceHint')}
          </Text>
        </div>
        <div>
          <Button variant="default" onClick={onAnother}>
            {t('public.another')}
          </Button>
        </div>
      </Stack>
    </Paper>
  );
}
