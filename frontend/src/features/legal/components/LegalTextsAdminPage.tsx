import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { z } from 'zod';
import { FormError } from '../../../components/ui/FormError';
import { PageHeader } from '../../../components/ui/PageHeader';
import { ErrorState, ForbiddenState, PageLoader } from '../../../components/ui/states';
import type { LegalTextsQuery as LegalTextsData } from '../../../gql/graphql';
import { berlinParts, formatDay } from '../../../lib/berlin';
import { applyServerErrors, hasCode } from '../../../lib/errors';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useCurrentCooperation } from '../../cooperation/CooperationContext';
import { LegalTextsQuery, UpdateLegalTextsMutation } from '../api/legal';
import { LEGAL_KINDS, LEGAL_MAX } from '../model';
import { LegalLinks } from './LegalLinks';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** Characters as the server counts them (code points, not UTF-16 units). */
const length = (s: string) => [...s].length;

function legalSchema(t: Translate, language: string) {
  const max = (n: number) =>
    z.string().refine((s) => length(s.trim()) <= n, { message: t('admin.tooLong', { max: n.toLocaleString(language) }) });
  return z.object({
    imprint: max(LEGAL_MAX.imprint),
    privacy: max(LEGAL_MAX.privacy),
    accessibility: max(LEGAL_MAX.accessibility),
  });
}

type Values = z.infer<ReturnType<typeof legalSchema>>;
type Texts = LegalTextsData['legalTexts'];

/** Verwaltung › Rechtliche Angaben (ADMIN): imprint, privacy notice and accessibility statement. */
export function LegalTextsAdminPage() {
  const coop = useCurrentCooperation();
  const { t } = useTranslation('legal');
  usePageTitle(t('admin.title'));
  if (coop.myRole !== 'ADMIN') return <ForbiddenState />;
  return <LegalTextsAdmin cooperationId={coop.id} />;
}

function LegalTextsAdmin({ cooperationId }: { cooperationId: string }) {
  const { t } = useTranslation('legal');
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: LegalTextsQuery,
    variables: { cooperationId },
    requestPolicy: 'network-only',
  });
  const reload = () => reexecute({ requestPolicy: 'network-only' });
  const texts = data?.legalTexts.cooperationId === cooperationId ? data.legalTexts : null;
  return (
    <Stack gap="md" maw={900}>
      <PageHeader title={t('admin.title')} description={t('admin.description')} />
      {!texts ? (
        error && !fetching ? (
          <ErrorState error={error} onRetry={reload} />
        ) : (
          <PageLoader />
        )
      ) : (
        // A new version read (after saving or reloading) starts the form afresh.
        <LegalTextsForm key={texts.version} texts={texts} onReload={reload} />
      )}
    </Stack>
  );
}

function LegalTextsForm({ texts, onReload }: { texts: Texts; onReload: () => void }) {
  const { t, i18n } = useTranslation('legal');
  const { t: tc } = useTranslation();
  const [version, setVersion] = useState(texts.version);
  const [updatedAt, setUpdatedAt] = useState(texts.updatedAt);
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const [{ fetching }, save] = useMutation(UpdateLegalTextsMutation);
  const schema = useMemo(() => legalSchema(t, i18n.language), [t, i18n.language]);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    watch,
    formState: { errors, isDirty },
  } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { imprint: texts.imprint, privacy: texts.privacy, accessibility: texts.accessibility },
  });
  const values = watch();

  const onSubmit = async (v: Values) => {
    setFormError(null);
    setConflict(false);
    const res = await save({ input: { cooperationId: texts.cooperationId, version, ...v } });
    if (res.error || !res.data) {
      setConflict(hasCode(res.error, 'CONFLICT'));
      setFormError(applyServerErrors(res.error, setError, ['imprint', 'privacy', 'accessibility'], tc));
      return;
    }
    const saved = res.data.updateLegalTexts.legalTexts;
    setVersion(saved.version);
    setUpdatedAt(saved.updatedAt);
    reset({ imprint: saved.imprint, privacy: saved.privacy, accessibility: saved.accessibility });
    notifications.show({ color: 'green', message: t('admin.saved') });
  };

  return (
    <Stack gap="lg">
      <Paper withBorder p="lg">
        <form onSubmit={handleSubmit(onSubmit)} noValidate>
          <Stack gap="md">
            <Text size="sm">{t('admin.format')}</Text>
            {conflict ? (
              <Alert color="red" variant="light" role="alert">
                <Stack gap="sm" align="flex-start">
                  <Text size="sm">{formError}</Text>
                  <Button size="xs" variant="default" onClick={onReload}>
                    {t('admin.conflictReload')}
                  </Button>
                </Stack>
              </Alert>
            ) : (
              <FormError message={formError} />
            )}
            {LEGAL_KINDS.map((kind) => (
              <Textarea
                key={kind}
                label={t(`kinds.${kind}`)}
                description={t('admin.count', {
                  count: length(values[kind] ?? ''),
                  max: LEGAL_MAX[kind].toLocaleString(i18n.language),
                })}
                autosize
                minRows={6}
                maxRows={20}
                error={errors[kind]?.message}
                {...register(kind)}
              />
            ))}
            <Group justify="space-between" align="center">
              <Text size="sm" c="dimmed">
                {updatedAt
                  ? t('admin.lastSaved', { date: formatDay(berlinParts(updatedAt).date, i18n.language) })
                  : t('admin.neverSaved')}
              </Text>
              <Button type="submit" loading={fetching} disabled={!isDirty}>
                {tc('actions.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
      <section aria-labelledby="legal-public-heading">
        <Title order={2} size="h4" id="legal-public-heading" mb="xs">
          {t('admin.publicPages')}
        </Title>
        <LegalLinks cooperationId={texts.cooperationId} />
      </section>
    </Stack>
  );
}
