import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Modal, NativeSelect, Paper, Radio, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type BaseSyntheticEvent, type ReactNode, type Ref, useMemo, useState } from 'react';
import { Controller, useForm, type UseFormRegisterReturn, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { FormError } from '../../../components/ui/FormError';
import { applyServerErrors } from '../../../lib/errors';
import { CreateNominationMutation, UpdateNominationMutation } from '../api/nomination';
import {
  createNominationInput,
  editNominationSchema,
  MAX_JUSTIFICATION,
  SERVER_FIELD_MAP,
  STAFF_FIELDS,
  staffDefaults,
  staffNominationSchema,
  textLength,
  updateNominationInput,
  type EditFormValues,
  type StaffField,
  type StaffFormValues,
} from '../model';
import { NOMINATION_CONTEXT } from './badges';
import { ContactSelect, OrganisationSelect } from './SearchSelects';

const staffFieldMap = SERVER_FIELD_MAP as Partial<Record<string, StaffField>>;

/** What both nomination forms are opened with: the cooperation (for the searches), the cycle's categories, the way out. */
type NominationModalProps = { cooperationId: string; categories: readonly string[]; onClose: () => void };

/** "Nominierung erfassen": an existing organisation or a new company, the category, the nominator, the justification. */
export function NominationFormModal({
  cycleId,
  cooperationId,
  categories,
  onClose,
}: NominationModalProps & { cycleId: string }) {
  const { t } = useTranslation('nomination');
  const { t: tc } = useTranslation();
  const [formError, setFormError] = useState<string | null>(null);
  const [{ fetching }, create] = useMutation(CreateNominationMutation);
  const schema = useMemo(() => staffNominationSchema(t, categories), [t, categories]);
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<StaffFormValues>({ resolver: zodResolver(schema), defaultValues: staffDefaults(categories) });
  const companyMode = useWatch({ control, name: 'companyMode' });
  const nominatorMode = useWatch({ control, name: 'nominatorMode' });
  const justification = useWatch({ control, name: 'justification' });

  const onSubmit = async (v: StaffFormValues) => {
    setFormError(null);
    const res = await create({ input: createNominationInput(cycleId, v) }, NOMINATION_CONTEXT);
    if (res.error || !res.data) {
      setFormError(applyServerErrors(res.error, setError, STAFF_FIELDS, tc, staffFieldMap));
      return;
    }
    notifications.show({ color: 'green', message: t('form.created', { company: res.data.createNomination.nomination.companyName }) });
    onClose();
  };

  return (
    <NominationModal
      title={t('form.createTitle')}
      size="xl"
      onClose={onClose}
      onSubmit={handleSubmit(onSubmit)}
      formError={formError}
      submitLabel={t('form.submit')}
      submitting={fetching}
    >
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Controller
            control={control}
            name="companyMode"
            render={({ field }) => (
              <ModeRadios
                label={t('form.company')}
                field={field}
                options={[
                  { value: 'existing', label: t('form.companyExisting') },
                  { value: 'new', label: t('form.companyNew') },
                ]}
              />
            )}
          />
          {companyMode === 'existing' ? (
            <Controller
              control={control}
              name="organisationId"
              render={({ field }) => (
                <OrganisationSelect
                  cooperationId={cooperationId}
                  label={t('form.organisation')}
                  description={t('form.organisationHint')}
                  required
                  {...searchField(field)}
                  error={errors.organisationId?.message}
                />
              )}
            />
          ) : (
            <>
              <TextInput label={t('form.companyName')} required error={errors.companyName?.message} {...register('companyName')} />
              <TextInput label={t('form.street')} error={errors.street?.message} {...register('street')} />
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <TextInput label={t('form.postalCode')} inputMode="numeric" error={errors.postalCode?.message} {...register('postalCode')} />
                <TextInput label={t('form.city')} error={errors.city?.message} {...register('city')} />
                <TextInput label={t('form.website')} error={errors.website?.message} {...register('website')} />
              </SimpleGrid>
            </>
          )}
        </Stack>
      </Paper>
      <NativeSelect
        label={t('form.category')}
        required
        data={[{ value: '', label: t('form.chooseCategory') }, ...categories.map((c) => ({ value: c, label: c }))]}
        error={errors.category?.message}
        {...register('category')}
      />
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Controller
            control={control}
            name="nominatorMode"
            render={({ field }) => (
              <ModeRadios
                label={t('form.nominator')}
                field={field}
                options={[
                  { value: 'existing', label: t('form.nominatorExisting') },
                  { value: 'new', label: t('form.nominatorNew') },
                  { value: 'none', label: t('form.nominatorNone') },
                ]}
              />
            )}
          />
          {nominatorMode === 'existing' && (
            <Controller
              control={control}
              name="nominatorContactId"
              render={({ field }) => (
                <ContactSelect
                  cooperationId={cooperationId}
                  label={t('form.contact')}
                  required
                  {...searchField(field)}
                  error={errors.nominatorContactId?.message}
                />
              )}
            />
          )}
          {nominatorMode === 'new' && (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label={t('form.firstName')} error={errors.firstName?.message} {...register('firstName')} />
              <TextInput label={t('form.lastName')} required error={errors.lastName?.message} {...register('lastName')} />
              <TextInput label={t('form.email')} type="email" error={errors.email?.message} {...register('email')} />
              <TextInput label={t('form.phone')} type="tel" error={errors.phone?.message} {...register('phone')} />
            </SimpleGrid>
          )}
        </Stack>
      </Paper>
      <JustificationField text={justification} error={errors.justification?.message} registration={register('justification')} />
    </NominationModal>
  );
}

/** Edits a nomination before the jury votes: category, nominator contact, justification. */
export function EditNominationModal({
  nomination,
  cooperationId,
  categories,
  onClose,
}: NominationModalProps & {
  nomination: { id: string; version: number; companyName: string; category: string; nominatorContactId?: string | null; nominatorName?: string | null; justification: string };
}) {
  const { t } = useTranslation('nomination');
  const { t: tc } = useTranslation();
  const [formError, setFormError] = useState<string | null>(null);
  const [{ fetching }, update] = useMutation(UpdateNominationMutation);
  const schema = useMemo(() => editNominationSchema(t, categories), [t, categories]);
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<EditFormValues>({
    resolver: zodResolver(schema),
    defaultValues: {
      category: nomination.category,
      nominatorContactId: nomination.nominatorContactId ?? '',
      justification: nomination.justification,
    },
  });
  const justification = useWatch({ control, name: 'justification' });

  const onSubmit = async (v: EditFormValues) => {
    setFormError(null);
    const res = await update({ input: updateNominationInput(nomination, v) }, NOMINATION_CONTEXT);
    if (res.error) {
      setFormError(applyServerErrors(res.error, setError, ['category', 'nominatorContactId', 'justification'], tc));
      return;
    }
    notifications.show({ color: 'green', message: t('form.saved') });
    onClose();
  };

  return (
    <NominationModal
      title={t('form.editTitle')}
      size="lg"
      onClose={onClose}
      onSubmit={handleSubmit(onSubmit)}
      formError={formError}
      submitLabel={tc('actions.save')}
      submitting={fetching}
    >
      <NativeSelect
        label={t('form.category')}
        required
        data={[
          ...(categories.includes(nomination.category) ? [] : [{ value: nomination.category, label: nomination.category }]),
          ...categories.map((c) => ({ value: c, label: c })),
        ]}
        error={errors.category?.message}
        {...register('category')}
      />
      <Controller
        control={control}
        name="nominatorContactId"
        render={({ field }) => (
          <ContactSelect
            cooperationId={cooperationId}
            label={t('form.nominator')}
            description={t('form.contactHint')}
            clearable
            initialLabel={nomination.nominatorName ?? undefined}
            {...searchField(field)}
            error={errors.nominatorContactId?.message}
          />
        )}
      />
      <JustificationField text={justification} error={errors.justification?.message} registration={register('justification')} autoFocus />
    </NominationModal>
  );
}

/** The frame both nomination forms share: the modal, the form, its error and the cancel/submit buttons. */
function NominationModal({
  title,
  size,
  onClose,
  onSubmit,
  formError,
  submitLabel,
  submitting,
  children,
}: {
  title: string;
  size: string;
  onClose: () => void;
  onSubmit: (e?: BaseSyntheticEvent) => Promise<void>;
  formError: string | null;
  submitLabel: string;
  submitting: boolean;
  children: ReactNode;
}) {
  const { t: tc } = useTranslation();
  return (
    <Modal opened onClose={onClose} title={title} size={size}>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <FormError message={formError} />
          {children}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {tc('actions.cancel')}
            </Button>
            <Button type="submit" loading={submitting}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** The justification with its hint and a counter of the characters used. */
function JustificationField({
  text,
  error,
  registration,
  autoFocus,
}: {
  text: string;
  error?: string;
  registration: UseFormRegisterReturn;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation('nomination');
  return (
    <Textarea
      label={t('form.justification')}
      description={`${t('form.justificationHint')} ${t('form.counter', { count: textLength(text), max: MAX_JUSTIFICATION })}`}
      required
      autosize
      minRows={5}
      error={error}
      data-autofocus={autoFocus || undefined}
      {...registration}
    />
  );
}

/** A form field as a search select takes it. */
function searchField(field: { value: string; onChange: (value: string) => void; onBlur: () => void; ref: Ref<HTMLInputElement> }) {
  return { value: field.value, onChange: field.onChange, onBlur: field.onBlur, inputRef: field.ref };
}

/** Radio buttons in a row that choose how a part of the form is filled in. */
function ModeRadios({
  label,
  field,
  options,
}: {
  label: string;
  field: { value: string; onChange: (value: string) => void; name: string };
  options: { value: string; label: string }[];
}) {
  return (
    <Radio.Group label={label} value={field.value} onChange={field.onChange} name={field.name}>
      <Group gap="lg" mt={4}>
        {options.map((o) => (
          <Radio key={o.value} value={o.value} label={o.label} />
        ))}
      </Group>
    </Radio.Group>
  );
}
