import { describe, expect, it } from 'vitest';
import type { SearchKind } from '../../gql/graphql';
import { highlightParts, highlightTerms, hitHref, hitTarget, isSearchable, nextIndex, toOptionGroups, type SearchGroupData, type SearchHitData } from './model';

function hit(kind: SearchKind, id: string, parentId: string | null = null): SearchHitData {
  return { __typename: 'SearchHit', kind, id, title: id, snippet: '', context: '', parentId, rank: 1 };
}

function group(kind: SearchKind, ids: string[], totalCount = ids.length): SearchGroupData {
  return { __typename: 'SearchGroup', kind, totalCount, hits: ids.map((id) => hit(kind, id)) };
}

describe('toOptionGroups', () => {
  it('keeps the server order of groups, drops empty ones and numbers hits for the keyboard', () => {
    const { groups, options } = toOptionGroups([group('WORKSTREAM', ['w1']), group('CONTACT', []), group('EVENT', ['e1', 'e2'], 7)]);
    expect(groups.map((g) => [g.kind, g.totalCount, g.options.map((o) => [o.hit.id, o.index])])).toEqual([
      ['WORKSTREAM', 1, [['w1', 0]]],
      [
        'EVENT',
        7,
        [
          ['e1', 1],
          ['e2', 2],
        ],
      ],
    ]);
    expect(options.map((o) => o.id)).toEqual(['w1', 'e1', 'e2']);
  });

  it('never reports fewer in all than it shows', () => {
    expect(toOptionGroups([group('GOAL', ['g1', 'g2'], 0)]).groups[0]?.totalCount).toBe(2);
  });
});

describe('nextIndex', () => {
  it('wraps around with the arrow keys and jumps with Home and End', () => {
    expect(nextIndex('ArrowDown', -1, 3)).toBe(0);
    expect(nextIndex('ArrowDown', 1, 3)).toBe(2);
    expect(nextIndex('ArrowDown', 2, 3)).toBe(0);
    expect(nextIndex('ArrowUp', -1, 3)).toBe(2);
    expect(nextIndex('ArrowUp', 0, 3)).toBe(2);
    expect(nextIndex('ArrowUp', 2, 3)).toBe(1);
    expect(nextIndex('Home', 2, 3)).toBe(0);
    expect(nextIndex('End', 0, 3)).toBe(2);
    expect(nextIndex('ArrowDown', -1, 0)).toBe(-1);
  });
});

describe('isSearchable', () => {
  it('asks the server from two characters on, spaces not counted', () => {
    expect(isSearchable('a')).toBe(false);
    expect(isSearchable(' a ')).toBe(false);
    expect(isSearchable('ab')).toBe(true);
  });
});

describe('highlight', () => {
  const marked = (text: string, query: string) => highlightParts(text, query).filter((p) => p.match).map((p) => p.text);

  it('marks the query words case-insensitively and keeps the whole text', () => {
    const parts = highlightParts('Neujahrsempfang 2027 im Rathaus Lichtenberg', 'rathaus LICHTENBERG');
    expect(parts.map((p) => p.text).join('')).toBe('Neujahrsempfang 2027 im Rathaus Lichtenberg');
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(['Rathaus', 'Lichtenberg']);
  });

  it('marks the stem of an inflected German word', () => {
    expect(marked('Die Veranstaltung am Abend', 'Veranstaltungen')).toEqual(['Veranstaltung']);
    expect(marked('Alle Veranstaltungen 2027', 'Veranstaltungen')).toEqual(['Veranstaltungen']);
    expect(marked('Fachkräftesicherung', 'fachkräfte')).toEqual(['Fachkräfte']);
  });

  it('treats tsquery and SQL syntax as plain words', () => {
    expect(highlightTerms("'; DROP TABLE events; -- & !foo | bar:*")).toEqual(['events', 'event', 'TABLE', 'DROP', 'TABL', 'bar', 'foo']);
    expect(marked('(a+b)* [x] .*', '.* (a+b)')).toEqual([]);
    expect(highlightParts('text', '   ')).toEqual([{ text: 'text', match: false }]);
    expect(highlightParts('', 'abc')).toEqual([]);
  });

  it('returns plain strings, so markup in a title stays text', () => {
    const parts = highlightParts('<b>Gala</b> im Rathaus', 'gala');
    expect(parts).toEqual([
      { text: '<b>', match: false },
      { text: 'Gala', match: true },
      { text: '</b> im Rathaus', match: false },
    ]);
  });
});

describe('hit targets', () => {
  const cases: { hit: SearchHitData; href: string | null }[] = [
    { hit: hit('EVENT', 'e1'), href: '/c/co1/events/e1' },
    { hit: hit('CONTACT', 'k1'), href: '/c/co1/contacts/k1' },
    { hit: hit('ORGANISATION', 'o1'), href: '/c/co1/contacts?org=o1' },
    { hit: hit('NOMINATION', 'n1', 'cy1'), href: '/c/co1/award/cy1?tab=nominations' },
    { hit: hit('NOMINATION', 'n1'), href: null },
    { hit: hit('PROPOSAL', 'p1', 'r1'), href: '/c/co1/retreats/r1?tab=proposals' },
    { hit: hit('PROPOSAL', 'p1'), href: null },
    { hit: hit('WORKSTREAM', 'w1'), href: '/c/co1/workstreams/w1' },
    { hit: hit('GOAL', 'g1'), href: '/c/co1/goals#goal-g1' },
  ];
  for (const c of cases) {
    it(`${c.hit.kind} ${c.hit.parentId ? 'with' : 'without'} parent → ${c.href}`, () => {
      expect(hitHref('co1', c.hit)).toBe(c.href);
      expect(hitTarget(c.hit) === null).toBe(c.href === null);
    });
  }
});
