import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { RouterProvider } from '@tanstack/react-router';
import { useEffect, useMemo, useRef } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { Provider as UrqlProvider } from 'urql';
import { useSession } from '../features/auth/useSession';
import { fromLocale, i18n } from '../lib/i18n';
import { createUrqlClient } from '../lib/urql';
import { router } from './router';
import { createAppTheme, cssVariablesResolver } from './theme';

/** One urql client per user: logging out or in as someone else starts with an empty cache. */
function SessionBoundProviders({ children }: { children: React.ReactNode }) {
  const session = useSession();
  const userId = session.status === 'authenticated' ? session.user.id : null;
  const client = useMemo(() => {
    void userId; // a new user gets a new client
    return createUrqlClient();
  }, [userId]);

  // At login, the UI switches to the language the user chose in their profile.
  const appliedFor = useRef<string | null>(null);
  useEffect(() => {
    if (session.status !== 'authenticated') {
      appliedFor.current = null;
      return;
    }
    if (appliedFor.current === session.user.id) return;
    appliedFor.current = session.user.id;
    const lng = fromLocale(session.user.locale);
    if (i18n.language !== lng) void i18n.changeLanguage(lng);
  }, [session]);

  return <UrqlProvider value={client}>{children}</UrqlProvider>;
}

function LocalisedProviders() {
  const { t, i18n: instance } = useTranslation();
  const labels = useMemo(() => ({ confirm: t('actions.confirm'), cancel: t('actions.cancel') }), [t]);
  return (
    <DatesProvider settings={{ locale: instance.language, firstDayOfWeek: 1, weekendDays: [0, 6] }}>
      <ModalsProvider labels={labels}>
        <Notifications position="top-right" limit={4} />
        <RouterProvider router={router} />
      </ModalsProvider>
    </DatesProvider>
  );
}

function ThemedApp() {
  const { t } = useTranslation();
  const theme = useMemo(() => createAppTheme(t('actions.close')), [t]);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <SessionBoundProviders>
        <LocalisedProviders />
      </SessionBoundProviders>
    </MantineProvider>
  );
}

/** All providers: theme, i18n, urql, dates, modals, notifications, router. */
export function App() {
  return (
    <I18nextProvider i18n={i18n}>
      <ThemedApp />
    </I18nextProvider>
  );
}
