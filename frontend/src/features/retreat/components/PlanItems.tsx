import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/ui/links';
import type { PlanItemKind } from '../../../gql/graphql';
import { planItemLink } from '../model';

export interface PlanItemLike {
  kind: PlanItemKind;
  targetId: string;
  title: string;
  detail: string;
}

/** One created plan item: its kind, a link to it (a task stays text) and its detail. */
export function PlanItemLine({ item, cooperationId }: { item: PlanItemLike; cooperationId: string }) {
  const { t } = useTranslation('retreat');
  const link = planItemLink(item);
  const label = `${t(`planKind.${item.kind}`)}: `;
  const detail = item.detail ? ` (${item.detail})` : '';
  if (!link) {
    return (
      <>
        {label}
        {item.title}
        {detail}
      </>
    );
  }
  return (
    <>
      {label}
      {link.to === '/c/$cooperationId/events/$eventId' ? (
        <AnchorLink to={link.to} params={{ cooperationId, ...link.params }} inherit>
          {item.title}
        </AnchorLink>
      ) : link.to === '/c/$cooperationId/workstreams/$workstreamId' ? (
        <AnchorLink to={link.to} params={{ cooperationId, ...link.params }} inherit>
          {item.title}
        </AnchorLink>
      ) : (
        <AnchorLink to={link.to} params={{ cooperationId }} inherit>
          {item.title}
        </AnchorLink>
      )}
      {detail}
    </>
  );
}

/** The plan items of a decision as a list; a dash without any. */
export function PlanItemList({ items, cooperationId }: { items: readonly PlanItemLike[]; cooperationId: string }) {
  const { t } = useTranslation('retreat');
  if (items.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('decisions.noPlanItems')}
      </Text>
    );
  }
  return (
    <List size="sm" spacing={2} data-testid="plan-items">
      {items.map((item) => (
        <List.Item key={`${item.kind}:${item.targetId}`}>
          <PlanItemLine item={item} cooperationId={cooperationId} />
        </List.Item>
      ))}
    </List>
  );
}
