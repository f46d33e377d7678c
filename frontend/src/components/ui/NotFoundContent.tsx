import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../lib/usePageTitle';
import { ButtonLink } from './links';

/** "Page not found" with a way back to the start; also used for unknown cooperations. */
export function NotFoundContent({ title, text }: { title?: string; text?: string }) {
  const { t } = useTranslation();
  usePageTitle(title ?? t('notFound.title'));
  return (
    <Stack gap="md" py="lg" align="flex-start">
      <Title order={1}>{title ?? t('notFound.title')}</Title>
      <Text>{text ?? t('notFound.text')}</Text>
      <ButtonLink to="/">{t('notFound.home')}</ButtonLink>
    </Stack>
  );
}
