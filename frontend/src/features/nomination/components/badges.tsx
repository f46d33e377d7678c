import { Badge } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { Eligibility, NominationSource } from '../../../gql/graphql';
import { errorText } from '../../../lib/errors';
import { ELIGIBILITY_COLOR, SOURCE_COLOR } from '../model';

/** The eligibility decision as a coloured badge whose text says it (colour is never the only sign). */
export function EligibilityBadge({ eligibility }: { eligibility: Eligibility }) {
  const { t } = useTranslation('nomination');
  return (
    <Badge color={ELIGIBILITY_COLOR[eligibility]} variant="light" tt="none" data-eligibility={eligibility}>
      {t(`eligibility.${eligibility}`)}
    </Badge>
  );
}

/** Where a nomination came from: entered by staff or sent through the public page. */
export function SourceBadge({ source }: { source: NominationSource }) {
  const { t } = useTranslation('nomination');
  return (
    <Badge color={SOURCE_COLOR[source]} variant="light" tt="none" title={t(`sourceLong.${source}`)}>
      {t(`source.${source}`)}
    </Badge>
  );
}

/** Shows a failed mutation's message (German from the server) as a notification. */
export function useFailure() {
  const { t: tc } = useTranslation();
  return (error: unknown) => notifications.show({ color: 'red', title: tc('errors.title'), message: errorText(error, tc) });
}

/** The urql context of everything that changes nominations: refetches the lists that show them. */
export const NOMINATION_CONTEXT = { additionalTypenames: ['Nomination', 'AwardCycle', 'Conflict'] };
/** The same for the jury. */
export const JURY_CONTEXT = { additionalTypenames: ['Juror', 'AwardCycle', 'Turnout', 'Conflict'] };
