import { Outlet, useParams } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { NotFoundContent } from '../../../components/ui/NotFoundContent';
import { ErrorState, PageLoader } from '../../../components/ui/states';
import { hasCode } from '../../../lib/errors';
import { CooperationQuery } from '../api/cooperation';
import { CooperationContext } from '../CooperationContext';
import { setLastCooperationId } from '../lastCooperation';

/** Loads the cooperation of the URL for every page below it, and remembers it as last used. */
export function CooperationLayout() {
  const { t } = useTranslation('cooperation');
  const { cooperationId = '' } = useParams({ strict: false });
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: CooperationQuery,
    variables: { id: cooperationId },
    requestPolicy: 'cache-and-network',
  });
  const coop = data?.cooperation.id === cooperationId ? data.cooperation : null;

  useEffect(() => {
    if (coop) setLastCooperationId(coop.id);
  }, [coop]);

  if (coop) {
    return (
      <CooperationContext.Provider value={coop}>
        <Outlet />
      </CooperationContext.Provider>
    );
  }
  if (hasCode(error, 'NOT_FOUND') || hasCode(error, 'FORBIDDEN')) {
    return <NotFoundContent title={t('notFound.title')} text={t('notFound.text')} />;
  }
  if (error && !fetching) {
    return <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  }
  return <PageLoader />;
}
