import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Modal, NativeSelect, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { z } from 'zod';
import { LOCALES, ROLES } from '../../../../components/ui/roles';
import type { Locale, Role } from '../../../../gql/graphql';
import { applyServerErrors } from '../../../../lib/errors';
import { currentLanguage, toLocale } from '../../../../lib/i18n';
import { emailField } from '../../../auth/validation';
import { InviteMemberMutation, OrganisationOptionsQuery } from '../api/members';
import { FormError } from '../../../../components/ui/FormError';

type Translate = (key: string) => string;

export function inviteSchema(t: Translate) {
  return z.object({
    email: emailField(t),
    name: z.string().trim().min(1, t('validation.nameRequired')),
    role: z.enum(ROLES as [Role, ...Role[]]),
    organisationId: z.string(),
    locale: z.enum(LOCALES as [Locale, ...Locale[]]),
  });
}

type InviteValues = z.infer<ReturnType<typeof inviteSchema>>;

const FIELDS = ['email', 'name', 'role', 'organisationId', 'locale'] as const;

/** "Mitglied einladen": e-mail, name, role, organisation, language of the invitation mail. */
export function InviteMemberModal({
  cooperationId,
  opened,
  onClose,
}: {
  cooperationId: string;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('admin');
  const { t: tc } = useTranslation();
  const [formError, setFormError] = useState<string | null>(null);
  const [{ fetching }, inviteMember] = useMutation(InviteMemberMutation);
  const [orgs] = useQuery({ query: OrganisationOptionsQuery, variables: { cooperationId }, pause: !opened });
  const schema = useMemo(() => inviteSchema(tc), [tc]);
  const defaults = (): InviteValues => ({
    email: '',
    name: '',
    role: 'MEMBER',
    organisationId: '',
    locale: toLocale(currentLanguage()),
  });
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors },
  } = useForm<InviteValues>({ resolver: zodResolver(schema), defaultValues: defaults() });

  const onSubmit = async (values: InviteValues) => {
    setFormError(null);
    const res = await inviteMember({
      input: {
        cooperationId,
        email: values.email,
        name: values.name,
        role: values.role,
        organisationId: values.organisationId || null,
        locale: values.locale,
      },
    });
    if (res.error || !res.data) {
      setFormError(applyServerErrors(res.error, setError, FIELDS, tc));
      return;
    }
    notifications.show({ color: 'green', message: t('invite.sent', { email: values.email }) });
    reset(defaults());
    onClose();
  };

  const organisations = orgs.data?.organisations.items ?? [];

  return (
    <Modal opened={opened} onClose={onClose} title={t('invite.title')} size="lg">
      <form onSubmit={handleSubmit(onSubmit)} noValidate>
        <Stack gap="md">
          <FormError message={formError} />
          <TextInput
            label={tc('fields.email')}
            type="email"
            required
            data-autofocus
            error={errors.email?.message}
            {...register('email')}
          />
          <TextInput label={tc('fields.name')} required error={errors.name?.message} {...register('name')} />
          <NativeSelect
            label={tc('fields.role')}
            required
            error={errors.role?.message}
            data={ROLES.map((r) => ({ value: r, label: tc(`roles.${r}`) }))}
            {...register('role')}
          />
          <NativeSelect
            label={tc('fields.organisation')}
            description={orgs.fetching ? tc('state.loading') : undefined}
            error={errors.organisationId?.message}
            data={[
              { value: '', label: t('invite.noOrganisation') },
              ...organisations.map((o) => ({
                value: o.id,
                label: o.shortName && o.shortName !== o.name ? `${o.name} (${o.shortName})` : o.name,
              })),
            ]}
            {...register('organisationId')}
          />
          <NativeSelect
            label={t('invite.language')}
            description={t('invite.languageHint')}
            error={errors.locale?.message}
            data={LOCALES.map((l) => ({ value: l, label: tc(`languages.${l.toLowerCase()}`) }))}
            {...register('locale')}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} type="button">
              {tc('actions.cancel')}
            </Button>
            <Button type="submit" loading={fetching}>
              {t('invite.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
