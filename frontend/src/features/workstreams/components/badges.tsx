import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Priority, WorkstreamStatus } from '../../../gql/graphql';
import { PRIORITY_COLOR, STATUS_COLOR } from '../model';

/** A workstream's status as a badge; the text carries the meaning, never the colour alone. */
export function WorkstreamStatusBadge({ status, ...props }: { status: WorkstreamStatus } & Omit<BadgeProps, 'children' | 'color'>) {
  const { t } = useTranslation('workstreams');
  return (
    <Badge variant="light" color={STATUS_COLOR[status]} tt="none" miw="max-content" data-status={status} {...props}>
      {t(`status.${status}`)}
    </Badge>
  );
}

/** "Priorität hoch" as a badge; nothing without a priority unless `showNone`. */
export function PriorityBadge({
  priority,
  showNone = false,
  ...props
}: { priority: Priority | null | undefined; showNone?: boolean } & Omit<BadgeProps, 'children' | 'color'>) {
  const { t } = useTranslation('workstreams');
  if (!priority && !showNone) return null;
  return (
    <Badge variant="dot" color={priority ? PRIORITY_COLOR[priority] : 'gray'} tt="none" miw="max-content" {...props}>
      {priority ? t('priority.badge', { priority: t(`priority.${priority}`) }) : t('priority.none')}
    </Badge>
  );
}
