import { Alert, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useRouterState } from '@tanstack/react-router';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { ButtonLink } from '../../../components/ui/links';
import { PageHeader } from '../../../components/ui/PageHeader';
import { EmptyState, ErrorState, ForbiddenState, PageLoader } from '../../../components/ui/states';
import type { GoalFieldsFragment, KpiFieldsFragment, StrategyQuery as StrategyData } from '../../../gql/graphql';
import { errorText, hasCode } from '../../../lib/errors';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useCurrentCooperation } from '../../cooperation/CooperationContext';
import { KpiFormModal } from '../../kpi/components/KpiFormModal';
import { StrategyQuery, UpdateMissionStatementMutation } from '../api/goals';
import { buildTree, canReadStrategy } from '../model';
import { showDone } from './feedback';
import { ConflictAlert } from './formParts';
import { GoalFormModal } from './GoalFormModal';
import { GoalTree, type GoalAction } from './GoalTree';
import { LinkMeasureModal } from './LinkMeasureModal';
import { MoveGoalModal } from './MoveGoalModal';

type Strategy = StrategyData['strategy'];

/** Ziele: the mission statement and the goal tree with its measures, KPIs and coverage markers. */
export function GoalsPage() {
  const coop = useCurrentCooperation();
  const { t } = useTranslation('goals');
  usePageTitle(t('title'));
  if (!canReadStrategy(coop.myRole)) return <ForbiddenState>{t('forbidden')}</ForbiddenState>;
  return <Goals cooperationId={coop.id} />;
}

function Goals({ cooperationId }: { cooperationId: string }) {
  const { t } = useTranslation('goals');
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: StrategyQuery,
    variables: { cooperationId },
    requestPolicy: 'cache-and-network',
  });
  const strategy = data?.strategy.cooperationId === cooperationId ? data.strategy : null;
  const reload = () => reexecute({ requestPolicy: 'network-only' });
  const [action, setAction] = useState<GoalAction | null>(null);
  const close = () => setAction(null);
  // Dialogs read the goal as now loaded: after "Neu laden" they carry the fresh version.
  const fresh = (g: GoalFieldsFragment) => strategy?.goals.find((x) => x.id === g.id) ?? g;
  const freshKpi = (g: GoalFieldsFragment, k: KpiFieldsFragment) => fresh(g).kpis.find((x) => x.id === k.id) ?? k;

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <>
            <ButtonLink to="/c/$cooperationId/goals/coverage" params={{ cooperationId }} variant="default">
              {t('coverage.link')}
            </ButtonLink>
            {strategy?.canManage && <Button onClick={() => setAction({ kind: 'create', parent: null })}>{t('goal.createTop')}</Button>}
          </>
        }
      />
      {!strategy ? (
        error && !fetching ? (
          <ErrorState error={error} onRetry={reload} />
        ) : (
          <PageLoader />
        )
      ) : (
        <>
          <MissionStatement strategy={strategy} onReload={reload} />
          <GoalsSection strategy={strategy} cooperationId={cooperationId} onAction={setAction} onReload={reload} />
        </>
      )}
      {strategy && action?.kind === 'create' && <GoalFormModal opened onClose={close} cooperationId={cooperationId} parent={action.parent} />}
      {strategy && action?.kind === 'edit' && <GoalFormModal opened onClose={close} cooperationId={cooperationId} goal={fresh(action.goal)} onReload={reload} />}
      {strategy && action?.kind === 'move' && <MoveGoalModal opened onClose={close} goal={fresh(action.goal)} goals={strategy.goals} onReload={reload} />}
      {strategy && action?.kind === 'link' && <LinkMeasureModal opened onClose={close} cooperationId={cooperationId} goal={fresh(action.goal)} />}
      {strategy && action?.kind === 'kpi' && (
        <KpiFormModal
          onClose={close}
          cooperationId={cooperationId}
          subject={{ kind: 'GOAL', id: action.goal.id }}
          kpi={action.kpi && freshKpi(action.goal, action.kpi)}
          onConflict={reload}
        />
      )}
    </Stack>
  );
}

