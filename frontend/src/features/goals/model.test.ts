import { describe, expect, it } from 'vitest';
import { buildTree, goalLabel, isPriority, parentOptions, positionCount, siblings, subtreeIds, yearChoices } from './model';

// 1, 1.1, 1.1.1, 1.2, 2 — in tree order as the server sends them, positions shuffled in 1's children
const goals = [
  { id: 'a', parentId: null, position: 1, code: '1', title: 'Wirtschaft' },
  { id: 'a2', parentId: 'a', position: 2, code: '1.2', title: 'Fachkräfte' },
  { id: 'a1', parentId: 'a', position: 1, code: '1.1', title: 'Flächen' },
  { id: 'a11', parentId: 'a1', position: 1, code: '1.1.1', title: 'Gewerbeflächen' },
  { id: 'b', parentId: null, position: 2, code: '2', title: 'Soziales' },
];

describe('buildTree', () => {
  it('nests sub-goals under their parents, siblings by position', () => {
    const tree = buildTree(goals);
    expect(tree.map((n) => n.goal.code)).toEqual(['1', '2']);
    expect(tree[0]?.children.map((n) => n.goal.code)).toEqual(['1.1', '1.2']);
    expect(tree[0]?.children[0]?.children.map((n) => n.goal.code)).toEqual(['1.1.1']);
    expect(tree[1]?.children).toEqual([]);
  });

  it('keeps a goal whose parent is missing as a top goal', () => {
    const tree = buildTree([{ id: 'x', parentId: 'gone', position: 1, code: '9.1', title: 'Waise' }]);
    expect(tree.map((n) => n.goal.id)).toEqual(['x']);
  });

  it('is empty for no goals', () => {
    expect(buildTree([])).toEqual([]);
  });
});

describe('moving goals', () => {
  it('finds a goal and everything below it', () => {
    expect([...subtreeIds(goals, 'a')].sort()).toEqual(['a', 'a1', 'a11', 'a2']);
    expect([...subtreeIds(goals, 'a1')].sort()).toEqual(['a1', 'a11']);
    expect([...subtreeIds(goals, 'b')]).toEqual(['b']);
  });

  it('never offers the goal itself or its sub-goals as the new parent (no cycle)', () => {
    expect(parentOptions(goals, 'a1').map((g) => g.id)).toEqual(['a', 'a2', 'b']);
    expect(parentOptions(goals, 'a').map((g) => g.id)).toEqual(['b']);
  });

  it('lists siblings by position', () => {
    expect(siblings(goals, 'a').map((g) => g.id)).toEqual(['a1', 'a2']);
    expect(siblings(goals, null).map((g) => g.id)).toEqual(['a', 'b']);
  });

  it('counts the places: the siblings, one more when the goal joins from elsewhere', () => {
    const a2 = goals[1]!;
    expect(positionCount(goals, a2, 'a')).toBe(2);
    expect(positionCount(goals, a2, null)).toBe(3);
    expect(positionCount(goals, a2, 'b')).toBe(1);
  });
});

describe('labels and choices', () => {
  it('names a goal with its code', () => {
    expect(goalLabel({ code: '2.3', title: 'Tourismus' })).toBe('2.3 Tourismus');
  });

  it('reads priorities, not the empty option', () => {
    expect(isPriority('HIGH')).toBe(true);
    expect(isPriority('')).toBe(false);
    expect(isPriority('URGENT')).toBe(false);
  });

  it('offers years around the current one, newest first, and keeps the chosen one', () => {
    expect(yearChoices(2026, 2026, 1, 1)).toEqual([2027, 2026, 2025]);
    expect(yearChoices(2026, 2019, 1, 1)).toEqual([2027, 2026, 2025, 2019]);
  });
});
