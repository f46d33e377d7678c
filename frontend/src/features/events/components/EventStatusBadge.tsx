import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EventStatus } from '../../../gql/graphql';
import { STATUS_COLOR } from '../model';

/** The German (or English) label of an event status as a coloured badge; the text carries the meaning. */
export function EventStatusBadge({ status, ...props }: { status: EventStatus } & Omit<BadgeProps, 'children' | 'color'>) {
  const { t } = useTranslation('events');
  return (
    <Badge variant="light" color={STATUS_COLOR[status]} tt="none" miw="max-content" data-status={status} {...props}>
      {t(`status.${status}`)}
    </Badge>
  );
}
