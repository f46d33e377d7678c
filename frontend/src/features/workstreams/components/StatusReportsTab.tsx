import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Modal, NativeSelect, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { z } from 'zod';
import { FormError } from '../../../components/ui/FormError';
import type { WorkstreamDetailFieldsFragment } from '../../../gql/graphql';
import { applyServerErrors, hasCode } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { AddStatusReportMutation } from '../api/workstreams';
import { WORKSTREAM_STATUSES } from '../model';
import { WorkstreamStatusBadge } from './badges';
import { WORKSTREAM_CONTEXT } from './WorkstreamFormModal';
import { ModalActions } from '../../../components/ui/parts';

type Workstream = WorkstreamDetailFieldsFragment;

/** Statusberichte, newest first; planners and the leads write one, which sets the status. */
export function StatusReportsTab({ workstream: ws, onReload }: { workstream: Workstream; onReload: () => void }) {
  const { t, i18n } = useTranslation('workstreams');
  const [writing, setWriting] = useState(false);
  return (
    <section aria-labelledby="reports-heading">
      <Group justify="space-between" mb="md" wrap="wrap" gap="xs">
        <Title order={2} size="h4" id="reports-heading">
          {t('reports.title')}
        </Title>
        {ws.canReport && (
          <Button size="sm" onClick={() => setWriting(true)}>
            {t('reports.write')}
          </Button>
        )}
      </Group>
      {ws.statusReports.length === 0 ? (
        <Text c="dimmed">{t('reports.empty')}</Text>
      ) : (
        <Stack gap="sm" component="ol" aria-label={t('reports.list')} style={{ listStyle: 'none', padding: 0, margin: 0 }} data-testid="status-reports">
          {ws.statusReports.map((r) => (
            <Paper key={r.id} withBorder p="sm" component="li">
              <Group gap="xs" mb={4} wrap="wrap">
                <WorkstreamStatusBadge status={r.status} />
                <Text size="sm" c="dimmed">
                  {t('reports.by', { author: r.authorName, date: formatDateTime(r.createdAt, i18n.language) })}
                </Text>
              </Group>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {r.summary}
              </Text>
            </Paper>
          ))}
        </Stack>
      )}
      {writing && <StatusReportModal workstream={ws} onClose={() => setWriting(false)} onReload={onReload} />}
    </section>
  );
}

/**
 * "Statusbericht schreiben": the status now and a summary. It sends the workstream's version; when
 * someone changed the workstream meanwhile the dialog stays open with the text, says so and
 * reloads, so that a second send goes through.
 */
function StatusReportModal({ workstream: ws, onClose, onReload }: { workstream: Workstream; onClose: () => void; onReload: () => void }) {
  const { t } = useTranslation('workstreams');
  const { t: tc } = useTranslation();
  const [formError, setFormError] = useState<string | null>(null);
  const [{ fetching }, add] = useMutation(AddStatusReportMutation);
  const schema = useMemo(
    () =>
      z.object({
        status: z.enum(['PROPOSED', 'ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'PAUSED', 'DONE']),
        summary: z.string().trim().min(1, t('validation.summaryRequired')),
      }),
    [t],
  );
  type Values = z.infer<typeof schema>;
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { status: ws.status, summary: '' } });

  const onSubmit = async (v: Values) => {
    setFormError(null);
    const res = await add({ input: { workstreamId: ws.id, version: ws.version, status: v.status, summary: v.summary.trim() } }, WORKSTREAM_CONTEXT);
    if (res.error) {
      if (hasCode(res.error, 'CONFLICT')) {
        setFormError(t('reports.conflict'));
        onReload();
        return;
      }
      setFormError(applyServerErrors(res.error, setError, ['status', 'summary'] as const, tc));
      return;
    }
    notifications.show({ color: 'green', message: t('reports.written') });
    onClose();
  };

  return (
    <Modal opened onClose={onClose} title={t('reports.write')} size="lg">
      <form onSubmit={handleSubmit(onSubmit)} noValidate>
        <Stack gap="md">
          <FormError message={formError} />
          <NativeSelect
            label={t('reports.fields.status')}
            error={errors.status?.message}
            data={WORKSTREAM_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
            data-autofocus
            {...register('status')}
          />
          <Textarea
            label={t('reports.fields.summary')}
            description={t('reports.fields.summaryHint')}
            required
            autosize
            minRows={4}
            maxRows={12}
            error={errors.summary?.message}
            {...register('summary')}
          />
          <ModalActions onCancel={onClose} loading={fetching} />
        </Stack>
      </form>
    </Modal>
  );
}
