import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Modal, Stack, Text, TextInput, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { z } from 'zod';
import { FormError } from '../../../components/ui/FormError';
import type { MilestoneFieldsFragment, WorkstreamDetailFieldsFragment } from '../../../gql/graphql';
import { berlinToday, formatDay } from '../../../lib/berlin';
import { applyServerErrors, errorText, hasCode } from '../../../lib/errors';
import { CreateMilestoneMutation, DeleteMilestoneMutation, UpdateMilestoneMutation } from '../api/workstreams';
import { timeline } from '../model';
import classes from './workstreams.module.css';
import { ModalActions } from '../../../components/ui/parts';

type Workstream = WorkstreamDetailFieldsFragment;
type Milestone = MilestoneFieldsFragment;
type Translate = (key: string) => string;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The period of a workstream in words, for hints. */
function usePeriod(ws: Workstream): string {
  const { t, i18n } = useTranslation('workstreams');
  const lng = i18n.language;
  return ws.endsOn
    ? t('detail.period', { from: formatDay(ws.startsOn, lng), to: formatDay(ws.endsOn, lng) })
    : t('detail.periodOpen', { from: formatDay(ws.startsOn, lng) });
}

/**
 * Meilensteine: a timeline by due date with today's place in it; done ones carry a check and
 * their date, overdue ones say so. Planners add, edit and delete; reporters mark them reached.
 */
