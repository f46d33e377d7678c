import { Box, Stack } from '@mantine/core';
import { useMatchRoute } from '@tanstack/react-router';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLinkItem } from '../../components/ui/links';
import type { Role } from '../../gql/graphql';
import { visibleNav, type NavEntry } from '../nav';
import classes from './layout.module.css';

function Entry({ entry, cooperationId, onNavigate }: { entry: NavEntry; cooperationId: string; onNavigate?: () => void }) {
  const { t } = useTranslation();
  const matchRoute = useMatchRoute();
  const groupId = useId();
  if (entry.children && entry.children.length > 0) {
    return (
      <Box role="group" aria-labelledby={groupId}>
        <div id={groupId} className={classes.navGroupLabel}>
          {t(entry.labelKey)}
        </div>
        <Stack gap={2} pl="sm">
          {entry.children.map((c) => (
            <Entry key={c.key} entry={c} cooperationId={cooperationId} onNavigate={onNavigate} />
          ))}
        </Stack>
      </Box>
    );
  }
  if (!entry.to) return null;
  const active = Boolean(matchRoute({ to: entry.to, params: { cooperationId }, fuzzy: entry.matchNested ?? false }));
  return (
    <NavLinkItem
      to={entry.to}
      params={{ cooperationId }}
      label={t(entry.labelKey)}
      active={active}
      activeOptions={{ exact: true, includeSearch: false }}
      onClick={onNavigate}
    />
  );
}

/** The areas of the current cooperation that the user's role may see. */
export function AppNavbar({
  cooperationId,
  role,
  onNavigate,
}: {
  cooperationId: string | null;
  role: Role | null;
  onNavigate?: () => void;
}) {
  if (!cooperationId) return null;
  return (
    <Stack gap={4}>
      {visibleNav(role).map((entry) => (
        <Entry key={entry.key} entry={entry} cooperationId={cooperationId} onNavigate={onNavigate} />
      ))}
    </Stack>
  );
}
