import { Group, Modal, NativeSelect, Radio, Select, Stack, Text } from '@mantine/core';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { FormError } from '../../../components/ui/FormError';
import type { AgreementFieldsFragment, FulfilmentKind } from '../../../gql/graphql';
import { berlinParts, berlinToday, formatDay } from '../../../lib/berlin';
import { splitServerErrors } from '../../../lib/errors';
import { showDone } from '../../goals/components/feedback';
import { AddFulfilmentMutation, FulfilmentOptionsQuery } from '../api/agreements';
import { defaultYear, FULFILMENT_KINDS, runsIn, yearSpan } from '../model';
import { ModalActions } from '../../../components/ui/parts';

type Agreement = AgreementFieldsFragment;
type Commitment = Agreement['commitments'][number];

const CONTEXT = { additionalTypenames: ['Agreement'] };

/**
 * "Maßnahme zuordnen": links an event, an award cycle or a workstream to a commitment. An event's
 * and a cycle's year is their own; a workstream is linked for a chosen year it runs in.
 */
export function FulfilmentModal({
  opened,
  onClose,
  agreement: a,
  commitment: c,
  cooperationId,
}: {
  opened: boolean;
  onClose: () => void;
  agreement: Agreement;
  commitment: Commitment;
  cooperationId: string;
}) {
  const { t, i18n } = useTranslation('agreements');
  const { t: tc } = useTranslation();
  const [kind, setKind] = useState<FulfilmentKind>('EVENT');
  const [measureId, setMeasureId] = useState('');
  const [year, setYear] = useState<string>(String(defaultYear(a.years, berlinToday()) ?? ''));
  const [errors, setErrors] = useState<{ measureId?: string; year?: string }>({});
  const [formError, setFormError] = useState<string | null>(null);
  const span = yearSpan(a.years);
  const [{ data, fetching: loading }] = useQuery({
    query: FulfilmentOptionsQuery,
    variables: { cooperationId, from: span?.from ?? null, until: span?.until ?? null },
  });
  const [{ fetching }, add] = useMutation(AddFulfilmentMutation);

  // Measures already linked to this commitment are not offered again (for the same year).
  const linked = useMemo(() => new Set(c.years.flatMap((y) => y.fulfilments.map((f) => `${f.kind}:${f.measureId}:${f.year}`))), [c.years]);
  const options = useMemo(() => {
    if (!data) return [];
    if (kind === 'EVENT') {
      return data.events.items
        .filter((e) => !linked.has(`EVENT:${e.id}:${berlinParts(e.startsAt).date.slice(0, 4)}`))
        .map((e) => ({ value: e.id, label: `${formatDay(berlinParts(e.startsAt).date, i18n.language)} – ${e.title} (${t(`events:status.${e.status}`)})` }));
    }
    if (kind === 'AWARD_CYCLE') {
      return data.awardProgrammes.flatMap((p) =>
        p.cycles
          .filter((cy) => a.years.includes(cy.year) && !linked.has(`AWARD_CYCLE:${cy.id}:${cy.year}`))
          .map((cy) => ({ value: cy.id, label: `${cy.title} (${t(`award:phases.${cy.phase}`)})` })),
      );
    }
    if (kind === 'RETREAT') {
      // a retreat counts for the year it is held in
      return data.retreats
        .filter((r) => {
          const held = Number(berlinParts(r.startsAt).date.slice(0, 4));
          return a.years.includes(held) && !linked.has(`RETREAT:${r.id}:${held}`);
        })
        .map((r) => ({ value: r.id, label: `${formatDay(berlinParts(r.startsAt).date, i18n.language)} – ${r.title} (${t(`retreatStatus.${r.status}`)})` }));
    }
    const y = Number(year);
    return data.workstreams
      .filter((w) => runsIn(w, y) && !linked.has(`WORKSTREAM:${w.id}:${y}`))
      .map((w) => ({ value: w.id, label: `${w.title} (${t(`workstreams:status.${w.status}`)})` }));
  }, [data, kind, year, linked, a.years, i18n.language, t]);

  const onKind = (v: string) => {
    setKind(v as FulfilmentKind);
    setMeasureId('');
    setErrors({});
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setFormError(null);
    setErrors({});
    if (measureId === '') {
      setErrors({ measureId: t(`fulfilment.required.${kind}`) });
      return;
    }
    const res = await add(
      { input: { commitmentId: c.id, kind, measureId, year: kind === 'WORKSTREAM' ? Number(year) : null } },
      CONTEXT,
    );
    if (res.error) {
      const split = splitServerErrors(res.error, ['measureId', 'year'] as const, tc);
      setErrors(split.fields);
      setFormError(split.rest);
      return;
    }
    showDone(t('fulfilment.added', { title: options.find((o) => o.value === measureId)?.label ?? '', commitment: c.title }));
    onClose();
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('fulfilment.title', { commitment: c.title })} size="lg">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="md">
          <FormError message={formError} />
          <Radio.Group label={t('fulfilment.kind')} value={kind} onChange={onKind}>
            <Group gap="lg" mt="xs">
              {FULFILMENT_KINDS.map((k) => (
                <Radio key={k} value={k} label={t(`kind.${k}`)} data-autofocus={k === 'EVENT' || undefined} />
              ))}
            </Group>
          </Radio.Group>
          {kind === 'WORKSTREAM' && (
            <NativeSelect
              label={t('fulfilment.year')}
              description={t('fulfilment.yearHint')}
              value={year}
              onChange={(e) => {
                setYear(e.currentTarget.value);
                setMeasureId('');
              }}
              error={errors.year}
              data={a.years.map((y) => String(y))}
            />
          )}
          <Select
            label={t(`fulfilment.measure.${kind}`)}
            description={kind === 'WORKSTREAM' ? undefined : t(`fulfilment.ownYear.${kind}`)}
            placeholder={t('fulfilment.choose')}
            data={options}
            value={measureId || null}
            onChange={(v) => setMeasureId(v ?? '')}
            searchable
            required
            error={errors.measureId}
            nothingFoundMessage={loading ? tc('state.loading') : t('fulfilment.nothing')}
            maxDropdownHeight={300}
            comboboxProps={{ withinPortal: true }}
          />
          {kind === 'EVENT' && data && data.events.totalCount > data.events.items.length && (
            <Text size="sm" c="dimmed">
              {t('fulfilment.truncated', { shown: data.events.items.length, total: data.events.totalCount })}
            </Text>
          )}
          <ModalActions onCancel={onClose} submitLabel={t('fulfilment.submit')} loading={fetching} />
        </Stack>
      </form>
    </Modal>
  );
}
