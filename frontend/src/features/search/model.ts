import type { SearchKind, SearchQuery } from '../../gql/graphql';
import { goalAnchor } from '../goals/model';

/** The answer of a search as the query returns it. */
export type SearchResultData = SearchQuery['search'];
/** One group of hits. */
export type SearchGroupData = SearchResultData['groups'][number];
/** One hit. */
export type SearchHitData = SearchGroupData['hits'][number];

/** The server's bounds of a query (schema: 2–200 characters). */
export const MIN_QUERY_LENGTH = 2;
export const MAX_QUERY_LENGTH = 200;

/** How long the box waits after the last key before it asks the server. */
export const DEBOUNCE_MS = 250;

/** The order of the kinds when the server ranks two groups alike (and for stable tests). */
export const SEARCH_KINDS: readonly SearchKind[] = ['EVENT', 'CONTACT', 'ORGANISATION', 'NOMINATION', 'PROPOSAL', 'WORKSTREAM', 'GOAL'];

/** Whether a typed text is worth a request: 2 or more characters after trimming. */
export function isSearchable(text: string): boolean {
  return text.trim().length >= MIN_QUERY_LENGTH;
}

/** One option of the result list with its position in the flat keyboard order. */
export interface SearchOption {
  hit: SearchHitData;
  index: number;
}

/** A group as the list shows it: its kind, its options and how many hits there are in all. */
export interface SearchOptionGroup {
  kind: SearchKind;
  totalCount: number;
  options: SearchOption[];
}

/**
 * The groups in the server's order (best group first), empty groups dropped, each hit numbered in
 * the order the arrow keys walk through them; the flat list of options with it.
 */
export function toOptionGroups(groups: readonly SearchGroupData[]): { groups: SearchOptionGroup[]; options: SearchHitData[] } {
  const options: SearchHitData[] = [];
  const out: SearchOptionGroup[] = [];
  for (const g of groups) {
    if (g.hits.length === 0) continue;
    out.push({
      kind: g.kind,
      totalCount: Math.max(g.totalCount, g.hits.length),
      options: g.hits.map((hit) => {
        options.push(hit);
        return { hit, index: options.length - 1 };
      }),
    });
  }
  return { groups: out, options };
}

/** The next active index for a navigation key over `count` options; `current` is -1 when none is active. */
export function nextIndex(key: 'ArrowDown' | 'ArrowUp' | 'Home' | 'End', current: number, count: number): number {
  if (count === 0) return -1;
  switch (key) {
    case 'ArrowDown':
      return current < 0 || current >= count - 1 ? 0 : current + 1;
    case 'ArrowUp':
      return current <= 0 ? count - 1 : current - 1;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
  }
}

/** The DOM id of an option, for aria-activedescendant. */
export function optionId(listId: string, hit: Pick<SearchHitData, 'kind' | 'id'>): string {
  return `${listId}-${hit.kind.toLowerCase()}-${hit.id}`;
}

/** A piece of text, marked when it matches the query. */
export interface TextPart {
  text: string;
  match: boolean;
}

// German inflection endings dropped from a query word, so "Veranstaltungen" marks "Veranstaltung".
const ENDINGS = ['ern', 'en', 'er', 'es', 'em', 'e', 'n', 's'];
const MIN_STEM = 4;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The words of a query to mark: letters and digits only (so tsquery or SQL syntax marks nothing odd), with their stems. */
export function highlightTerms(query: string): string[] {
  const words = query
    .split(/[^\p{L}\p{N}]+/u)
    .map((w) => w.trim())
    .filter((w) => w.length >= MIN_QUERY_LENGTH);
  const terms = new Set<string>();
  for (const w of words) {
    terms.add(w);
    const lower = w.toLowerCase();
    for (const e of ENDINGS) {
      if (lower.endsWith(e) && w.length - e.length >= MIN_STEM) terms.add(w.slice(0, w.length - e.length));
    }
  }
  // Longest first, so the regular expression prefers "Veranstaltungen" over its stem.
  return [...terms].sort((a, b) => b.length - a.length || a.localeCompare(b));
}