export function MilestonesTab({ workstream: ws, onReload }: { workstream: Workstream; onReload: () => void }) {
  const { t, i18n } = useTranslation('workstreams');
  const { t: tc } = useTranslation();
  const lng = i18n.language;
  const today = berlinToday();
  const [editing, setEditing] = useState<Milestone | 'new' | null>(null);
  const [marking, setMarking] = useState<Milestone | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [, update] = useMutation(UpdateMilestoneMutation);
  const [, remove] = useMutation(DeleteMilestoneMutation);
  const entries = useMemo(() => timeline(ws.milestones, today), [ws.milestones, today]);

  const fail = (error: unknown) => {
    const conflict = hasCode(error, 'CONFLICT');
    notifications.show({
      color: 'red',
      title: conflict ? t('edit.conflictTitle') : tc('errors.title'),
      message: conflict ? t('milestones.conflict') : errorText(error, tc),
      autoClose: 8000,
    });
    if (conflict) onReload();
  };

  const reopen = async (m: Milestone) => {
    setBusy(m.id);
    const res = await update({ input: { id: m.id, version: m.version, clearDoneOn: true } });
    setBusy(null);
    if (res.error) return fail(res.error);
    notifications.show({ color: 'green', message: t('milestones.reopened', { title: m.title }) });
  };

  const confirmDelete = (m: Milestone) =>
    modals.openConfirmModal({
      title: t('milestones.deleteTitle'),
      children: <Text size="sm">{t('milestones.deleteText', { title: m.title })}</Text>,
      labels: { confirm: t('milestones.delete'), cancel: tc('actions.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => {
        setBusy(m.id);
        void remove({ input: { id: m.id, version: m.version } }).then((res) => {
          setBusy(null);
          if (res.error) return fail(res.error);
          notifications.show({ color: 'green', message: t('milestones.deleted', { title: m.title }) });
        });
      },
    });

  return (
    <section aria-labelledby="milestones-heading">
      <Group justify="space-between" mb="md" wrap="wrap" gap="xs">
        <Title order={2} size="h4" id="milestones-heading">
          {t('milestones.title')}
        </Title>
        {ws.canManage && (
          <Button size="sm" onClick={() => setEditing('new')}>
            {t('milestones.add')}
          </Button>
        )}
      </Group>
      {ws.milestones.length === 0 && (
        <Text c="dimmed" mb="sm">
          {t('milestones.empty')}
        </Text>
      )}
      <ol className={classes.timeline} aria-label={t('milestones.timeline')} data-testid="milestone-timeline">
        {entries.map((e) =>
          e.kind === 'today' ? (
            <li key="today" className={classes.today} data-testid="timeline-today">
              <span className={classes.todayLabel}>{t('milestones.today', { date: formatDay(e.date, lng) })}</span>
            </li>
          ) : (
            <MilestoneEntry
              key={e.milestone.id}
              milestone={e.milestone}
              canManage={ws.canManage}
              canReport={ws.canReport}
              busy={busy === e.milestone.id}
              onMarkDone={() => setMarking(e.milestone)}
              onReopen={() => void reopen(e.milestone)}
              onEdit={() => setEditing(e.milestone)}
              onDelete={() => confirmDelete(e.milestone)}
            />
          ),
        )}
      </ol>
      {editing && (
        <MilestoneModal
          key={editing === 'new' ? 'new' : editing.id}
          workstream={ws}
          milestone={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
          onConflict={onReload}
        />
      )}
      {marking && <MarkDoneModal milestone={marking} onClose={() => setMarking(null)} onConflict={onReload} />}
    </section>
  );
}

function MilestoneEntry({
  milestone: m,
  canManage,
  canReport,
  busy,
  onMarkDone,
  onReopen,
  onEdit,
  onDelete,
}: {
  milestone: Milestone;
  canManage: boolean;
  canReport: boolean;
  busy: boolean;
  onMarkDone: () => void;
  onReopen: () => void;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const { t, i18n } = useTranslation('workstreams');
  const lng = i18n.language;
  const state = m.doneOn ? 'done' : m.overdue ? 'overdue' : 'open';
  // the visible word first, then which milestone: "Bearbeiten: Runder Tisch eingerichtet"
  const name = (label: string) => label + t('milestones.of', { title: m.title });
  return (
    <li className={classes.entry} data-state={state} data-testid="milestone">
      <span className={classes.marker} aria-hidden>
        {m.doneOn ? '✓' : ''}
      </span>
      <div className={classes.body}>
        <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
          <div>
            <Text fw={600} size="sm">
              {m.title}
            </Text>
            <Text size="sm">
              {t('milestones.due', { date: formatDay(m.dueOn, lng) })}
              {' · '}
              {m.doneOn ? (
                <Text span size="sm" fw={600}>
                  ✓ {t('milestones.doneOn', { date: formatDay(m.doneOn, lng) })}
                </Text>
              ) : m.overdue ? (
                <Text span size="sm" fw={700} c="red.9">
                  {t('milestones.overdue')}
                </Text>
              ) : (
                <Text span size="sm" c="dimmed">
                  {t('milestones.open')}
                </Text>
              )}
            </Text>
          </div>
          {(canReport || canManage) && (
            <Group gap={6}>
              {canReport &&
                (m.doneOn ? (
                  <Button size="compact-sm" variant="default" loading={busy} onClick={onReopen} aria-label={name(t('milestones.reopen'))}>
                    {t('milestones.reopen')}
                  </Button>
                ) : (
                  <Button size="compact-sm" variant="light" loading={busy} onClick={onMarkDone} aria-label={name(t('milestones.markDone'))}>
                    {t('milestones.markDone')}
                  </Button>
                ))}
              {canManage && (
                <>
                  <Button size="compact-sm" variant="default" onClick={onEdit} aria-label={name(t('milestones.edit'))}>
                    {t('milestones.edit')}
                  </Button>
                  <Button size="compact-sm" variant="default" color="red" disabled={busy} onClick={onDelete} aria-label={name(t('milestones.delete'))}>
                    {t('milestones.delete')}
                  </Button>
                </>
              )}
            </Group>
          )}
        </Group>
      </div>
    </li>
  );
}

function milestoneSchema(t: Translate) {
  return z.object({
    title: z.string().trim().min(1, t('validation.titleRequired')),
    dueOn: z.string().refine((v) => DATE.test(v), t('validation.date')),
  });
}

type MilestoneValues = z.infer<ReturnType<typeof milestoneSchema>>;

/** "Meilenstein hinzufügen" or "Meilenstein bearbeiten": title and due date (the API keeps it within the workstream's dates). */
function MilestoneModal({
  workstream: ws,
  milestone,
  onClose,
  onConflict,
}: {
  workstream: Workstream;
  milestone?: Milestone;
  onClose: () => void;
  onConflict: () => void;
}) {
  const { t } = useTranslation('workstreams');
  const { t: tc } = useTranslation();
  const period = usePeriod(ws);
  const [formError, setFormError] = useState<string | null>(null);
  const [{ fetching: creating }, create] = useMutation(CreateMilestoneMutation);
  const [{ fetching: updating }, update] = useMutation(UpdateMilestoneMutation);
  const schema = useMemo(() => milestoneSchema(t), [t]);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<MilestoneValues>({
    resolver: zodResolver(schema),
    defaultValues: { title: milestone?.title ?? '', dueOn: milestone?.dueOn ?? '' },
  });

  const onSubmit = async (v: MilestoneValues) => {
    setFormError(null);
    const res = milestone
      ? await update({ input: { id: milestone.id, version: milestone.version, title: v.title.trim(), dueOn: v.dueOn } })
      : await create({ input: { workstreamId: ws.id, title: v.title.trim(), dueOn: v.dueOn } });
    if (res.error) {
      if (milestone && hasCode(res.error, 'CONFLICT')) {
        notifications.show({ color: 'red', title: t('edit.conflictTitle'), message: t('milestones.conflict'), autoClose: 8000 });
        onConflict();
        onClose();
        return;
      }
      setFormError(applyServerErrors(res.error, setError, ['title', 'dueOn'] as const, tc));
      return;
    }
    notifications.show({ color: 'green', message: milestone ? t('milestones.saved') : t('milestones.added', { title: v.title.trim() }) });
    onClose();
  };

  return (
    <Modal opened onClose={onClose} title={milestone ? t('milestones.editTitle') : t('milestones.add')} size="md">
      <form onSubmit={handleSubmit(onSubmit)} noValidate>
        <Stack gap="md">
          <FormError message={formError} />
          <TextInput label={t('milestones.fields.title')} required error={errors.title?.message} data-autofocus {...register('title')} />
          <TextInput
            type="date"
            label={t('milestones.fields.dueOn')}
            description={t('milestones.fields.dueOnHint', { period })}
            required
            error={errors.dueOn?.message}
            {...register('dueOn')}
          />
          <ModalActions onCancel={onClose} loading={creating || updating} />
        </Stack>
      </form>
    </Modal>
  );
}

/** Marks a milestone reached on a day (today by default). */
function MarkDoneModal({ milestone: m, onClose, onConflict }: { milestone: Milestone; onClose: () => void; onConflict: () => void }) {
  const { t } = useTranslation('workstreams');
  const { t: tc } = useTranslation();
  const [formError, setFormError] = useState<string | null>(null);
  const [{ fetching }, update] = useMutation(UpdateMilestoneMutation);
  const schema = useMemo(() => z.object({ doneOn: z.string().refine((v) => DATE.test(v), t('validation.date')) }), [t]);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<{ doneOn: string }>({ resolver: zodResolver(schema), defaultValues: { doneOn: berlinToday() } });

  const onSubmit = async (v: { doneOn: string }) => {
    setFormError(null);
    const res = await update({ input: { id: m.id, version: m.version, doneOn: v.doneOn } });
    if (res.error) {
      if (hasCode(res.error, 'CONFLICT')) {
        notifications.show({ color: 'red', title: t('edit.conflictTitle'), message: t('milestones.conflict'), autoClose: 8000 });
        onConflict();
        onClose();
        return;
      }
      setFormError(applyServerErrors(res.error, setError, ['doneOn'] as const, tc));
      return;
    }
    notifications.show({ color: 'green', message: t('milestones.markedDone', { title: m.title }) });
    onClose();
  };

  return (
    <Modal opened onClose={onClose} title={t('milestones.markDoneTitle', { title: m.title })} size="sm">
      <form onSubmit={handleSubmit(onSubmit)} noValidate>
        <Stack gap="md">
          <FormError message={formError} />
          <TextInput type="date" label={t('milestones.fields.doneOn')} required error={errors.doneOn?.message} data-autofocus {...register('doneOn')} />
          <ModalActions onCancel={onClose} loading={fetching} submitLabel={t('milestones.markDone')} />
        </Stack>
      </form>
    </Modal>
  );
}
