import { Alert, Badge, Button, Checkbox, Group, List, NativeSelect, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient, useMutation, useQuery } from 'urql';
import { FormError } from '../../../components/ui/FormError';
import { AnchorLink, ButtonLink } from '../../../components/ui/links';
import { PageHeader } from '../../../components/ui/PageHeader';
import { ForbiddenState } from '../../../components/ui/states';
import type { ContactImportReportFieldsFragment, ContactImportStatus, ImportContactsMutation as ImportResult } from '../../../gql/graphql';
import { errorText } from '../../../lib/errors';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useCurrentCooperation } from '../../cooperation/CooperationContext';
import { DistributionListsQuery, ImportContactsMutation, PreviewContactImportQuery } from '../api/contacts';
import { canEditContacts } from '../model';

/** What the server accepts (koop.MaxContactImportBytes). */
export const MAX_IMPORT_BYTES = 640 * 1024;
const CONTEXT = { additionalTypenames: ['Contact', 'DistributionList', 'Organisation'] };
const LIST_CONTEXT = { additionalTypenames: ['DistributionList'] };

const STATUS_COLOR: Record<ContactImportStatus, string> = { NEW: 'green', EXISTS: 'blue', DUPLICATE_IN_FILE: 'yellow', ERROR: 'red' };

/** The file as base64, as the API takes it (in chunks: a large file overflows a spread). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** Kontakte importieren: upload a CSV file → report per row → import (confirming the valid rows when some have errors) → result. */
export function ContactImportPage() {
  const { t } = useTranslation('contacts');
  const coop = useCurrentCooperation();
  usePageTitle(t('import.title'));
  if (!canEditContacts(coop.myRole)) return <ForbiddenState>{t('import.forbidden')}</ForbiddenState>;
  return <ImportView />;
}

interface Upload {
  fileName: string;
  content: string;
  report: ContactImportReportFieldsFragment;
}

