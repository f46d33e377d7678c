import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Modal, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useNavigate } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { FormError } from '../../../components/ui/FormError';
import { berlinToday } from '../../../lib/berlin';
import { CreateContactMutation } from '../api/contacts';
import {
  applyContactErrors,
  CONTACT_FORM_FIELDS,
  contactInput,
  contactSchema,
  EMPTY_CONTACT,
  type ContactFormValues,
} from '../contactForm';
import { ContactFields } from './ContactFields';

/** "Kontakt anlegen": on success the new contact's page opens; on an error every input stays. */
export function CreateContactModal({
  cooperationId,
  organisations,
  opened,
  onClose,
}: {
  cooperationId: string;
  organisations: readonly { id: string; name: string }[];
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('contacts');
  const { t: tc } = useTranslation();
  const navigate = useNavigate();
  const [formError, setFormError] = useState<string | null>(null);
  const [{ fetching }, createContact] = useMutation(CreateContactMutation);
  const schema = useMemo(() => contactSchema(t, berlinToday()), [t]);
  const {
    register,
    control,
    handleSubmit,
    setError,
    reset,
    formState: { errors },
  } = useForm<ContactFormValues>({ resolver: zodResolver(schema), defaultValues: EMPTY_CONTACT });

  const close = () => {
    setFormError(null);
    reset(EMPTY_CONTACT);
    onClose();
  };

  const onSubmit = async (v: ContactFormValues) => {
    setFormError(null);
    const res = await createContact({
      input: { cooperationId, organisationId: v.organisationId || null, ...contactInput(v) },
    });
    const created = res.data?.createContact.contact;
    if (res.error || !created) {
      setFormError(applyContactErrors(res.error, setError, CONTACT_FORM_FIELDS, tc));
      return;
    }
    notifications.show({ color: 'green', message: t('create.created', { name: created.name }) });
    close();
    void navigate({ to: '/c/$cooperationId/contacts/$contactId', params: { cooperationId, contactId: created.id } });
  };

  return (
    <Modal opened={opened} onClose={close} title={t('create.title')} size="xl">
      <form onSubmit={handleSubmit(onSubmit)} noValidate>
        <Stack gap="md">
          <FormError message={formError} />
          <ContactFields register={register} control={control} errors={errors} organisations={organisations} autoFocus />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" type="button" onClick={close}>
              {tc('actions.cancel')}
            </Button>
            <Button type="submit" loading={fetching}>
              {t('create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
