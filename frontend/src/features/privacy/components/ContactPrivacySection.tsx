import { Alert, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from 'urql';
import { hasCode } from '../../../lib/errors';
import { useCurrentCooperation } from '../../cooperation/CooperationContext';
import { ContactQuery } from '../../contacts/api/contacts';
import { canEraseContact, canExportContact } from '../model';
import { ErasePersonDialog } from './ErasePersonDialog';
import { ExportPersonalDataButton } from './ExportPersonalDataButton';

/**
 * "Datenschutz" on a contact's page: export its data as JSON (ADMIN, COORDINATOR) and erase it
 * (ADMIN) through the dialog that names what will happen. After erasing, the page shows the
 * anonymised contact, or returns to the list when the contact is gone.
 */
export function ContactPrivacySection({ contact }: { contact: { id: string; name: string; lastName: string } }) {
  const { t } = useTranslation('privacy');
  const coop = useCurrentCooperation();
  const client = useClient();
  const navigate = useNavigate();
  const [erasing, setErasing] = useState(false);
  const [effects, setEffects] = useState<string[] | null>(null);
  const exporter = canExportContact(coop.myRole);
  const eraser = canEraseContact(coop.myRole);
  if (!exporter && !eraser) return null;

  const afterErase = async (done: string[]) => {
    setEffects(done);
    // the contact as it is now: anonymised in place, or deleted
    const res = await client.query(ContactQuery, { id: contact.id }, { requestPolicy: 'network-only' }).toPromise();
    if (hasCode(res.error, 'NOT_FOUND')) {
      notifications.show({ color: 'green', title: t('erase.doneTitle'), message: t('erase.deleted') });
      void navigate({ to: '/c/$cooperationId/contacts', params: { cooperationId: coop.id } });
      return;
    }
    notifications.show({ color: 'green', message: t('erase.done') });
  };

  return (
    <section aria-labelledby="contact-privacy-heading">
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Title order={2} size="h4" id="contact-privacy-heading">
            {t('section.title')}
          </Title>
          <Text size="sm">{t('section.text')}</Text>
          {effects && (
            <Alert color="green" variant="light" title={t('erase.doneTitle')} role="status" data-testid="erase-result">
              {effects.length > 0 && (
                <List size="sm">
                  {effects.map((e) => (
                    <List.Item key={e}>{e}</List.Item>
                  ))}
                </List>
              )}
            </Alert>
          )}
          <Group gap="sm">
            {exporter && <ExportPersonalDataButton person={{ contactId: contact.id }} label={t('export.button')} />}
            {eraser && (
              <Button color="red" variant="light" onClick={() => setErasing(true)}>
                {t('erase.button')}
              </Button>
            )}
          </Group>
        </Stack>
      </Paper>
      {eraser && (
        <ErasePersonDialog
          opened={erasing}
          onClose={() => setErasing(false)}
          person={{ contactId: contact.id }}
          name={contact.name}
          lastName={contact.lastName}
          onErased={(done) => void afterErase(done)}
        />
      )}
    </section>
  );
}