function ImportView() {
  const { t } = useTranslation('contacts');
  const { t: tc } = useTranslation();
  const coop = useCurrentCooperation();
  const client = useClient();
  const inputId = useId();
  const [upload, setUpload] = useState<Upload | null>(null);
  const [reading, setReading] = useState(false);
  const [fileError, setFileError] = useState<string | null>(null);
  const [importError, setImportError] = useState<string | null>(null);
  const [listId, setListId] = useState('');
  const [updateExisting, setUpdateExisting] = useState(false);
  const [result, setResult] = useState<ImportResult['importContacts'] | null>(null);
  const [lists] = useQuery({ query: DistributionListsQuery, variables: { cooperationId: coop.id }, context: LIST_CONTEXT });
  const [{ fetching: importing }, importContacts] = useMutation(ImportContactsMutation);

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.currentTarget.files?.[0];
    e.currentTarget.value = '';
    setUpload(null);
    setResult(null);
    setFileError(null);
    setImportError(null);
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      setFileError(t('import.tooLarge', { max: MAX_IMPORT_BYTES / 1024 }));
      return;
    }
    setReading(true);
    try {
      const content = toBase64(new Uint8Array(await file.arrayBuffer()));
      const res = await client
        .query(PreviewContactImportQuery, { input: { cooperationId: coop.id, content, fileName: file.name } }, { requestPolicy: 'network-only' })
        .toPromise();
      if (res.error || !res.data) {
        setFileError(errorText(res.error, tc));
        return;
      }
      setUpload({ fileName: file.name, content, report: res.data.previewContactImport });
    } finally {
      setReading(false);
    }
  };

  const run = async (importValidRows: boolean) => {
    if (!upload) return;
    setImportError(null);
    const res = await importContacts(
      {
        input: {
          cooperationId: coop.id,
          content: upload.content,
          fileName: upload.fileName,
          distributionListId: listId || null,
          importValidRows,
          updateExisting,
        },
      },
      CONTEXT,
    );
    if (res.error || !res.data) {
      setImportError(errorText(res.error, tc));
      return;
    }
    setResult(res.data.importContacts);
    setUpload(null);
  };

  const start = () => {
    if (!upload) return;
    if (upload.report.errorCount === 0) {
      void run(false);
      return;
    }
    modals.openConfirmModal({
      title: t('import.confirmTitle'),
      children: <Text size="sm">{t('import.confirmText', { errors: upload.report.errorCount, count: importable(upload.report, updateExisting) })}</Text>,
      labels: { confirm: t('import.confirmValid'), cancel: tc('actions.cancel') },
      onConfirm: () => void run(true),
    });
  };

  return (
    <Stack gap="md">
      <PageHeader
        title={t('import.title')}
        trail={[
          <AnchorLink key="contacts" to="/c/$cooperationId/contacts" params={{ cooperationId: coop.id }}>
            {t('list.title')}
          </AnchorLink>,
        ]}
        description={t('import.intro')}
      />
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('import.step1')}
          </Title>
          <Text size="sm">{t('import.formatHint')}</Text>
          <div>
            <Text component="label" htmlFor={inputId} size="sm" fw={500} display="block" mb={4}>
              {t('import.file')}
            </Text>
            <input id={inputId} type="file" accept=".csv,.txt,text/csv,text/plain" onChange={(e) => void onFile(e)} disabled={reading || importing} />
          </div>
          {reading && <Text size="sm" role="status">{t('import.reading')}</Text>}
          <FormError message={fileError} title={t('import.fileErrorTitle')} />
        </Stack>
      </Paper>

      {result && <ImportResultView result={result} />}

      {upload && (
        <Paper withBorder p="md">
          <Stack gap="md">
            <Title order={2} size="h4">
              {t('import.step2', { file: upload.fileName })}
            </Title>
            <ReportSummary report={upload.report} />
            <ReportTable report={upload.report} />
            <Title order={2} size="h4">
              {t('import.step3')}
            </Title>
            <Group align="flex-end" gap="md" wrap="wrap">
              <NativeSelect
                label={t('import.toList')}
                value={listId}
                onChange={(e) => setListId(e.currentTarget.value)}
                data={[{ value: '', label: t('import.noList') }, ...(lists.data?.distributionLists ?? []).map((l) => ({ value: l.id, label: l.name }))]}
                w={{ base: '100%', sm: 320 }}
              />
              <Checkbox label={t('import.updateExisting')} checked={updateExisting} onChange={(e) => setUpdateExisting(e.currentTarget.checked)} mb={6} />
            </Group>
            <FormError message={importError} />
            {upload.report.errorCount > 0 && (
              <Alert color="yellow" variant="light">
                {t('import.errorsHint', { count: upload.report.errorCount })}
              </Alert>
            )}
            <Group>
              <Button onClick={start} loading={importing} disabled={importable(upload.report, updateExisting) === 0 && !listId}>
                {upload.report.errorCount > 0 ? t('import.importValid') : t('import.import', { count: importable(upload.report, updateExisting) })}
              </Button>
              <Button variant="default" onClick={() => setUpload(null)}>
                {t('import.discard')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}

function importable(r: ContactImportReportFieldsFragment, updateExisting: boolean): number {
  return r.newCount + (updateExisting ? r.existsCount : 0);
}

function ReportSummary({ report }: { report: ContactImportReportFieldsFragment }) {
  const { t } = useTranslation('contacts');
  return (
    <Stack gap="xs">
      <Group gap="xs" aria-live="polite">
        <Text size="sm">{t('import.rows', { count: report.totalRows })}:</Text>
        <Badge color="green" variant="light">{t('import.status.NEW')}: {report.newCount}</Badge>
        <Badge color="blue" variant="light">{t('import.status.EXISTS')}: {report.existsCount}</Badge>
        <Badge color="yellow" variant="light">{t('import.status.DUPLICATE_IN_FILE')}: {report.duplicateCount}</Badge>
        <Badge color="red" variant="light">{t('import.status.ERROR')}: {report.errorCount}</Badge>
      </Group>
      <Text size="sm" c="dimmed">
        {t('import.readAs', { encoding: report.encoding, delimiter: report.delimiter === '\t' ? 'Tab' : report.delimiter })}
      </Text>
      {report.unknownColumns.length > 0 && (
        <Alert color="blue" variant="light">
          {t('import.unknownColumns', { columns: report.unknownColumns.join(', ') })}
        </Alert>
      )}
    </Stack>
  );
}

function ReportTable({ report }: { report: ContactImportReportFieldsFragment }) {
  const { t } = useTranslation('contacts');
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped verticalSpacing="xs">
        <caption style={{ textAlign: 'left', captionSide: 'top' }}>
          <Text size="sm" c="dimmed">
            {t('import.tableCaption')}
          </Text>
        </caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('import.line')}</Table.Th>
            <Table.Th scope="col">{t('import.statusColumn')}</Table.Th>
            <Table.Th scope="col">{t('fields.name')}</Table.Th>
            <Table.Th scope="col">{t('fields.organisation')}</Table.Th>
            <Table.Th scope="col">{t('fields.email')}</Table.Th>
            <Table.Th scope="col">{t('fields.legalBasis')}</Table.Th>
            <Table.Th scope="col">{t('import.messages')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {report.rows.map((r) => (
            <Table.Tr key={r.line} data-testid={`import-row-${r.line}`}>
              <Table.Td>{r.line}</Table.Td>
              <Table.Td>
                <Badge color={STATUS_COLOR[r.status]} variant="light">
                  {t(`import.status.${r.status}`)}
                </Badge>
              </Table.Td>
              <Table.Td>{[r.values.title, r.values.firstName, r.values.lastName].filter(Boolean).join(' ')}</Table.Td>
              <Table.Td>{r.values.organisationName}</Table.Td>
              <Table.Td>{r.values.email ?? ''}</Table.Td>
              <Table.Td>{r.values.legalBasis ? t(`legalBasis.${r.values.legalBasis}`) : ''}</Table.Td>
              <Table.Td>
                {r.messages.length > 0 && (
                  <List size="sm" spacing={2}>
                    {r.messages.map((m, i) => (
                      <List.Item key={i}>{m.message}</List.Item>
                    ))}
                  </List>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function ImportResultView({ result }: { result: ImportResult['importContacts'] }) {
  const { t } = useTranslation('contacts');
  const coop = useCurrentCooperation();
  return (
    <Alert color="green" variant="light" role="status" title={t('import.doneTitle')}>
      <Stack gap="sm">
        <Text size="sm">
          {t('import.done', {
            created: result.createdCount,
            updated: result.updatedCount,
            skipped: result.skippedCount,
            organisations: result.organisationsCreated,
          })}
        </Text>
        {result.distributionList && <Text size="sm">{t('import.doneList', { name: result.distributionList.name, count: result.distributionList.memberCount })}</Text>}
        <Group>
          <ButtonLink size="xs" variant="default" to="/c/$cooperationId/contacts" params={{ cooperationId: coop.id }}>
            {t('import.toContacts')}
          </ButtonLink>
        </Group>
      </Stack>
    </Alert>
  );
}
