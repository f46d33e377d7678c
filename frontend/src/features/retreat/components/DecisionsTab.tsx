import { Alert, Button, Group, List, Modal, NativeSelect, Paper, Radio, SimpleGrid, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { FormError } from '../../../components/ui/FormError';
import type { DecisionFieldsFragment, DecisionOutcome, RetreatFieldsFragment, UpdateDecisionInput } from '../../../gql/graphql';
import { formatDay } from '../../../lib/berlin';
import { splitServerErrors } from '../../../lib/errors';
import { useCurrentCooperation } from '../../cooperation/CooperationContext';
import { partnerLabel } from '../../events/model';
import { CloseRetreatMutation, DeleteDecisionMutation, RecordDecisionMutation, UpdateDecisionMutation } from '../api/retreat';
import { closeSummary, decisionRows, isOutcome, OUTCOMES, type DecisionRow } from '../model';
import { OutcomeBadge, ProposalKindBadge } from './badges';
import { showDone, useFailure } from './feedback';
import { PlanItemList } from './PlanItems';
import { isStale, RETREAT_CONTEXT } from './RetreatFormModal';
import classes from './retreat.module.css';

type Retreat = RetreatFieldsFragment;
type Decision = DecisionFieldsFragment;
type Proposal = Retreat['proposals'][number];
type Row = DecisionRow<Proposal, Decision>;

/** Beschlüsse: the chair records them in session, in tally order; everyone else reads them. Closing creates the plan. */
export function DecisionsTab({ retreat: r, onReload }: { retreat: Retreat; onReload: () => void }) {
  const { t } = useTranslation('retreat');
  const { rows, free } = decisionRows(r.proposals, r.decisions, r.tally.entries);
  const editing = r.canChair && r.status === 'IN_SESSION';
  return (
    <Stack gap="lg">
      {r.status === 'CLOSED' && <PlanSummary retreat={r} />}
      {r.status === 'PREPARING' && <Alert variant="light" color="blue">{t('decisions.preparing')}</Alert>}
      {editing ? (
        <Editor retreat={r} rows={rows} free={free} onReload={onReload} />
      ) : (
        <ReadOnly retreat={r} rows={rows} free={free} />
      )}
      {editing && <CloseSection retreat={r} onReload={onReload} />}
    </Stack>
  );
}

function Editor({ retreat: r, rows, free, onReload }: { retreat: Retreat; rows: Row[]; free: Decision[]; onReload: () => void }) {
  const { t } = useTranslation('retreat');
  const [drafts, setDrafts] = useState<number[]>([]);
  const nextDraft = useRef(1);
  const addDraft = () => {
    const id = nextDraft.current++;
    setDrafts((d) => [...d, id]);
  };
  const dropDraft = (id: number) => setDrafts((d) => d.filter((x) => x !== id));
  return (
    <>
      <section aria-labelledby="decisions-heading">
        <Stack gap="sm">
          <Title order={2} size="h4" id="decisions-heading">
            {t('decisions.onProposals')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('decisions.editorHint')}
          </Text>
          {rows.length === 0 && <Text size="sm">{t('decisions.noProposals')}</Text>}
          {rows.map((row) => (
            <DecisionEditor
              key={`${row.proposal.id}:${row.decision?.id ?? 'new'}:${row.decision?.version ?? 0}`}
              retreat={r}
              row={row}
              decision={row.decision}
              onReload={onReload}
            />
          ))}
        </Stack>
      </section>
      <section aria-labelledby="free-heading">
        <Stack gap="sm">
          <Group justify="space-between" wrap="wrap" gap="sm">
            <Title order={2} size="h4" id="free-heading">
              {t('decisions.free')}
            </Title>
            <Button variant="default" onClick={addDraft}>
              {t('decisions.addFree')}
            </Button>
          </Group>
          {free.length === 0 && drafts.length === 0 && <Text size="sm">{t('decisions.noFree')}</Text>}
          {free.map((d) => (
            <DecisionEditor key={`${d.id}:${d.version}`} retreat={r} row={null} decision={d} onReload={onReload} />
          ))}
          {drafts.map((id) => (
            <DecisionEditor key={`draft-${id}`} retreat={r} row={null} decision={null} onReload={onReload} onSaved={() => dropDraft(id)} onDiscard={() => dropDraft(id)} />
          ))}
        </Stack>
      </section>
    </>
  );
}

interface Values {
  outcome: DecisionOutcome | '';
  text: string;
  owner: string;
  dueOn: string;
}

const FIELDS = ['outcome', 'text', 'owner', 'dueOn'] as const;
type Field = (typeof FIELDS)[number];
const FIELD_MAP = { ownerPartnerId: 'owner', clearOwnerPartner: 'owner', clearDueOn: 'dueOn' } as const;

/**
 * One decision in the editor: on a proposal (`row`) or free (outcome always Angenommen). Saves
 * with recordDecision or, once recorded, updateDecision with the version read.
 */
function DecisionEditor({
  retreat: r,
  row,
  decision,
  onReload,
  onSaved,
  onDiscard,
}: {
  retreat: Retreat;
  row: Row | null;
  decision: Decision | null;
  onReload: () => void;
  onSaved?: () => void;
  onDiscard?: () => void;
}) {
  const { t } = useTranslation('retreat');
  const { t: tc } = useTranslation();
  const coop = useCurrentCooperation();
  const fail = useFailure(onReload);
  const saved: Values = {
    outcome: decision?.outcome ?? (row ? '' : 'ACCEPTED'),
    text: decision?.text ?? '',
    owner: decision?.ownerPartner?.id ?? '',
    dueOn: decision?.dueOn ?? '',
  };
  const [values, setValues] = useState<Values>(saved);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [{ fetching: recording }, record] = useMutation(RecordDecisionMutation);
  const [{ fetching: updating }, update] = useMutation(UpdateDecisionMutation);
  const [{ fetching: deleting }, remove] = useMutation(DeleteDecisionMutation);
  const saving = recording || updating;
  const dirty = (Object.keys(saved) as (keyof Values)[]).some((k) => saved[k] !== values[k]);
  const idBase = `decision-${row?.proposal.id ?? decision?.id ?? 'draft'}-${decision ? 'saved' : 'new'}`;
  const title = row ? row.proposal.title : t('decisions.freeTitle');
  const partners = [...coop.partners].sort((a, b) => a.position - b.position).map((p) => ({ value: p.id, label: partnerLabel(p) }));
  // a partner that left the cooperation stays visible on an old decision
  if (decision?.ownerPartner && !partners.some((p) => p.value === decision.ownerPartner?.id)) {
    partners.push({ value: decision.ownerPartner.id, label: partnerLabel(decision.ownerPartner) });
  }

  const set = <K extends keyof Values>(key: K, value: Values[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setFieldErrors((e) => ({ ...e, [key]: undefined }));
  };

  const save = async () => {
    if (saving) return;
    setFormError(null);
    setFieldErrors({});
    if (!isOutcome(values.outcome)) {
      setFieldErrors({ outcome: t('validation.outcomeRequired') });
      return;
    }
    let res;
    if (decision) {
      const input: UpdateDecisionInput = { id: decision.id, version: decision.version, text: values.text.trim() };
      if (row) input.outcome = values.outcome;
      if (values.owner) input.ownerPartnerId = values.owner;
      else if (decision.ownerPartner) input.clearOwnerPartner = true;
      if (values.dueOn) input.dueOn = values.dueOn;
      else if (decision.dueOn) input.clearDueOn = true;
      res = await update({ input }, RETREAT_CONTEXT);
    } else {
      res = await record(
        {
          input: {
            retreatId: r.id,
            proposalId: row?.proposal.id ?? null,
            outcome: values.outcome,
            text: values.text.trim(),
            ownerPartnerId: values.owner || null,
            dueOn: values.dueOn || null,
          },
        },
        RETREAT_CONTEXT,
      );
    }
    if (res.error) {
      if (isStale(res.error)) {
        fail(res.error);
        return;
      }
      const split = splitServerErrors(res.error, FIELDS, tc, FIELD_MAP);
      setFieldErrors(split.fields);
      setFormError(split.rest);
      const first = split.order[0];
      if (first) document.getElementById(`${idBase}-${first}`)?.focus();
      return;
    }
    showDone(t('decisions.saved', { title }));
    onSaved?.();
    onReload();
  };

  const confirmDelete = () => {
    if (!decision) {
      onDiscard?.();
      return;
    }
    modals.openConfirmModal({
      title: t('decisions.deleteTitle'),
      children: <Text size="sm">{t('decisions.deleteText', { title })}</Text>,
      labels: { confirm: t('decisions.deleteConfirm'), cancel: tc('actions.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => {
        void remove({ id: decision.id }, RETREAT_CONTEXT).then((res) => {
          if (res.error) fail(res.error);
          else showDone(t('decisions.deleted', { title }));
        });
      },
    });
  };

  const headingId = `${idBase}-title`;
  return (
    <Paper
      withBorder
      p="md"
      component="article"
      aria-labelledby={headingId}
      className={classes.decision}
      data-outcome={decision?.outcome}
      data-testid="decision-editor"
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Group gap="xs" wrap="wrap">
            <Title order={3} size="h5" id={headingId}>
              {row?.rank && r.tally.totalPoints > 0 ? `${row.rank}. ` : ''}
              {title}
            </Title>
            {row && <ProposalKindBadge kind={row.proposal.kind} size="sm" />}
          </Group>
          <Group gap="xs" wrap="wrap">
            {row && (
              <Text size="sm" fw={600} data-testid="decision-points">
                {t('proposal.points', { count: row.points })} · {t('decisions.voters', { count: row.voters })}
              </Text>
            )}
            {decision ? <OutcomeBadge outcome={decision.outcome} size="sm" /> : <Text size="xs" c="dimmed">{t('decisions.notRecorded')}</Text>}
          </Group>
        </Group>
        <FormError message={formError} />
        {row ? (
          <Radio.Group
            label={t('decisions.outcome')}
            value={values.outcome}
            onChange={(v) => set('outcome', isOutcome(v) ? v : '')}
            error={fieldErrors.outcome}
            id={`${idBase}-outcome`}
            required
          >
            <Group gap="lg" mt={4}>
              {OUTCOMES.map((o) => (
                <Radio key={o} value={o} label={t(`outcome.${o}`)} />
              ))}
            </Group>
          </Radio.Group>
        ) : (
          <Text size="sm">{t('decisions.freeOutcome')}</Text>
        )}
        <Textarea
          id={`${idBase}-text`}
          label={t('decisions.text')}
          autosize
          minRows={2}
          maxRows={8}
          value={values.text}
          onChange={(e) => set('text', e.currentTarget.value)}
          error={fieldErrors.text}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            id={`${idBase}-owner`}
            label={t('decisions.owner')}
            description={t('decisions.ownerHint')}
            value={values.owner}
            onChange={(e) => set('owner', e.currentTarget.value)}
            data={[{ value: '', label: t('decisions.noOwner') }, ...partners]}
            error={fieldErrors.owner}
          />
          <TextInput
            id={`${idBase}-dueOn`}
            type="date"
            label={t('decisions.dueOn')}
            value={values.dueOn}
            onChange={(e) => set('dueOn', e.currentTarget.value)}
            error={fieldErrors.dueOn}
          />
        </SimpleGrid>
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Text size="xs" c={dirty ? 'red.9' : 'dimmed'} fw={dirty ? 600 : undefined} aria-live="polite">
            {dirty ? t('decisions.unsaved') : ''}
          </Text>
          <Group gap="sm">
            {(decision || onDiscard) && (
              <Button variant="default" color="red" loading={deleting} onClick={confirmDelete} aria-label={`${decision ? t('decisions.delete') : t('decisions.discard')}: ${title}`}>
                {decision ? t('decisions.delete') : t('decisions.discard')}
              </Button>
            )}
            <Button loading={saving} onClick={() => void save()} aria-label={`${t('decisions.save')}: ${title}`}>
              {t('decisions.save')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </Paper>
  );
}

/** Everyone else, and everyone once the session ended: the decisions as a table. */
function ReadOnly({ retreat: r, rows, free }: { retreat: Retreat; rows: Row[]; free: Decision[] }) {
  const { t, i18n } = useTranslation('retreat');
  const coop = useCurrentCooperation();
  const decided = [...rows.filter((row) => row.decision).map((row) => ({ row, decision: row.decision as Decision })), ...free.map((d) => ({ row: null, decision: d }))];
  if (r.status === 'PREPARING') return null;
  return (
    <section aria-labelledby="decisions-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="decisions-heading">
          {t('decisions.title')}
        </Title>
        {r.status === 'IN_SESSION' && (
          <Text size="sm" c="dimmed">
            {t('decisions.readOnlyHint')}
          </Text>
        )}
        {decided.length === 0 ? (
          <Text size="sm">{t('decisions.none')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={720}>
            <Table verticalSpacing="sm" aria-labelledby="decisions-heading" data-testid="decisions-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('decisions.columns.subject')}</Table.Th>
                  <Table.Th scope="col">{t('decisions.outcome')}</Table.Th>
                  <Table.Th scope="col">{t('decisions.text')}</Table.Th>
                  <Table.Th scope="col">{t('decisions.owner')}</Table.Th>
                  <Table.Th scope="col">{t('decisions.dueOn')}</Table.Th>
                  {r.status === 'CLOSED' && <Table.Th scope="col">{t('decisions.columns.plan')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {decided.map(({ row, decision: d }) => (
                  <Table.Tr key={d.id} data-testid="decision-row">
                    <Table.Th scope="row" fw={600}>
                      {row ? row.proposal.title : t('decisions.freeTitle')}
                      {row && (
                        <Text size="xs" c="dimmed" fw={400}>
                          {t('proposal.points', { count: row.points })} · {t('decisions.voters', { count: row.voters })}
                        </Text>
                      )}
                    </Table.Th>
                    <Table.Td>
                      <OutcomeBadge outcome={d.outcome} size="sm" />
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{d.text || '–'}</Table.Td>
                    <Table.Td>{d.ownerPartner ? partnerLabel(d.ownerPartner) : '–'}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{d.dueOn ? formatDay(d.dueOn, i18n.language) : '–'}</Table.Td>
                    {r.status === 'CLOSED' && (
                      <Table.Td>
                        <PlanItemList items={d.planItems} cooperationId={coop.id} />
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </section>
  );
}

/** After closing: everything the retreat created for its year, linked. */
function PlanSummary({ retreat: r }: { retreat: Retreat }) {
  const { t } = useTranslation('retreat');
  const coop = useCurrentCooperation();
  const items = r.decisions.flatMap((d) => d.planItems);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="plan-heading" data-testid="plan-summary">
      <Stack gap="sm">
        <Title order={2} size="h4" id="plan-heading">
          {t('decisions.planTitle', { year: r.planYear })}
        </Title>
        <Text size="sm" c="dimmed">
          {t('decisions.planHint')}
        </Text>
        <PlanItemList items={items} cooperationId={coop.id} />
      </Stack>
    </Paper>
  );
}

/** "Klausur abschließen": what closing will create, confirmed in a dialog that cannot be sent twice. */
function CloseSection({ retreat: r, onReload }: { retreat: Retreat; onReload: () => void }) {
  const { t } = useTranslation('retreat');
  const [confirming, setConfirming] = useState(false);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="close-heading">
      <Stack gap="sm" align="flex-start">
        <Title order={2} size="h4" id="close-heading">
          {t('close.title')}
        </Title>
        <Text size="sm">{t('close.intro', { year: r.planYear })}</Text>
        <Button color="red" onClick={() => setConfirming(true)}>
          {t('close.button')}
        </Button>
      </Stack>
      {confirming && <CloseModal retreat={r} onClose={() => setConfirming(false)} onReload={onReload} />}
    </Paper>
  );
}

function CloseModal({ retreat: r, onClose, onReload }: { retreat: Retreat; onClose: () => void; onReload: () => void }) {
  const { t } = useTranslation('retreat');
  const { t: tc } = useTranslation();
  const fail = useFailure(onReload);
  const [{ fetching }, close] = useMutation(CloseRetreatMutation);
  const sent = useRef(false);
  const [error, setError] = useState<string | null>(null);
  const summary = closeSummary(r.decisions, r.proposals);
  const undecided = r.proposals.filter((p) => !p.decision).length;
  const run = () => {
    // double clicks and Enter held down: one request only
    if (sent.current) return;
    sent.current = true;
    setError(null);
    void close({ input: { id: r.id, version: r.version } }, RETREAT_CONTEXT).then((res) => {
      if (res.error) {
        sent.current = false;
        if (isStale(res.error)) {
          fail(res.error);
          onClose();
          return;
        }
        setError(splitServerErrors(res.error, [], tc).rest);
        return;
      }
      showDone(t('close.done', { year: r.planYear }));
      onClose();
    });
  };
  return (
    <Modal opened onClose={fetching ? () => undefined : onClose} title={t('close.confirmTitle')} size="lg" closeOnClickOutside={!fetching} closeOnEscape={!fetching}>
      <Stack gap="md">
        <FormError message={error} />
        {summary.length === 0 ? (
          <Text size="sm">{t('close.nothing')}</Text>
        ) : (
          <>
            <Text size="sm">{t('close.creates', { year: r.planYear })}</Text>
            <List size="sm" data-testid="close-summary">
              {summary.map((s) => (
                <List.Item key={s.kind}>{t(`close.items.${s.kind}`, { count: s.count, year: r.planYear })}</List.Item>
              ))}
            </List>
          </>
        )}
        {undecided > 0 && (
          <Alert variant="light" color="red" role="alert">
            {t('close.undecided', { count: undecided })}
          </Alert>
        )}
        <Text size="sm" fw={600}>
          {t('close.final')}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={fetching} data-autofocus>
            {tc('actions.cancel')}
          </Button>
          <Button color="red" loading={fetching} disabled={fetching || undecided > 0} onClick={run}>
            {t('close.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
