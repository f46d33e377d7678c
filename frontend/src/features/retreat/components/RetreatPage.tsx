import { Badge, Button, Group, Stack, Tabs, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { AnchorLink } from '../../../components/ui/links';
import { NotFoundContent } from '../../../components/ui/NotFoundContent';
import { PageHeader } from '../../../components/ui/PageHeader';
import { ErrorState, PageLoader } from '../../../components/ui/states';
import type { RetreatFieldsFragment } from '../../../gql/graphql';
import { errorText, hasCode } from '../../../lib/errors';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useCurrentCooperation } from '../../cooperation/CooperationContext';
import { DeleteRetreatMutation, RetreatQuery } from '../api/retreat';
import { isRetreatTab, retreatPeriod } from '../model';
import { RetreatStatusBadge } from './badges';
import { DecisionsTab } from './DecisionsTab';
import { MinutesTab } from './MinutesTab';
import { PreparationTab } from './PreparationTab';
import { ProposalsTab } from './ProposalsTab';
import { isStale, RETREAT_CONTEXT, RetreatFormModal } from './RetreatFormModal';

type Retreat = RetreatFieldsFragment;

/** The page also follows comments: a proposal's comment count changes with them. */
const QUERY_CONTEXT = { additionalTypenames: [...RETREAT_CONTEXT.additionalTypenames, 'Comment'] };

/** One retreat with the tabs Vorbereitung, Vorschläge, Beschlüsse and Protokoll (`?tab=`). */
export function RetreatPage() {
  const { t, i18n } = useTranslation('retreat');
  const coop = useCurrentCooperation();
  const { retreatId } = useParams({ from: '/app/c/$cooperationId/retreats/$retreatId' });
  const search = useSearch({ from: '/app/c/$cooperationId/retreats/$retreatId' });
  const navigate = useNavigate({ from: '/c/$cooperationId/retreats/$retreatId' });
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: RetreatQuery,
    variables: { id: retreatId },
    requestPolicy: 'cache-and-network',
    context: QUERY_CONTEXT,
  });
  const retreat = data?.retreat.id === retreatId ? data.retreat : null;
  const foreign = retreat && retreat.cooperationId !== coop.id;
  usePageTitle(retreat && !foreign ? retreat.title : t('detail.notFoundTitle'));
  const reload = () => reexecute({ requestPolicy: 'network-only' });

  if (hasCode(error, 'NOT_FOUND') || hasCode(error, 'FORBIDDEN') || foreign) {
    return <NotFoundContent title={t('detail.notFoundTitle')} text={t('detail.notFoundText')} />;
  }
  if (!retreat) {
    if (error && !fetching) return <ErrorState error={error} onRetry={reload} />;
    return <PageLoader />;
  }

  const tab = search.tab ?? 'preparation';
  const count = (n: number) =>
    n > 0 ? (
      <Badge size="sm" variant="light" circle aria-hidden>
        {n}
      </Badge>
    ) : undefined;
  return (
    <Stack gap="md">
      <PageHeader
        title={retreat.title}
        trail={[
          <AnchorLink key="list" to="/c/$cooperationId/retreats" params={{ cooperationId: coop.id }} size="sm">
            {t('title')}
          </AnchorLink>,
        ]}
        actions={retreat.canManage && retreat.status === 'PREPARING' && <ManageButtons retreat={retreat} onReload={reload} />}
      />
      <Group gap="sm" wrap="wrap" mt={-8}>
        <RetreatStatusBadge status={retreat.status} size="lg" data-testid="retreat-status" />
        {retreat.status === 'IN_SESSION' && (
          <Badge size="lg" variant="outline" color={retreat.votingOpen ? 'green.9' : 'gray.7'} tt="none" data-testid="voting-state">
            {retreat.votingOpen ? t('session.votingOpen') : t('session.votingClosed')}
          </Badge>
        )}
        <Text size="sm" c="dimmed">
          {retreatPeriod(retreat.startsAt, retreat.endsOn, i18n.language)}
          {retreat.place && ` · ${retreat.place}`}
        </Text>
      </Group>
      <Tabs
        value={tab}
        onChange={(v) => void navigate({ search: (prev) => ({ ...prev, tab: isRetreatTab(v) && v !== 'preparation' ? v : undefined }), replace: true })}
        keepMounted={false}
      >
        <Tabs.List aria-label={t('detail.tabs')}>
          <Tabs.Tab value="preparation">{t('tabs.preparation')}</Tabs.Tab>
          <Tabs.Tab value="proposals" rightSection={count(retreat.proposals.length)}>
            {t('tabs.proposals')}
          </Tabs.Tab>
          <Tabs.Tab value="decisions" rightSection={count(retreat.decisions.length)}>
            {t('tabs.decisions')}
          </Tabs.Tab>
          <Tabs.Tab value="minutes">{t('tabs.minutes')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="preparation" pt="md">
          <PreparationTab retreat={retreat} onReload={reload} />
        </Tabs.Panel>
        <Tabs.Panel value="proposals" pt="md">
          <ProposalsTab retreat={retreat} onReload={reload} />
        </Tabs.Panel>
        <Tabs.Panel value="decisions" pt="md">
          <DecisionsTab retreat={retreat} onReload={reload} />
        </Tabs.Panel>
        <Tabs.Panel value="minutes" pt="md">
          <MinutesTab retreat={retreat} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

/** Bearbeiten and Löschen (after a confirmation naming what goes with it), while it is prepared. */
function ManageButtons({ retreat: r, onReload }: { retreat: Retreat; onReload: () => void }) {
  const { t } = useTranslation('retreat');
  const { t: tc } = useTranslation();
  const coop = useCurrentCooperation();
  const navigate = useNavigate();
  const [editing, setEditing] = useState(false);
  const [{ fetching }, remove] = useMutation(DeleteRetreatMutation);

  const confirm = () =>
    modals.openConfirmModal({
      title: t('delete.title'),
      children: (
        <Text size="sm">
          {t('delete.text', { title: r.title, proposals: r.proposals.length, agenda: r.agenda.length })}
        </Text>
      ),
      labels: { confirm: t('delete.confirm'), cancel: tc('actions.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => {
        void remove({ input: { id: r.id, version: r.version } }, RETREAT_CONTEXT).then((res) => {
          if (res.error) {
            const stale = isStale(res.error);
            notifications.show({
              color: 'red',
              title: stale ? t('edit.conflictTitle') : tc('errors.title'),
              message: stale ? t('edit.conflict') : errorText(res.error, tc),
              autoClose: 8000,
            });
            if (stale) onReload();
            return;
          }
          notifications.show({ color: 'green', message: t('delete.done', { title: r.title }) });
          void navigate({ to: '/c/$cooperationId/retreats', params: { cooperationId: coop.id } });
        });
      },
    });

  return (
    <>
      <Button variant="default" onClick={() => setEditing(true)}>
        {t('edit.button')}
      </Button>
      <Button variant="default" color="red" loading={fetching} onClick={confirm}>
        {t('delete.button')}
      </Button>
      {editing && <RetreatFormModal key={r.version} cooperationId={coop.id} retreat={r} onClose={() => setEditing(false)} onConflict={onReload} />}
    </>
  );
}
