import { Anchor, Breadcrumbs, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The page's h1 with an optional breadcrumb trail above and actions to the right. */
export function PageHeader({
  title,
  trail,
  actions,
  description,
}: {
  title: string;
  /** Crumbs above the title: text, or links (an AnchorLink) to the pages above. */
  trail?: ReactNode[];
  actions?: ReactNode;
  description?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap={4} mb="lg">
      {trail && trail.length > 0 && (
        <nav aria-label={t('layout.breadcrumb')}>
          <Breadcrumbs separator="›">
            {[...trail, title].map((item, i, all) =>
              i === all.length - 1 ? (
                <Anchor key={i} component="span" c="dimmed" size="sm" underline="never" aria-current="page">
                  {item}
                </Anchor>
              ) : typeof item === 'string' ? (
                <Text key={i} size="sm" c="dimmed">
                  {item}
                </Text>
              ) : (
                <Text key={i} size="sm" component="span">
                  {item}
                </Text>
              ),
            )}
          </Breadcrumbs>
        </nav>
      )}
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        <Title order={1}>{title}</Title>
        {actions && <Group gap="sm">{actions}</Group>}
      </Group>
      {description && <Text c="dimmed">{description}</Text>}
    </Stack>
  );
}
