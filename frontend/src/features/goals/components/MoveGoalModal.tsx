import { Modal, NativeSelect, Stack, Text } from '@mantine/core';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { FormError } from '../../../components/ui/FormError';
import type { GoalFieldsFragment } from '../../../gql/graphql';
import { errorText, hasCode } from '../../../lib/errors';
import { UpdateGoalMutation } from '../api/goals';
import { goalLabel, parentOptions, positionCount, siblings } from '../model';
import { showDone } from './feedback';
import { ConflictAlert } from './formParts';
import { ModalActions } from '../../../components/ui/parts';

const TOP = '';
const CONTEXT = { additionalTypenames: ['Goal', 'Strategy', 'Coverage'] };

/**
 * "Ziel verschieben": a new parent (or none: a top goal) and the place among the siblings there.
 * Its own sub-goals are not offered as parents (the server refuses a cycle as well).
 */
export function MoveGoalModal({
  opened,
  onClose,
  goal,
  goals,
  onReload,
}: {
  opened: boolean;
  onClose: () => void;
  goal: GoalFieldsFragment;
  goals: readonly GoalFieldsFragment[];
  onReload: () => void;
}) {
  const { t } = useTranslation('goals');
  const { t: tc } = useTranslation();
  const [parentId, setParentId] = useState<string>(goal.parentId ?? TOP);
  const [position, setPosition] = useState<string>(String(goal.position));
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const [{ fetching }, update] = useMutation(UpdateGoalMutation);
  const parents = useMemo(() => parentOptions(goals, goal.id), [goals, goal.id]);
  const target = parentId === TOP ? null : parentId;
  const count = positionCount(goals, goal, target);
  const others = siblings(goals, target).filter((s) => s.id !== goal.id);

  const onParent = (value: string) => {
    setParentId(value);
    const next = value === TOP ? null : value;
    // back under the old parent: the old place; elsewhere: at the end
    setPosition(String(next === (goal.parentId ?? null) ? goal.position : positionCount(goals, goal, next)));
  };

  const positionLabel = (p: number) => {
    if (count === 1) return t('move.only');
    const before = others[p - 1];
    return before ? t('move.before', { position: p, goal: goalLabel(before) }) : t('move.last', { position: p });
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setFormError(null);
    setConflict(false);
    const parentChanged = target !== (goal.parentId ?? null);
    const res = await update(
      {
        input: {
          id: goal.id,
          version: goal.version,
          position: Number(position),
          ...(parentChanged ? (target ? { parentId: target } : { toTopLevel: true }) : {}),
        },
      },
      CONTEXT,
    );
    if (res.error) {
      if (hasCode(res.error, 'CONFLICT')) setConflict(true);
      else setFormError(errorText(res.error, tc));
      return;
    }
    showDone(t('move.done', { goal: goal.title }));
    onClose();
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('move.title', { goal: goalLabel(goal) })} size="lg">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="md">
          {conflict && (
            <ConflictAlert title={t('conflict.title')} text={t('conflict.text')} reloadLabel={t('conflict.reload')} onReload={onReload} />
          )}
          <FormError message={formError} />
          <NativeSelect
            label={t('move.parent')}
            description={t('move.parentHint')}
            value={parentId}
            onChange={(e) => onParent(e.currentTarget.value)}
            data={[{ value: TOP, label: t('move.topLevel') }, ...parents.map((p) => ({ value: p.id, label: `${'\u2003'.repeat(p.depth)}${goalLabel(p)}` }))]}
            data-autofocus
          />
          <NativeSelect
            label={t('move.position')}
            value={position}
            onChange={(e) => setPosition(e.currentTarget.value)}
            data={Array.from({ length: count }, (_, i) => ({ value: String(i + 1), label: positionLabel(i + 1) }))}
          />
          {goal.childCount > 0 && (
            <Text size="sm" c="dimmed">
              {t('move.withChildren', { count: goal.childCount })}
            </Text>
          )}
          <ModalActions onCancel={onClose} submitLabel={t('move.submit')} loading={fetching} />
        </Stack>
      </form>
    </Modal>
  );
}
