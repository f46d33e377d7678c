import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DecisionOutcome, ProposalKind, RetreatStatus } from '../../../gql/graphql';
import { OUTCOME_COLOR, STATUS_COLOR } from '../model';

type Props = Omit<BadgeProps, 'children' | 'color'>;

/** Vorbereitung / In Sitzung / Abgeschlossen; the text carries the meaning, never the colour alone. */
export function RetreatStatusBadge({ status, ...props }: { status: RetreatStatus } & Props) {
  const { t } = useTranslation('retreat');
  return (
    <Badge variant="light" color={STATUS_COLOR[status]} tt="none" miw="max-content" data-status={status} {...props}>
      {t(`status.${status}`)}
    </Badge>
  );
}

/** Thema / Veranstaltung / Projekt / Schwerpunkt. */
export function ProposalKindBadge({ kind, ...props }: { kind: ProposalKind } & Props) {
  const { t } = useTranslation('retreat');
  return (
    <Badge variant="outline" color="gray.7" tt="none" miw="max-content" {...props}>
      {t(`kind.${kind}`)}
    </Badge>
  );
}

/** Angenommen / Abgelehnt / Vertagt. */
export function OutcomeBadge({ outcome, ...props }: { outcome: DecisionOutcome } & Props) {
  const { t } = useTranslation('retreat');
  return (
    <Badge variant="light" color={OUTCOME_COLOR[outcome]} tt="none" miw="max-content" data-outcome={outcome} {...props}>
      {t(`outcome.${outcome}`)}
    </Badge>
  );
}
