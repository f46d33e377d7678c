import { Anchor, Button, Group, Input, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { FormError } from '../../../components/ui/FormError';
import { ErrorState } from '../../../components/ui/states';
import type { AttachmentFieldsFragment } from '../../../gql/graphql';
import { errorText, splitServerErrors } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { AttachmentsQuery, DeleteAttachmentMutation, UploadAttachmentMutation } from '../api/discussion';
import { formatBytes, MAX_ATTACHMENT_BYTES, type SubjectRef } from '../model';

const CONTEXT = { additionalTypenames: ['Attachment'] };
// Download links live 15 minutes; the list fetches fresh ones well before that.
const REFRESH_MS = 10 * 60 * 1000;

/** Dateien: the files of a subject (flyers, programmes) with upload for members and up. */
export function Attachments({ subject, canWrite }: { subject: SubjectRef; canWrite: boolean }) {
  const { t, i18n } = useTranslation('discussion');
  const { t: tc } = useTranslation();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: AttachmentsQuery,
    variables: { subject },
    requestPolicy: 'cache-and-network',
    context: CONTEXT,
  });
  const reload = () => reexecute({ requestPolicy: 'network-only' });
  useEffect(() => {
    const timer = window.setInterval(() => reexecute({ requestPolicy: 'network-only' }), REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [reexecute]);
  const [{ fetching: deleting }, remove] = useMutation(DeleteAttachmentMutation);
  const files = data?.attachments ?? [];

  const confirmDelete = (a: AttachmentFieldsFragment) =>
    modals.openConfirmModal({
      title: t('files.deleteTitle'),
      children: <Text size="sm">{t('files.deleteText', { name: a.fileName })}</Text>,
      labels: { confirm: t('files.delete'), cancel: tc('actions.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => {
        void remove({ input: { id: a.id } }).then((res) => {
          if (res.error) {
            notifications.show({ color: 'red', title: tc('errors.title'), message: errorText(res.error, tc) });
            return;
          }
          notifications.show({ color: 'green', message: t('files.deleted', { name: a.fileName }) });
          reload();
        });
      },
    });

  return (
    <Stack gap="lg">
      <section aria-labelledby="files-heading">
        <Title order={2} size="h4" id="files-heading" mb="sm">
          {t('files.title')}
        </Title>
        {error && !data ? (
          <ErrorState error={error} onRetry={reload} />
        ) : fetching && !data ? (
          <Text c="dimmed">{t('files.loading')}</Text>
        ) : files.length === 0 ? (
          <Text c="dimmed">{t('files.empty')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table striped verticalSpacing="sm">
              <caption>
                <VisuallyHidden>{t('files.caption')}</VisuallyHidden>
              </caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('files.name')}</Table.Th>
                  <Table.Th scope="col">{t('files.size')}</Table.Th>
                  <Table.Th scope="col">{t('files.description')}</Table.Th>
                  <Table.Th scope="col">{t('files.uploaded')}</Table.Th>
                  <Table.Th scope="col">{t('files.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {files.map((a) => (
                  <Table.Tr key={a.id}>
                    <Table.Td>
                      <Anchor href={a.downloadUrl} download={a.fileName} fw={600} size="sm">
                        {a.fileName}
                      </Anchor>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatBytes(a.sizeBytes, i18n.language)}</Table.Td>
                    <Table.Td>{a.description}</Table.Td>
                    <Table.Td>
                      <Text size="sm">{a.uploaderName || t('files.unknownUploader')}</Text>
                      <Text size="xs" c="dimmed">
                        {formatDateTime(a.createdAt, i18n.language)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {a.canDelete && (
                        <Button
                          size="compact-sm"
                          variant="default"
                          loading={deleting}
                          onClick={() => confirmDelete(a)}
                          aria-label={`${t('files.delete')}: ${a.fileName}`}
                        >
                          {t('files.delete')}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </section>
      {canWrite && <UploadForm subject={subject} onUploaded={reload} />}
    </Stack>
  );
}

function UploadForm({ subject, onUploaded }: { subject: SubjectRef; onUploaded: () => void }) {
  const { t, i18n } = useTranslation('discussion');
  const { t: tc } = useTranslation();
  const inputId = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [description, setDescription] = useState('');
  const [fileError, setFileError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [{ fetching }, upload] = useMutation(UploadAttachmentMutation);

  const submit = async () => {
    setFileError(null);
    setFormError(null);
    if (!file) {
      setFileError(t('files.choose'));
      fileRef.current?.focus();
      return;
    }
    if (file.size > MAX_ATTACHMENT_BYTES) {
      setFileError(t('files.tooLarge', { size: formatBytes(file.size, i18n.language) }));
      fileRef.current?.focus();
      return;
    }
    const res = await upload({ input: { subject, file, description: description.trim() || null } });
    if (res.error) {
      const split = splitServerErrors(res.error, ['file'] as const, tc);
      if (split.fields.file) {
        setFileError(split.fields.file);
        fileRef.current?.focus();
      }
      setFormError(split.rest);
      return;
    }
    notifications.show({ color: 'green', message: t('files.uploadedOk', { name: file.name }) });
    setFile(null);
    setDescription('');
    if (fileRef.current) fileRef.current.value = '';
    onUploaded();
  };

  return (
    <section aria-labelledby="upload-heading">
      <Title order={3} size="h5" id="upload-heading" mb="xs">
        {t('files.uploadTitle')}
      </Title>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
        noValidate
      >
        <Stack gap="sm" maw={640}>
          <FormError message={formError} />
          <Input.Wrapper label={t('files.file')} description={t('files.allowed')} error={fileError} id={inputId} required>
            <input
              ref={fileRef}
              id={inputId}
              type="file"
              aria-invalid={fileError ? true : undefined}
              accept=".pdf,.png,.jpg,.jpeg,.gif,.webp,.txt,.csv,.docx,.xlsx,.pptx,.odt,.ods"
              onChange={(e) => {
                setFile(e.currentTarget.files?.[0] ?? null);
                setFileError(null);
              }}
              style={{ display: 'block', marginTop: 4 }}
            />
          </Input.Wrapper>
          <TextInput
            label={t('files.description')}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            maxLength={500}
          />
          <Group>
            <Button type="submit" loading={fetching}>
              {fetching ? t('files.uploading') : t('files.upload')}
            </Button>
          </Group>
        </Stack>
      </form>
    </section>
  );
}
