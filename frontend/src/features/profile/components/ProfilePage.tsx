import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, NativeSelect, Paper, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { z } from 'zod';
import { PageHeader } from '../../../components/ui/PageHeader';
import { LOCALES } from '../../../components/ui/roles';
import type { Locale } from '../../../gql/graphql';
import { applyServerErrors } from '../../../lib/errors';
import { fromLocale, setLanguage } from '../../../lib/i18n';
import { usePageTitle } from '../../../lib/usePageTitle';
import { updateSessionUser } from '../../auth/session';
import { useSessionUser } from '../../auth/useSession';
import { UpdateMeMutation } from '../api/profile';
import { FormError } from '../../../components/ui/FormError';
import { MyDataExport } from './MyDataExport';
import { ReminderSettings } from './ReminderSettings';

type Translate = (key: string) => string;

function profileSchema(t: Translate) {
  return z.object({
    name: z.string().trim().min(1, t('validation.nameRequired')),
    locale: z.enum(LOCALES as [Locale, ...Locale[]]),
  });
}

type ProfileValues = z.infer<ReturnType<typeof profileSchema>>;

/** Profil: the user's display name and language. */
export function ProfilePage() {
  const { t } = useTranslation('profile');
  const { t: tc } = useTranslation();
  usePageTitle(t('title'));
  const user = useSessionUser();
  const [formError, setFormError] = useState<string | null>(null);
  const [{ fetching }, updateMe] = useMutation(UpdateMeMutation);
  const schema = useMemo(() => profileSchema(tc), [tc]);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isDirty },
  } = useForm<ProfileValues>({
    resolver: zodResolver(schema),
    defaultValues: { name: user.name, locale: user.locale },
  });

  const onSubmit = async (values: ProfileValues) => {
    setFormError(null);
    const res = await updateMe({ input: { name: values.name, locale: values.locale } });
    if (res.error || !res.data) {
      setFormError(applyServerErrors(res.error, setError, ['name', 'locale'], tc));
      return;
    }
    const updated = res.data.updateMe.user;
    updateSessionUser(updated);
    reset({ name: updated.name, locale: updated.locale });
    const lng = fromLocale(updated.locale);
    await setLanguage(lng);
    // `t` is bound to the language this render had: confirm in the one just chosen
    notifications.show({ color: 'green', message: t('saved', { lng }) });
  };

  return (
    <Stack gap="md" maw={560}>
      <PageHeader title={t('title')} />
      <Paper withBorder p="lg">
        <form onSubmit={handleSubmit(onSubmit)} noValidate>
          <Stack gap="md">
            <FormError message={formError} />
            <div>
              <Text size="sm" fw={500}>
                {tc('fields.email')}
              </Text>
              <Text>{user.email}</Text>
            </div>
            <TextInput label={tc('fields.name')} required autoComplete="name" error={errors.name?.message} {...register('name')} />
            <NativeSelect
              label={t('language')}
              description={t('languageHint')}
              error={errors.locale?.message}
              data={LOCALES.map((l) => ({ value: l, label: tc(`languages.${l.toLowerCase()}`) }))}
              {...register('locale')}
            />
            <Group justify="flex-end">
              <Button type="submit" loading={fetching} disabled={!isDirty}>
                {tc('actions.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
      <ReminderSettings />
      <MyDataExport userId={user.id} />
    </Stack>
  );
}
