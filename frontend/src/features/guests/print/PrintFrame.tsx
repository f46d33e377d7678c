import { Button } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/ui/links';
import { NotFoundContent } from '../../../components/ui/NotFoundContent';
import { ErrorState, ForbiddenState, PageLoader } from '../../../components/ui/states';
import { hasCode } from '../../../lib/errors';
import { useCurrentCooperation } from '../../cooperation/CooperationContext';
import { canReadEvents } from '../../events/model';
import classes from './print.module.css';

/** The event head every print view reads. */
export interface PrintEvent {
  id: string;
  title: string;
  leadPartner: { id: string };
}

/**
 * The frame of a print view: the role check, loading, "not found" and errors, then the toolbar
 * (back link and "Drucken", both left off the paper) above the printable content.
 */
export function PrintFrame<E extends PrintEvent>({
  eventId,
  event,
  fetching,
  error,
  onRetry,
  children,
}: {
  eventId: string;
  event: E | null;
  fetching: boolean;
  error: unknown;
  onRetry: () => void;
  children: (event: E) => ReactNode;
}) {
  const { t } = useTranslation('rsvp');
  const coop = useCurrentCooperation();
  if (!canReadEvents(coop.myRole)) return <ForbiddenState>{t('print.forbidden')}</ForbiddenState>;
  // The API does not name an event's cooperation; its lead partner is one of the cooperation's.
  const foreign = event && !coop.partners.some((p) => p.id === event.leadPartner.id);
  if (hasCode(error, 'NOT_FOUND') || foreign) return <NotFoundContent title={t('print.notFoundTitle')} text={t('print.notFoundText')} />;
  if (!event || event.id !== eventId) {
    if (error && !fetching) return <ErrorState error={error} onRetry={onRetry} />;
    return <PageLoader />;
  }
  return (
    <div className={classes.view}>
      <div className={`${classes.toolbar} ${classes.noPrint}`}>
        <AnchorLink to="/c/$cooperationId/events/$eventId" params={{ cooperationId: coop.id, eventId }}>
          {t('print.back')}
        </AnchorLink>
        <Button onClick={() => window.print()}>{t('print.print')}</Button>
      </div>
      {children(event)}
    </div>
  );
}
