import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../../components/ui/FormError';
import { applyServerErrors } from '../../../lib/errors';
import { MAX_REASON, reasonSchema, textLength } from '../model';

/**
 * Asks for a reason before a decision is recorded (eligibility). `onSubmit` returns the error of
 * the request, or null when it went through; the error lands at the field or above the form.
 */
export function ReasonModal({
  title,
  text,
  submitLabel,
  onClose,
  onSubmit,
  loading,
  maxLength = MAX_REASON,
}: {
  title: string;
  text: string;
  submitLabel: string;
  onClose: () => void;
  onSubmit: (reason: string) => Promise<unknown>;
  loading: boolean;
  maxLength?: number;
}) {
  const { t } = useTranslation('nomination');
  const { t: tc } = useTranslation();
  const [formError, setFormError] = useState<string | null>(null);
  const schema = useMemo(() => reasonSchema(t, maxLength), [t, maxLength]);
  const {
    register,
    handleSubmit,
    setError,
    control,
    formState: { errors },
  } = useForm<{ reason: string }>({ resolver: zodResolver(schema), defaultValues: { reason: '' } });
  const reason = useWatch({ control, name: 'reason' });

  const submit = async (v: { reason: string }) => {
    setFormError(null);
    const error = await onSubmit(v.reason.trim());
    if (error) setFormError(applyServerErrors(error, setError, ['reason'], tc));
  };

  return (
    <Modal opened onClose={onClose} title={title} size="lg">
      <form onSubmit={handleSubmit(submit)} noValidate>
        <Stack gap="md">
          <Text size="sm">{text}</Text>
          <FormError message={formError} />
          <Textarea
            label={t('review.reasonLabel')}
            description={`${t('review.reasonHint')} ${t('form.counter', { count: textLength(reason), max: maxLength })}`}
            required
            autosize
            minRows={3}
            error={errors.reason?.message}
            data-autofocus
            {...register('reason')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {tc('actions.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
