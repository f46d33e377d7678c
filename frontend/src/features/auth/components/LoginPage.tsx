import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Paper, PasswordInput, Stack, TextInput, Title } from '@mantine/core';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { z } from 'zod';
import { AnchorLink } from '../../../components/ui/links';
import { applyServerErrors } from '../../../lib/errors';
import { safeRedirect } from '../../../lib/redirect';
import { usePageTitle } from '../../../lib/usePageTitle';
import { LoginMutation } from '../api/auth';
import { startSession } from '../session';
import { emailField } from '../validation';
import { FormError } from '../../../components/ui/FormError';

type Translate = (key: string) => string;

export function loginSchema(t: Translate) {
  return z.object({
    email: emailField(t),
    password: z.string().min(1, t('validation.passwordRequired')),
  });
}

type LoginValues = z.infer<ReturnType<typeof loginSchema>>;

/** Anmelden: e-mail and password; on success back to where the user wanted to go. */
export function LoginPage() {
  const { t } = useTranslation('auth');
  const { t: tc } = useTranslation();
  usePageTitle(t('login.title'));
  const navigate = useNavigate();
  const search = useSearch({ strict: false });
  const [formError, setFormError] = useState<string | null>(null);
  const [{ fetching }, login] = useMutation(LoginMutation);
  const schema = useMemo(() => loginSchema(t), [t]);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<LoginValues>({ resolver: zodResolver(schema), defaultValues: { email: '', password: '' } });

  const onSubmit = async (values: LoginValues) => {
    setFormError(null);
    const res = await login({ input: { email: values.email, password: values.password } });
    if (res.error || !res.data) {
      setFormError(applyServerErrors(res.error, setError, ['email', 'password'], tc));
      return;
    }
    startSession(res.data.login);
    await navigate({ href: safeRedirect(search.redirect) ?? '/', replace: true });
  };

  return (
    <Paper withBorder p="xl" radius="md" maw={420} mx="auto" mt="xl">
      <form onSubmit={handleSubmit(onSubmit)} noValidate>
        <Stack gap="md">
          <Title order={1}>{t('login.title')}</Title>
          <FormError message={formError} title={t('login.failed')} />
          <TextInput
            label={tc('fields.email')}
            type="email"
            autoComplete="username"
            required
            error={errors.email?.message}
            {...register('email')}
          />
          <PasswordInput
            label={tc('fields.password')}
            autoComplete="current-password"
            required
            error={errors.password?.message}
            {...register('password')}
          />
          <Button type="submit" loading={fetching} fullWidth>
            {t('login.submit')}
          </Button>
          <AnchorLink to="/forgot-password" size="sm">
            {t('login.forgot')}
          </AnchorLink>
        </Stack>
      </form>
    </Paper>
  );
}
