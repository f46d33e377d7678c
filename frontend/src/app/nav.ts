import type { Role } from '../gql/graphql';

/** The routes a navigation entry may point to (all below one cooperation). */
export type NavTarget =
  | '/c/$cooperationId'
  | '/c/$cooperationId/events'
  | '/c/$cooperationId/award'
  | '/c/$cooperationId/retreats'
  | '/c/$cooperationId/workstreams'
  | '/c/$cooperationId/goals'
  | '/c/$cooperationId/agreements'
  | '/c/$cooperationId/contacts'
  | '/c/$cooperationId/report'
  | '/c/$cooperationId/admin/members'
  | '/c/$cooperationId/admin/audit'
  | '/c/$cooperationId/admin/legal';

/** One area of koop in the navigation. */
export interface NavEntry {
  key: string;
  /** Translation key in the common namespace. */
  labelKey: string;
  /** Only built areas are shown: no placeholder pages. */
  built: boolean;
  to?: NavTarget;
  /** Roles that see the entry; all roles when absent. */
  roles?: readonly Role[];
  /** Also highlighted on the pages below its target (an event below Veranstaltungen). */
  matchNested?: boolean;
  children?: readonly NavEntry[];
}

/**
 * Every area of koop, in the order of the domain. Areas not yet built stay listed here so that
 * the order is decided once; they are not rendered.
 */
export const NAV_AREAS: readonly NavEntry[] = [
  { key: 'overview', labelKey: 'nav.overview', built: true, to: '/c/$cooperationId' },
  {
    key: 'events',
    labelKey: 'nav.events',
    built: true,
    to: '/c/$cooperationId/events',
    roles: ['ADMIN', 'COORDINATOR', 'MEMBER', 'VIEWER'],
    matchNested: true,
  },
  {
    key: 'award',
    labelKey: 'nav.award',
    built: true,
    to: '/c/$cooperationId/award',
    // outside jurors (EXTERNAL) too: the award pages show them only their own cycles
    roles: ['ADMIN', 'COORDINATOR', 'MEMBER', 'VIEWER', 'EXTERNAL'],
    matchNested: true,
  },
  {
    key: 'retreat',
    labelKey: 'nav.retreat',
    built: true,
    to: '/c/$cooperationId/retreats',
    // EXTERNAL members too: the API shows them only the retreats they take part in
    roles: ['ADMIN', 'COORDINATOR', 'MEMBER', 'VIEWER', 'EXTERNAL'],
    matchNested: true,
  },
  {
    key: 'workstreams',
    labelKey: 'nav.workstreams',
    built: true,
    to: '/c/$cooperationId/workstreams',
    roles: ['ADMIN', 'COORDINATOR', 'MEMBER', 'VIEWER'],
    matchNested: true,
  },
  {
    key: 'goals',
    labelKey: 'nav.goals',
    built: true,
    to: '/c/$cooperationId/goals',
    roles: ['ADMIN', 'COORDINATOR', 'MEMBER', 'VIEWER'],
    matchNested: true,
  },
  {
    key: 'agreements',
    labelKey: 'nav.agreements',
    built: true,
    to: '/c/$cooperationId/agreements',
    roles: ['ADMIN', 'COORDINATOR', 'MEMBER', 'VIEWER'],
    matchNested: true,
  },
  {
    key: 'contacts',
    labelKey: 'nav.contacts',
    built: true,
    to: '/c/$cooperationId/contacts',
    roles: ['ADMIN', 'COORDINATOR', 'MEMBER', 'VIEWER'],
    matchNested: true,
  },
  {
    key: 'report',
    labelKey: 'report:nav',
    built: true,
    to: '/c/$cooperationId/report',
    roles: ['ADMIN', 'COORDINATOR', 'MEMBER', 'VIEWER'],
  },
  {
    key: 'admin',
    labelKey: 'nav.admin',
    built: true,
    roles: ['ADMIN'],
    children: [
      { key: 'members', labelKey: 'nav.members', built: true, to: '/c/$cooperationId/admin/members', roles: ['ADMIN'] },
      { key: 'audit', labelKey: 'nav.audit', built: true, to: '/c/$cooperationId/admin/audit', roles: ['ADMIN'] },
      { key: 'legal', labelKey: 'legal:admin.nav', built: true, to: '/c/$cooperationId/admin/legal', roles: ['ADMIN'] },
    ],
  },
];

function allowed(entry: NavEntry, role: Role | null): boolean {
  if (!entry.built) return false;
  if (!entry.roles) return true;
  return role !== null && entry.roles.includes(role);
}

/**
 * The entries a user with `role` in the current cooperation sees: built ones their role allows;
 * a group without a target of its own disappears when none of its children remain.
 */
export function visibleNav(role: Role | null, areas: readonly NavEntry[] = NAV_AREAS): NavEntry[] {
  const out: NavEntry[] = [];
  for (const entry of areas) {
    if (!allowed(entry, role)) continue;
    if (entry.children) {
      const children = visibleNav(role, entry.children);
      if (children.length === 0 && !entry.to) continue;
      out.push({ ...entry, children });
    } else {
      out.push(entry);
    }
  }
  return out;
}
