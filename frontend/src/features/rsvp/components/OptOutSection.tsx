import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { FormError } from '../../../components/ui/FormError';
import { errorText } from '../../../lib/errors';
import { RsvpOptOutMutation } from '../api/rsvp';
import type { RsvpData } from '../model';

/**
 * "Keine Einladungen mehr erhalten?": prominent at the top when the guest came through the
 * mail's opt-out link (one click), otherwise a small button at the bottom that asks once more.
 */
export function OptOutSection({
  token,
  rsvp,
  prominent,
  onChanged,
}: {
  token: string;
  rsvp: RsvpData;
  prominent: boolean;
  onChanged: (r: RsvpData) => void;
}) {
  const { t } = useTranslation('rsvp');
  const { t: tc } = useTranslation();
  const [{ fetching }, optOut] = useMutation(RsvpOptOutMutation);
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const cooperation = rsvp.cooperationName;

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const submit = async () => {
    setError(null);
    const res = await optOut({ input: { token } });
    const after = res.data?.optOut.rsvp;
    if (res.error || !after) {
      setError(errorText(res.error, tc));
      return;
    }
    setConfirming(false);
    setDone(true);
    onChanged(after);
  };

  const status = (
    <div role="status" aria-live="polite">
      {done && (
        <Text fw={600} c="var(--mantine-color-green-light-color)">
          {t('optOut.done')}
        </Text>
      )}
    </div>
  );

  let body;
  if (rsvp.optedOut) {
    body = !done && <Text size="sm">{t('optOut.already')}</Text>;
  } else if (prominent) {
    body = (
      <>
        <Text size="sm">{t('optOut.text', { cooperation })}</Text>
        <FormError message={error} />
        <Group>
          <Button onClick={() => void submit()} loading={fetching}>
            {t('optOut.button')}
          </Button>
        </Group>
      </>
    );
  } else if (confirming) {
    body = (
      <>
        <Text size="sm">{t('optOut.confirmQuestion', { cooperation })}</Text>
        <Text size="sm">{t('optOut.text', { cooperation })}</Text>
        <FormError message={error} />
        <Group gap="sm">
          <Button ref={confirmRef} color="red" onClick={() => void submit()} loading={fetching}>
            {t('optOut.confirm')}
          </Button>
          <Button
            variant="default"
            onClick={() => {
              setConfirming(false);
              setError(null);
              // back to the button that opened the question
              setTimeout(() => openRef.current?.focus(), 0);
            }}
          >
            {t('optOut.cancel')}
          </Button>
        </Group>
      </>
    );
  } else {
    body = (
      <div>
        <Anchor component="button" type="button" ref={openRef} size="sm" onClick={() => setConfirming(true)}>
          {t('optOut.open')}
        </Anchor>
      </div>
    );
  }

  if (prominent) {
    return (
      <Paper component="section" withBorder p="lg" radius="md" aria-labelledby="rsvp-optout-heading" bg="gray.0">
        <Stack gap="sm">
          <div>
            <Title order={2} size="h3" id="rsvp-optout-heading">
              {t('optOut.heading')}
            </Title>
            {status}
          </div>
          {body}
        </Stack>
      </Paper>
    );
  }
  // At the bottom of the page: a small link that asks once more before it acts.
  return (
    <Stack gap="xs">
      {status}
      {body}
    </Stack>
  );
}
