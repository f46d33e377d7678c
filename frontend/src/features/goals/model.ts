import type { Priority, Role } from '../../gql/graphql';
import { PRIORITIES } from '../workstreams/model';

/** Whether a form value is a priority (the empty option is none). */
export function isPriority(v: unknown): v is Priority {
  return typeof v === 'string' && (PRIORITIES as readonly string[]).includes(v);
}

/** Reading goals and coverage: everyone but EXTERNAL. */
export function canReadStrategy(role: Role): boolean {
  return role !== 'EXTERNAL';
}

/** The least a goal carries for the tree. */
export interface GoalLike {
  id: string;
  parentId?: string | null;
  position: number;
  code: string;
  title: string;
}

/** A goal with its sub-goals. */
export interface GoalNode<G extends GoalLike> {
  goal: G;
  children: GoalNode<G>[];
}

/**
 * The goal tree from the flat list (the server sends a parent before its sub-goals). Siblings
 * are ordered by position; a goal whose parent is missing becomes a top goal rather than vanish.
 */
export function buildTree<G extends GoalLike>(goals: readonly G[]): GoalNode<G>[] {
  const nodes = new Map<string, GoalNode<G>>();
  for (const g of goals) nodes.set(g.id, { goal: g, children: [] });
  const roots: GoalNode<G>[] = [];
  for (const g of goals) {
    const node = nodes.get(g.id) as GoalNode<G>;
    const parent = g.parentId ? nodes.get(g.parentId) : undefined;
    (parent && parent !== node ? parent.children : roots).push(node);
  }
  const sort = (list: GoalNode<G>[]) => {
    list.sort((a, b) => a.goal.position - b.goal.position);
    list.forEach((n) => sort(n.children));
  };
  sort(roots);
  return roots;
}

/** The IDs of a goal and all goals below it. */
export function subtreeIds(goals: readonly GoalLike[], id: string): Set<string> {
  const out = new Set<string>([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const g of goals) {
      if (g.parentId && out.has(g.parentId) && !out.has(g.id)) {
        out.add(g.id);
        grew = true;
      }
    }
  }
  return out;
}

/** The goals a goal may move under: all but itself and its own sub-goals (no cycle). */
export function parentOptions<G extends GoalLike>(goals: readonly G[], id: string): G[] {
  const excluded = subtreeIds(goals, id);
  return goals.filter((g) => !excluded.has(g.id));
}

/** The goals sharing a parent (null: the top goals), by position. */
export function siblings<G extends GoalLike>(goals: readonly G[], parentId: string | null): G[] {
  return goals.filter((g) => (g.parentId ?? null) === parentId).sort((a, b) => a.position - b.position);
}

/**
 * How many positions a goal can take under `parentId`: its siblings there, plus one when it
 * comes from elsewhere (it joins them).
 */
export function positionCount(goals: readonly GoalLike[], goal: GoalLike, parentId: string | null): number {
  const n = siblings(goals, parentId).length;
  return (goal.parentId ?? null) === parentId ? n : n + 1;
}

/** "1.2 Title": how lists name a goal. */
export function goalLabel(g: { code: string; title: string }): string {
  return `${g.code} ${g.title}`;
}

/** The DOM id of a goal on the goals page (the coverage view links to it). */
export function goalAnchor(id: string): string {
  return `goal-${id}`;
}

/** The years the coverage view offers: a few before and after the current one, and the one asked for. */
export function yearChoices(current: number, selected: number, before = 5, after = 2): number[] {
  const years = new Set<number>();
  for (let y = current - before; y <= current + after; y++) years.add(y);
  years.add(selected);
  return [...years].sort((a, b) => b - a);
}
