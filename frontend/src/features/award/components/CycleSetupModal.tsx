import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Fieldset, Group, Modal, NativeSelect, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useNavigate } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { z } from 'zod';
import { FormError } from '../../../components/ui/FormError';
import type { AwardCycleFieldsFragment } from '../../../gql/graphql';
import { berlinParts, formatDay } from '../../../lib/berlin';
import { applyServerErrors } from '../../../lib/errors';
import { AwardEventsQuery, CreateAwardCycleMutation, UpdateAwardCycleMutation } from '../api/award';
import { TIE_BREAK_RULES, berlinField, parseCategories, parseWhole } from '../model';

type Translate = (key: string, options?: Record<string, unknown>) => string;

const DATES = ['nominationOpensAt', 'nominationClosesAt', 'votingClosesAt'] as const;

function cycleSchema(t: Translate, withYear: boolean) {
  return z
    .object({
      year: z.string(),
      title: z.string().trim().min(1, t('validation.required')),
      // Disabled once nominations opened: then the form leaves them out and the cycle's own are sent.
      categories: z.string().optional(),
      nominationOpensAtDate: z.string(),
      nominationOpensAtTime: z.string(),
      nominationClosesAtDate: z.string(),
      nominationClosesAtTime: z.string(),
      votingClosesAtDate: z.string(),
      votingClosesAtTime: z.string(),
      quorum: z.string(),
      tieBreakRule: z.enum(['MORE_TOP_RANKS_THEN_MEDIAN_THEN_CHAIR', 'MEDIAN_THEN_CHAIR']).optional(),
      announcementEventId: z.string(),
    })
    .superRefine((v, ctx) => {
      if (withYear) {
        const y = parseWhole(v.year);
        if (y === null || y < 1990 || y > 2200) ctx.addIssue({ code: 'custom', path: ['year'], message: t('validation.year') });
      }
      const q = parseWhole(v.quorum);
      if (q === null || q < 1) ctx.addIssue({ code: 'custom', path: ['quorum'], message: t('validation.quorum') });
      const ms: number[] = [];
      for (const d of DATES) {
        const f = berlinField(v[`${d}Date`], v[`${d}Time`]);
        if (typeof f === 'string') {
          ctx.addIssue({ code: 'custom', path: [`${d}Date`], message: t(f === 'missing' ? 'validation.date' : 'validation.nonexistent') });
        } else ms.push(f.ms);
      }
      if (ms.length === 3 && !((ms[0] as number) < (ms[1] as number) && (ms[1] as number) < (ms[2] as number))) {
        ctx.addIssue({ code: 'custom', path: ['votingClosesAtDate'], message: t('validation.order') });
      }
    });
}

type Values = z.infer<ReturnType<typeof cycleSchema>>;

const CONTEXT = { additionalTypenames: ['AwardProgramme', 'AwardCycle'] };

function iso(v: Values, d: (typeof DATES)[number]): string {
  const f = berlinField(v[`${d}Date`], v[`${d}Time`]);
  return typeof f === 'string' ? '' : f.iso;
}

