import { notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/ui/links';
import { errorText } from '../../../lib/errors';

/** The crumbs above a jury page: Preis › the cycle. */
export function cycleTrail(cooperationId: string, cycleId: string, cycleTitle: string, awardLabel: string): ReactNode[] {
  return [
    <AnchorLink key="award" to="/c/$cooperationId/award" params={{ cooperationId }}>
      {awardLabel}
    </AnchorLink>,
    <AnchorLink key="cycle" to="/c/$cooperationId/award/$cycleId" params={{ cooperationId, cycleId }}>
      {cycleTitle}
    </AnchorLink>,
  ];
}

/** Shows a failed mutation's message (German from the server) as a notification. */
export function useFailure() {
  const { t: tc } = useTranslation();
  return (error: unknown) => notifications.show({ color: 'red', title: tc('errors.title'), message: errorText(error, tc), autoClose: 8000 });
}
