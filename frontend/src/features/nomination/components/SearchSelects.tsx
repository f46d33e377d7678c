import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { ResultOf, TypedDocumentNode } from '@graphql-typed-document-node/core';
import { type Ref, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { NominationOrganisationsQuery, NominatorContactsQuery } from '../api/nomination';

interface SearchSelectProps {
  cooperationId: string;
  label: string;
  description?: string;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  error?: string;
  required?: boolean;
  /** The label of the current value when the search has not loaded it (editing). */
  initialLabel?: string;
  clearable?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  id?: string;
}

function withCurrent(options: Option[], value: string, label: string | undefined) {
  if (value === '' || options.some((o) => o.value === value)) return options;
  return [{ value, label: label ?? value }, ...options];
}

type Option = { value: string; label: string };
type SearchVariables = { cooperationId: string; query?: string | null };

/** A select whose options the server searches as one types: `query` asks, `toOptions` turns the answer into options. */
function SearchSelect<TData>({
  query,
  toOptions,
  ...p
}: SearchSelectProps & { query: TypedDocumentNode<TData, SearchVariables>; toOptions: (data: TData) => Option[] }) {
  const { t } = useTranslation('nomination');
  const { t: tc } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const [picked, setPicked] = useState<Record<string, string>>({});
  const [{ data, fetching }] = useQuery({
    query,
    variables: { cooperationId: p.cooperationId, query: debounced || null },
  });
  const options = useMemo(
    () => withCurrent(data ? toOptions(data) : [], p.value, picked[p.value] ?? p.initialLabel),
    [data, toOptions, p.value, picked, p.initialLabel],
  );
  return (
    <Select
      id={p.id}
      ref={p.inputRef}
      label={p.label}
      description={p.description}
      placeholder={t('form.searchPlaceholder')}
      data={options}
      value={p.value || null}
      onChange={(v) => {
        const o = options.find((x) => x.value === v);
        if (o) setPicked((prev) => ({ ...prev, [o.value]: o.label }));
        p.onChange(v ?? '');
      }}
      onBlur={p.onBlur}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: o }) => o}
      nothingFoundMessage={fetching ? tc('state.loading') : t('form.nothingFound')}
      error={p.error}
      required={p.required}
      clearable={p.clearable}
      maxDropdownHeight={280}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

const organisationOptions = (data: ResultOf<typeof NominationOrganisationsQuery>): Option[] =>
  data.organisations.items.map((o) => ({
    value: o.id,
    label: [o.name, o.shortName && o.shortName !== o.name ? `(${o.shortName})` : '', o.city ? `– ${o.city}` : ''].filter(Boolean).join(' '),
  }));

const contactOptions = (data: ResultOf<typeof NominatorContactsQuery>): Option[] =>
  data.contacts.items.map((c) => ({ value: c.id, label: c.organisation ? `${c.name} (${c.organisation.name})` : c.name }));

/** Picks an organisation of the cooperation by name. */
export function OrganisationSelect(p: SearchSelectProps) {
  return <SearchSelect {...p} query={NominationOrganisationsQuery} toOptions={organisationOptions} />;
}

/** Picks a contact of the cooperation by name, e-mail or organisation. */
export function ContactSelect(p: SearchSelectProps) {
  return <SearchSelect {...p} query={NominatorContactsQuery} toOptions={contactOptions} />;
}