/** Creates a cycle of a programme (with `programmeId`) or edits a cycle's setup (with `cycle`). */
export function CycleSetupModal({
  opened,
  onClose,
  cooperationId,
  programmeId,
  cycle,
}: {
  opened: boolean;
  onClose: () => void;
  cooperationId: string;
  programmeId?: string;
  cycle?: AwardCycleFieldsFragment;
}) {
  const { t, i18n } = useTranslation('award');
  const { t: tc } = useTranslation();
  const navigate = useNavigate();
  const [formError, setFormError] = useState<string | null>(null);
  const [{ fetching: creating }, create] = useMutation(CreateAwardCycleMutation);
  const [{ fetching: updating }, update] = useMutation(UpdateAwardCycleMutation);
  const [{ data: events }] = useQuery({ query: AwardEventsQuery, variables: { cooperationId }, pause: !opened });
  const schema = useMemo(() => cycleSchema(t, !cycle), [t, cycle]);
  const draft = !cycle || cycle.phase === 'DRAFT';
  const nextYear = new Date().getFullYear() + 1;
  const part = (value: string | undefined, fallback: { date: string; time: string }) => (value ? berlinParts(value) : fallback);
  const opens = part(cycle?.nominationOpensAt, { date: `${nextYear}-03-01`, time: '00:00' });
  const closes = part(cycle?.nominationClosesAt, { date: `${nextYear}-05-31`, time: '23:59' });
  const voting = part(cycle?.votingClosesAt, { date: `${nextYear}-09-30`, time: '23:59' });
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: {
      year: String(cycle?.year ?? nextYear),
      title: cycle?.title ?? '',
      categories: (cycle?.categories ?? []).join('\n'),
      nominationOpensAtDate: opens.date,
      nominationOpensAtTime: opens.time,
      nominationClosesAtDate: closes.date,
      nominationClosesAtTime: closes.time,
      votingClosesAtDate: voting.date,
      votingClosesAtTime: voting.time,
      quorum: String(cycle?.quorum ?? 3),
      tieBreakRule: cycle?.tieBreakRule ?? 'MORE_TOP_RANKS_THEN_MEDIAN_THEN_CHAIR',
      announcementEventId: cycle?.announcementEventId ?? '',
    },
  });

  const onSubmit = async (v: Values) => {
    setFormError(null);
    const fields = {
      title: v.title,
      categories: draft || !cycle ? parseCategories(v.categories ?? '') : cycle.categories,
      nominationOpensAt: iso(v, 'nominationOpensAt'),
      nominationClosesAt: iso(v, 'nominationClosesAt'),
      votingClosesAt: iso(v, 'votingClosesAt'),
      quorum: parseWhole(v.quorum) ?? 0,
      tieBreakRule: (draft || !cycle ? v.tieBreakRule : cycle.tieBreakRule) ?? 'MORE_TOP_RANKS_THEN_MEDIAN_THEN_CHAIR',
      announcementEventId: v.announcementEventId || null,
    };
    const fieldNames = ['year', 'title', 'categories', 'quorum', 'tieBreakRule', 'announcementEventId'] as const;
    const fieldMap = {
      nominationOpensAt: 'nominationOpensAtDate',
      nominationClosesAt: 'nominationClosesAtDate',
      votingClosesAt: 'votingClosesAtDate',
    } as const;
    const allFields = [...fieldNames, 'nominationOpensAtDate', 'nominationClosesAtDate', 'votingClosesAtDate'] as const;
    if (cycle) {
      const res = await update({ input: { id: cycle.id, version: cycle.version, ...fields } }, CONTEXT);
      if (res.error) {
        setFormError(applyServerErrors(res.error, setError, allFields, tc, fieldMap));
        return;
      }
      notifications.show({ color: 'green', message: t('cycle.saved') });
      onClose();
      return;
    }
    const res = await create({ input: { programmeId: programmeId ?? '', year: parseWhole(v.year) ?? 0, ...fields } }, CONTEXT);
    if (res.error || !res.data) {
      setFormError(applyServerErrors(res.error, setError, allFields, tc, fieldMap));
      return;
    }
    notifications.show({ color: 'green', message: t('cycle.created') });
    onClose();
    void navigate({
      to: '/c/$cooperationId/award/$cycleId',
      params: { cooperationId, cycleId: res.data.createAwardCycle.awardCycle.id },
    });
  };

  const eventOptions = [
    { value: '', label: t('cycle.noEvent') },
    ...(events?.events.items ?? []).map((e) => ({
      value: e.id,
      label: `${e.title} (${formatDay(berlinParts(e.startsAt).date, i18n.language)})`,
    })),
  ];
  // Keep the linked event selectable even when it is not among the events loaded.
  if (cycle?.announcementEventId && !eventOptions.some((o) => o.value === cycle.announcementEventId)) {
    eventOptions.push({ value: cycle.announcementEventId, label: cycle.announcementEventTitle ?? cycle.announcementEventId });
  }

  return (
    <Modal opened={opened} onClose={onClose} title={t(cycle ? 'cycle.editSetup' : 'cycle.create')} size="xl">
      <form onSubmit={handleSubmit(onSubmit)} noValidate>
        <Stack gap="md">
          <FormError message={formError} />
          <SimpleGrid cols={{ base: 1, sm: cycle ? 1 : 2 }}>
            {!cycle && (
              <TextInput label={t('cycle.year')} inputMode="numeric" required error={errors.year?.message} {...register('year')} />
            )}
            <TextInput label={t('cycle.title')} required error={errors.title?.message} {...register('title')} data-autofocus />
          </SimpleGrid>
          <Textarea
            label={t('cycle.categories')}
            description={draft ? t('cycle.categoriesHint') : t('cycle.categoriesFixed')}
            autosize
            minRows={4}
            disabled={!draft}
            error={errors.categories?.message}
            {...register('categories')}
          />
          <Text size="sm" c="dimmed">
            {t('cycle.timeZone')}
          </Text>
          {DATES.map((d) => (
            <Fieldset key={d} legend={t(`cycle.${d}`)}>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput type="date" label={t('cycle.date')} required error={errors[`${d}Date`]?.message} {...register(`${d}Date`)} />
                <TextInput type="time" label={t('cycle.time')} required {...register(`${d}Time`)} />
              </SimpleGrid>
            </Fieldset>
          ))}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('cycle.quorum')}
              description={t('cycle.quorumHint')}
              inputMode="numeric"
              required
              error={errors.quorum?.message}
              {...register('quorum')}
            />
            <NativeSelect
              label={t('cycle.tieBreakRule')}
              description={draft ? undefined : t('cycle.tieBreakFixed')}
              disabled={!draft}
              data={TIE_BREAK_RULES.map((r) => ({ value: r, label: t(`tieBreak.${r}`) }))}
              error={errors.tieBreakRule?.message}
              {...register('tieBreakRule')}
            />
          </SimpleGrid>
          <NativeSelect
            label={t('cycle.announcementEvent')}
            data={eventOptions}
            error={errors.announcementEventId?.message}
            {...register('announcementEventId')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {tc('actions.cancel')}
            </Button>
            <Button type="submit" loading={creating || updating}>
              {tc('actions.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
