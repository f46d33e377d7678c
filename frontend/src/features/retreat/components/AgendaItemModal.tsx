import { zodResolver } from '@hookform/resolvers/zod';
import { Modal, MultiSelect, NativeSelect, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useMemo, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { z } from 'zod';
import { FormError } from '../../../components/ui/FormError';
import { ModalActions } from '../../../components/ui/parts';
import type { RetreatFieldsFragment, UpdateAgendaItemInput } from '../../../gql/graphql';
import { applyServerErrors } from '../../../lib/errors';
import { partnerLabel } from '../../events/model';
import { AddAgendaItemMutation, UpdateAgendaItemMutation } from '../api/retreat';
import { showDone, useFailure } from './feedback';
import { isStale, RETREAT_CONTEXT } from './RetreatFormModal';

type Retreat = RetreatFieldsFragment;
type AgendaItem = Retreat['agenda'][number];
type Translate = (key: string) => string;

function agendaSchema(t: Translate) {
  return z.object({
    title: z.string().trim().min(1, t('validation.titleRequired')),
    durationMinutes: z.string().refine((v) => /^\d+$/.test(v.trim()) && Number(v) >= 5 && Number(v) <= 480, t('validation.duration')),
    presenter: z.string(),
    notes: z.string(),
    proposals: z.array(z.string()),
  });
}

type Values = z.infer<ReturnType<typeof agendaSchema>>;
const FIELDS = ['title', 'durationMinutes', 'presenter', 'notes', 'proposals'] as const;
const FIELD_MAP = { presenterMembershipId: 'presenter', proposalIds: 'proposals' } as const;

/** "Punkt hinzufügen" (at the end) or "Punkt bearbeiten": title, duration, presenter, notes, proposals discussed. */
export function AgendaItemModal({
  retreat: r,
  item,
  onClose,
  onReload,
}: {
  retreat: Retreat;
  item: AgendaItem | null;
  onClose: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation('retreat');
  const { t: tc } = useTranslation();
  const fail = useFailure(onReload);
  const [formError, setFormError] = useState<string | null>(null);
  const [{ fetching: adding }, add] = useMutation(AddAgendaItemMutation);
  const [{ fetching: updating }, update] = useMutation(UpdateAgendaItemMutation);
  const schema = useMemo(() => agendaSchema(t), [t]);
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: {
      title: item?.title ?? '',
      durationMinutes: String(item?.durationMinutes ?? 30),
      presenter: item?.presenter?.membershipId ?? '',
      notes: item?.notes ?? '',
      proposals: item?.proposals.map((p) => p.id) ?? [],
    },
  });
  const presenters = [...r.participants]
    .sort((a, b) => a.name.localeCompare(b.name, 'de'))
    .map((p) => ({ value: p.membershipId, label: p.partner ? `${p.name} (${partnerLabel(p.partner)})` : p.name }));
  const proposalOptions = r.proposals.map((p) => ({ value: p.id, label: `${p.title} (${t(`kind.${p.kind}`)})` }));

  const onSubmit = async (v: Values) => {
    setFormError(null);
    const fields = { title: v.title.trim(), durationMinutes: Number(v.durationMinutes), notes: v.notes.trim(), proposalIds: v.proposals };
    const res = item
      ? await update(
          {
            input: {
              id: item.id,
              version: item.version,
              ...fields,
              ...(v.presenter ? { presenterMembershipId: v.presenter } : item.presenter ? { clearPresenter: true } : {}),
            } satisfies UpdateAgendaItemInput,
          },
          RETREAT_CONTEXT,
        )
      : await add({ input: { retreatId: r.id, ...fields, presenterMembershipId: v.presenter || null } }, RETREAT_CONTEXT);
    if (res.error) {
      if (isStale(res.error)) {
        fail(res.error);
        onClose();
        return;
      }
      setFormError(applyServerErrors(res.error, setError, FIELDS, tc, FIELD_MAP));
      return;
    }
    showDone(item ? t('agenda.saved') : t('agenda.added', { title: fields.title }));
    onClose();
  };

  return (
    <Modal opened onClose={onClose} title={item ? t('agenda.editTitle') : t('agenda.addTitle')} size="lg">
      <form onSubmit={handleSubmit(onSubmit)} noValidate>
        <Stack gap="md">
          <FormError message={formError} />
          <TextInput label={t('agenda.fields.title')} required error={errors.title?.message} data-autofocus {...register('title')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('agenda.fields.duration')}
              description={t('agenda.fields.durationHint')}
              required
              inputMode="numeric"
              error={errors.durationMinutes?.message}
              {...register('durationMinutes')}
            />
            <NativeSelect
              label={t('agenda.fields.presenter')}
              error={errors.presenter?.message}
              data={[{ value: '', label: t('agenda.fields.noPresenter') }, ...presenters]}
              {...register('presenter')}
            />
          </SimpleGrid>
          <Textarea label={t('agenda.fields.notes')} autosize minRows={2} maxRows={8} error={errors.notes?.message} {...register('notes')} />
          <Controller
            control={control}
            name="proposals"
            render={({ field }) => (
              <MultiSelect
                label={t('agenda.fields.proposals')}
                description={t('agenda.fields.proposalsHint')}
                placeholder={field.value.length === 0 ? t('agenda.fields.proposalsPlaceholder') : undefined}
                data={proposalOptions}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                ref={field.ref}
                error={errors.proposals?.message}
                searchable
                nothingFoundMessage={t('fields.noneFound')}
                clearable
                clearButtonProps={{ 'aria-label': tc('actions.clear') }}
                comboboxProps={{ withinPortal: true }}
              />
            )}
          />
          <ModalActions onCancel={onClose} loading={adding || updating} />
        </Stack>
      </form>
    </Modal>
  );
}
