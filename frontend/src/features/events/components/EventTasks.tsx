import { Button, Checkbox, Group, Modal, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import type { EventDetailFieldsFragment, TaskFieldsFragment, UpdateTaskInput } from '../../../gql/graphql';
import { berlinToday, formatDay } from '../../../lib/berlin';
import { errorText, hasCode } from '../../../lib/errors';
import { useSessionUser } from '../../auth/useSession';
import { useCurrentCooperation } from '../../cooperation/CooperationContext';
import { AssigneeOptionsQuery, CreateTaskMutation, DeleteTaskMutation, UpdateTaskMutation } from '../api/events';
import { canPlan, canTakeTask, canToggleTask, isOverdue, partnerLabel } from '../model';
import { TaskForm, type PersonOption, type TaskFormValues } from './TaskForm';

type Task = TaskFieldsFragment;

/** Fällig am: the date, and for an open task past it the word "überfällig" in red (never colour alone). */
export function DueDate({ task, today }: { task: Pick<Task, 'dueOn' | 'done'>; today: string }) {
  const { t, i18n } = useTranslation('events');
  if (!task.dueOn) {
    return (
      <Text size="sm" c="dimmed">
        {t('tasks.noDue')}
      </Text>
    );
  }
  const overdue = isOverdue(task, today);
  return (
    <Text size="sm" c={overdue ? 'red.9' : undefined} fw={overdue ? 600 : undefined} style={{ whiteSpace: 'nowrap' }}>
      {formatDay(task.dueOn, i18n.language)}
      {overdue && <> · {t('tasks.overdue')}</>}
    </Text>
  );
}

/** Aufgaben of an event: the checklist, ticking done, taking free tasks; planners add, edit and delete. */
export function EventTasks({ event, onReload }: { event: EventDetailFieldsFragment; onReload: () => void }) {
  return <TaskChecklist tasks={event.tasks} parent={{ eventId: event.id }} onReload={onReload} />;
}

/** What new tasks of a checklist belong to: an event or a workstream. */
export type TaskParent = { eventId: string } | { workstreamId: string };

/**
 * The tasks of an event or a workstream: ticking done, taking free tasks; planners add, edit and
 * delete. New tasks belong to `parent`.
 */
export function TaskChecklist({ tasks, parent, onReload }: { tasks: readonly Task[]; parent: TaskParent; onReload: () => void }) {
  const { t } = useTranslation('events');
  const { t: tc } = useTranslation();
  const coop = useCurrentCooperation();
  const user = useSessionUser();
  const role = coop.myRole;
  const planner = canPlan(role);
  const today = berlinToday();
  const [busy, setBusy] = useState<string | null>(null);
  const [editing, setEditing] = useState<Task | null>(null);
  const [, updateTask] = useMutation(UpdateTaskMutation);
  const [, createTask] = useMutation(CreateTaskMutation);
  const [, deleteTask] = useMutation(DeleteTaskMutation);
  const [members] = useQuery({ query: AssigneeOptionsQuery, variables: { cooperationId: coop.id }, pause: !planner });
  const partners = useMemo(() => [...coop.partners].sort((a, b) => a.position - b.position), [coop.partners]);
  const people = useMemo<PersonOption[]>(
    () =>
      (members.data?.members.items ?? [])
        .filter((m) => m.role !== 'EXTERNAL')
        .map((m) => ({ id: m.user.id, name: m.user.name }))
        .sort((a, b) => a.name.localeCompare(b.name, 'de')),
    [members.data],
  );

  const open = tasks.filter((x) => !x.done).length;

  const report = (error: unknown) => {
    const conflict = hasCode(error, 'CONFLICT');
    notifications.show({
      color: 'red',
      title: conflict ? t('event.conflictTitle') : tc('errors.title'),
      message: conflict ? t('tasks.conflict') : errorText(error, tc),
      autoClose: 8000,
    });
    if (conflict) onReload();
  };

  const change = async (task: Task, input: Omit<UpdateTaskInput, 'id' | 'version'>, success: string) => {
    setBusy(task.id);
    try {
      const res = await updateTask({ input: { id: task.id, version: task.version, ...input } });
      if (res.error) {
        report(res.error);
        return;
      }
      notifications.show({ color: 'green', message: success });
    } finally {
      setBusy(null);
    }
  };

  const remove = (task: Task) =>
    modals.openConfirmModal({
      title: t('tasks.deleteTitle'),
      children: <Text size="sm">{t('tasks.deleteText', { title: task.title })}</Text>,
      labels: { confirm: t('tasks.delete'), cancel: tc('actions.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => {
        setBusy(task.id);
        void deleteTask({ input: { id: task.id, version: task.version } }).then((res) => {
          setBusy(null);
          if (res.error) {
            report(res.error);
            return;
          }
          notifications.show({ color: 'green', message: t('tasks.deleted', { title: task.title }) });
          onReload();
        });
      },
    });

  const add = async (v: TaskFormValues) => {
    const res = await createTask({
      input: {
        cooperationId: coop.id,
        ...parent,
        title: v.title.trim(),
        dueOn: v.dueOn || null,
        ownerPartnerId: v.ownerPartnerId || null,
        assigneeId: v.assigneeId || null,
      },
    });
    if (res.error) return res.error;
    notifications.show({ color: 'green', message: t('tasks.added', { title: v.title.trim() }) });
    onReload();
    return null;
  };

  const saveEdit = async (task: Task, v: TaskFormValues) => {
    const input: Omit<UpdateTaskInput, 'id' | 'version'> = { title: v.title.trim() };
    if (v.dueOn) input.dueOn = v.dueOn;
    else if (task.dueOn) input.clearDueOn = true;
    if (v.ownerPartnerId && v.ownerPartnerId !== task.ownerPartner?.id) input.ownerPartnerId = v.ownerPartnerId;
    if (v.assigneeId && v.assigneeId !== task.assignee?.id) input.assigneeId = v.assigneeId;
    else if (!v.assigneeId && task.assignee) input.clearAssignee = true;
    const res = await updateTask({ input: { id: task.id, version: task.version, ...input } });
    if (res.error) {
      if (hasCode(res.error, 'CONFLICT')) {
        setEditing(null);
        report(res.error);
        return null;
      }
      return res.error;
    }
    notifications.show({ color: 'green', message: t('tasks.saved') });
    setEditing(null);
    return null;
  };

  return (
    <Stack gap="lg">
      <section aria-labelledby="tasks-heading">
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h4" id="tasks-heading">
            {t('event.tasks')}
          </Title>
          {tasks.length > 0 && (
            <Text size="sm" data-testid="task-summary">
              {t('tasks.summary', { open, total: tasks.length })}
            </Text>
          )}
        </Group>
        {tasks.length === 0 ? (
          <Text c="dimmed">{t('tasks.empty')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={760}>
            <Table striped verticalSpacing="sm">
              <caption>
                <VisuallyHidden>{t('tasks.caption')}</VisuallyHidden>
              </caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col" w={90}>
                    {t('tasks.done')}
                  </Table.Th>
                  <Table.Th scope="col">{t('tasks.title')}</Table.Th>
                  <Table.Th scope="col">{t('tasks.dueOn')}</Table.Th>
                  <Table.Th scope="col">{t('tasks.ownerPartner')}</Table.Th>
                  <Table.Th scope="col">{t('tasks.assignee')}</Table.Th>
                  {planner && <Table.Th scope="col">{t('tasks.actions')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {tasks.map((task) => (
                  <Table.Tr key={task.id} data-done={task.done || undefined}>
                    <Table.Td>
                      {canToggleTask(role, task, user.id) ? (
                        <Checkbox
                          checked={task.done}
                          disabled={busy === task.id}
                          aria-label={t('tasks.doneLabel', { title: task.title })}
                          onChange={(e) => {
                            const done = e.currentTarget.checked;
                            void change(task, { done }, t(done ? 'tasks.markedDone' : 'tasks.markedOpen', { title: task.title }));
                          }}
                        />
                      ) : (
                        <Text size="sm" c={task.done ? undefined : 'dimmed'}>
                          {t(task.done ? 'tasks.isDone' : 'tasks.isOpen')}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" td={task.done ? 'line-through' : undefined}>
                        {task.title}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <DueDate task={task} today={today} />
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" title={task.ownerPartner?.organisation.name}>
                        {partnerLabel(task.ownerPartner) || t('event.none')}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {task.assignee ? (
                        <Text size="sm">{task.assignee.name}</Text>
                      ) : canTakeTask(role, task) ? (
                        <Button
                          size="compact-sm"
                          variant="light"
                          loading={busy === task.id}
                          onClick={() => void change(task, { assigneeId: user.id }, t('tasks.taken', { title: task.title }))}
                        >
                          {t('tasks.take')}
                          <VisuallyHidden>: {task.title}</VisuallyHidden>
                        </Button>
                      ) : (
                        <Text size="sm" c="dimmed">
                          {t('tasks.nobody')}
                        </Text>
                      )}
                    </Table.Td>
                    {planner && (
                      <Table.Td>
                        <Group gap="xs" wrap="nowrap">
                          <Button size="compact-sm" variant="default" onClick={() => setEditing(task)}>
                            {t('tasks.edit')}
                            <VisuallyHidden>: {task.title}</VisuallyHidden>
                          </Button>
                          <Button size="compact-sm" variant="default" color="red" disabled={busy === task.id} onClick={() => remove(task)}>
                            {t('tasks.delete')}
                            <VisuallyHidden>: {task.title}</VisuallyHidden>
                          </Button>
                        </Group>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </section>
      {planner && (
        <section aria-labelledby="task-add-heading">
          <Paper withBorder p="md">
            <Title order={2} size="h4" id="task-add-heading" mb="sm">
              {t('tasks.add')}
            </Title>
            <TaskForm
              idPrefix="task-add"
              defaults={{ title: '', dueOn: '', ownerPartnerId: '', assigneeId: '' }}
              partners={partners}
              people={people}
              submitLabel={t('tasks.add')}
              onSubmit={add}
              resetAfterSubmit
            />
          </Paper>
        </section>
      )}
      <Modal opened={editing !== null} onClose={() => setEditing(null)} title={t('tasks.editTitle')} size="xl">
        {editing && (
          <TaskForm
            idPrefix="task-edit"
            defaults={{
              title: editing.title,
              dueOn: editing.dueOn ?? '',
              ownerPartnerId: editing.ownerPartner?.id ?? '',
              assigneeId: editing.assignee?.id ?? '',
            }}
            partners={partners}
            people={
              editing.assignee && !people.some((p) => p.id === editing.assignee?.id) ? [...people, editing.assignee] : people
            }
            submitLabel={tc('actions.save')}
            onSubmit={(v) => saveEdit(editing, v)}
            onCancel={() => setEditing(null)}
            allowNoPartner={!editing.ownerPartner}
          />
        )}
      </Modal>
    </Stack>
  );
}
