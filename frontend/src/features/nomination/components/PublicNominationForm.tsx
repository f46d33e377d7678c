import { zodResolver } from '@hookform/resolvers/zod';
import { Box, Button, Checkbox, Fieldset, Input, List, Radio, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { Controller, useForm, useWatch, type FieldErrors } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { FormError } from '../../../components/ui/FormError';
import { AnchorLink } from '../../../components/ui/links';
import type { PublicNominationFormQuery } from '../../../gql/graphql';
import { hasCode, splitServerErrors, toAppErrors } from '../../../lib/errors';
import { formatBytes } from '../../discussion/model';
import { SubmitPublicNominationMutation } from '../api/nomination';
import {
  addFiles,
  checkFiles,
  FILE_ACCEPT,
  MAX_JUSTIFICATION,
  MAX_PUBLIC_FILES,
  MIN_PUBLIC_JUSTIFICATION,
  PUBLIC_DEFAULTS,
  PUBLIC_FIELDS,
  publicNominationInput,
  publicNominationSchema,
  SERVER_FIELD_MAP,
  textLength,
  type PublicField,
  type PublicFormValues,
} from '../model';
import classes from './publicNomination.module.css';

type FormData = PublicNominationFormQuery['publicNominationForm'];

/** The id of a field's input, for labels, the error summary's links and focus. */
export function fieldId(f: PublicField): string {
  return f === 'category' ? 'pn-category-0' : `pn-${f}`;
}

const publicFieldMap = SERVER_FIELD_MAP as Partial<Record<string, PublicField>>;

/**
 * The public nomination form: the company, the category, the nominator, the justification, up to
 * three documents and the consent. Every error sits at its field and in a summary above the form
 * that takes the focus and links to the fields; what was typed stays.
 */
export function PublicNominationForm({
  form,
  onSent,
  onReload,
}: {
  form: FormData;
  onSent: (s: { reference: string; company: string }) => void;
  onReload: () => void;
}) {
  const { t, i18n } = useTranslation('nomination');
  const { t: tc } = useTranslation();
  const [{ fetching }, submit] = useMutation(SubmitPublicNominationMutation);
  const [files, setFiles] = useState<File[]>([]);
  const [fileError, setFileError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const summaryRef = useRef<HTMLElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const schema = useMemo(() => publicNominationSchema(t, form.categories), [t, form.categories]);
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<PublicFormValues>({
    resolver: zodResolver(schema),
    defaultValues: { ...PUBLIC_DEFAULTS, category: form.categories.length === 1 ? form.categories[0] : '' },
    shouldFocusError: false,
  });
  const justification = useWatch({ control, name: 'justification' });

  const size = (n: number) => formatBytes(n, i18n.language);
  const filesProblem = (list: readonly File[]) => {
    const p = checkFiles(list, size);
    return p ? t(p.key, p.values) : null;
  };

  const onValid = async (v: PublicFormValues) => {
    setFormError(null);
    const problem = filesProblem(files);
    setFileError(problem);
    if (problem) {
      setAttempt((a) => a + 1);
      return;
    }
    const res = await submit({ input: publicNominationInput(form.cycleId, v, files) });
    const reference = res.data?.submitPublicNomination.reference;
    if (res.error || !reference) {
      const split = splitServerErrors(res.error, PUBLIC_FIELDS, tc, publicFieldMap);
      for (const f of split.order) {
        const message = split.fields[f] ?? '';
        if (f === 'files') setFileError(message);
        else setError(f, { type: 'server', message });
      }
      setFormError(split.rest);
      if (split.order.length > 0) setAttempt((a) => a + 1);
      // The deadline may have passed meanwhile: show the page as it is now.
      if (hasCode(res.error, 'INVALID') && !toAppErrors(res.error).some((e) => e.field)) onReload();
      return;
    }
    onSent({ reference, company: v.companyName.trim() });
  };

  const onInvalid = (_errors: FieldErrors<PublicFormValues>) => {
    setFormError(null);
    setFileError(filesProblem(files));
    setAttempt((a) => a + 1);
  };

  const labels: Record<PublicField, string> = {
    companyName: t('public.companyName'),
    street: t('public.street'),
    postalCode: t('public.postalCode'),
    city: t('public.city'),
    website: t('public.website'),
    category: t('public.category'),
    firstName: t('public.firstName'),
    lastName: t('public.lastName'),
    email: t('public.email'),
    phone: t('public.phone'),
    organisation: t('public.organisation'),
    justification: t('public.justificationLegend'),
    files: t('public.filesShort'),
    consent: t('public.consentShort'),
  };
  const summary = PUBLIC_FIELDS.flatMap((f) => {
    const message = f === 'files' ? fileError : errors[f]?.message;
    return message ? [{ field: f, message }] : [];
  });
  // After each attempt with problems, the summary takes the focus — once it is on the page
  // (the errors may arrive a render after the attempt was counted).
  const showSummary = summary.length > 0 && attempt > 0;
  useEffect(() => {
    if (showSummary) summaryRef.current?.focus();
  }, [attempt, showSummary]);

  const jump = (e: MouseEvent<HTMLAnchorElement>, f: PublicField) => {
    e.preventDefault();
    const el = document.getElementById(fieldId(f));
    el?.focus();
    el?.scrollIntoView({ block: 'center' });
  };

  const chooseFiles = (list: FileList | null) => {
    if (!list || list.length === 0) return;
    const next = addFiles(files, [...list]);
    setFiles(next);
    setFileError(filesProblem(next));
    if (fileRef.current) fileRef.current.value = '';
  };
  const removeFile = (i: number) => {
    const next = files.filter((_, j) => j !== i);
    setFiles(next);
    setFileError(filesProblem(next));
    fileRef.current?.focus();
  };

  const consentError = errors.consent?.message;
  const justLength = textLength(justification);
  const counter =
    justLength < MIN_PUBLIC_JUSTIFICATION
      ? t('public.counter', { count: justLength, min: MIN_PUBLIC_JUSTIFICATION })
      : t('public.counterDone', { count: justLength, max: MAX_JUSTIFICATION });
  const filesDescribedBy = ['pn-files-description', fileError ? 'pn-files-error' : ''].filter(Boolean).join(' ');

  return (
    <Stack gap="lg">
      {showSummary && (
        <Box component="section" ref={summaryRef} tabIndex={-1} aria-labelledby="pn-summary-title" className={classes.summary}>
          <Title order={2} size="h4" id="pn-summary-title">
            {t('public.summaryTitle')}
          </Title>
          <Text size="sm" mt={4} mb="xs">
            {t('public.summaryIntro', { count: summary.length })}
          </Text>
          <List size="sm" spacing={4}>
            {summary.map((s) => (
              <List.Item key={s.field}>
                <a href={`#${fieldId(s.field)}`} onClick={(e) => jump(e, s.field)} className={classes.summaryLink}>
                  {labels[s.field]}: {s.message}
                </a>
              </List.Item>
            ))}
          </List>
        </Box>
      )}
      <FormError message={formError} />
      <form onSubmit={handleSubmit(onValid, onInvalid)} noValidate aria-busy={fetching || undefined} aria-label={t('public.title')}>
        <Stack gap="lg">
          <Text size="sm">{t('public.required')}</Text>

          <Fieldset legend={t('public.companyLegend')}>
            <Stack gap="sm">
              <TextInput
                id={fieldId('companyName')}
                label={t('public.companyName')}
                required
                autoComplete="organization"
                error={errors.companyName?.message}
                {...register('companyName')}
              />
              <TextInput id={fieldId('street')} label={t('public.street')} autoComplete="off" error={errors.street?.message} {...register('street')} />
              <SimpleGrid cols={{ base: 1, xs: 2 }}>
                <TextInput
                  id={fieldId('postalCode')}
                  label={t('public.postalCode')}
                  description={t('public.postalCodeHint')}
                  inputMode="numeric"
                  autoComplete="off"
                  error={errors.postalCode?.message}
                  {...register('postalCode')}
                />
                <TextInput id={fieldId('city')} label={t('public.city')} autoComplete="off" error={errors.city?.message} {...register('city')} />
              </SimpleGrid>
              <TextInput
                id={fieldId('website')}
                label={t('public.website')}
                description={t('public.websiteHint')}
                inputMode="url"
                autoComplete="off"
                error={errors.website?.message}
                {...register('website')}
              />
            </Stack>
          </Fieldset>

          <Controller
            control={control}
            name="category"
            render={({ field }) => (
              <Radio.Group
                label={t('public.category')}
                description={t('public.categoryHint')}
                required
                name={field.name}
                value={field.value}
                onChange={field.onChange}
                error={errors.category?.message}
              >
                <Stack gap="xs" mt="xs">
                  {form.categories.map((c, i) => (
                    <Radio
                      key={c}
                      id={`pn-category-${i}`}
                      value={c}
                      label={c}
                      ref={i === 0 ? field.ref : undefined}
                      onBlur={field.onBlur}
                    />
                  ))}
                </Stack>
              </Radio.Group>
            )}
          />

          <Fieldset legend={t('public.nominatorLegend')}>
            <Stack gap="sm">
              <Text size="sm" c="dimmed">
                {t('public.nominatorHint')}
              </Text>
              <SimpleGrid cols={{ base: 1, xs: 2 }}>
                <TextInput
                  id={fieldId('firstName')}
                  label={t('public.firstName')}
                  autoComplete="given-name"
                  error={errors.firstName?.message}
                  {...register('firstName')}
                />
                <TextInput
                  id={fieldId('lastName')}
                  label={t('public.lastName')}
                  required
                  autoComplete="family-name"
                  error={errors.lastName?.message}
                  {...register('lastName')}
                />
              </SimpleGrid>
              <TextInput
                id={fieldId('email')}
                type="email"
                label={t('public.email')}
                autoComplete="email"
                error={errors.email?.message}
                {...register('email')}
              />
              <TextInput id={fieldId('phone')} type="tel" label={t('public.phone')} autoComplete="tel" error={errors.phone?.message} {...register('phone')} />
              <TextInput
                id={fieldId('organisation')}
                label={t('public.organisation')}
                autoComplete="organization"
                error={errors.organisation?.message}
                {...register('organisation')}
              />
            </Stack>
          </Fieldset>

          <Textarea
            id={fieldId('justification')}
            label={t('public.justificationLegend')}
            description={`${t('public.justification')} ${t('public.justificationHint', { min: MIN_PUBLIC_JUSTIFICATION })} ${counter}`}
            required
            autosize
            minRows={6}
            error={errors.justification?.message}
            {...register('justification')}
          />

          <Fieldset legend={t('public.documentsLegend')}>
            <Stack gap="sm">
              <Input.Wrapper id={fieldId('files')} label={t('public.files')} description={t('public.filesHint', { max: MAX_PUBLIC_FILES })} error={fileError}>
                <input
                  ref={fileRef}
                  id={fieldId('files')}
                  type="file"
                  multiple
                  accept={FILE_ACCEPT}
                  aria-invalid={fileError ? true : undefined}
                  aria-describedby={filesDescribedBy}
                  className={classes.fileInput}
                  onChange={(e) => chooseFiles(e.currentTarget.files)}
                />
              </Input.Wrapper>
              {files.length > 0 && (
                <div>
                  <Text size="sm" fw={600} id="pn-file-list">
                    {t('public.fileList')}
                  </Text>
                  <ul className={classes.fileList} aria-labelledby="pn-file-list">
                    {files.map((f, i) => (
                      <li key={`${f.name}-${f.size}`}>
                        <Text size="sm">{t('public.fileItem', { name: f.name, size: size(f.size) })}</Text>
                        <Button size="compact-sm" variant="default" onClick={() => removeFile(i)} aria-label={t('public.removeFileNamed', { name: f.name })}>
                          {t('public.removeFile')}
                        </Button>
                      </li>
                    ))}
                  </ul>
                  {files.length >= MAX_PUBLIC_FILES && (
                    <Text size="sm" c="dimmed" mt={4}>
                      {t('public.filesFull', { max: MAX_PUBLIC_FILES })}
                    </Text>
                  )}
                </div>
              )}
            </Stack>
          </Fieldset>

          <Checkbox
            id={fieldId('consent')}
            label={t('public.consent')}
            required
            description={
              <span id="pn-consent-description">
                {t('public.consentHint')}{' '}
                <AnchorLink to="/legal/$cooperationId/$kind" params={{ cooperationId: form.cooperationId, kind: 'privacy' }} target="_blank" rel="noopener">
                  {t('public.privacy')}
                </AnchorLink>{' '}
                {t('public.newTab')}
              </span>
            }
            aria-invalid={consentError ? true : undefined}
            aria-describedby={['pn-consent-description', consentError ? 'pn-consent-error' : ''].filter(Boolean).join(' ')}
            error={consentError ? <span id="pn-consent-error">{consentError}</span> : undefined}
            {...register('consent')}
          />

          <div className={classes.trap} aria-hidden="true">
            <label htmlFor="pn-homepage">{t('public.trap')}</label>
            <input id="pn-homepage" type="text" tabIndex={-1} autoComplete="off" {...register('homepage')} />
          </div>

          <div>
            <Button type="submit" size="md" loading={fetching} loaderProps={{ type: 'dots' }}>
              {fetching ? t('public.submitting') : t('public.submit')}
            </Button>
          </div>
        </Stack>
      </form>
    </Stack>
  );
}
