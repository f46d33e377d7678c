import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { z } from 'zod';
import { AnchorLink } from '../../../components/ui/links';
import { applyServerErrors } from '../../../lib/errors';
import { usePageTitle } from '../../../lib/usePageTitle';
import { RequestPasswordResetMutation } from '../api/auth';
import { emailField } from '../validation';
import { FormError } from '../../../components/ui/FormError';

/** Passwort vergessen: asks for a reset link; the answer never reveals whether the account exists. */
export function ForgotPasswordPage() {
  const { t } = useTranslation('auth');
  const { t: tc } = useTranslation();
  usePageTitle(t('forgot.title'));
  const [sent, setSent] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [{ fetching }, request] = useMutation(RequestPasswordResetMutation);
  const schema = useMemo(() => z.object({ email: emailField(t) }), [t]);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<{ email: string }>({ resolver: zodResolver(schema), defaultValues: { email: '' } });

  const onSubmit = async (values: { email: string }) => {
    setFormError(null);
    const res = await request({ input: { email: values.email } });
    if (res.error) {
      setFormError(applyServerErrors(res.error, setError, ['email'], tc));
      return;
    }
    setSent(true);
  };

  return (
    <Paper withBorder p="xl" radius="md" maw={420} mx="auto" mt="xl">
      <Stack gap="md">
        <Title order={1}>{t('forgot.title')}</Title>
        {sent ? (
          <Alert color="green" variant="light" role="status" title={t('forgot.sentTitle')}>
            {t('forgot.sent')}
          </Alert>
        ) : (
          <form onSubmit={handleSubmit(onSubmit)} noValidate>
            <Stack gap="md">
              <Text>{t('forgot.intro')}</Text>
              <FormError message={formError} />
              <TextInput
                label={tc('fields.email')}
                type="email"
                autoComplete="email"
                required
                error={errors.email?.message}
                {...register('email')}
              />
              <Button type="submit" loading={fetching} fullWidth>
                {t('forgot.submit')}
              </Button>
            </Stack>
          </form>
        )}
        <AnchorLink to="/login" size="sm">
          {t('forgot.backToLogin')}
        </AnchorLink>
      </Stack>
    </Paper>
  );
}
