import {
  Alert,
  Anchor,
  Badge,
  Button,
  Grid,
  Group,
  List,
  Modal,
  NavLink,
  Paper,
  Progress,
  Radio,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useBlocker, useParams } from '@tanstack/react-router';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { ButtonLink } from '../../../components/ui/links';
import { NotFoundContent } from '../../../components/ui/NotFoundContent';
import { PageHeader } from '../../../components/ui/PageHeader';
import { ErrorState, PageLoader } from '../../../components/ui/states';
import type { JuryBallotFieldsFragment, JuryScoringQuery as ScoringData } from '../../../gql/graphql';
import { hasCode, splitServerErrors } from '../../../lib/errors';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useCurrentCooperation } from '../../cooperation/CooperationContext';
import { JuryDeclareConflictMutation, JurySaveScoresMutation, JuryScoringQuery, JurySubmitBallotMutation } from '../api/jury';
import {
  ballotProgress,
  changedScores,
  formatMoment,
  formatSize,
  hasChanges,
  isDecided,
  nominationStatus,
  parseScore,
  scoreOptions,
  shownScore,
  type NominationEdits,
  type NominationStatus,
  type ScoreEdit,
} from '../model';
import { cycleTrail, useFailure } from './shared';

type Cycle = ScoringData['awardCycle'];
type Nomination = Cycle['nominations'][number];
type Criterion = Cycle['criteria'][number];
type Ballot = JuryBallotFieldsFragment;

const STATUS_COLOR: Record<NominationStatus, string> = {
  complete: 'green',
  partial: 'yellow',
  open: 'gray',
  conflict: 'orange',
};

/** The juror's scoring screen: one nomination at a time, saved as a draft on the server, then submitted. */
export function ScoringPage() {
  const coop = useCurrentCooperation();
  const { t } = useTranslation('jury');
  const { cycleId = '' } = useParams({ strict: false });
  const [{ data, fetching, error }, reexecute] = useQuery({ query: JuryScoringQuery, variables: { id: cycleId } });
  const cycle = data?.awardCycle.id === cycleId ? data.awardCycle : null;
  usePageTitle(cycle ? t('scoring.pageTitle', { cycle: cycle.title }) : t('scoring.title'));
  if (!cycle) {
    if (error && !fetching) {
      if (hasCode(error, 'NOT_FOUND')) return <NotFoundContent title={t('notFoundTitle')} text={t('notFoundText')} />;
      return <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
    }
    return <PageLoader />;
  }
  const header = (
    <PageHeader
      title={t('scoring.title')}
      trail={cycleTrail(coop.id, cycle.id, cycle.title, t('awardCrumb'))}
      description={t('scoring.description', { cycle: cycle.title })}
    />
  );
  if (!cycle.myBallot) {
    return (
      <Stack gap="md">
        {header}
        <Alert color="blue" variant="light">
          {t('scoring.notJuror')}
        </Alert>
        {isDecided(cycle.phase) && <ResultLink cooperationId={coop.id} cycleId={cycle.id} />}
      </Stack>
    );
  }
  if (cycle.phase === 'DRAFT' || cycle.phase === 'NOMINATION_OPEN' || cycle.phase === 'NOMINATION_CLOSED') {
    return (
      <Stack gap="md">
        {header}
        <Alert color="blue" variant="light">
          {t('scoring.notYet')}
        </Alert>
      </Stack>
    );
  }
  return (
    <Stack gap="md">
      {header}
      <Scoring
        key={cycle.id}
        cycle={cycle}
        queryBallot={cycle.myBallot}
        cooperationId={coop.id}
        onReload={() => reexecute({ requestPolicy: 'network-only' })}
      />
    </Stack>
  );
}

function ResultLink({ cooperationId, cycleId }: { cooperationId: string; cycleId: string }) {
  const { t } = useTranslation('jury');
  return (
    <Group>
      <ButtonLink variant="default" to="/c/$cooperationId/award/$cycleId/result" params={{ cooperationId, cycleId }}>
        {t('scoring.toResult')}
      </ButtonLink>
    </Group>
  );
}

