import { NativeSelect, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useWatch, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ContactFormValues } from '../contactForm';
import { LEGAL_BASES, SALUTATIONS } from '../model';

/** The fields of a contact, shared by "Kontakt anlegen" and the edit form. */
export function ContactFields({
  register,
  control,
  errors,
  organisations,
  autoFocus = false,
}: {
  register: UseFormRegister<ContactFormValues>;
  control: Control<ContactFormValues>;
  errors: FieldErrors<ContactFormValues>;
  organisations: readonly { id: string; name: string }[];
  autoFocus?: boolean;
}) {
  const { t } = useTranslation('contacts');
  const basis = useWatch({ control, name: 'legalBasis' });
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <NativeSelect
          label={t('fields.salutation')}
          error={errors.salutation?.message}
          data={SALUTATIONS.map((s) => ({ value: s, label: t(`salutation.${s}`) }))}
          data-autofocus={autoFocus || undefined}
          {...register('salutation')}
        />
        <TextInput label={t('fields.title')} description={t('fields.titleHint')} error={errors.title?.message} {...register('title')} />
        <TextInput label={t('fields.function')} error={errors.function?.message} {...register('function')} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput label={t('fields.firstName')} error={errors.firstName?.message} autoComplete="off" {...register('firstName')} />
        <TextInput label={t('fields.lastName')} required error={errors.lastName?.message} autoComplete="off" {...register('lastName')} />
      </SimpleGrid>
      <NativeSelect
        label={t('fields.organisation')}
        error={errors.organisationId?.message}
        data={[{ value: '', label: t('fields.noOrganisation') }, ...organisations.map((o) => ({ value: o.id, label: o.name }))]}
        {...register('organisationId')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput label={t('fields.email')} type="email" error={errors.email?.message} autoComplete="off" {...register('email')} />
        <TextInput label={t('fields.phone')} type="tel" error={errors.phone?.message} autoComplete="off" {...register('phone')} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <TextInput label={t('fields.street')} error={errors.street?.message} autoComplete="off" {...register('street')} />
        <TextInput label={t('fields.postalCode')} error={errors.postalCode?.message} autoComplete="off" {...register('postalCode')} />
        <TextInput label={t('fields.city')} error={errors.city?.message} autoComplete="off" {...register('city')} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <NativeSelect
          label={t('fields.legalBasis')}
          description={t('fields.legalBasisHint')}
          required
          error={errors.legalBasis?.message}
          data={[{ value: '', label: t('fields.chooseLegalBasis') }, ...LEGAL_BASES.map((b) => ({ value: b, label: t(`legalBasis.${b}`) }))]}
          {...register('legalBasis')}
        />
        {basis === 'CONSENT' && (
          <TextInput
            label={t('fields.consentAt')}
            description={t('fields.consentAtHint')}
            type="date"
            required
            error={errors.consentAt?.message}
            {...register('consentAt')}
          />
        )}
      </SimpleGrid>
      <Textarea label={t('fields.note')} autosize minRows={2} maxRows={8} error={errors.note?.message} {...register('note')} />
    </>
  );
}
