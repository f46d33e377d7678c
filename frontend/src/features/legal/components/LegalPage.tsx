import { Divider, Stack, Text, Title } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { NotFoundContent } from '../../../components/ui/NotFoundContent';
import { ErrorState, PageLoader } from '../../../components/ui/states';
import { berlinParts, formatDay } from '../../../lib/berlin';
import { hasCode } from '../../../lib/errors';
import { usePageTitle } from '../../../lib/usePageTitle';
import { LegalTextsQuery } from '../api/legal';
import { isLegalKind, type LegalKind } from '../model';
import { LegalLinks } from './LegalLinks';
import { LegalText } from './LegalText';

/** A public page (no login) with one of a cooperation's legal texts: `/legal/<cooperation>/<kind>`. */
export function LegalPage() {
  const { t } = useTranslation('legal');
  const { cooperationId, kind } = useParams({ strict: false });
  if (!cooperationId || !isLegalKind(kind)) return <NotFoundContent title={t('page.notFoundTitle')} text={t('page.notFoundText')} />;
  return <LegalView cooperationId={cooperationId} kind={kind} />;
}

function LegalView({ cooperationId, kind }: { cooperationId: string; kind: LegalKind }) {
  const { t, i18n } = useTranslation('legal');
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: LegalTextsQuery,
    variables: { cooperationId },
    requestPolicy: 'cache-and-network',
  });
  const texts = data?.legalTexts.cooperationId === cooperationId ? data.legalTexts : null;
  usePageTitle(texts ? `${t(`kinds.${kind}`)} – ${texts.cooperationName}` : t(`kinds.${kind}`));

  if (hasCode(error, 'NOT_FOUND')) return <NotFoundContent title={t('page.notFoundTitle')} text={t('page.notFoundText')} />;
  if (!texts) {
    if (error && !fetching) return <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
    return <PageLoader />;
  }
  const text = texts[kind];
  return (
    <Stack gap="lg" maw={760}>
      <article aria-labelledby="legal-title">
        <Text c="dimmed" size="sm" mb={4}>
          {texts.cooperationName}
        </Text>
        <Title order={1} id="legal-title" mb="lg">
          {t(`kinds.${kind}`)}
        </Title>
        {text && i18n.language !== 'de' && (
          <Text size="sm" c="dimmed" mb="md">
            {t('page.germanOnly')}
          </Text>
        )}
        {text ? <LegalText text={text} lang="de" /> : <Text>{t('page.empty')}</Text>}
        {texts.updatedAt && (
          <Text size="sm" c="dimmed" mt="lg">
            {t('page.updated', { date: formatDay(berlinParts(texts.updatedAt).date, i18n.language) })}
          </Text>
        )}
      </article>
      <Divider />
      <LegalLinks cooperationId={cooperationId} />
    </Stack>
  );
}
