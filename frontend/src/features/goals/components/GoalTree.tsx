import { ActionIcon, Badge, Box, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { GoalFieldsFragment, KpiFieldsFragment } from '../../../gql/graphql';
import { DeleteGoalMutation, UnlinkGoalMeasureMutation, UpdateGoalMutation } from '../api/goals';
import { PRIORITY_COLOR } from '../../workstreams/model';
import { goalAnchor, goalLabel, siblings, type GoalNode } from '../model';
import { showDone, useFailure } from './feedback';
import { GoalKpis } from './GoalKpis';
import { MeasureLine } from './MeasureLink';
import classes from './goals.module.css';

type Goal = GoalFieldsFragment;
type Measure = Goal['measures'][number];

/** What a goal's buttons open on the page. */
export type GoalAction =
  | { kind: 'create'; parent: Goal | null }
  | { kind: 'edit'; goal: Goal }
  | { kind: 'move'; goal: Goal }
  | { kind: 'link'; goal: Goal }
  /** "Kennzahl hinzufügen" (without `kpi`) or editing one of the goal's KPIs. */
  | { kind: 'kpi'; goal: Goal; kpi?: KpiFieldsFragment };

const CONTEXT = { additionalTypenames: ['Goal', 'Strategy', 'Coverage'] };

// A goal's buttons: regular weight, narrower and calmer in a tree that repeats them per goal, so
// that the row fits a sub-goal on a laptop.
const ACTION = { size: 'compact-sm', variant: 'default', fw: 500 } as const;

interface TreeProps {
  goals: readonly Goal[];
  cooperationId: string;
  canManage: boolean;
  onAction: (a: GoalAction) => void;
  /** Reloads the tree after a change it does not pick up by itself (a conflict). */
  onReload: () => void;
}

/**
 * The goals as nested lists, each goal with a heading (h3 for top goals, one level deeper per
 * sub-goal): screen readers can jump by heading or by list, and every control is a plain button
 * or link in reading order.
 */
export function GoalTree({ nodes, ...props }: TreeProps & { nodes: GoalNode<Goal>[] }) {
  return (
    <ul className={classes.tree}>
      {nodes.map((n) => (
        <GoalItem key={n.goal.id} node={n} {...props} />
      ))}
    </ul>
  );
}

function GoalItem({ node, ...props }: TreeProps & { node: GoalNode<Goal> }) {
  const { t } = useTranslation('goals');
  const g = node.goal;
  const headingId = `${goalAnchor(g.id)}-heading`;
  const level = Math.min(3 + g.depth, 6) as 3 | 4 | 5 | 6;
  return (
    <li id={goalAnchor(g.id)} className={classes.item} data-testid={`goal-${g.code}`}>
      <Box className={`${classes.goal} ${g.covered ? '' : classes.gap}`} p="sm">
        <Stack gap={6}>
          <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
            <Title order={level} size={g.depth === 0 ? 'h4' : 'h5'} id={headingId} tabIndex={-1} data-goal-heading className={classes.heading}>
              <span className={classes.code}>{g.code}</span> {g.title}
            </Title>
            <GoalBadges goal={g} />
          </Group>
          {g.description && (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {g.description}
            </Text>
          )}
          <Measures goal={g} cooperationId={props.cooperationId} canManage={props.canManage} />
          <GoalKpis
            goal={g}
            canManage={props.canManage}
            headingOrder={Math.min(level + 1, 6) as 4 | 5 | 6}
            onEdit={(kpi) => props.onAction({ kind: 'kpi', goal: g, kpi })}
            onReload={props.onReload}
          />
          {props.canManage && <GoalActions goal={g} goals={props.goals} onAction={props.onAction} />}
        </Stack>
      </Box>
      {node.children.length > 0 && (
        <ul className={classes.tree} aria-label={t('tree.subGoalsOf', { goal: goalLabel(g) })}>
          {node.children.map((c) => (
            <GoalItem key={c.goal.id} node={c} {...props} />
          ))}
        </ul>
      )}
    </li>
  );
}

function GoalBadges({ goal: g }: { goal: Goal }) {
  const { t } = useTranslation('goals');
  return (
    <Group gap={6} wrap="wrap">
      {g.priority ? (
        <Badge variant="light" color={PRIORITY_COLOR[g.priority]} tt="none">
          {t('priority.badge', { priority: t(`priority.${g.priority}`) })}
        </Badge>
      ) : (
        <Badge variant="light" color="gray" tt="none" className={classes.noPriority}>
          {t('priority.none')}
        </Badge>
      )}
      {!g.covered && (
        <Badge variant="filled" color="red" tt="none" data-testid="coverage-gap" leftSection={<span aria-hidden="true">!</span>}>
          {t('coverage.gapMarker')}
        </Badge>
      )}
    </Group>
  );
}

function Measures({ goal: g, cooperationId, canManage }: { goal: Goal; cooperationId: string; canManage: boolean }) {
  const { t } = useTranslation('goals');
  if (g.measures.length === 0) {
    return (
      <Text size="sm" c={g.covered ? 'dimmed' : undefined}>
        {g.covered ? t('measures.viaSubGoals') : t('measures.none')}
      </Text>
    );
  }
  return (
    <div>
      <Text size="sm" fw={600}>
        {t('measures.title')}
      </Text>
      <List size="sm" spacing={4} listStyleType="none" ml={0} pl={0}>
        {g.measures.map((m) => (
          <List.Item key={`${m.kind}-${m.id}`}>
            <Group gap="xs" wrap="wrap">
              <MeasureLine cooperationId={cooperationId} measure={m} />
              {m.partners.length > 0 && (
                <Text size="xs" c="dimmed" component="span">
                  {m.partners.map((p) => p.organisation.shortName || p.organisation.name).join(', ')}
                </Text>
              )}
              {canManage && <UnlinkButton goal={g} measure={m} />}
            </Group>
          </List.Item>
        ))}
      </List>
    </div>
  );
}

function UnlinkButton({ goal, measure }: { goal: Goal; measure: Measure }) {
  const { t } = useTranslation('goals');
  const { t: tc } = useTranslation();
  const fail = useFailure();
  const [{ fetching }, unlink] = useMutation(UnlinkGoalMeasureMutation);
  const confirm = () =>
    modals.openConfirmModal({
      title: t('unlink.title'),
      children: <Text size="sm">{t('unlink.text', { measure: measure.title, goal: goalLabel(goal) })}</Text>,
      labels: { confirm: t('unlink.confirm'), cancel: tc('actions.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => {
        void unlink({ input: { goalId: goal.id, measure: { kind: measure.kind, id: measure.id } } }, CONTEXT).then((res) => {
          if (res.error) fail(res.error);
          else showDone(t('unlink.done', { measure: measure.title }));
        });
      },
    });
  return (
    <Button size="compact-xs" variant="subtle" color="red" loading={fetching} onClick={confirm} aria-label={`${t('unlink.button')}: ${measure.title}`}>
      {t('unlink.button')}
    </Button>
  );
}

function GoalActions({ goal: g, goals, onAction }: { goal: Goal; goals: readonly Goal[]; onAction: (a: GoalAction) => void }) {
  const { t } = useTranslation('goals');
  const fail = useFailure();
  const [{ fetching: moving }, update] = useMutation(UpdateGoalMutation);
  const sibs = siblings(goals, g.parentId ?? null);
  const index = sibs.findIndex((s) => s.id === g.id);
  const label = goalLabel(g);
  const shift = (delta: -1 | 1) => {
    void update({ input: { id: g.id, version: g.version, position: g.position + delta } }, CONTEXT).then((res) => {
      if (res.error) fail(res.error);
    });
  };
  return (
    <Group gap={6} wrap="wrap" mt={4}>
      <Button {...ACTION} onClick={() => onAction({ kind: 'edit', goal: g })} aria-label={`${t('goal.edit')}: ${label}`}>
        {t('goal.edit')}
      </Button>
      <Button {...ACTION} onClick={() => onAction({ kind: 'link', goal: g })} aria-label={`${t('link.button')}: ${label}`}>
        {t('link.button')}
      </Button>
      <Button {...ACTION} onClick={() => onAction({ kind: 'kpi', goal: g })} aria-label={`${t('kpis.add')}: ${label}`}>
        {t('kpis.add')}
      </Button>
      <Button {...ACTION} onClick={() => onAction({ kind: 'create', parent: g })} aria-label={`${t('goal.createSub')}: ${label}`}>
        {t('goal.createSub')}
      </Button>
      <Button {...ACTION} onClick={() => onAction({ kind: 'move', goal: g })} aria-label={`${t('move.button')}: ${label}`}>
        {t('move.button')}
      </Button>
      <ActionIcon
        variant="default"
        size="md"
        disabled={index <= 0 || moving}
        onClick={() => shift(-1)}
        aria-label={t('move.up', { goal: label })}
        title={t('move.up', { goal: label })}
      >
        <span aria-hidden="true">↑</span>
      </ActionIcon>
      <ActionIcon
        variant="default"
        size="md"
        disabled={index < 0 || index >= sibs.length - 1 || moving}
        onClick={() => shift(1)}
        aria-label={t('move.down', { goal: label })}
        title={t('move.down', { goal: label })}
      >
        <span aria-hidden="true">↓</span>
      </ActionIcon>
      <DeleteGoalButton goal={g} />
    </Group>
  );
}

function DeleteGoalButton({ goal: g }: { goal: Goal }) {
  const { t } = useTranslation('goals');
  const { t: tc } = useTranslation();
  const fail = useFailure();
  const [{ fetching }, remove] = useMutation(DeleteGoalMutation);
  const label = goalLabel(g);
  const confirm = () => {
    if (g.childCount > 0) {
      modals.open({
        title: t('delete.refusedTitle'),
        children: (
          <Stack gap="md">
            <Text size="sm">{t('delete.refused', { goal: label, count: g.childCount })}</Text>
            <Group justify="flex-end">
              <Button onClick={() => modals.closeAll()}>{tc('actions.close')}</Button>
            </Group>
          </Stack>
        ),
      });
      return;
    }
    modals.openConfirmModal({
      title: t('delete.title', { goal: label }),
      children: (
        <Text size="sm">
          {t('delete.text', { goal: label })} {g.measures.length + g.kpis.length > 0 ? t('delete.withLinks') : ''}
        </Text>
      ),
      labels: { confirm: t('delete.confirm'), cancel: tc('actions.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => {
        void remove({ input: { id: g.id, version: g.version } }, CONTEXT).then((res) => {
          if (res.error) fail(res.error);
          else showDone(t('delete.done', { goal: label }));
        });
      },
    });
  };
  return (
    <Button {...ACTION} color="red" loading={fetching} onClick={confirm} aria-label={`${t('delete.button')}: ${label}`}>
      {t('delete.button')}
    </Button>
  );
}
