import { Button, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ExportPersonalDataButton } from '../../../privacy/components/ExportPersonalDataButton';

/** The name the server gives an erased user (koop.ErasedName; the same in every language). */
export const ERASED_NAME = 'Gelöschte Person';

/**
 * A member's personal data, for system admins only (as the API allows for users): export
 * everything held on the user as JSON, and open the erase dialog. Nothing for an erased account.
 */
export function MemberPrivacyActions({
  user,
  onErase,
}: {
  user: { id: string; name: string; erased: boolean };
  onErase: () => void;
}) {
  const { t } = useTranslation('privacy');
  if (user.erased) return null;
  return (
    <>
      <ExportPersonalDataButton person={{ userId: user.id }} label={t('export.button')} size="compact-sm" hiddenLabel={user.name} />
      <Button size="compact-sm" color="red" variant="light" onClick={onErase}>
        {t('erase.button')}
        <VisuallyHidden> {user.name}</VisuallyHidden>
      </Button>
    </>
  );
}
