import { Checkbox, Modal, Stack, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { FormError } from '../../../components/ui/FormError';
import type { AgreementFieldsFragment } from '../../../gql/graphql';
import { applyServerErrors, hasCode } from '../../../lib/errors';
import { showDone } from '../../goals/components/feedback';
import { CreateCommitmentMutation, UpdateCommitmentMutation } from '../api/agreements';
import { ConflictAlert } from '../../goals/components/formParts';
import { ModalActions } from '../../../components/ui/parts';

type Commitment = AgreementFieldsFragment['commitments'][number];

interface Values {
  title: string;
  description: string;
  recurring: boolean;
}

const CONTEXT = { additionalTypenames: ['Agreement'] };

/** "Zusage hinzufügen" (without `commitment`) or "Zusage bearbeiten", on a draft agreement. */
export function CommitmentModal({
  opened,
  onClose,
  agreementId,
  commitment,
  onReload,
}: {
  opened: boolean;
  onClose: () => void;
  agreementId: string;
  commitment: Commitment | null;
  onReload: () => void;
}) {
  const { t } = useTranslation('agreements');
  const { t: tc } = useTranslation();
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const [{ fetching: creating }, create] = useMutation(CreateCommitmentMutation);
  const [{ fetching: updating }, update] = useMutation(UpdateCommitmentMutation);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<Values>({
    defaultValues: { title: commitment?.title ?? '', description: commitment?.description ?? '', recurring: commitment?.recurring ?? true },
  });

  const onSubmit = async (v: Values) => {
    setFormError(null);
    setConflict(false);
    if (v.title.trim() === '') {
      setError('title', { type: 'client', message: t('validation.titleRequired') }, { shouldFocus: true });
      return;
    }
    const fields = { title: v.title.trim(), description: v.description.trim(), recurring: v.recurring };
    const res = commitment
      ? await update({ input: { id: commitment.id, version: commitment.version, ...fields } }, CONTEXT)
      : await create({ input: { agreementId, ...fields } }, CONTEXT);
    if (res.error) {
      if (commitment && hasCode(res.error, 'CONFLICT')) {
        setConflict(true);
        return;
      }
      setFormError(applyServerErrors(res.error, setError, ['title', 'description', 'recurring'], tc));
      return;
    }
    showDone(t(commitment ? 'commitment.saved' : 'commitment.created', { title: fields.title }));
    onClose();
  };

  return (
    <Modal opened={opened} onClose={onClose} title={commitment ? t('commitment.editTitle') : t('commitment.add')} size="lg">
      <form onSubmit={handleSubmit(onSubmit)} noValidate>
        <Stack gap="md">
          {conflict && (
            <ConflictAlert title={t('conflict.title')} text={t('conflict.text')} reloadLabel={t('conflict.reload')} onReload={onReload} />
          )}
          <FormError message={formError} />
          <TextInput label={t('commitment.title')} description={t('commitment.titleHint')} required error={errors.title?.message} data-autofocus {...register('title')} />
          <Textarea label={t('commitment.description')} autosize minRows={2} maxRows={8} error={errors.description?.message} {...register('description')} />
          <Checkbox label={t('commitment.recurringLabel')} description={t('commitment.recurringHint')} {...register('recurring')} />
          <ModalActions onCancel={onClose} submitLabel={commitment ? tc('actions.save') : t('commitment.submit')} loading={creating || updating} />
        </Stack>
      </form>
    </Modal>
  );
}
