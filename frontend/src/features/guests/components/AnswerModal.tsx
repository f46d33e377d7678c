import { Button, Checkbox, Group, Modal, Radio, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { FormError } from '../../../components/ui/FormError';
import type { GuestFieldsFragment, RsvpAnswer } from '../../../gql/graphql';
import { splitServerErrors } from '../../../lib/errors';
import { RecordAnswerMutation } from '../api/guests';
import { GUESTS_CONTEXT } from './GuestsTab';

/** Records a guest's answer on their behalf (a phone call): comes or not, maybe with a companion. */
export function AnswerModal({
  guest,
  plusOnesAllowed,
  onClose,
  onDone,
}: {
  guest: GuestFieldsFragment;
  plusOnesAllowed: boolean;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation('guests');
  const { t: tc } = useTranslation();
  const [answer, setAnswer] = useState<RsvpAnswer>(guest.status === 'DECLINED' ? 'DECLINE' : 'ACCEPT');
  const [plusOne, setPlusOne] = useState(guest.plusOne);
  const [plusOneName, setPlusOneName] = useState(guest.plusOneName);
  const [formError, setFormError] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<Partial<Record<'answer' | 'plusOne' | 'plusOneName', string>>>({});
  const [{ fetching }, record] = useMutation(RecordAnswerMutation);

  const submit = async () => {
    setFormError(null);
    setFieldError({});
    const accept = answer === 'ACCEPT';
    const res = await record(
      {
        input: {
          id: guest.id,
          version: guest.version,
          answer,
          plusOne: accept && plusOne,
          plusOneName: accept && plusOne ? plusOneName : '',
        },
      },
      GUESTS_CONTEXT,
    );
    if (res.error || !res.data) {
      const split = splitServerErrors(res.error, ['answer', 'plusOne', 'plusOneName'] as const, tc);
      setFieldError(split.fields);
      setFormError(split.rest);
      return;
    }
    const status = res.data.recordAnswer.invitation.status;
    notifications.show({ color: status === 'WAITLISTED' ? 'yellow' : 'green', message: t('answer.saved', { status: t(`status.${status}`) }) });
    onDone();
  };

  return (
    <Modal opened onClose={onClose} title={t('answer.title', { name: guest.guestName })}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('answer.intro')}
          </Text>
          <FormError message={formError} />
          <Radio.Group label={t('answer.choice')} value={answer} onChange={(v) => setAnswer(v as RsvpAnswer)} error={fieldError.answer}>
            <Group mt="xs">
              <Radio value="ACCEPT" label={t('answer.accept')} />
              <Radio value="DECLINE" label={t('answer.decline')} />
            </Group>
          </Radio.Group>
          {plusOnesAllowed && answer === 'ACCEPT' && (
            <>
              <Checkbox label={t('answer.plusOne')} checked={plusOne} onChange={(e) => setPlusOne(e.currentTarget.checked)} error={fieldError.plusOne} />
              {plusOne && (
                <TextInput
                  label={t('answer.plusOneName')}
                  value={plusOneName}
                  onChange={(e) => setPlusOneName(e.currentTarget.value)}
                  error={fieldError.plusOneName}
                  maxLength={200}
                />
              )}
            </>
          )}
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {tc('actions.cancel')}
            </Button>
            <Button type="submit" loading={fetching}>
              {tc('actions.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
