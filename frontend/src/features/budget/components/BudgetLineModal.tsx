import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Fieldset, Group, Modal, NativeSelect, SegmentedControl, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormError } from '../../../components/ui/FormError';
import type { BudgetShareMode, EventBudgetFieldsFragment } from '../../../gql/graphql';
import { applyServerErrors } from '../../../lib/errors';
import { BUDGET_CATEGORIES, FULL_SHARE, basisPointsToInput, centsToInput, formatEuro, formatPercent, parseHundredths } from '../money';

type Line = EventBudgetFieldsFragment['lines'][number];
type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface BudgetPartner {
  id: string;
  organisation: { name: string; shortName: string };
}

export function partnerName(p: BudgetPartner): string {
  return p.organisation.shortName || p.organisation.name;
}

function lineSchema(t: Translate, language: string) {
  const amount = (v: string, optional: boolean) => {
    if (optional && v.trim() === '') return null;
    return parseHundredths(v);
  };
  return z
    .object({
      category: z.string(),
      description: z.string(),
      planned: z.string(),
      actual: z.string(),
      shareMode: z.enum(['PERCENT', 'AMOUNT']),
      shares: z.array(z.object({ value: z.string() })),
      sharesTotal: z.string().optional(),
    })
    .superRefine((v, ctx) => {
      const planned = amount(v.planned, false);
      if (planned === null) ctx.addIssue({ code: 'custom', path: ['planned'], message: t('validation.amount') });
      else if (planned < 0) ctx.addIssue({ code: 'custom', path: ['planned'], message: t('validation.negative') });
      const actual = amount(v.actual, true);
      if (v.actual.trim() !== '' && actual === null) ctx.addIssue({ code: 'custom', path: ['actual'], message: t('validation.amount') });
      else if (actual !== null && actual < 0) ctx.addIssue({ code: 'custom', path: ['actual'], message: t('validation.negative') });
      const percent = v.shareMode === 'PERCENT';
      let sum = 0;
      let bad = false;
      v.shares.forEach((s, i) => {
        const n = s.value.trim() === '' ? 0 : parseHundredths(s.value);
        if (n === null) {
          bad = true;
          ctx.addIssue({ code: 'custom', path: ['shares', i, 'value'], message: t(percent ? 'validation.percent' : 'validation.amount') });
        } else if (n < 0) {
          bad = true;
          ctx.addIssue({ code: 'custom', path: ['shares', i, 'value'], message: t(percent ? 'validation.percentNegative' : 'validation.negative') });
        } else sum += n;
      });
      if (bad) return;
      if (percent && sum !== FULL_SHARE) {
        ctx.addIssue({ code: 'custom', path: ['sharesTotal'], message: t('validation.percentSum', { sum: formatPercent(sum, language) }) });
      }
      if (!percent && planned !== null && sum !== planned) {
        const e = (c: number) => formatEuro(c, language);
        ctx.addIssue({
          code: 'custom',
          path: ['sharesTotal'],
          message:
            sum < planned
              ? t('validation.amountSum', { sum: e(sum), planned: e(planned), missing: e(planned - sum) })
              : t('validation.amountSumOver', { sum: e(sum), planned: e(planned), over: e(sum - planned) }),
        });
      }
    });
}

type LineFormValues = z.infer<ReturnType<typeof lineSchema>>;

/** The input the API takes for a line, from the form's values (already validated). */
export interface LineInput {
  category: Line['category'];
  description: string;
  plannedCents: number;
  actualCents: number | null;
  shareMode: BudgetShareMode;
  shares: { partnerId: string; basisPoints?: number; amountCents?: number }[];
}

function toInput(v: LineFormValues, partners: readonly BudgetPartner[]): LineInput {
  const actual = v.actual.trim() === '' ? null : parseHundredths(v.actual);
  return {
    category: v.category as Line['category'],
    description: v.description.trim(),
    plannedCents: parseHundredths(v.planned) ?? 0,
    actualCents: actual,
    shareMode: v.shareMode,
    shares: partners.map((p, i) => {
      const n = parseHundredths(v.shares[i]?.value ?? '') ?? 0;
      return v.shareMode === 'PERCENT' ? { partnerId: p.id, basisPoints: n } : { partnerId: p.id, amountCents: n };
    }),
  };
}

function defaults(line: Line | null, partners: readonly BudgetPartner[]): LineFormValues {
  if (!line) {
    return { category: 'VENUE', description: '', planned: '', actual: '', shareMode: 'PERCENT', shares: partners.map(() => ({ value: '' })), sharesTotal: '' };
  }
  return {
    category: line.category,
    description: line.description,
    planned: centsToInput(line.plannedCents),
    actual: line.actualCents === null || line.actualCents === undefined ? '' : centsToInput(line.actualCents),
    shareMode: line.shareMode,
    shares: partners.map((p) => {
      const s = line.shares.find((x) => x.partner.id === p.id);
      if (!s) return { value: '' };
      if (line.shareMode === 'PERCENT') return { value: basisPointsToInput(s.basisPoints ?? 0) };
      return { value: centsToInput(s.amountCents ?? 0) };
    }),
    sharesTotal: '',
  };
}

