import { zodResolver } from '@hookform/resolvers/zod';
import { Modal, NativeSelect, Stack, TextInput, Textarea } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { z } from 'zod';
import { FormError } from '../../../components/ui/FormError';
import type { GoalFieldsFragment } from '../../../gql/graphql';
import { applyServerErrors, hasCode } from '../../../lib/errors';
import { CreateGoalMutation, UpdateGoalMutation } from '../api/goals';
import { PRIORITIES } from '../../workstreams/model';
import { goalLabel, isPriority } from '../model';
import { showDone } from './feedback';
import { ConflictAlert } from './formParts';
import { ModalActions } from '../../../components/ui/parts';

type Translate = (key: string, options?: Record<string, unknown>) => string;

function goalSchema(t: Translate) {
  return z.object({
    title: z.string().trim().min(1, t('validation.titleRequired')),
    description: z.string(),
    priority: z.string(),
  });
}

type Values = z.infer<ReturnType<typeof goalSchema>>;

const CONTEXT = { additionalTypenames: ['Goal', 'Strategy', 'Coverage'] };

/** "Oberziel anlegen", "Unterziel anlegen" (with `parent`) or "Ziel bearbeiten" (with `goal`). */
export function GoalFormModal({
  opened,
  onClose,
  cooperationId,
  parent = null,
  goal,
  onReload,
}: {
  opened: boolean;
  onClose: () => void;
  cooperationId: string;
  parent?: GoalFieldsFragment | null;
  goal?: GoalFieldsFragment;
  onReload?: () => void;
}) {
  const { t } = useTranslation('goals');
  const { t: tc } = useTranslation();
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const [{ fetching: creating }, create] = useMutation(CreateGoalMutation);
  const [{ fetching: updating }, update] = useMutation(UpdateGoalMutation);
  const schema = useMemo(() => goalSchema(t), [t]);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { title: goal?.title ?? '', description: goal?.description ?? '', priority: goal?.priority ?? '' },
  });

  const onSubmit = async (v: Values) => {
    setFormError(null);
    setConflict(false);
    const priority = isPriority(v.priority) ? v.priority : null;
    const res = goal
      ? await update(
          {
            input: {
              id: goal.id,
              version: goal.version,
              title: v.title.trim(),
              description: v.description.trim(),
              ...(priority ? { priority } : { clearPriority: true }),
            },
          },
          CONTEXT,
        )
      : await create(
          {
            input: {
              cooperationId,
              parentId: parent?.id ?? null,
              title: v.title.trim(),
              description: v.description.trim(),
              priority,
            },
          },
          CONTEXT,
        );
    if (res.error) {
      if (goal && hasCode(res.error, 'CONFLICT')) {
        setConflict(true);
        return;
      }
      setFormError(applyServerErrors(res.error, setError, ['title', 'description', 'priority'], tc));
      return;
    }
    showDone(goal ? t('goal.saved', { goal: v.title.trim() }) : t('goal.created', { goal: v.title.trim() }));
    onClose();
  };

  const title = goal ? t('goal.editTitle', { goal: goalLabel(goal) }) : parent ? t('goal.createSubTitle', { goal: goalLabel(parent) }) : t('goal.createTop');
  return (
    <Modal opened={opened} onClose={onClose} title={title} size="lg">
      <form onSubmit={handleSubmit(onSubmit)} noValidate>
        <Stack gap="md">
          {conflict && (
            <ConflictAlert title={t('conflict.title')} text={t('conflict.text')} reloadLabel={t('conflict.reload')} onReload={onReload} />
          )}
          <FormError message={formError} />
          <TextInput label={t('goal.title')} required error={errors.title?.message} data-autofocus {...register('title')} />
          <Textarea label={t('goal.description')} autosize minRows={2} maxRows={10} error={errors.description?.message} {...register('description')} />
          <NativeSelect
            label={t('goal.priority')}
            description={t('goal.priorityHint')}
            error={errors.priority?.message}
            data={[{ value: '', label: t('priority.noneOption') }, ...PRIORITIES.map((p) => ({ value: p, label: t(`priority.${p}`) }))]}
            {...register('priority')}
          />
          <ModalActions onCancel={onClose} submitLabel={goal ? tc('actions.save') : t('goal.create')} loading={creating || updating} />
        </Stack>
      </form>
    </Modal>
  );
}
