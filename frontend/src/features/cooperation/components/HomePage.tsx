import { Navigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { ButtonLink } from '../../../components/ui/links';
import { EmptyState, ErrorState, PageLoader } from '../../../components/ui/states';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useSessionUser } from '../../auth/useSession';
import { CooperationsQuery } from '../api/cooperation';
import { getLastCooperationId, pickCooperation } from '../lastCooperation';

/** `/`: opens the last used (or first) cooperation; explains when there is none. */
export function HomePage() {
  const { t } = useTranslation('cooperation');
  const user = useSessionUser();
  const [{ data, error, fetching }, reexecute] = useQuery({ query: CooperationsQuery, requestPolicy: 'cache-and-network' });
  usePageTitle(t('home.title'));
  if (!data && error && !fetching) {
    return <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  }
  if (!data) return <PageLoader />;
  const id = pickCooperation(
    data.cooperations.map((c) => c.id),
    getLastCooperationId(),
  );
  if (id) return <Navigate to="/c/$cooperationId" params={{ cooperationId: id }} replace />;
  return (
    <EmptyState
      title={t('home.emptyTitle', { name: user.name })}
      action={user.isSystemAdmin ? <ButtonLink to="/system/cooperations">{t('home.createCooperation')}</ButtonLink> : undefined}
    >
      {t('home.emptyText')}
    </EmptyState>
  );
}
