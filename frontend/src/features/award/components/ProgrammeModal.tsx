import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Modal, Stack, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { z } from 'zod';
import { FormError } from '../../../components/ui/FormError';
import { applyServerErrors } from '../../../lib/errors';
import { CreateAwardProgrammeMutation, UpdateAwardProgrammeMutation } from '../api/award';
import { parseWhole } from '../model';

type Translate = (key: string, options?: Record<string, unknown>) => string;

function programmeSchema(t: Translate) {
  return z.object({
    name: z.string().trim().min(1, t('validation.required')),
    description: z.string(),
    winnerExclusionYears: z.string().refine((v) => {
      const n = parseWhole(v);
      return n !== null && n >= 0 && n <= 50;
    }, t('validation.exclusion')),
  });
}

type Values = z.infer<ReturnType<typeof programmeSchema>>;

export interface ProgrammeData {
  id: string;
  name: string;
  description: string;
  winnerExclusionYears: number;
  version: number;
}

const CONTEXT = { additionalTypenames: ['AwardProgramme', 'AwardCycle'] };

/** Creates a programme (without `programme`) or edits one. */
export function ProgrammeModal({
  opened,
  onClose,
  cooperationId,
  programme,
}: {
  opened: boolean;
  onClose: () => void;
  cooperationId: string;
  programme?: ProgrammeData;
}) {
  const { t } = useTranslation('award');
  const { t: tc } = useTranslation();
  const [formError, setFormError] = useState<string | null>(null);
  const [{ fetching: creating }, create] = useMutation(CreateAwardProgrammeMutation);
  const [{ fetching: updating }, update] = useMutation(UpdateAwardProgrammeMutation);
  const schema = useMemo(() => programmeSchema(t), [t]);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: {
      name: programme?.name ?? '',
      description: programme?.description ?? '',
      winnerExclusionYears: String(programme?.winnerExclusionYears ?? 3),
    },
  });

  const onSubmit = async (v: Values) => {
    setFormError(null);
    const fields = { name: v.name, description: v.description, winnerExclusionYears: parseWhole(v.winnerExclusionYears) ?? 0 };
    const res = programme
      ? await update({ input: { id: programme.id, version: programme.version, ...fields } }, CONTEXT)
      : await create({ input: { cooperationId, ...fields } }, CONTEXT);
    if (res.error) {
      setFormError(applyServerErrors(res.error, setError, ['name', 'description', 'winnerExclusionYears'], tc));
      return;
    }
    notifications.show({ color: 'green', message: t(programme ? 'programme.saved' : 'programme.created') });
    onClose();
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t(programme ? 'programme.edit' : 'programme.create')} size="lg">
      <form onSubmit={handleSubmit(onSubmit)} noValidate>
        <Stack gap="md">
          <FormError message={formError} />
          <TextInput label={t('programme.name')} required error={errors.name?.message} {...register('name')} data-autofocus />
          <Textarea label={t('programme.description')} autosize minRows={3} error={errors.description?.message} {...register('description')} />
          <TextInput
            label={t('programme.exclusionYears')}
            description={t('programme.exclusionHint')}
            inputMode="numeric"
            required
            error={errors.winnerExclusionYears?.message}
            {...register('winnerExclusionYears')}
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
