import { Alert, Button, Checkbox, Group, Modal, NumberInput, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { AnchorLink } from '../../../components/ui/links';
import { PageHeader } from '../../../components/ui/PageHeader';
import { ErrorState, ForbiddenState, PageLoader } from '../../../components/ui/states';
import type { RetentionReviewFieldsFragment } from '../../../gql/graphql';
import { berlinParts, formatDay } from '../../../lib/berlin';
import { errorText, splitServerErrors } from '../../../lib/errors';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useCurrentCooperation } from '../../cooperation/CooperationContext';
import { ApplyContactRetentionMutation, RetentionReviewQuery, SetContactRetentionMutation } from '../api/privacy';
import { canEraseContact, isValidRetentionYears, keepListed, RETENTION_MAX_YEARS, RETENTION_MIN_YEARS, selectionState, toggleId } from '../model';

type Review = RetentionReviewFieldsFragment;
const CONTEXT = { additionalTypenames: ['Contact'] };

/**
 * Aufbewahrung (ADMIN): the retention rule ("N Jahre nach der letzten Einladung"), editable, and
 * the contacts past it, to select and erase after a confirmation.
 */
export function RetentionReviewPage() {
  const { t } = useTranslation('privacy');
  const coop = useCurrentCooperation();
  usePageTitle(t('retention.title'));
  if (!canEraseContact(coop.myRole)) return <ForbiddenState>{t('retention.forbidden')}</ForbiddenState>;
  return <RetentionView />;
}

function RetentionView() {
  const { t } = useTranslation('privacy');
  const { t: tc } = useTranslation('contacts');
  const { t: tCommon } = useTranslation();
  const coop = useCurrentCooperation();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: RetentionReviewQuery,
    variables: { cooperationId: coop.id },
    requestPolicy: 'cache-and-network',
    context: CONTEXT,
  });
  const [result, setResult] = useState<number | null>(null);
  const review = data?.retentionReview ?? null;
  return (
    <Stack gap="md">
      <PageHeader
        title={t('retention.title')}
        description={t('retention.description')}
        trail={[
          <AnchorLink key="contacts" to="/c/$cooperationId/contacts" params={{ cooperationId: coop.id }}>
            {tc('list.title')}
          </AnchorLink>,
        ]}
      />
      {!review ? (
        error && !fetching ? (
          <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
        ) : (
          <PageLoader />
        )
      ) : (
        <>
          <RuleForm key={review.years} review={review} />
          {result !== null && (
            <Alert color="green" variant="light" role="status" withCloseButton onClose={() => setResult(null)} closeButtonLabel={tCommon('actions.close')}>
              {t('retention.result', { count: result })}
            </Alert>
          )}
          <Candidates review={review} onErased={setResult} />
        </>
      )}
    </Stack>
  );
}

