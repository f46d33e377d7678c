import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Modal, NativeSelect, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormError } from '../../../components/ui/FormError';
import type { EventBudgetFieldsFragment, SponsorshipKind, SponsorshipStatus } from '../../../gql/graphql';
import { applyServerErrors } from '../../../lib/errors';
import { centsToInput, parseHundredths } from '../money';

type Sponsorship = EventBudgetFieldsFragment['sponsorships'][number];
type Translate = (key: string) => string;

export interface SponsorOption {
  id: string;
  name: string;
  kind: string;
}

function sponsorshipSchema(t: Translate) {
  return z.object({
    organisationId: z.string().min(1, t('validation.organisation')),
    kind: z.enum(['MONEY', 'IN_KIND']),
    amount: z.string().refine((v) => {
      const n = parseHundredths(v);
      return n !== null && n > 0;
    }, t('validation.sponsorAmount')),
    status: z.enum(['PLEDGED', 'RECEIVED']),
    note: z.string(),
  });
}

type SponsorshipFormValues = z.infer<ReturnType<typeof sponsorshipSchema>>;

/** The input the API takes for a sponsorship. */
export interface SponsorshipInput {
  organisationId: string;
  kind: SponsorshipKind;
  amountCents: number;
  status: SponsorshipStatus;
  note: string;
}

const FIELDS = ['organisationId', 'kind', 'amount', 'status', 'note'] as const;

/** Add or edit a sponsorship: which organisation gives what, how much, and whether it arrived. */
export function SponsorshipModal(props: {
  opened: boolean;
  sponsorship: Sponsorship | null;
  organisations: readonly SponsorOption[];
  onClose: () => void;
  onSubmit: (input: SponsorshipInput) => Promise<unknown>;
}) {
  const key = `${props.sponsorship?.id ?? 'new'}-${props.sponsorship?.version ?? 0}-${String(props.opened)}`;
  return <SponsorshipModalInner key={key} {...props} />;
}

function SponsorshipModalInner({
  opened,
  sponsorship,
  organisations,
  onClose,
  onSubmit,
}: {
  opened: boolean;
  sponsorship: Sponsorship | null;
  organisations: readonly SponsorOption[];
  onClose: () => void;
  onSubmit: (input: SponsorshipInput) => Promise<unknown>;
}) {
  const { t } = useTranslation('budget');
  const { t: tc } = useTranslation();
  const schema = useMemo(() => sponsorshipSchema(t), [t]);
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<SponsorshipFormValues>({
    resolver: zodResolver(schema),
    defaultValues: sponsorship
      ? {
          organisationId: sponsorship.organisation.id,
          kind: sponsorship.kind,
          amount: centsToInput(sponsorship.amountCents),
          status: sponsorship.status,
          note: sponsorship.note,
        }
      : { organisationId: '', kind: 'MONEY', amount: '', status: 'PLEDGED', note: '' },
  });

  const submit = async (v: SponsorshipFormValues) => {
    setFormError(null);
    const error = await onSubmit({
      organisationId: v.organisationId,
      kind: v.kind,
      amountCents: parseHundredths(v.amount) ?? 0,
      status: v.status,
      note: v.note.trim(),
    });
    if (error) setFormError(applyServerErrors(error, setError, FIELDS, tc, { amountCents: 'amount' }));
  };

  // Companies first: they are the usual sponsors.
  const sorted = [...organisations].sort((a, b) => Number(b.kind === 'COMPANY') - Number(a.kind === 'COMPANY') || a.name.localeCompare(b.name, 'de'));

  return (
    <Modal opened={opened} onClose={onClose} title={t(sponsorship ? 'sponsorships.editTitle' : 'sponsorships.addTitle')} size="lg">
      <form onSubmit={handleSubmit(submit)} noValidate>
        <Stack gap="sm">
          <FormError message={formError} />
          {organisations.length === 0 && <Text size="sm">{t('sponsorships.noOrganisations')}</Text>}
          <NativeSelect
            label={t('sponsorships.organisation')}
            required
            data-autofocus
            data={[{ value: '', label: t('sponsorships.choose') }, ...sorted.map((o) => ({ value: o.id, label: o.name }))]}
            error={errors.organisationId?.message}
            {...register('organisationId')}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <NativeSelect
              label={t('sponsorships.kind')}
              data={(['MONEY', 'IN_KIND'] as const).map((k) => ({ value: k, label: t(`kind.${k}`) }))}
              error={errors.kind?.message}
              {...register('kind')}
            />
            <TextInput
              label={t('sponsorships.amount')}
              description={t('form.amountHint')}
              required
              inputMode="decimal"
              error={errors.amount?.message}
              {...register('amount')}
            />
            <NativeSelect
              label={t('sponsorships.status')}
              data={(['PLEDGED', 'RECEIVED'] as const).map((s) => ({ value: s, label: t(`status.${s}`) }))}
              error={errors.status?.message}
              {...register('status')}
            />
          </SimpleGrid>
          <Textarea label={t('sponsorships.note')} autosize minRows={2} maxLength={1000} error={errors.note?.message} {...register('note')} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" type="button" onClick={onClose}>
              {tc('actions.cancel')}
            </Button>
            <Button type="submit" loading={isSubmitting}>
              {t(sponsorship ? 'form.save' : 'form.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
