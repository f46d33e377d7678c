import { Group } from '@mantine/core';
import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/ui/links';
import { LEGAL_KINDS } from '../model';

/**
 * The links to a cooperation's imprint, privacy notice and accessibility statement, for the
 * footer of every public page. The current page is marked (aria-current).
 */
export function LegalLinks({ cooperationId }: { cooperationId: string }): JSX.Element {
  const { t } = useTranslation('legal');
  return (
    <nav aria-label={t('links.label')}>
      <Group component="ul" gap="lg" m={0} p={0} style={{ listStyle: 'none' }}>
        {LEGAL_KINDS.map((kind) => (
          <li key={kind}>
            <AnchorLink to="/legal/$cooperationId/$kind" params={{ cooperationId, kind }} size="sm">
              {t(`kinds.${kind}`)}
            </AnchorLink>
          </li>
        ))}
      </Group>
    </nav>
  );
}
