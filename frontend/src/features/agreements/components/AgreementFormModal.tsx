import { Checkbox, Fieldset, Modal, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useFieldArray, useForm, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { FormError } from '../../../components/ui/FormError';
import type { AgreementFieldsFragment } from '../../../gql/graphql';
import { applyServerErrors, hasCode } from '../../../lib/errors';
import { useCurrentCooperation } from '../../cooperation/CooperationContext';
import { showDone } from '../../goals/components/feedback';
import { CreateAgreementMutation, UpdateAgreementMutation } from '../api/agreements';
import { ConflictAlert } from '../../goals/components/formParts';
import { ModalActions } from '../../../components/ui/parts';

interface PartyValues {
  partnerId: string;
  name: string;
  included: boolean;
  signatory: string;
  signedOn: string;
}

interface Values {
  title: string;
  body: string;
  validFrom: string;
  validUntil: string;
  parties: PartyValues[];
}

const CONTEXT = { additionalTypenames: ['Agreement'] };

/**
 * "Vereinbarung entwerfen" (without `agreement`) or "Entwurf bearbeiten": title, validity, text and
 * the parties with their signatories (every partner of the cooperation is offered).
 */
export function AgreementFormModal({
  opened,
  onClose,
  cooperationId,
  agreement,
  onReload,
}: {
  opened: boolean;
  onClose: () => void;
  cooperationId: string;
  agreement?: AgreementFieldsFragment;
  onReload?: () => void;
}) {
  const { t } = useTranslation('agreements');
  const { t: tc } = useTranslation();
  const coop = useCurrentCooperation();
  const navigate = useNavigate();
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const [{ fetching: creating }, create] = useMutation(CreateAgreementMutation);
  const [{ fetching: updating }, update] = useMutation(UpdateAgreementMutation);
  const defaults = useMemo<Values>(() => {
    const partners = [...coop.partners].sort((a, b) => a.position - b.position);
    return {
      title: agreement?.title ?? '',
      body: agreement?.body ?? '',
      validFrom: agreement?.validFrom ?? '',
      validUntil: agreement?.validUntil ?? '',
      parties: partners.map((p) => {
        const party = agreement?.parties.find((x) => x.partner.id === p.id);
        return {
          partnerId: p.id,
          name: p.organisation.name,
          included: agreement ? Boolean(party) : true,
          signatory: party?.signatory ?? '',
          signedOn: party?.signedOn ?? '',
        };
      }),
    };
  }, [coop.partners, agreement]);
  const {
    register,
    control,
    handleSubmit,
    setError,
    watch,
    formState: { errors },
  } = useForm<Values>({ defaultValues: defaults });
  const rows = useFieldArray({ control, name: 'parties' });
  const included = watch('parties').map((p) => p.included);

  const onSubmit = async (v: Values) => {
    setFormError(null);
    setConflict(false);
    let ok = true;
    if (v.title.trim() === '') {
      setError('title', { type: 'client', message: t('validation.titleRequired') }, { shouldFocus: true });
      ok = false;
    }
    if (v.validFrom === '') {
      setError('validFrom', { type: 'client', message: t('validation.validFromRequired') }, { shouldFocus: ok });
      ok = false;
    }
    if (!v.parties.some((p) => p.included)) {
      setFormError(t('validation.partiesRequired'));
      ok = false;
    }
    if (!ok) return;
    const parties = v.parties
      .filter((p) => p.included)
      .map((p) => ({ partnerId: p.partnerId, signatory: p.signatory.trim(), signedOn: p.signedOn || null }));
    const fields = { title: v.title.trim(), body: v.body, validFrom: v.validFrom, parties };
    const res = agreement
      ? await update(
          {
            input: {
              id: agreement.id,
              version: agreement.version,
              ...fields,
              ...(v.validUntil ? { validUntil: v.validUntil } : { clearValidUntil: true }),
            },
          },
          CONTEXT,
        )
      : await create({ input: { cooperationId, ...fields, validUntil: v.validUntil || null } }, CONTEXT);
    if (res.error || !res.data) {
      if (agreement && hasCode(res.error, 'CONFLICT')) {
        setConflict(true);
        return;
      }
      const paths: Path<Values>[] = ['title', 'body', 'validFrom', 'validUntil'];
      setFormError(applyServerErrors(res.error, setError, paths, tc));
      return;
    }
    showDone(t(agreement ? 'edit.saved' : 'create.done', { title: fields.title }));
    onClose();
    if (!agreement && 'createAgreement' in res.data) {
      void navigate({
        to: '/c/$cooperationId/agreements/$agreementId',
        params: { cooperationId, agreementId: res.data.createAgreement.agreement.id },
      });
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={agreement ? t('edit.title') : t('create.title')} size="xl">
      <form onSubmit={handleSubmit(onSubmit)} noValidate>
        <Stack gap="md">
          {conflict && (
            <ConflictAlert title={t('conflict.title')} text={t('conflict.text')} reloadLabel={t('conflict.reload')} onReload={onReload} />
          )}
          <FormError message={formError} />
          <TextInput label={t('fields.title')} required error={errors.title?.message} data-autofocus {...register('title')} />
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <TextInput type="date" label={t('fields.validFrom')} required error={errors.validFrom?.message} {...register('validFrom')} />
            <TextInput
              type="date"
              label={t('fields.validUntil')}
              description={t('fields.validUntilHint')}
              error={errors.validUntil?.message}
              {...register('validUntil')}
            />
          </SimpleGrid>
          <Fieldset legend={t('fields.parties')} variant="filled">
            <Stack gap="md">
              {rows.fields.map((row, i) => (
                <Stack key={row.id} gap={6}>
                  <Checkbox label={t('fields.isParty', { name: row.name })} {...register(`parties.${i}.included`)} />
                  {included[i] && (
                    <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" pl="lg">
                      <TextInput
                        label={t('fields.signatoryOf', { name: row.name })}
                        error={errors.parties?.[i]?.signatory?.message}
                        {...register(`parties.${i}.signatory`)}
                      />
                      <TextInput
                        type="date"
                        label={t('fields.signedOnOf', { name: row.name })}
                        error={errors.parties?.[i]?.signedOn?.message}
                        {...register(`parties.${i}.signedOn`)}
                      />
                    </SimpleGrid>
                  )}
                </Stack>
              ))}
            </Stack>
          </Fieldset>
          <Textarea label={t('fields.body')} description={t('fields.bodyHint')} autosize minRows={5} maxRows={18} error={errors.body?.message} {...register('body')} />
          <ModalActions onCancel={onClose} submitLabel={agreement ? tc('actions.save') : t('create.submit')} loading={creating || updating} />
        </Stack>
      </form>
    </Modal>
  );
}
