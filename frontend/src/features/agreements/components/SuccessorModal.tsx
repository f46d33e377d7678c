import { List, Modal, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { FormError } from '../../../components/ui/FormError';
import type { AgreementFieldsFragment } from '../../../gql/graphql';
import { applyServerErrors } from '../../../lib/errors';
import { showDone } from '../../goals/components/feedback';
import { CreateSuccessorAgreementMutation } from '../api/agreements';
import { carriedOver, successorStart } from '../model';
import { ModalActions } from '../../../components/ui/parts';

interface Values {
  title: string;
  validFrom: string;
  validUntil: string;
}

const CONTEXT = { additionalTypenames: ['Agreement'] };

/**
 * "Nachfolgevereinbarung entwerfen": a draft with the same parties (without signatures) that takes
 * over the open commitments; the history stays with this agreement.
 */
export function SuccessorModal({
  opened,
  onClose,
  agreement: a,
  cooperationId,
}: {
  opened: boolean;
  onClose: () => void;
  agreement: AgreementFieldsFragment;
  cooperationId: string;
}) {
  const { t } = useTranslation('agreements');
  const { t: tc } = useTranslation();
  const navigate = useNavigate();
  const [formError, setFormError] = useState<string | null>(null);
  const [{ fetching }, create] = useMutation(CreateSuccessorAgreementMutation);
  const taken = carriedOver(a.commitments);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<Values>({ defaultValues: { title: '', validFrom: successorStart(a.validUntil), validUntil: '' } });

  const onSubmit = async (v: Values) => {
    setFormError(null);
    if (v.title.trim() === '') {
      setError('title', { type: 'client', message: t('validation.titleRequired') }, { shouldFocus: true });
      return;
    }
    const res = await create(
      { input: { predecessorId: a.id, title: v.title.trim(), validFrom: v.validFrom || null, validUntil: v.validUntil || null } },
      CONTEXT,
    );
    if (res.error || !res.data) {
      setFormError(applyServerErrors(res.error, setError, ['title', 'validFrom', 'validUntil'], tc));
      return;
    }
    showDone(t('successor.done', { title: v.title.trim(), count: taken.length }));
    onClose();
    void navigate({
      to: '/c/$cooperationId/agreements/$agreementId',
      params: { cooperationId, agreementId: res.data.createSuccessorAgreement.agreement.id },
    });
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('successor.title')} size="lg">
      <form onSubmit={handleSubmit(onSubmit)} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('successor.explain', { title: a.title })}</Text>
          <div>
            <Text size="sm" fw={600} id="successor-taken">
              {t('successor.taken', { count: taken.length })}
            </Text>
            {taken.length > 0 && (
              <List size="sm" spacing={2} aria-labelledby="successor-taken">
                {taken.map((c) => (
                  <List.Item key={c.id}>{c.title}</List.Item>
                ))}
              </List>
            )}
          </div>
          <FormError message={formError} />
          <TextInput
            label={t('fields.title')}
            placeholder={t('successor.titlePlaceholder')}
            required
            error={errors.title?.message}
            data-autofocus
            {...register('title')}
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <TextInput type="date" label={t('fields.validFrom')} description={t('successor.validFromHint')} error={errors.validFrom?.message} {...register('validFrom')} />
            <TextInput type="date" label={t('fields.validUntil')} description={t('fields.validUntilHint')} error={errors.validUntil?.message} {...register('validUntil')} />
          </SimpleGrid>
          <ModalActions onCancel={onClose} submitLabel={t('successor.submit')} loading={fetching} />
        </Stack>
      </form>
    </Modal>
  );
}
