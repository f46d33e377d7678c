import { Box, Container, Group, Text } from '@mantine/core';
import { Outlet } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../components/ui/LanguageSwitch';
import { AnchorLink } from '../../components/ui/links';
import { SkipLink } from '../../components/ui/SkipLink';
import classes from './layout.module.css';

/** The chrome of pages without a login: app name, language switch, the page. */
export function PublicLayout({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Box className={classes.publicRoot}>
      <SkipLink />
      <header className={classes.publicHeader}>
        <Container size="lg">
          <Group justify="space-between" h={56}>
            <AnchorLink to="/" underline="never" c="koop.8" fw={700} fz="xl" aria-label={t('layout.home')}>
              koop
            </AnchorLink>
            <LanguageSwitch />
          </Group>
        </Container>
      </header>
      <Container size="lg" component="main" id="main-content" tabIndex={-1} py="md" className={classes.main}>
        {children ?? <Outlet />}
      </Container>
      <Container size="lg" component="footer" py="md">
        <Text size="xs" c="dimmed">
          {t('layout.footer')}
        </Text>
      </Container>
    </Box>
  );
}
