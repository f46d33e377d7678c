import { Button, Menu, Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { logout, type SessionUser } from '../../features/auth/session';

/** The user's name opening a menu: Profil, system administration (system admins), Abmelden. */
export function UserMenu({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [leaving, setLeaving] = useState(false);
  return (
    <Menu position="bottom-end" withinPortal shadow="md" width={220} withInitialFocusPlaceholder={false}>
      <Menu.Target>
        <Button variant="default" loading={leaving} aria-label={t('layout.userMenu', { name: user.name })}>
          <Text span size="sm" truncate maw={180}>
            {user.name}
          </Text>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{user.email}</Menu.Label>
        <Menu.Item onClick={() => void navigate({ to: '/profile' })}>{t('layout.profile')}</Menu.Item>
        {user.isSystemAdmin && (
          <Menu.Item onClick={() => void navigate({ to: '/system/cooperations' })}>{t('layout.system')}</Menu.Item>
        )}
        <Menu.Divider />
        <Menu.Item
          onClick={() => {
            setLeaving(true);
            void logout().finally(() => setLeaving(false));
          }}
        >
          {t('layout.logout')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
