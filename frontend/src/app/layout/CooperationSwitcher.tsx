import { Select } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { CooperationsQuery } from '../../features/cooperation/api/cooperation';
import { getLastCooperationId } from '../../features/cooperation/lastCooperation';

/** Picks the cooperation to work in (in the header; `compact` in the navbar on small screens). */
export function CooperationSwitcher({ currentId, compact = false }: { currentId: string | null; compact?: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [{ data }] = useQuery({ query: CooperationsQuery });
  const list = data?.cooperations ?? [];
  if (list.length === 0) return null;
  const value = currentId ?? getLastCooperationId();
  return (
    <Select
      aria-label={t('layout.cooperation')}
      data={list.map((c) => ({ value: c.id, label: c.name }))}
      value={list.some((c) => c.id === value) ? value : null}
      placeholder={t('layout.chooseCooperation')}
      allowDeselect={false}
      checkIconPosition="right"
      comboboxProps={{ width: 'target', withinPortal: true }}
      w={compact ? '100%' : { base: 160, sm: 300, md: 380 }}
      {...(compact ? { hiddenFrom: 'xs' } : { visibleFrom: 'xs' })}
      onChange={(id) => {
        if (id) void navigate({ to: '/c/$cooperationId', params: { cooperationId: id } });
      }}
    />
  );
}
