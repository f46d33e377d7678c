import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Box, Button, Checkbox, Group, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useId, useMemo, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { z } from 'zod';
import { FormError } from '../../../components/ui/FormError';
import { applyServerErrors, hasCode } from '../../../lib/errors';
import { RsvpSubmitAnswerMutation } from '../api/rsvp';
import { answerInput, formDefaults, savedSentence, type AnswerFormValues, type RsvpData, type Sentence } from '../model';

type Translate = (key: string) => string;

function answerSchema(t: Translate) {
  return z.object({
    answer: z.enum(['', 'ACCEPT', 'DECLINE']).refine((v) => v !== '', { message: t('form.answerRequired') }),
    plusOne: z.boolean(),
    plusOneName: z.string().refine((s) => [...s.trim()].length <= 200, { message: t('form.nameTooLong') }),
  });
}

const FIELDS = ['answer', 'plusOne', 'plusOneName'] as const;

/**
 * The answer form: comes or not, with a companion where the event allows one. Errors land at
 * their field or above the form; what was typed stays; a saved answer is confirmed in a status
 * message that screen readers announce.
 */
export function RsvpForm({
  token,
  rsvp,
  onSaved,
  onReload,
}: {
  token: string;
  rsvp: RsvpData;
  onSaved: (r: RsvpData) => void;
  onReload: () => void;
}) {
  const { t } = useTranslation('rsvp');
  const { t: tc } = useTranslation();
  const plusOneErrorId = useId();
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState<Sentence | null>(null);
  const [{ fetching }, answer] = useMutation(RsvpSubmitAnswerMutation);
  const schema = useMemo(() => answerSchema(t), [t]);
  const {
    control,
    register,
    handleSubmit,
    setError,
    reset,
    watch,
    formState: { errors },
  } = useForm<AnswerFormValues>({ resolver: zodResolver(schema), defaultValues: formDefaults(rsvp) });
  const chosen = watch('answer');
  const plusOne = watch('plusOne');
  const answered = rsvp.status !== 'INVITED';

  const onSubmit = async (values: AnswerFormValues) => {
    setFormError(null);
    setSaved(null);
    const before = rsvp.status;
    const res = await answer({ input: answerInput(token, values, rsvp.plusOnesAllowed) });
    const after = res.data?.answerRsvp.rsvp;
    if (res.error || !after) {
      setFormError(applyServerErrors(res.error, setError, FIELDS, tc));
      // The deadline may have passed or the event changed meanwhile: show the page as it is now.
      if (hasCode(res.error, 'INVALID') && !res.error?.graphQLErrors.some((e) => e.extensions.field)) onReload();
      return;
    }
    reset(formDefaults(after));
    setSaved(savedSentence(before, after));
    onSaved(after);
  };

  const plusOneError = errors.plusOne?.message;
  return (
    <div>
      <div role="status" aria-live="polite">
        {saved && (
          // role="status" on the wrapper announces it; the Alert must not add an alert of its own
          <Alert color={saved.key === 'saved.waitlisted' ? 'yellow' : 'green'} variant="light" role="none" mb="md">
            <Text size="sm" fw={500}>
              {t(saved.key, saved.values)}
            </Text>
          </Alert>
        )}
      </div>
      {formError && (
        <Box mb="md">
          <FormError message={formError} />
        </Box>
      )}
      <form onSubmit={handleSubmit(onSubmit)} noValidate aria-labelledby="rsvp-answer-heading">
        <Stack gap="md">
          <Controller
            control={control}
            name="answer"
            render={({ field }) => (
              <Radio.Group
                label={t('form.label')}
                required
                name={field.name}
                value={field.value}
                onChange={(v) => field.onChange(v)}
                error={errors.answer?.message}
              >
                <Stack gap="xs" mt="xs">
                  <Radio value="ACCEPT" label={t('form.accept')} ref={field.ref} onBlur={field.onBlur} />
                  <Radio value="DECLINE" label={t('form.decline')} onBlur={field.onBlur} />
                </Stack>
              </Radio.Group>
            )}
          />
          {rsvp.plusOnesAllowed && chosen === 'ACCEPT' && (
            <Stack gap="sm">
              <Checkbox
                label={t('form.plusOne')}
                {...register('plusOne')}
                aria-invalid={plusOneError ? true : undefined}
                aria-describedby={plusOneError ? plusOneErrorId : undefined}
                error={plusOneError ? <span id={plusOneErrorId}>{plusOneError}</span> : undefined}
              />
              {plusOne && (
                <TextInput
                  label={t('form.plusOneName')}
                  description={t('form.plusOneNameHint')}
                  autoComplete="off"
                  maxLength={200}
                  error={errors.plusOneName?.message}
                  {...register('plusOneName')}
                />
              )}
            </Stack>
          )}
          <Group>
            <Button type="submit" loading={fetching}>
              {answered ? t('form.submitChange') : t('form.submit')}
            </Button>
          </Group>
          <Text size="sm" c="dimmed">
            {t('form.changeHint')}
          </Text>
        </Stack>
      </form>
    </div>
  );
}
