import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ConnectionState } from './model';
import classes from './live.module.css';

/** "Live" with a green dot, or that the connection is being (re)built; a status for screen readers. */
export function ConnectionIndicator({ state, className }: { state: ConnectionState; className?: string }) {
  const { t } = useTranslation('retreatLive');
  return (
    <Group gap={8} wrap="nowrap" role="status" data-testid="connection" data-state={state} className={className}>
      <span className={classes.dot} data-state={state} aria-hidden />
      <Text component="span" fw={700} size="sm" inherit={className !== undefined}>
        {t(`connection.${state}`)}
      </Text>
    </Group>
  );
}
