import { Alert, Button, Checkbox, Group, List, Modal, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { ErrorState, PageLoader } from '../../../components/ui/states';
import type { PersonInput } from '../../../gql/graphql';
import { berlinToday, formatDay } from '../../../lib/berlin';
import { errorText } from '../../../lib/errors';
import { ErasePersonMutation, ErasurePlanQuery } from '../api/privacy';
import { canConfirmErasure, confirmationMatches, confirmsByName } from '../model';

/** What the erase dialog needs to know about the person. */
export interface ErasePersonDialogProps {
  opened: boolean;
  onClose: () => void;
  person: PersonInput;
  /** The name as shown (the dialog's title). */
  name: string;
  /** The last name to type as confirmation; null or empty: a checkbox confirms instead. */
  lastName: string | null;
  /** Called with what the server did, after the erasure succeeded. */
  onErased: (effects: string[]) => void;
}

/**
 * "Person löschen": loads what erasing would do (effects) and what must happen first (blockers),
 * asks for the reason and for the last name as confirmation, then erases. While there are
 * blockers the button stays disabled; a refusal by the server is shown in the dialog, with
 * everything typed kept.
 */
export function ErasePersonDialog({ opened, onClose, ...rest }: ErasePersonDialogProps) {
  const { t } = useTranslation('privacy');
  return (
    <Modal opened={opened} onClose={onClose} title={t('erase.title', { name: rest.name })} size="lg">
      {/* the Modal unmounts its content when closed: each opening starts afresh */}
      <EraseForm onClose={onClose} {...rest} />
    </Modal>
  );
}

function EraseForm({ onClose, person, lastName, onErased }: Omit<ErasePersonDialogProps, 'opened' | 'name'>) {
  const { t, i18n } = useTranslation('privacy');
  const { t: tc } = useTranslation();
  const ids = useId();
  const [reason, setReason] = useState('');
  const [typed, setTyped] = useState('');
  const [ticked, setTicked] = useState(false);
  const [serverError, setServerError] = useState<unknown>(null);
  const [planResult, reloadPlan] = useQuery({ query: ErasurePlanQuery, variables: { person }, requestPolicy: 'network-only' });
  const [{ fetching: erasing }, erase] = useMutation(ErasePersonMutation);
  const plan = planResult.data?.erasurePlan ?? null;
  const byName = confirmsByName(lastName);
  const ready = canConfirmErasure({ plan, reason, lastName, typed, ticked });

  const submit = async () => {
    if (!ready) return;
    setServerError(null);
    const res = await erase({ input: { person, reason: reason.trim() } });
    if (res.error || !res.data) {
      setServerError(res.error ?? new Error('no data'));
      // the server may have found something that must happen first: show the plan as it is now
      reloadPlan({ requestPolicy: 'network-only' });
      return;
    }
    onErased(res.data.erasePerson.effects);
    onClose();
  };

  if (!plan) {
    if (planResult.error && !planResult.fetching) return <ErrorState error={planResult.error} onRetry={() => reloadPlan({ requestPolicy: 'network-only' })} />;
    return <PageLoader label={t('erase.loading')} />;
  }
  const blocked = plan.blockers.length > 0;
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Stack gap="md">
        {blocked && (
          <Alert color="red" variant="light" title={t('erase.blockersTitle')} data-testid="erase-blockers">
            <Stack gap="xs">
              <Text size="sm">{t('erase.blockersText')}</Text>
              <List size="sm">
                {plan.blockers.map((b) => (
                  <List.Item key={b}>{b}</List.Item>
                ))}
              </List>
            </Stack>
          </Alert>
        )}
        <section aria-labelledby={`${ids}-effects`} data-testid="erase-effects">
          <Title order={3} size="h5" id={`${ids}-effects`} mb={4}>
            {t('erase.effectsTitle')}
          </Title>
          {plan.effects.length === 0 ? (
            <Text size="sm">{t('erase.noEffects')}</Text>
          ) : (
            <List size="sm" spacing={2}>
              {plan.effects.map((e) => (
                <List.Item key={e}>{e}</List.Item>
              ))}
            </List>
          )}
        </section>
        {serverError !== null && (
          <Alert color="red" variant="light" role="alert" title={tc('errors.title')}>
            {errorText(serverError, tc)}
          </Alert>
        )}
        <Textarea
          label={t('erase.reason')}
          description={t('erase.reasonHint')}
          placeholder={t('erase.reasonPlaceholder', { date: formatDay(berlinToday(), i18n.language) })}
          required
          autosize
          minRows={2}
          maxLength={500}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          disabled={blocked}
          data-autofocus={blocked ? undefined : true}
        />
        {byName ? (
          <TextInput
            label={t('erase.confirmName', { lastName })}
            required
            autoComplete="off"
            value={typed}
            onChange={(e) => setTyped(e.currentTarget.value)}
            error={typed.trim() !== '' && !confirmationMatches(typed, lastName) ? t('erase.nameMismatch') : undefined}
            disabled={blocked}
          />
        ) : (
          <Checkbox label={t('erase.confirmTick')} checked={ticked} onChange={(e) => setTicked(e.currentTarget.checked)} disabled={blocked} />
        )}
        <Text size="sm" fw={600}>
          {t('erase.irreversible')}
        </Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" type="button" onClick={onClose}>
            {tc('actions.cancel')}
          </Button>
          <Button type="submit" color="red" disabled={!ready} loading={erasing}>
            {t('erase.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
