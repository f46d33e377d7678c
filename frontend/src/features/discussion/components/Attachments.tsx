import { Anchor, Button, Group, Input, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { FormError } from '../../../components/ui/FormError';
import { ErrorState } from '../../../components/ui/states';
import type { AttachmentFieldsFragment } from '../../../gql/graphql';
import { errorText, splitServerErrors } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { AttachmentsQuery, DeleteAttachmentMutation, UploadAttachmentMutation } from '../api/discussion';
import { ATTACHMENT_ACCEPT, formatBytes, MAX_ATTACHMENT_BYTES, type SubjectRef } from '../model';

const CONTEXT = { additionalTypenames: ['Attachment'] };
// Download links live 15 minutes; the list fetches fresh ones well before that.
const REFRESH_MS = 10 * 60 * 1000;

/**
 * The words of one place that shows files: where its texts live (namespace and key prefix, with the
 * keys title, caption, loading, empty, name, size, description, uploaded, actions, delete, deleteTitle,
 * deleteText, deleted, uploadTitle, file, allowed, choose, tooLarge, upload, uploading, uploadedOk),
 * the key shown where no uploader is known, and the accessible name of a file's delete button.
 */
export type AttachmentWording = {
  ns: string;
  keyPrefix: string;
  noUploaderKey: string;
  deleteLabel: (t: TFunction, fileName: string) => string;
};

/** The wording of an event's files ("Dateien"). */
const EVENT_FILES: AttachmentWording = {
  ns: 'discussion',
  keyPrefix: 'files',
  noUploaderKey: 'unknownUploader',
  deleteLabel: (t, fileName) => `${t('delete')}: ${fileName}`,
};

type Props = {
  subject: SubjectRef;
  canWrite: boolean;
  wording?: AttachmentWording;
  /** For a drawer: a smaller heading, the description under the file name, the upload form inside the section. */
  compact?: boolean;
};

/** Dateien: the files of a subject (flyers, programmes, a nomination's documents) with upload for those who may write. */
export function Attachments({ subject, canWrite, wording = EVENT_FILES, compact = false }: Props) {
  const { t, i18n } = useTranslation(wording.ns, { keyPrefix: wording.keyPrefix });
  const { t: tc } = useTranslation();
  const headingId = useId();
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
  // A compact list shows the actions column only to those who may change anything.
  const showActions = !compact || canWrite;

  const confirmDelete = (a: AttachmentFieldsFragment) =>
    modals.openConfirmModal({
      title: t('deleteTitle'),
      children: <Text size="sm">{t('deleteText', { name: a.fileName })}</Text>,
      labels: { confirm: t('delete'), cancel: tc('actions.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => {
        void remove({ input: { id: a.id } }, CONTEXT).then((res) => {
          if (res.error) {
            notifications.show({ color: 'red', title: tc('errors.title'), message: errorText(res.error, tc) });
            return;
          }
          notifications.show({ color: 'green', message: t('deleted', { name: a.fileName }) });
          reload();
        });
      },
    });

  const textSize = compact ? 'sm' : undefined;
  const list =
    error && !data ? (
      <ErrorState error={error} onRetry={reload} />
    ) : fetching && !data ? (
      <Text c="dimmed" size={textSize}>
        {t('loading')}
      </Text>
    ) : files.length === 0 ? (
      <Text c="dimmed" size={textSize}>
        {t('empty')}
      </Text>
    ) : (
      <Table.ScrollContainer minWidth={compact ? 420 : 640}>
        <Table striped={!compact} verticalSpacing={compact ? 'xs' : 'sm'}>
          <caption>
            <VisuallyHidden>{t('caption')}</VisuallyHidden>
          </caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('name')}</Table.Th>
              <Table.Th scope="col">{t('size')}</Table.Th>
              {!compact && <Table.Th scope="col">{t('description')}</Table.Th>}
              <Table.Th scope="col">{t('uploaded')}</Table.Th>
              {showActions && <Table.Th scope="col">{t('actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {files.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>
                  <Anchor href={a.downloadUrl} download={a.fileName} fw={600} size="sm">
                    {a.fileName}
                  </Anchor>
                  {compact && a.description && (
                    <Text size="xs" c="dimmed">
                      {a.description}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatBytes(a.sizeBytes, i18n.language)}</Table.Td>
                {!compact && <Table.Td>{a.description}</Table.Td>}
                <Table.Td>
                  <Text size="sm">{a.uploaderName || t(wording.noUploaderKey)}</Text>
                  <Text size="xs" c="dimmed">
                    {formatDateTime(a.createdAt, i18n.language)}
                  </Text>
                </Table.Td>
                {showActions && (
                  <Table.Td>
                    {a.canDelete && (
                      <Button
                        size="compact-sm"
                        variant="default"
                        loading={deleting}
                        onClick={() => confirmDelete(a)}
                        aria-label={wording.deleteLabel(t, a.fileName)}
                      >
                        {t('delete')}
                      </Button>
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );

  const upload = canWrite && <UploadForm subject={subject} wording={wording} compact={compact} onUploaded={reload} />;
  if (compact) {
    return (
      <Stack gap="sm" component="section" aria-labelledby={headingId}>
        <Title order={3} size="h5" id={headingId}>
          {t('title')}
        </Title>
        {list}
        {upload}
      </Stack>
    );
  }
  return (
    <Stack gap="lg">
      <section aria-labelledby={headingId}>
        <Title order={2} size="h4" id={headingId} mb="sm">
          {t('title')}
        </Title>
        {list}
      </section>
      {upload}
    </Stack>
  );
}

function UploadForm({
  subject,
  wording,
  compact,
  onUploaded,
}: {
  subject: SubjectRef;
  wording: AttachmentWording;
  compact: boolean;
  onUploaded: () => void;
}) {
  const { t, i18n } = useTranslation(wording.ns, { keyPrefix: wording.keyPrefix });
  const { t: tc } = useTranslation();
  const inputId = useId();
  const headingId = useId();
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
      setFileError(t('choose'));
      fileRef.current?.focus();
      return;
    }
    if (file.size > MAX_ATTACHMENT_BYTES) {
      setFileError(t('tooLarge', { size: formatBytes(file.size, i18n.language) }));
      fileRef.current?.focus();
      return;
    }
    const res = await upload({ input: { subject, file, description: description.trim() || null } }, CONTEXT);
    if (res.error) {
      const split = splitServerErrors(res.error, ['file'] as const, tc);
      if (split.fields.file) {
        setFileError(split.fields.file);
        fileRef.current?.focus();
      }
      setFormError(split.rest);
      return;
    }
    notifications.show({ color: 'green', message: t('uploadedOk', { name: file.name }) });
    setFile(null);
    setDescription('');
    if (fileRef.current) fileRef.current.value = '';
    onUploaded();
  };

  // Mantine gives the wrapper's description and error these ids; the bare file input names them itself.
  const describedBy = [`${inputId}-description`, fileError ? `${inputId}-error` : ''].filter(Boolean).join(' ');
  const form = (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      noValidate
      aria-label={compact ? t('uploadTitle') : undefined}
    >
      <Stack gap={compact ? 'xs' : 'sm'} maw={compact ? undefined : 640}>
        {compact && (
          <Text size="sm" fw={600}>
            {t('uploadTitle')}
          </Text>
        )}
        <FormError message={formError} />
        <Input.Wrapper label={t('file')} description={t('allowed')} error={fileError} id={inputId} required>
          <input
            ref={fileRef}
            id={inputId}
            type="file"
            aria-invalid={fileError ? true : undefined}
            aria-describedby={describedBy}
            accept={ATTACHMENT_ACCEPT}
            onChange={(e) => {
              setFile(e.currentTarget.files?.[0] ?? null);
              setFileError(null);
            }}
            style={{ display: 'block', marginTop: 4, maxWidth: '100%' }}
          />
        </Input.Wrapper>
        <TextInput label={t('description')} value={description} onChange={(e) => setDescription(e.currentTarget.value)} maxLength={500} />
        <Group>
          <Button type="submit" loading={fetching}>
            {fetching ? t('uploading') : t('upload')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
  if (compact) return form;
  return (
    <section aria-labelledby={headingId}>
      <Title order={3} size="h5" id={headingId} mb="xs">
        {t('uploadTitle')}
      </Title>
      {form}
    </section>
  );
}
