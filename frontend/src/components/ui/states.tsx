import { Alert, Button, Center, Group, Loader, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../lib/errors';

/** A centred spinner that screen readers announce. */
export function PageLoader({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Loader size="md" />
      <VisuallyHidden>{label ?? t('state.loading')}</VisuallyHidden>
    </Center>
  );
}

/** An error from the API, with the server's message and an optional retry. */
export function ErrorState({ error, onRetry, title }: { error: unknown; onRetry?: () => void; title?: string }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" title={title ?? t('errors.title')} role="alert" variant="light">
      <Stack gap="sm">
        <Text size="sm">{errorText(error, t)}</Text>
        {onRetry && (
          <Group>
            <Button size="xs" variant="default" onClick={onRetry}>
              {t('actions.retry')}
            </Button>
          </Group>
        )}
      </Stack>
    </Alert>
  );
}

/** Shown where the user's role does not allow the page. */
export function ForbiddenState({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" py="lg">
      <Title order={1}>{t('state.forbiddenTitle')}</Title>
      <Text>{children ?? t('state.forbiddenText')}</Text>
    </Stack>
  );
}

/** A friendly empty state with an optional action. */
export function EmptyState({ title, children, action }: { title: string; children?: ReactNode; action?: ReactNode }) {
  return (
    <Stack gap="sm" py="lg" align="flex-start">
      <Title order={2} size="h3">
        {title}
      </Title>
      {children && <Text>{children}</Text>}
      {action}
    </Stack>
  );
}
