import { AppShell, Burger, Group, ScrollArea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { Outlet, useNavigate, useParams, useRouterState } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { LanguageSwitch } from '../../components/ui/LanguageSwitch';
import { AnchorLink } from '../../components/ui/links';
import { SkipLink } from '../../components/ui/SkipLink';
import { PageLoader } from '../../components/ui/states';
import { useSession } from '../../features/auth/useSession';
import { CooperationQuery } from '../../features/cooperation/api/cooperation';
import { getLastCooperationId } from '../../features/cooperation/lastCooperation';
import { HeaderSearch } from '../../features/search/components/HeaderSearch';
import { UpdateMeMutation } from '../../features/profile/api/profile';
import { updateSessionUser } from '../../features/auth/session';
import { errorText } from '../../lib/errors';
import { toLocale, type Language } from '../../lib/i18n';
import { AppNavbar } from './AppNavbar';
import { CooperationSwitcher } from './CooperationSwitcher';
import { UserMenu } from './UserMenu';
import classes from './layout.module.css';

/** Routes shown without the shell's header and navigation (the projector view of a retreat). */
const BARE_ROUTES: ReadonlySet<string> = new Set(['/app/c/$cooperationId/retreats/$retreatId/presenter']);

/** The logged-in shell: header (app name, cooperation, language, user), navigation, page. */
export function AppLayout() {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const href = useRouterState({ select: (s) => s.location.href });
  const bare = useRouterState({ select: (s) => s.matches.some((m) => BARE_ROUTES.has(m.routeId)) });
  const [opened, { toggle, close }] = useDisclosure(false);
  const params = useParams({ strict: false });
  const cooperationId = params.cooperationId ?? getLastCooperationId();
  const [coop] = useQuery({
    query: CooperationQuery,
    variables: { id: cooperationId ?? '' },
    pause: !cooperationId || session.status !== 'authenticated',
  });
  const [, updateMe] = useMutation(UpdateMeMutation);

  useEffect(() => {
    if (session.status !== 'anonymous') return;
    const search = session.reason === 'expired' ? { redirect: href } : {};
    void navigate({ to: '/login', search, replace: true });
  }, [session, href, navigate]);

  if (session.status !== 'authenticated') return <PageLoader />;

  const role = coop.data?.cooperation.id === cooperationId ? coop.data.cooperation.myRole : null;
  const navCooperationId = coop.data?.cooperation.id === cooperationId ? cooperationId : params.cooperationId ?? null;

  const onLanguage = (lng: Language) => {
    void updateMe({ input: { locale: toLocale(lng) } }).then((res) => {
      if (res.error) notifications.show({ color: 'red', message: errorText(res.error, t) });
      else if (res.data) updateSessionUser(res.data.updateMe.user);
    });
  };

  if (bare) {
    return (
      <main id="main-content" tabIndex={-1} className={classes.main}>
        <Outlet />
      </main>
    );
  }

  return (
    <>
      <SkipLink />
      <AppShell
        header={{ height: 60 }}
        navbar={{ width: 250, breakpoint: 'sm', collapsed: { mobile: !opened } }}
        padding="md"
      >
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap">
            <Group gap="md" wrap="nowrap">
              <Burger
                opened={opened}
                onClick={toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label={t(opened ? 'layout.closeNavigation' : 'layout.openNavigation')}
                aria-expanded={opened}
                aria-controls="app-navigation"
              />
              <AnchorLink to="/" className={classes.brand} aria-label={t('layout.home')}>
                koop
              </AnchorLink>
              <CooperationSwitcher currentId={params.cooperationId ?? null} />
            </Group>
            <Group gap="sm" wrap="nowrap" justify="flex-end" style={{ flex: '1 1 auto', minWidth: 0 }}>
              {params.cooperationId && <HeaderSearch key={params.cooperationId} cooperationId={params.cooperationId} />}
              <LanguageSwitch onChange={onLanguage} />
              <UserMenu user={session.user} />
            </Group>
          </Group>
        </AppShell.Header>
        <AppShell.Navbar p="sm" id="app-navigation" aria-label={t('layout.navigation')}>
          <AppShell.Section mb="sm" hiddenFrom="xs">
            <CooperationSwitcher currentId={params.cooperationId ?? null} compact />
          </AppShell.Section>
          <AppShell.Section grow component={ScrollArea}>
            <AppNavbar cooperationId={navCooperationId} role={role} onNavigate={close} />
          </AppShell.Section>
        </AppShell.Navbar>
        <AppShell.Main id="main-content" tabIndex={-1} className={classes.main}>
          <Outlet />
        </AppShell.Main>
      </AppShell>
    </>
  );
}