/**
 * Splits a text into marked and plain parts where the query's words (or their stems) occur,
 * case-insensitively. Plain strings only: the UI renders them as text nodes, never as HTML.
 */
export function highlightParts(text: string, query: string): TextPart[] {
  const terms = highlightTerms(query);
  if (terms.length === 0 || text === '') return text === '' ? [] : [{ text, match: false }];
  const re = new RegExp(terms.map(escapeRegExp).join('|'), 'giu');
  const parts: TextPart[] = [];
  let last = 0;
  for (const m of text.matchAll(re)) {
    const at = m.index;
    if (m[0] === '') continue;
    if (at > last) parts.push({ text: text.slice(last, at), match: false });
    parts.push({ text: m[0], match: true });
    last = at + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), match: false });
  return parts;
}

/** Where a hit opens, as router navigation options (the cooperation ID is added by the caller). */
export type HitTarget =
  | { to: '/c/$cooperationId/events/$eventId'; params: { eventId: string } }
  | { to: '/c/$cooperationId/contacts/$contactId'; params: { contactId: string } }
  | { to: '/c/$cooperationId/contacts'; params: Record<string, never>; search: { org: string } }
  | { to: '/c/$cooperationId/award/$cycleId'; params: { cycleId: string }; search: { tab: 'nominations' } }
  | { to: '/c/$cooperationId/retreats/$retreatId'; params: { retreatId: string }; search: { tab: 'proposals' } }
  | { to: '/c/$cooperationId/workstreams/$workstreamId'; params: { workstreamId: string } }
  | { to: '/c/$cooperationId/goals'; params: Record<string, never>; hash: string };

/**
 * The page of a hit: an event or contact itself, the contact list filtered to an organisation, the
 * nominations tab of a nomination's cycle, the proposals tab of a proposal's retreat, a workstream,
 * a goal in the goal tree. Null when a nomination or proposal comes without its parent.
 */
export function hitTarget(hit: Pick<SearchHitData, 'kind' | 'id' | 'parentId'>): HitTarget | null {
  switch (hit.kind) {
    case 'EVENT':
      return { to: '/c/$cooperationId/events/$eventId', params: { eventId: hit.id } };
    case 'CONTACT':
      return { to: '/c/$cooperationId/contacts/$contactId', params: { contactId: hit.id } };
    case 'ORGANISATION':
      return { to: '/c/$cooperationId/contacts', params: {}, search: { org: hit.id } };
    case 'NOMINATION':
      return hit.parentId ? { to: '/c/$cooperationId/award/$cycleId', params: { cycleId: hit.parentId }, search: { tab: 'nominations' } } : null;
    case 'PROPOSAL':
      return hit.parentId ? { to: '/c/$cooperationId/retreats/$retreatId', params: { retreatId: hit.parentId }, search: { tab: 'proposals' } } : null;
    case 'WORKSTREAM':
      return { to: '/c/$cooperationId/workstreams/$workstreamId', params: { workstreamId: hit.id } };
    case 'GOAL':
      return { to: '/c/$cooperationId/goals', params: {}, hash: goalAnchor(hit.id) };
  }
}

/** The path of a hit's page, e.g. for an href or a test: `/c/co1/events/e1`. */
export function hitHref(cooperationId: string, hit: Pick<SearchHitData, 'kind' | 'id' | 'parentId'>): string | null {
  const target = hitTarget(hit);
  if (!target) return null;
  let path: string = target.to.replace('$cooperationId', encodeURIComponent(cooperationId));
  for (const [k, v] of Object.entries(target.params as Record<string, string>)) path = path.replace(`$${k}`, encodeURIComponent(v));
  const search = 'search' in target ? `?${new URLSearchParams(target.search).toString()}` : '';
  const hash = 'hash' in target ? `#${target.hash}` : '';
  return path + search + hash;
}
