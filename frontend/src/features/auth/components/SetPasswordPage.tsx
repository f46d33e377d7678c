import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { ErrorState, PageLoader } from '../../../components/ui/states';
import { AnchorLink } from '../../../components/ui/links';
import { applyServerErrors, hasCode } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { usePageTitle } from '../../../lib/usePageTitle';
import { PasswordTokenQuery, SetPasswordMutation } from '../api/auth';
import { startSession } from '../session';
import { newPasswordSchema, PASSWORD_MIN } from '../validation';
import { FormError } from '../../../components/ui/FormError';

interface Values {
  password: string;
  confirm: string;
}

/** The link is unknown, used or expired: say so and offer a new one. */
function InvalidLink() {
  const { t } = useTranslation('auth');
  return (
    <Stack gap="md">
      <Title order={1}>{t('setPassword.invalidTitle')}</Title>
      <Alert color="red" variant="light" role="alert">
        {t('setPassword.invalid')}
      </Alert>
      <AnchorLink to="/forgot-password">{t('setPassword.requestNew')}</AnchorLink>
    </Stack>
  );
}

/** Passwort festlegen: first password from an invitation, or a new one from a reset link. */
export function SetPasswordPage() {
  const { t, i18n } = useTranslation('auth');
  const { t: tc } = useTranslation();
  usePageTitle(t('setPassword.title'));
  const navigate = useNavigate();
  const search = useSearch({ strict: false });
  const token = typeof search.token === 'string' ? search.token : '';
  const [info] = useQuery({ query: PasswordTokenQuery, variables: { token }, pause: token === '', requestPolicy: 'network-only' });
  const [formError, setFormError] = useState<string | null>(null);
  const [{ fetching }, setPassword] = useMutation(SetPasswordMutation);
  const schema = useMemo(() => newPasswordSchema(t), [t]);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { password: '', confirm: '' } });

  const onSubmit = async (values: Values) => {
    setFormError(null);
    const res = await setPassword({ input: { token, password: values.password } });
    if (res.error || !res.data) {
      setFormError(applyServerErrors(res.error, setError, ['password'], tc));
      return;
    }
    startSession(res.data.setPassword);
    await navigate({ to: '/', replace: true });
  };

  let body;
  if (token === '' || hasCode(info.error, 'NOT_FOUND')) {
    body = <InvalidLink />;
  } else if (info.fetching || (!info.data && !info.error)) {
    body = <PageLoader />;
  } else if (info.error || !info.data) {
    body = <ErrorState error={info.error} />;
  } else {
    const pt = info.data.passwordToken;
    const invitation = pt.purpose === 'INVITATION';
    body = (
      <form onSubmit={handleSubmit(onSubmit)} noValidate>
        <Stack gap="md">
          <Title order={1}>{t(invitation ? 'setPassword.titleInvitation' : 'setPassword.titleReset')}</Title>
          <Text>{t('setPassword.greeting', { name: pt.name })}</Text>
          <Text>
            {t(invitation ? 'setPassword.introInvitation' : 'setPassword.introReset', { email: pt.email })}
          </Text>
          <Text size="sm" c="dimmed">
            {t('setPassword.validUntil', { time: formatDateTime(pt.expiresAt, i18n.language) })}
          </Text>
          <FormError message={formError} />
          <input type="email" name="username" autoComplete="username" value={pt.email} readOnly hidden />
          <PasswordInput
            label={t('setPassword.password')}
            description={t('setPassword.passwordHint', { min: PASSWORD_MIN })}
            autoComplete="new-password"
            required
            error={errors.password?.message}
            {...register('password')}
          />
          <PasswordInput
            label={t('setPassword.confirm')}
            autoComplete="new-password"
            required
            error={errors.confirm?.message}
            {...register('confirm')}
          />
          <Button type="submit" loading={fetching} fullWidth>
            {t('setPassword.submit')}
          </Button>
        </Stack>
      </form>
    );
  }

  return (
    <Paper withBorder p="xl" radius="md" maw={460} mx="auto" mt="xl">
      {body}
    </Paper>
  );
}