function Scoring({
  cycle,
  queryBallot,
  cooperationId,
  onReload,
}: {
  cycle: Cycle;
  queryBallot: Ballot;
  cooperationId: string;
  onReload: () => void;
}) {
  const { t, i18n } = useTranslation('jury');
  const { t: tc } = useTranslation();
  const fail = useFailure();
  const criteria = cycle.criteria;
  const nominations = useMemo(() => cycle.nominations.filter((n) => n.eligibility === 'ELIGIBLE'), [cycle.nominations]);

  // The ballot a save or the submission returned, until the query has caught up with it.
  const [fresh, setFresh] = useState<Ballot | null>(null);
  const ballot = fresh && fresh.version >= queryBallot.version ? fresh : queryBallot;
  // The version to send next: a save followed by the submission must not send a stale one.
  const versionRef = useRef(ballot.version);
  useEffect(() => {
    versionRef.current = Math.max(versionRef.current, ballot.version);
  }, [ballot.version]);
  const conflicted = (n: Nomination) => n.myConflict != null || ballot.conflicts.some((c) => c.nominationId === n.id);
  const statusOf = (n: Nomination) => nominationStatus(n.id, criteria, ballot.scores, conflicted(n));

  const [selectedId, setSelectedId] = useState<string | null>(() => {
    const first = nominations.find((n) => {
      const s = statusOf(n);
      return s === 'open' || s === 'partial';
    });
    return (first ?? nominations[0])?.id ?? null;
  });
  const index = Math.max(
    0,
    nominations.findIndex((n) => n.id === selectedId),
  );
  const current = nominations[index] ?? null;

  const [edits, setEdits] = useState<Record<string, NominationEdits>>({});
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<{ color: string; text: string } | null>(null);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [declaring, setDeclaring] = useState(false);
  const [busy, setBusy] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusHeading = useRef(false);

  const [, save] = useMutation(JurySaveScoresMutation);
  const [{ fetching: submitting }, submit] = useMutation(JurySubmitBallotMutation);

  const currentSaved = current ? ballot.scores.filter((s) => s.nominationId === current.id) : [];
  const dirtyIds = nominations.filter((n) => hasChanges(n.id, criteria, ballot.scores, edits[n.id])).map((n) => n.id);
  const dirty = dirtyIds.length > 0;
  const readOnly = !ballot.canEdit;

  useEffect(() => {
    if (focusHeading.current) {
      focusHeading.current = false;
      headingRef.current?.focus();
    }
  }, [selectedId]);

  const blocker = useBlocker({ shouldBlockFn: () => dirty, enableBeforeUnload: () => dirty, withResolver: true });

  const setEdit = (criterionId: string, next: Partial<ScoreEdit>) => {
    if (!current) return;
    const shown = shownScore(criterionId, currentSaved, edits[current.id]);
    setEdits((all) => ({ ...all, [current.id]: { ...all[current.id], [criterionId]: { ...shown, ...next } } }));
    setFieldErrors((f) => {
      if (!(criterionId in f)) return f;
      const rest = { ...f };
      delete rest[criterionId];
      return rest;
    });
    setSavedAt(null);
  };

  /** Saves the current nomination's changes; true when nothing is left unsaved. */
  const saveCurrent = async (): Promise<boolean> => {
    if (!current || readOnly) return true;
    const nominationId = current.id;
    const change = changedScores(nominationId, criteria, ballot.scores, edits[nominationId]);
    const errs: Record<string, string> = {};
    for (const id of change.commentWithoutValue) errs[id] = t('scoring.commentNeedsValue');
    for (const id of change.outOfRange) {
      const c = criteria.find((x) => x.id === id);
      errs[id] = t('scoring.outOfRange', { min: c?.scoreMin ?? 0, max: c?.scoreMax ?? 0 });
    }
    if (Object.keys(errs).length > 0) {
      setFieldErrors(errs);
      const firstId = criteria.find((c) => c.id in errs)?.id;
      if (firstId) document.getElementById(`score-${firstId}`)?.querySelector<HTMLElement>('input, textarea')?.focus();
      return false;
    }
    if (change.scores.length === 0) {
      setEdits((all) => {
        const rest = { ...all };
        delete rest[nominationId];
        return rest;
      });
      return true;
    }
    setBusy(true);
    try {
      const res = await save({ input: { cycleId: cycle.id, ballotVersion: versionRef.current, scores: change.scores } });
      if (res.error || !res.data) {
        if (hasCode(res.error, 'CONFLICT')) {
          setNotice({ color: 'yellow', text: t('scoring.conflictReloaded') });
          onReload();
          return false;
        }
        const fields = criteria.map((c) => c.id);
        const fieldMap: Record<string, string> = {};
        change.scores.forEach((s, i) => {
          for (const suffix of ['', '.value', '.comment', '.criterionId']) fieldMap[`scores.${i}${suffix}`] = s.criterionId;
        });
        const split = splitServerErrors(res.error, fields, tc, fieldMap);
        setFieldErrors(split.fields as Record<string, string>);
        setNotice(split.rest ? { color: 'red', text: split.rest } : null);
        return false;
      }
      versionRef.current = res.data.saveScores.ballot.version;
      setFresh(res.data.saveScores.ballot);
      setEdits((all) => {
        const rest = { ...all };
        delete rest[nominationId];
        return rest;
      });
      setNotice(null);
      setSavedAt(new Date().toISOString());
      return true;
    } finally {
      setBusy(false);
    }
  };

  const goTo = async (id: string) => {
    if (id === current?.id) return;
    if (!(await saveCurrent())) return;
    setFieldErrors({});
    setSavedAt(null);
    focusHeading.current = true;
    setSelectedId(id);
  };

  const askSubmit = () => {
    modals.openConfirmModal({
      title: t('submit.confirmTitle'),
      children: <Text size="sm">{t('submit.confirmText', { date: formatMoment(cycle.votingClosesAt, i18n.language) })}</Text>,
      labels: { confirm: t('submit.confirm'), cancel: tc('actions.cancel') },
      onConfirm: () => {
        void (async () => {
          if (!(await saveCurrent())) return;
          const res = await submit({ input: { cycleId: cycle.id, ballotVersion: versionRef.current } });
          if (res.error || !res.data) {
            if (hasCode(res.error, 'CONFLICT')) {
              setNotice({ color: 'yellow', text: t('scoring.conflictReloaded') });
              onReload();
              return;
            }
            fail(res.error);
            return;
          }
          setFresh(res.data.submitBallot.ballot);
          notifications.show({ color: 'green', message: t('submit.done') });
        })();
      },
    });
  };

  const progress = ballotProgress(ballot.scored, ballot.required);
  const progressLabelId = useId();
  const submitHintId = useId();
  const decided = isDecided(cycle.phase);
  const grouped = groupByCategory(nominations);

  return (
    <>
      <Paper withBorder p="md" component="section" aria-labelledby="ballot-heading">
        <Stack gap="sm">
          <Title order={2} size="h4" id="ballot-heading">
            {t('ballot.title')}
          </Title>
          <Text id={progressLabelId} size="sm">
            {t('ballot.progress', { scored: progress.scored, required: progress.required })}
          </Text>
          <Progress.Root
            size="lg"
            role="progressbar"
            aria-labelledby={progressLabelId}
            aria-valuemin={0}
            aria-valuemax={progress.required}
            aria-valuenow={progress.scored}
            aria-valuetext={t('ballot.progress', { scored: progress.scored, required: progress.required })}
          >
            <Progress.Section value={progress.percent} color={progress.complete ? 'green' : 'blue'} withAria={false} />
          </Progress.Root>
          {ballot.submittedAt && (
            <Alert color="green" variant="light" data-testid="ballot-submitted">
              {ballot.canEdit
                ? t('ballot.submittedEditable', { date: formatMoment(ballot.submittedAt, i18n.language) })
                : t('ballot.submitted', { date: formatMoment(ballot.submittedAt, i18n.language) })}
            </Alert>
          )}
          {readOnly && (
            <Alert color="blue" variant="light">
              <Stack gap="xs">
                <Text size="sm">{decided ? t('ballot.lockedDecided') : t('ballot.readOnly')}</Text>
                {decided && (
                  <div>
                    <ButtonLink size="xs" variant="default" to="/c/$cooperationId/award/$cycleId/result" params={{ cooperationId, cycleId: cycle.id }}>
                      {t('scoring.toResult')}
                    </ButtonLink>
                  </div>
                )}
              </Stack>
            </Alert>
          )}
          {!readOnly && !ballot.submittedAt && (
            <Group gap="sm">
              <Button onClick={askSubmit} disabled={!progress.complete || dirty} loading={submitting} aria-describedby={submitHintId}>
                {t('submit.button')}
              </Button>
              <Text size="sm" c="dimmed" id={submitHintId}>
                {dirty ? t('submit.saveFirst') : progress.complete ? t('submit.ready') : t('submit.incomplete')}
              </Text>
            </Group>
          )}
        </Stack>
      </Paper>

      {notice && (
        <Alert color={notice.color} variant="light" role="alert" withCloseButton onClose={() => setNotice(null)} closeButtonLabel={tc('actions.close')}>
          {notice.text}
        </Alert>
      )}

      {nominations.length === 0 ? (
        <Alert color="blue" variant="light">
          {t('scoring.noNominations')}
        </Alert>
      ) : (
        <Grid gutter="lg">
          <Grid.Col span={{ base: 12, md: 4 }}>
            <nav aria-label={t('scoring.listLabel')}>
              <Stack gap="sm">
                {grouped.map(([category, list]) => (
                  <div key={category}>
                    <Text size="sm" fw={700} mb={4} id={`cat-${slug(category)}`}>
                      {category}
                    </Text>
                    <List listStyleType="none" p={0} m={0} aria-labelledby={`cat-${slug(category)}`}>
                      {list.map((n) => {
                        const status = statusOf(n);
                        const selected = n.id === current?.id;
                        return (
                          <List.Item key={n.id}>
                            <NavLink
                              component="button"
                              type="button"
                              label={n.companyName}
                              active={selected}
                              aria-current={selected ? 'true' : undefined}
                              disabled={busy}
                              onClick={() => void goTo(n.id)}
                              rightSection={
                                <Badge color={STATUS_COLOR[status]} variant="light" tt="none" size="sm">
                                  {t(`status.${status}`)}
                                  {dirtyIds.includes(n.id) ? ` · ${t('status.unsaved')}` : ''}
                                </Badge>
                              }
                            />
                          </List.Item>
                        );
                      })}
                    </List>
                  </div>
                ))}
              </Stack>
            </nav>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 8 }}>
            {current && (
              <Paper withBorder p="lg" component="section" aria-labelledby="nomination-heading">
                <Stack gap="md">
                  <div>
                    <Text size="sm" c="dimmed">
                      {t('scoring.position', { n: index + 1, total: nominations.length })} · {t('scoring.category', { category: current.category })}
                    </Text>
                    <Title order={2} size="h3" id="nomination-heading" ref={headingRef} tabIndex={-1}>
                      {current.companyName}
                    </Title>
                    {current.companyAddress && <Text size="sm">{current.companyAddress}</Text>}
                  </div>
                  <div>
                    <Title order={3} size="h5">
                      {t('scoring.justification')}
                    </Title>
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                      {current.justification || t('scoring.noJustification')}
                    </Text>
                  </div>
                  <div>
                    <Title order={3} size="h5">
                      {t('scoring.documents')}
                    </Title>
                    {current.attachments.length === 0 ? (
                      <Text size="sm" c="dimmed">
                        {t('scoring.noDocuments')}
                      </Text>
                    ) : (
                      <List size="sm" spacing={4}>
                        {current.attachments.map((a) => (
                          <List.Item key={a.id}>
                            <Anchor href={a.downloadUrl} download={a.fileName}>
                              {t('scoring.download', { name: a.fileName })}
                            </Anchor>{' '}
                            <Text span size="xs" c="dimmed">
                              ({formatSize(a.sizeBytes, i18n.language)})
                            </Text>
                            {a.description && (
                              <Text size="xs" c="dimmed">
                                {a.description}
                              </Text>
                            )}
                          </List.Item>
                        ))}
                      </List>
                    )}
                  </div>

                  {conflicted(current) ? (
                    <Alert color="yellow" variant="light" title={t('conflict.declaredTitle')}>
                      {t(current.myConflict?.setByChair ? 'conflict.setByChair' : 'conflict.declared', {
                        reason: current.myConflict?.reason ?? ballot.conflicts.find((c) => c.nominationId === current.id)?.reason ?? '',
                      })}
                    </Alert>
                  ) : (
                    <Stack gap="lg">
                      <Title order={3} size="h4">
                        {t('scoring.criteria')}
                      </Title>
                      {criteria.map((c) => (
                        <CriterionInput
                          key={`${current.id}-${c.id}`}
                          criterion={c}
                          score={shownScore(c.id, currentSaved, edits[current.id])}
                          error={fieldErrors[c.id]}
                          readOnly={readOnly}
                          onChange={(next) => setEdit(c.id, next)}
                        />
                      ))}
                    </Stack>
                  )}

                  <Group justify="space-between" gap="sm" wrap="wrap">
                    <Group gap="sm">
                      <Button variant="default" disabled={index === 0 || busy} onClick={() => void goTo(nominations[index - 1]?.id ?? '')}>
                        {t('scoring.previous')}
                      </Button>
                      {!readOnly && !conflicted(current) && (
                        <Button
                          loading={busy}
                          onClick={() =>
                            void saveCurrent().then((ok) => {
                              if (ok) notifications.show({ color: 'green', message: t('scoring.saved') });
                            })
                          }
                        >
                          {t('scoring.save')}
                        </Button>
                      )}
                      <Button
                        variant="default"
                        disabled={index >= nominations.length - 1 || busy}
                        onClick={() => void goTo(nominations[index + 1]?.id ?? '')}
                      >
                        {t('scoring.next')}
                      </Button>
                    </Group>
                    {!readOnly && !conflicted(current) && (
                      <Button variant="default" onClick={() => setDeclaring(true)}>
                        {t('conflict.declare')}
                      </Button>
                    )}
                  </Group>
                  <Text size="sm" role="status" aria-live="polite" c="dimmed">
                    {dirtyIds.includes(current.id) ? t('scoring.unsaved') : savedAt ? t('scoring.savedStatus') : ''}
                  </Text>
                </Stack>
              </Paper>
            )}
          </Grid.Col>
        </Grid>
      )}

      {declaring && current && (
        <DeclareConflictModal
          nomination={current}
          onClose={() => setDeclaring(false)}
          onDone={() => {
            setDeclaring(false);
            setEdits((all) => {
              const rest = { ...all };
              delete rest[current.id];
              return rest;
            });
            setFieldErrors({});
            onReload();
            focusHeading.current = true;
            window.setTimeout(() => headingRef.current?.focus(), 0);
          }}
        />
      )}

      <Modal
        opened={blocker.status === 'blocked'}
        onClose={() => blocker.reset?.()}
        title={t('leave.title')}
        closeButtonProps={{ 'aria-label': tc('actions.close') }}
      >
        <Stack gap="md">
          <Text size="sm">{t('leave.text')}</Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => blocker.reset?.()}>
              {t('leave.stay')}
            </Button>
            <Button variant="default" color="red" onClick={() => blocker.proceed?.()}>
              {t('leave.discard')}
            </Button>
            <Button
              onClick={() =>
                void saveCurrent().then((ok) => {
                  if (ok) blocker.proceed?.();
                  else blocker.reset?.();
                })
              }
            >
              {t('leave.save')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

/** One criterion: a radio group over its range (a number field for wide ranges) and an optional comment. */
function CriterionInput({
  criterion: c,
  score,
  error,
  readOnly,
  onChange,
}: {
  criterion: Criterion;
  score: ScoreEdit;
  error?: string;
  readOnly: boolean;
  onChange: (next: Partial<ScoreEdit>) => void;
}) {
  const { t } = useTranslation('jury');
  const options = scoreOptions(c);
  const label = t('scoring.criterionLabel', { name: c.name, weight: c.weight });
  const range = t('scoring.range', { min: c.scoreMin, max: c.scoreMax });
  const description = c.description ? `${c.description} ${range}` : range;
  const [typed, setTyped] = useState(score.value === null ? '' : String(score.value));
  return (
    <Stack gap={6} id={`score-${c.id}`}>
      {options ? (
        <Radio.Group
          label={label}
          description={description}
          error={error}
          value={score.value === null ? null : String(score.value)}
          onChange={(v) => onChange({ value: Number(v) })}
          name={`score-${c.id}`}
        >
          <Group gap="md" mt={6}>
            {options.map((v) => (
              <Radio key={v} value={String(v)} label={String(v)} disabled={readOnly} />
            ))}
          </Group>
        </Radio.Group>
      ) : (
        <TextInput
          label={label}
          description={description}
          error={error}
          inputMode="numeric"
          type="number"
          min={c.scoreMin}
          max={c.scoreMax}
          step={1}
          w={200}
          value={typed}
          readOnly={readOnly}
          onChange={(e) => {
            const text = e.currentTarget.value;
            setTyped(text);
            onChange({ value: parseScore(text) });
          }}
        />
      )}
      <Textarea
        label={t('scoring.comment', { name: c.name })}
        autosize
        minRows={1}
        maxRows={6}
        value={score.comment}
        readOnly={readOnly}
        onChange={(e) => onChange({ comment: e.currentTarget.value })}
      />
    </Stack>
  );
}

function DeclareConflictModal({ nomination, onClose, onDone }: { nomination: Nomination; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation('jury');
  const { t: tc } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [rest, setRest] = useState<string | null>(null);
  const [{ fetching }, declare] = useMutation(JuryDeclareConflictMutation);
  const submit = async () => {
    setRest(null);
    if (reason.trim() === '') {
      setError(t('conflict.reasonRequired'));
      return;
    }
    const res = await declare({ input: { nominationId: nomination.id, reason: reason.trim() } });
    if (res.error || !res.data) {
      const split = splitServerErrors(res.error, ['reason'] as const, tc);
      setError(split.fields.reason ?? null);
      setRest(split.rest);
      return;
    }
    notifications.show({ color: 'green', message: t('conflict.done', { company: nomination.companyName }) });
    onDone();
  };
  return (
    <Modal opened onClose={onClose} title={t('conflict.title', { company: nomination.companyName })} closeButtonProps={{ 'aria-label': tc('actions.close') }}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack gap="md">
          <Alert color="yellow" variant="light">
            {t('conflict.warning')}
          </Alert>
          {rest && (
            <Alert color="red" variant="light" role="alert">
              {rest}
            </Alert>
          )}
          <Textarea
            label={t('conflict.reason')}
            description={t('conflict.reasonHint')}
            required
            autosize
            minRows={2}
            value={reason}
            error={error}
            data-autofocus
            onChange={(e) => {
              setReason(e.currentTarget.value);
              setError(null);
            }}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {tc('actions.cancel')}
            </Button>
            <Button type="submit" loading={fetching}>
              {t('conflict.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** The nominations by category, in the order met. */
function groupByCategory(list: readonly Nomination[]): [string, Nomination[]][] {
  const out = new Map<string, Nomination[]>();
  for (const n of list) {
    const l = out.get(n.category) ?? [];
    l.push(n);
    out.set(n.category, l);
  }
  return [...out.entries()];
}

function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9äöüß]+/g, '-');
}

