import { Badge, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/ui/links';
import type { MeasureKind, WorkstreamStatus } from '../../../gql/graphql';
import { STATUS_COLOR } from '../../workstreams/model';

/**
 * A measure as a link: a workstream to its page, an event series to the list of its events (there
 * is no page of one series).
 */
export function MeasureLink({ cooperationId, measure }: { cooperationId: string; measure: { kind: MeasureKind; id: string; title: string } }) {
  if (measure.kind === 'WORKSTREAM') {
    return (
      <AnchorLink size="sm" to="/c/$cooperationId/workstreams/$workstreamId" params={{ cooperationId, workstreamId: measure.id }}>
        {measure.title}
      </AnchorLink>
    );
  }
  return (
    <AnchorLink size="sm" to="/c/$cooperationId/events" params={{ cooperationId }} search={{ series: measure.id, period: 'all' }}>
      {measure.title}
    </AnchorLink>
  );
}

/** "Projekt: <link> [status]" in the flow of the text: the kind, the link and a workstream's status. */
export function MeasureLine({
  cooperationId,
  measure,
}: {
  cooperationId: string;
  measure: { kind: MeasureKind; id: string; title: string; workstreamStatus?: WorkstreamStatus | null };
}) {
  const { t } = useTranslation('goals');
  return (
    <Text size="sm" component="span">
      <Text size="sm" c="dimmed" component="span">
        {t(`measureKind.${measure.kind}`)}:
      </Text>{' '}
      <MeasureLink cooperationId={cooperationId} measure={measure} />
      {measure.workstreamStatus && (
        <>
          {' '}
          <Badge size="sm" variant="light" color={STATUS_COLOR[measure.workstreamStatus]} tt="none" style={{ verticalAlign: 'middle' }}>
            {t(`workstreams:status.${measure.workstreamStatus}`)}
          </Badge>
        </>
      )}
    </Text>
  );
}