function RuleForm({ review }: { review: Review }) {
  const { t } = useTranslation('privacy');
  const { t: tc } = useTranslation();
  const coop = useCurrentCooperation();
  const [years, setYears] = useState<number | string>(review.years);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [{ fetching }, setRetention] = useMutation(SetContactRetentionMutation);
  const save = async () => {
    setFieldError(null);
    setFormError(null);
    if (!isValidRetentionYears(years)) {
      setFieldError(t('retention.rule.invalid'));
      return;
    }
    const res = await setRetention({ input: { cooperationId: coop.id, years } }, CONTEXT);
    if (res.error || !res.data) {
      const split = splitServerErrors(res.error, ['years'], tc);
      setFieldError(split.fields.years ?? null);
      setFormError(split.rest);
      return;
    }
    notifications.show({ color: 'green', message: t('retention.rule.saved') });
  };
  return (
    <section aria-labelledby="retention-rule-heading">
      <Paper withBorder p="md">
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <Stack gap="sm">
            <Title order={2} size="h4" id="retention-rule-heading">
              {t('retention.rule.title')}
            </Title>
            <Text fw={600} data-testid="retention-rule">
              {t('retention.rule.text', { count: review.years })}
            </Text>
            <Text size="sm" c="dimmed">
              {t('retention.rule.hint')}
            </Text>
            {formError && (
              <Alert color="red" variant="light" role="alert">
                {formError}
              </Alert>
            )}
            <Group align="flex-start" gap="sm">
              <NumberInput
                label={t('retention.rule.years')}
                description={t('retention.rule.yearsHint')}
                min={RETENTION_MIN_YEARS}
                max={RETENTION_MAX_YEARS}
                step={1}
                allowDecimal={false}
                allowNegative={false}
                clampBehavior="none"
                value={years}
                onChange={setYears}
                error={fieldError}
                w={260}
              />
              <Button type="submit" loading={fetching} mt={46} disabled={years === review.years}>
                {tc('actions.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </section>
  );
}

function Candidates({ review, onErased }: { review: Review; onErased: (count: number) => void }) {
  const { t, i18n } = useTranslation('privacy');
  const { t: tc } = useTranslation();
  const lng = i18n.language;
  const coop = useCurrentCooperation();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [confirming, setConfirming] = useState(false);
  const [applyError, setApplyError] = useState<unknown>(null);
  const [{ fetching }, apply] = useMutation(ApplyContactRetentionMutation);
  const ids = review.candidates.map((c) => c.contact.id);
  // only what is still listed counts (the list changes when the rule changes)
  const chosen = keepListed(selected, ids);
  const all = selectionState(ids, chosen);

  const erase = async () => {
    setApplyError(null);
    const res = await apply({ input: { cooperationId: coop.id, contactIds: [...chosen] } }, CONTEXT);
    if (res.error || !res.data) {
      setApplyError(res.error ?? new Error('no data'));
      return;
    }
    setConfirming(false);
    setSelected(new Set());
    onErased(res.data.applyContactRetention.erased);
  };

  return (
    <section aria-labelledby="retention-candidates-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="retention-candidates-heading">
          {t('retention.candidates.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('retention.candidates.text', { date: formatDay(review.cutoff, lng) })}
        </Text>
        {review.candidates.length === 0 ? (
          <Text>{t('retention.candidates.none')}</Text>
        ) : (
          <>
            <Group justify="space-between">
              <Text size="sm" aria-live="polite">
                {t('retention.candidates.selected', { count: chosen.size })}
              </Text>
              <Button color="red" variant="light" disabled={chosen.size === 0} onClick={() => {
                  setApplyError(null);
                  setConfirming(true);
                }}
              >
                {t('retention.candidates.erase')}
              </Button>
            </Group>
            <Table.ScrollContainer minWidth={560}>
              <Table striped highlightOnHover>
                <Table.Caption>{t('retention.candidates.caption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={48}>
                      <Checkbox
                        aria-label={t('retention.candidates.selectAll')}
                        checked={all === 'all'}
                        indeterminate={all === 'some'}
                        onChange={() => setSelected(all === 'all' ? new Set() : new Set(ids))}
                      />
                    </Table.Th>
                    <Table.Th>{t('retention.candidates.name')}</Table.Th>
                    <Table.Th>{t('retention.candidates.organisation')}</Table.Th>
                    <Table.Th>{t('retention.candidates.lastUsed')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {review.candidates.map(({ contact: c, lastInvitedAt }) => (
                    <Table.Tr key={c.id}>
                      <Table.Td>
                        <Checkbox aria-label={t('retention.candidates.select', { name: c.name })} checked={chosen.has(c.id)} onChange={() => setSelected((s) => toggleId(s, c.id))} />
                      </Table.Td>
                      <Table.Td>
                        <AnchorLink to="/c/$cooperationId/contacts/$contactId" params={{ cooperationId: coop.id, contactId: c.id }} fw={600}>
                          {c.name}
                        </AnchorLink>
                      </Table.Td>
                      <Table.Td>{c.organisation?.name ?? '–'}</Table.Td>
                      <Table.Td>
                        {lastInvitedAt
                          ? t('retention.candidates.invited', { date: formatDay(berlinParts(lastInvitedAt).date, lng) })
                          : t('retention.candidates.created', { date: formatDay(berlinParts(c.createdAt).date, lng) })}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </>
        )}
      </Stack>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('retention.confirm.title')}>
        <Stack gap="md">
          <Text>{t('retention.confirm.text', { count: chosen.size })}</Text>
          <Text fw={600}>{t('retention.confirm.irreversible')}</Text>
          {applyError !== null && (
            <Alert color="red" variant="light" role="alert" title={tc('errors.title')}>
              {errorText(applyError, tc)}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {tc('actions.cancel')}
            </Button>
            <Button color="red" loading={fetching} onClick={() => void erase()} disabled={chosen.size === 0}>
              {t('retention.confirm.submit', { count: chosen.size })}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </section>
  );
}
