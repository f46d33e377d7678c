import { Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { FormError } from '../../../components/ui/FormError';
import { ErrorState } from '../../../components/ui/states';
import type { CommentFieldsFragment } from '../../../gql/graphql';
import { errorText, hasCode, splitServerErrors } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { AddCommentMutation, CommentsQuery, DeleteCommentMutation, EditCommentMutation } from '../api/discussion';
import type { SubjectRef } from '../model';

const CONTEXT = { additionalTypenames: ['Comment'] };
const MAX = 5000;

/** The error at the body field, or null when the error belongs elsewhere. */
function bodyError(error: unknown, t: (k: string) => string): { field: string | null; rest: string | null } {
  const split = splitServerErrors(error, ['body'] as const, t);
  return { field: split.fields.body ?? null, rest: split.rest };
}

/** Kommentare: the discussion on a subject; members and up write, authors edit, planners moderate. */
export function Comments({ subject, canWrite }: { subject: SubjectRef; canWrite: boolean }) {
  const { t } = useTranslation('discussion');
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: CommentsQuery,
    variables: { subject },
    requestPolicy: 'cache-and-network',
    context: CONTEXT,
  });
  const comments = data?.comments ?? [];
  return (
    <section aria-labelledby="comments-heading">
      <Title order={2} size="h4" id="comments-heading" mb="sm">
        {t('comments.title')}
      </Title>
      {error && !data ? (
        <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : (
        <Stack gap="sm">
          {fetching && !data ? (
            <Text c="dimmed">{t('comments.loading')}</Text>
          ) : comments.length === 0 ? (
            <Text c="dimmed">{t('comments.empty')}</Text>
          ) : (
            <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('comments.list')}>
              {comments.map((c) => (
                <CommentItem key={`${c.id}:${c.version}`} comment={c} onChanged={() => reexecute({ requestPolicy: 'network-only' })} />
              ))}
            </Stack>
          )}
          {canWrite && <NewComment subject={subject} onAdded={() => reexecute({ requestPolicy: 'network-only' })} />}
        </Stack>
      )}
    </section>
  );
}

function CommentItem({ comment, onChanged }: { comment: CommentFieldsFragment; onChanged: () => void }) {
  const { t, i18n } = useTranslation('discussion');
  const { t: tc } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(comment.body);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [{ fetching: saving }, edit] = useMutation(EditCommentMutation);
  const [{ fetching: deleting }, remove] = useMutation(DeleteCommentMutation);

  const save = async () => {
    setFieldError(null);
    setFormError(null);
    if (text.trim() === '') {
      setFieldError(t('comments.required'));
      return;
    }
    const res = await edit({ input: { id: comment.id, version: comment.version, body: text } });
    if (res.error) {
      if (hasCode(res.error, 'CONFLICT')) {
        setFormError(t('comments.conflict'));
        return;
      }
      const e = bodyError(res.error, tc);
      setFieldError(e.field);
      setFormError(e.rest);
      return;
    }
    notifications.show({ color: 'green', message: t('comments.saved') });
    setEditing(false);
    onChanged();
  };

  const confirmDelete = () =>
    modals.openConfirmModal({
      title: t('comments.deleteTitle'),
      children: <Text size="sm">{t('comments.deleteText', { author: comment.authorName || t('comments.unknownAuthor') })}</Text>,
      labels: { confirm: t('comments.delete'), cancel: tc('actions.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => {
        void remove({ input: { id: comment.id } }).then((res) => {
          if (res.error) {
            notifications.show({ color: 'red', title: tc('errors.title'), message: errorText(res.error, tc) });
            return;
          }
          notifications.show({ color: 'green', message: t('comments.deleted') });
          onChanged();
        });
      },
    });

  return (
    <Paper component="li" withBorder p="sm">
      <Group justify="space-between" gap="xs" mb={4}>
        <Text size="sm" fw={600}>
          {comment.authorName || t('comments.unknownAuthor')}
        </Text>
        <Text size="xs" c="dimmed">
          {formatDateTime(comment.createdAt, i18n.language)}
          {comment.editedAt && ` · ${t('comments.edited')}`}
        </Text>
      </Group>
      {editing ? (
        <Stack gap="xs">
          <FormError message={formError} />
          <Textarea
            label={t('comments.editLabel')}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            error={fieldError}
            autosize
            minRows={2}
            maxLength={MAX}
            data-autofocus
            autoFocus
          />
          <Group gap="xs" justify="flex-end">
            <Button size="xs" variant="default" onClick={() => setEditing(false)}>
              {tc('actions.cancel')}
            </Button>
            <Button size="xs" loading={saving} onClick={() => void save()}>
              {tc('actions.save')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {comment.body}
          </Text>
          {(comment.canEdit || comment.canDelete) && (
            <Group gap="xs" mt="xs">
              {comment.canEdit && (
                <Button size="compact-xs" variant="default" onClick={() => setEditing(true)}>
                  {t('comments.edit')}
                </Button>
              )}
              {comment.canDelete && (
                <Button size="compact-xs" variant="default" loading={deleting} onClick={confirmDelete}>
                  {t('comments.delete')}
                </Button>
              )}
            </Group>
          )}
        </>
      )}
    </Paper>
  );
}

function NewComment({ subject, onAdded }: { subject: SubjectRef; onAdded: () => void }) {
  const { t } = useTranslation('discussion');
  const { t: tc } = useTranslation();
  const [text, setText] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [{ fetching }, add] = useMutation(AddCommentMutation);

  const submit = async () => {
    setFieldError(null);
    setFormError(null);
    if (text.trim() === '') {
      setFieldError(t('comments.required'));
      return;
    }
    const res = await add({ input: { subject, body: text } });
    if (res.error) {
      const e = bodyError(res.error, tc);
      setFieldError(e.field);
      setFormError(e.rest);
      return;
    }
    setText('');
    notifications.show({ color: 'green', message: t('comments.added') });
    onAdded();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void submit();
    }
  };

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      noValidate
    >
      <Stack gap="xs">
        <FormError message={formError} />
        <Textarea
          label={t('comments.newLabel')}
          description={t('comments.newHint')}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          onKeyDown={onKeyDown}
          error={fieldError}
          autosize
          minRows={2}
          maxLength={MAX}
        />
        {text.length > MAX - 500 && (
          <Text size="xs" c="dimmed" aria-live="polite">
            {t('comments.remaining', { count: MAX - text.length })}
          </Text>
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={fetching}>
            {t('comments.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