/** The live sum under the share inputs: "Summe 100 %", "Es fehlen noch 12,50 €", "5 % zu viel". */
function ShareSum({ values, partnersCount }: { values: LineFormValues; partnersCount: number }) {
  const { t, i18n } = useTranslation('budget');
  const percent = values.shareMode === 'PERCENT';
  let sum = 0;
  for (let i = 0; i < partnersCount; i++) {
    const raw = values.shares[i]?.value ?? '';
    const n = raw.trim() === '' ? 0 : parseHundredths(raw);
    if (n === null) return null;
    sum += n;
  }
  const target = percent ? FULL_SHARE : parseHundredths(values.planned);
  if (target === null) return null;
  const show = (n: number) => (percent ? formatPercent(n, i18n.language) : formatEuro(n, i18n.language));
  const ok = sum === target;
  const text = ok
    ? percent
      ? t('form.sumPercentOk')
      : t('form.sumAmountOk', { amount: show(sum) })
    : sum < target
      ? t('form.missing', { amount: show(target - sum) })
      : t('form.tooMuch', { amount: show(sum - target) });
  return (
    <Text size="sm" fw={600} c={ok ? 'teal.9' : undefined} aria-live="polite" data-testid="share-sum">
      {ok ? '✓ ' : ''}
      {text}
    </Text>
  );
}

/** Add or edit a budget line: category, amounts, and each partner's share with a live sum. */
export function BudgetLineModal({
  opened,
  line,
  partners,
  onClose,
  onSubmit,
}: {
  opened: boolean;
  line: Line | null;
  partners: readonly BudgetPartner[];
  onClose: () => void;
  /** Returns the server's error (mapped onto the fields) or null on success. */
  onSubmit: (input: LineInput) => Promise<unknown>;
}) {
  return (
    <BudgetLineModalInner key={`${line?.id ?? 'new'}-${line?.version ?? 0}-${String(opened)}`} opened={opened} line={line} partners={partners} onClose={onClose} onSubmit={onSubmit} />
  );
}

function BudgetLineModalInner({
  opened,
  line,
  partners,
  onClose,
  onSubmit,
}: {
  opened: boolean;
  line: Line | null;
  partners: readonly BudgetPartner[];
  onClose: () => void;
  onSubmit: (input: LineInput) => Promise<unknown>;
}) {
  const { t, i18n } = useTranslation('budget');
  const { t: tc } = useTranslation();
  const schema = useMemo(() => lineSchema(t as Translate, i18n.language), [t, i18n.language]);
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<LineFormValues>({ resolver: zodResolver(schema), defaultValues: defaults(line, partners) });
  const values = useWatch({ control }) as LineFormValues;
  const percent = values.shareMode === 'PERCENT';

  const fields = useMemo(
    () => ['category', 'description', 'planned', 'actual', 'shareMode', 'sharesTotal', ...partners.map((_, i) => `shares.${i}.value` as const)] as const,
    [partners],
  );
  const fieldMap = useMemo(() => {
    const m: Record<string, string> = { plannedCents: 'planned', actualCents: 'actual', shares: 'sharesTotal' };
    partners.forEach((_, i) => {
      m[`shares.${i}.basisPoints`] = `shares.${i}.value`;
      m[`shares.${i}.amountCents`] = `shares.${i}.value`;
      m[`shares.${i}.partnerId`] = `shares.${i}.value`;
    });
    return m;
  }, [partners]);

  const submit = async (v: LineFormValues) => {
    setFormError(null);
    const error = await onSubmit(toInput(v, partners));
    if (error) {
      setFormError(
        applyServerErrors(error, setError, fields as unknown as Parameters<typeof applyServerErrors<LineFormValues>>[2], tc, fieldMap as never),
      );
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t(line ? 'form.editTitle' : 'form.addTitle')} size="lg">
      <form onSubmit={handleSubmit(submit)} noValidate>
        <Stack gap="sm">
          <FormError message={formError} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <NativeSelect
              label={t('lines.category')}
              required
              data={BUDGET_CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) }))}
              error={errors.category?.message}
              data-autofocus
              {...register('category')}
            />
            <TextInput label={t('lines.description')} error={errors.description?.message} maxLength={300} {...register('description')} />
            <TextInput
              label={t('form.plannedLabel')}
              description={t('form.amountHint')}
              required
              inputMode="decimal"
              error={errors.planned?.message}
              {...register('planned')}
            />
            <TextInput
              label={t('form.actualLabel')}
              description={t('form.actualHint')}
              inputMode="decimal"
              error={errors.actual?.message}
              {...register('actual')}
            />
          </SimpleGrid>
          <Fieldset legend={t('form.shares')} variant="unstyled">
            <Stack gap="sm">
              <Controller
                control={control}
                name="shareMode"
                render={({ field }) => (
                  <SegmentedControl
                    aria-label={t('shareMode.label')}
                    value={field.value}
                    onChange={(v) => field.onChange(v)}
                    data={[
                      { value: 'PERCENT', label: t('shareMode.PERCENT') },
                      { value: 'AMOUNT', label: t('shareMode.AMOUNT') },
                    ]}
                  />
                )}
              />
              <SimpleGrid cols={{ base: 1, sm: Math.min(3, Math.max(1, partners.length)) }} spacing="sm">
                {partners.map((p, i) => (
                  <TextInput
                    key={p.id}
                    label={t(percent ? 'form.shareLabelPercent' : 'form.shareLabelAmount', { partner: partnerName(p) })}
                    inputMode="decimal"
                    rightSection={percent ? '%' : '€'}
                    error={errors.shares?.[i]?.value?.message}
                    {...register(`shares.${i}.value` as const)}
                  />
                ))}
              </SimpleGrid>
              <ShareSum values={values} partnersCount={partners.length} />
              {errors.sharesTotal?.message && (
                <Text size="sm" c="red.9" role="alert" id="shares-total-error">
                  {errors.sharesTotal.message}
                </Text>
              )}
            </Stack>
          </Fieldset>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" type="button" onClick={onClose}>
              {tc('actions.cancel')}
            </Button>
            <Button type="submit" loading={isSubmitting}>
              {t(line ? 'form.save' : 'form.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
