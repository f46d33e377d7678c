import { Alert, Button, Group, Stack, Text } from '@mantine/core';

/**
 * Says that someone else changed the thing in the meantime, with "Neu laden": the reader's input
 * stays where it is, so that nothing is lost.
 */
export function ConflictAlert({ title, text, reloadLabel, onReload }: { title: string; text: string; reloadLabel: string; onReload?: () => void }) {
  return (
    <Alert color="red" variant="light" role="alert" title={title}>
      <Stack gap="sm">
        <Text size="sm">{text}</Text>
        {onReload && (
          <Group>
            <Button size="xs" variant="default" onClick={onReload}>
              {reloadLabel}
            </Button>
          </Group>
        )}
      </Stack>
    </Alert>
  );
}