function GoalsSection({
  strategy,
  cooperationId,
  onAction,
  onReload,
}: {
  strategy: Strategy;
  cooperationId: string;
  onAction: (a: GoalAction) => void;
  onReload: () => void;
}) {
  const { t } = useTranslation('goals');
  const tree = useMemo(() => buildTree<GoalFieldsFragment>(strategy.goals), [strategy.goals]);
  const gaps = strategy.goals.filter((g) => !g.covered).length;
  useScrollToHash(strategy.goals.length > 0);
  return (
    <section aria-labelledby="goals-tree-heading">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end" wrap="wrap">
          <Title order={2} id="goals-tree-heading">
            {t('tree.title')}
          </Title>
          {strategy.goals.length > 0 && (
            <Text size="sm" data-testid="goals-summary">
              {t('tree.summary', { count: strategy.goals.length })} · {gaps === 0 ? t('tree.allCovered') : t('tree.gaps', { count: gaps })}
            </Text>
          )}
        </Group>
        {tree.length === 0 ? (
          <EmptyState title={t('tree.empty')}>{strategy.canManage ? t('tree.emptyHint') : null}</EmptyState>
        ) : (
          <GoalTree
            nodes={tree}
            goals={strategy.goals}
            cooperationId={cooperationId}
            canManage={strategy.canManage}
            onAction={onAction}
            onReload={onReload}
          />
        )}
      </Stack>
    </section>
  );
}

/** Brings the goal named in the address (`#goal-…`, from the coverage view) into view once the tree is there. */
function useScrollToHash(ready: boolean) {
  const hash = useRouterState({ select: (s) => s.location.hash });
  useEffect(() => {
    if (!ready || !hash) return;
    const target = document.getElementById(hash.replace(/^#/, ''));
    if (!target) return;
    target.scrollIntoView({ block: 'start' });
    const heading = target.querySelector<HTMLElement>('[data-goal-heading]');
    heading?.focus({ preventScroll: true });
  }, [ready, hash]);
}

/** The Leitbild: read by all, edited in place by planners (with the version read). */
function MissionStatement({ strategy, onReload }: { strategy: Strategy; onReload: () => void }) {
  const { t } = useTranslation('goals');
  const { t: tc } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(strategy.missionStatement);
  // what the text was when editing began: when the saved one differs, someone else changed it
  const [base, setBase] = useState(strategy.missionStatement);
  const [problem, setProblem] = useState<{ conflict: boolean; message: string } | null>(null);
  const [{ fetching }, update] = useMutation(UpdateMissionStatementMutation);

  const start = () => {
    setText(strategy.missionStatement);
    setBase(strategy.missionStatement);
    setProblem(null);
    setEditing(true);
  };
  const save = async () => {
    setProblem(null);
    const res = await update({
      input: { cooperationId: strategy.cooperationId, missionStatement: text, version: strategy.version },
    });
    if (res.error) {
      setProblem({ conflict: hasCode(res.error, 'CONFLICT'), message: errorText(res.error, tc) });
      return;
    }
    setEditing(false);
    showDone(t('mission.saved'));
  };

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="mission-heading">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <Title order={2} id="mission-heading">
            {t('mission.title')}
          </Title>
          {strategy.canManage && !editing && (
            <Button variant="default" size="sm" onClick={start}>
              {t('mission.edit')}
            </Button>
          )}
        </Group>
        {editing ? (
          <Stack gap="sm">
            {problem &&
              (problem.conflict ? (
                <ConflictAlert title={t('conflict.title')} text={t('mission.conflict')} reloadLabel={t('conflict.reload')} onReload={onReload} />
              ) : (
                <Alert color="red" variant="light" role="alert">
                  {problem.message}
                </Alert>
              ))}
            {strategy.missionStatement !== base && (
              <Alert color="blue" variant="light" title={t('mission.theirs')}>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {strategy.missionStatement || t('mission.empty')}
                </Text>
              </Alert>
            )}
            <Textarea
              label={t('mission.label')}
              description={t('mission.hint')}
              autosize
              minRows={4}
              maxRows={16}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              data-autofocus
              autoFocus
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setEditing(false)}>
                {tc('actions.cancel')}
              </Button>
              <Button onClick={() => void save()} loading={fetching}>
                {t('mission.save')}
              </Button>
            </Group>
          </Stack>
        ) : strategy.missionStatement.trim() === '' ? (
          <Text c="dimmed">{t('mission.empty')}</Text>
        ) : (
          <Text style={{ whiteSpace: 'pre-wrap' }} data-testid="mission-statement">
            {strategy.missionStatement}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
