import { z } from 'zod';
import type {
  CreateNominationInput,
  Eligibility,
  NominationSource,
  PublicNominationInput,
  Role,
  UpdateNominationInput,
} from '../../gql/graphql';
import { ATTACHMENT_ACCEPT, MAX_ATTACHMENT_BYTES } from '../discussion/model';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** The eligibility decisions, in the order the filter offers them. */
export const ELIGIBILITIES: readonly Eligibility[] = ['PENDING', 'ELIGIBLE', 'INELIGIBLE'];

/** Badge colour of each decision (light variants with AA contrast in the theme); the text says it too. */
export const ELIGIBILITY_COLOR: Record<Eligibility, string> = {
  PENDING: 'yellow',
  ELIGIBLE: 'green',
  INELIGIBLE: 'red',
};

/** Badge colour of each source. */
export const SOURCE_COLOR: Record<NominationSource, string> = {
  STAFF: 'gray',
  PUBLIC: 'blue',
};

/** The most documents the public page takes with one nomination (as the server checks). */
export const MAX_PUBLIC_FILES = 3;
/** The largest document the API accepts (10 MiB). */
export const MAX_FILE_BYTES = MAX_ATTACHMENT_BYTES;
/** The file types the API accepts, for the file picker. */
export const FILE_ACCEPT = ATTACHMENT_ACCEPT;
/** The fewest characters of a public justification. */
export const MIN_PUBLIC_JUSTIFICATION = 50;
/** The most characters of a justification (the database's limit). */
export const MAX_JUSTIFICATION = 10000;
/** The most characters of an eligibility decision's reason. */
export const MAX_DECISION_REASON = 2000;
/** The most characters of a conflict's reason. */
export const MAX_REASON = 1000;

/** Text limits as the server checks them (organisations and contacts). */
const LIMITS = {
  companyName: 200,
  street: 200,
  postalCode: 10,
  city: 100,
  website: 300,
  firstName: 100,
  lastName: 100,
  email: 254,
  phone: 40,
  organisation: 200,
} as const;

/** Characters as people count them (and the server: runes), after trimming. */
export function textLength(s: string): number {
  return [...s.trim()].length;
}

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE_RE = /^\+?[0-9 ()/.-]+$/;
const POSTAL_CODE_RE = /^[0-9]{5}$/;

/** Whether an e-mail address has a plausible form (the server checks it fully). */
export function isEmail(s: string): boolean {
  const t = s.trim();
  return t.length <= LIMITS.email && EMAIL_RE.test(t);
}

/** Whether a company's postal code is empty or five digits (the seat check needs a German one). */
export function isPostalCode(s: string): boolean {
  const t = s.trim();
  return t === '' || POSTAL_CODE_RE.test(t);
}

/** Whether a phone number has only digits and + ( ) / - . and blanks, with at least three digits. */
export function isPhone(s: string): boolean {
  const t = s.trim();
  return t.length <= LIMITS.phone && PHONE_RE.test(t) && (t.match(/[0-9]/g) ?? []).length >= 3;
}

type Ctx = z.RefinementCtx;

function issue(ctx: Ctx, path: string, message: string) {
  ctx.addIssue({ code: 'custom', path: [path], message });
}

function maxLen(ctx: Ctx, t: Translate, path: keyof typeof LIMITS, value: string) {
  if (textLength(value) > LIMITS[path]) issue(ctx, path, t('validation.tooLong', { max: LIMITS[path] }));
}

interface CompanyValues {
  companyName: string;
  street: string;
  postalCode: string;
  city: string;
  website: string;
}

function checkCompany(ctx: Ctx, t: Translate, v: CompanyValues) {
  if (v.companyName.trim() === '') issue(ctx, 'companyName', t('validation.companyName'));
  else maxLen(ctx, t, 'companyName', v.companyName);
  maxLen(ctx, t, 'street', v.street);
  if (!isPostalCode(v.postalCode)) issue(ctx, 'postalCode', t('validation.postalCode'));
  maxLen(ctx, t, 'city', v.city);
  maxLen(ctx, t, 'website', v.website);
}

interface PersonValues {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
}

/** A nominator: a last name; on the public form also an e-mail address or a phone number to ask back. */
function checkPerson(ctx: Ctx, t: Translate, v: PersonValues, reachable: boolean) {
  maxLen(ctx, t, 'firstName', v.firstName);
  if (v.lastName.trim() === '') issue(ctx, 'lastName', t('validation.lastName'));
  else maxLen(ctx, t, 'lastName', v.lastName);
  const email = v.email.trim() !== '';
  const phone = v.phone.trim() !== '';
  if (email && !isEmail(v.email)) issue(ctx, 'email', t('validation.email'));
  if (phone && !isPhone(v.phone)) issue(ctx, 'phone', t('validation.phone'));
  if (reachable && !email && !phone) issue(ctx, 'email', t('validation.reachable'));
}

function checkJustification(ctx: Ctx, t: Translate, value: string, min: number) {
  const n = textLength(value);
  if (n === 0) issue(ctx, 'justification', t('validation.justificationRequired'));
  else if (n < min) issue(ctx, 'justification', t('validation.justificationShort', { min, count: n }));
  else if (n > MAX_JUSTIFICATION) issue(ctx, 'justification', t('validation.tooLong', { max: MAX_JUSTIFICATION }));
}

function checkCategory(ctx: Ctx, t: Translate, value: string, categories: readonly string[]) {
  if (!categories.includes(value)) issue(ctx, 'category', t('validation.category'));
}

// ---- the public form -----------------------------------------------------------------------

/** The fields of the public form, in the order they appear (the error summary follows it). */
export const PUBLIC_FIELDS = [
  'companyName',
  'street',
  'postalCode',
  'city',
  'website',
  'category',
  'firstName',
  'lastName',
  'email',
  'phone',
  'organisation',
  'justification',
  'files',
  'consent',
] as const;
export type PublicField = (typeof PUBLIC_FIELDS)[number];

/** The values of the public form (the documents are kept apart: they are files). */
export interface PublicFormValues {
  companyName: string;
  street: string;
  postalCode: string;
  city: string;
  website: string;
  category: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  organisation: string;
  justification: string;
  consent: boolean;
  /** The spam trap: people never see it, so it stays empty. */
  homepage: string;
  /** Not an input: carries the documents' error in the form's error list. */
  files?: string;
}

export const PUBLIC_DEFAULTS: PublicFormValues = {
  companyName: '',
  street: '',
  postalCode: '',
  city: '',
  website: '',
  category: '',
  firstName: '',
  lastName: '',
  email: '',
  phone: '',
  organisation: '',
  justification: '',
  consent: false,
  homepage: '',
};

/** The public form's rules, as the server checks them, with German (or English) messages. */
export function publicNominationSchema(t: Translate, categories: readonly string[]) {
  return z
    .object({
      companyName: z.string(),
      street: z.string(),
      postalCode: z.string(),
      city: z.string(),
      website: z.string(),
      category: z.string(),
      firstName: z.string(),
      lastName: z.string(),
      email: z.string(),
      phone: z.string(),
      organisation: z.string(),
      justification: z.string(),
      consent: z.boolean(),
      homepage: z.string(),
      files: z.string().optional(),
    })
    .superRefine((v, ctx) => {
      checkCompany(ctx, t, v);
      checkCategory(ctx, t, v.category, categories);
      checkPerson(ctx, t, v, true);
      maxLen(ctx, t, 'organisation', v.organisation);
      checkJustification(ctx, t, v.justification, MIN_PUBLIC_JUSTIFICATION);
      if (!v.consent) issue(ctx, 'consent', t('validation.consent'));
    });
}

const orNull = (s: string): string | null => (s.trim() === '' ? null : s.trim());

/** What the public form sends. */
export function publicNominationInput(cycleId: string, v: PublicFormValues, files: readonly File[]): PublicNominationInput {
  return {
    cycleId,
    company: {
      name: v.companyName.trim(),
      street: orNull(v.street),
      postalCode: orNull(v.postalCode),
      city: orNull(v.city),
      website: orNull(v.website),
    },
    category: v.category,
    nominator: {
      firstName: orNull(v.firstName),
      lastName: v.lastName.trim(),
      email: orNull(v.email),
      phone: orNull(v.phone),
      organisation: orNull(v.organisation),
    },
    justification: v.justification.trim(),
    consent: v.consent,
    homepage: v.homepage === '' ? null : v.homepage,
    files: files.length > 0 ? [...files] : null,
  };
}

/** A problem with the chosen documents, as a key of the `nomination` namespace with its values. */
export interface FileProblem {
  key: string;
  values?: Record<string, string | number>;
}

/** Checks the documents before sending: at most three, none empty, none above 10 MB. */
export function checkFiles(files: readonly File[], formatSize: (n: number) => string): FileProblem | null {
  if (files.length > MAX_PUBLIC_FILES) return { key: 'validation.filesTooMany', values: { max: MAX_PUBLIC_FILES } };
  for (const f of files) {
    if (f.size === 0) return { key: 'validation.fileEmpty', values: { name: f.name } };
    if (f.size > MAX_FILE_BYTES) return { key: 'validation.fileTooLarge', values: { name: f.name, size: formatSize(f.size) } };
  }
  return null;
}

/** Adds newly chosen files to those already chosen: same name and size counts once. */
export function addFiles(current: readonly File[], added: readonly File[]): File[] {
  const out = [...current];
  for (const f of added) {
    if (!out.some((o) => o.name === f.name && o.size === f.size)) out.push(f);
  }
  return out;
}

/**
 * The API's field names (`company.name`, `nominator.email`, `files.1`, or the bare names the
 * organisation and contact rules use) mapped to the form's fields.
 */
export const SERVER_FIELD_MAP: Record<string, PublicField | StaffField> = {
  'company.name': 'companyName',
  'company.street': 'street',
  'company.postalCode': 'postalCode',
  'company.city': 'city',
  'company.website': 'website',
  name: 'companyName',
  'nominator.firstName': 'firstName',
  'nominator.lastName': 'lastName',
  'nominator.email': 'email',
  'nominator.phone': 'phone',
  'nominator.organisation': 'organisation',
  'files.0': 'files',
  'files.1': 'files',
  'files.2': 'files',
  file: 'files',
};

// ---- the staff form ------------------------------------------------------------------------

export type CompanyMode = 'existing' | 'new';
export type NominatorMode = 'existing' | 'new' | 'none';

/** The fields of the staff form, in order. */
export const STAFF_FIELDS = [
  'organisationId',
  'companyName',
  'street',
  'postalCode',
  'city',
  'website',
  'category',
  'nominatorContactId',
  'firstName',
  'lastName',
  'email',
  'phone',
  'justification',
] as const;
export type StaffField = (typeof STAFF_FIELDS)[number];

/** The values of "Nominierung erfassen". */
export interface StaffFormValues {
  companyMode: CompanyMode;
  organisationId: string;
  companyName: string;
  street: string;
  postalCode: string;
  city: string;
  website: string;
  category: string;
  nominatorMode: NominatorMode;
  nominatorContactId: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  justification: string;
}

export function staffDefaults(categories: readonly string[]): StaffFormValues {
  return {
    companyMode: 'existing',
    organisationId: '',
    companyName: '',
    street: '',
    postalCode: '',
    city: '',
    website: '',
    category: categories.length === 1 ? (categories[0] as string) : '',
    nominatorMode: 'none',
    nominatorContactId: '',
    firstName: '',
    lastName: '',
    email: '',
    phone: '',
    justification: '',
  };
}

/** The staff form's rules: only the chosen ways of naming the company and the nominator count. */
export function staffNominationSchema(t: Translate, categories: readonly string[]) {
  return z
    .object({
      companyMode: z.enum(['existing', 'new']),
      organisationId: z.string(),
      companyName: z.string(),
      street: z.string(),
      postalCode: z.string(),
      city: z.string(),
      website: z.string(),
      category: z.string(),
      nominatorMode: z.enum(['existing', 'new', 'none']),
      nominatorContactId: z.string(),
      firstName: z.string(),
      lastName: z.string(),
      email: z.string(),
      phone: z.string(),
      justification: z.string(),
    })
    .superRefine((v, ctx) => {
      if (v.companyMode === 'existing') {
        if (v.organisationId === '') issue(ctx, 'organisationId', t('validation.organisationId'));
      } else checkCompany(ctx, t, v);
      checkCategory(ctx, t, v.category, categories);
      if (v.nominatorMode === 'existing' && v.nominatorContactId === '') issue(ctx, 'nominatorContactId', t('validation.nominatorContactId'));
      if (v.nominatorMode === 'new') checkPerson(ctx, t, v, false);
      checkJustification(ctx, t, v.justification, 1);
    });
}

/** What "Nominierung erfassen" sends: one way of naming the company, at most one nominator. */
export function createNominationInput(cycleId: string, v: StaffFormValues): CreateNominationInput {
  const input: CreateNominationInput = { cycleId, category: v.category, justification: v.justification.trim() };
  if (v.companyMode === 'existing') input.organisationId = v.organisationId;
  else {
    input.company = {
      name: v.companyName.trim(),
      street: orNull(v.street),
      postalCode: orNull(v.postalCode),
      city: orNull(v.city),
      website: orNull(v.website),
    };
  }
  if (v.nominatorMode === 'existing') input.nominatorContactId = v.nominatorContactId;
  if (v.nominatorMode === 'new') {
    input.nominator = { firstName: orNull(v.firstName), lastName: v.lastName.trim(), email: orNull(v.email), phone: orNull(v.phone) };
  }
  return input;
}

/** The values of editing a nomination. */
export interface EditFormValues {
  category: string;
  nominatorContactId: string;
  justification: string;
}

export function editNominationSchema(t: Translate, categories: readonly string[]) {
  return z
    .object({ category: z.string(), nominatorContactId: z.string(), justification: z.string() })
    .superRefine((v, ctx) => {
      checkCategory(ctx, t, v.category, categories);
      checkJustification(ctx, t, v.justification, 1);
    });
}

export function updateNominationInput(n: { id: string; version: number }, v: EditFormValues): UpdateNominationInput {
  return {
    id: n.id,
    version: n.version,
    category: v.category,
    nominatorContactId: v.nominatorContactId === '' ? null : v.nominatorContactId,
    justification: v.justification.trim(),
  };
}

/** A reason for an eligibility decision (at most 2,000 characters) or a conflict (1,000): required. */
export function reasonSchema(t: Translate, max: number = MAX_REASON) {
  return z.object({
    reason: z
      .string()
      .refine((s) => s.trim() !== '', { message: t('validation.reason') })
      .refine((s) => textLength(s) <= max, { message: t('validation.tooLong', { max }) }),
  });
}

// ---- lists ---------------------------------------------------------------------------------

/** The nominations grouped by category: every category of the cycle in its order, then any other. */
export function groupByCategory<N extends { category: string }>(
  nominations: readonly N[],
  categories: readonly string[],
): { category: string; items: N[] }[] {
  const groups = new Map<string, N[]>(categories.map((c) => [c, []]));
  for (const n of nominations) {
    const list = groups.get(n.category);
    if (list) list.push(n);
    else groups.set(n.category, [n]);
  }
  return [...groups].map(([category, items]) => ({ category, items }));
}

/** The filter of the list: all or one decision. */
export type EligibilityFilter = 'ALL' | Eligibility;

export function isEligibilityFilter(v: unknown): v is EligibilityFilter {
  return v === 'ALL' || (typeof v === 'string' && (ELIGIBILITIES as readonly string[]).includes(v));
}

export function matchesFilter(n: { eligibility: Eligibility }, f: EligibilityFilter): boolean {
  return f === 'ALL' || n.eligibility === f;
}

/** The public page's full address from the path the API gives. */
export function publicUrl(path: string, origin: string): string {
  return new URL(path, origin).toString();
}

/** A member who could join the jury, as the select offers them. */
export interface CandidateOption {
  value: string;
  label: string;
}

/**
 * The active members not yet on the jury, by name; outside members (EXTERNAL) are marked, and the
 * organisation helps tell people apart.
 */
export function jurorCandidates(
  members: readonly { role: Role; user: { id: string; name: string }; organisation?: { name: string; shortName: string } | null }[],
  jurorUserIds: readonly string[],
  externalLabel: string,
): CandidateOption[] {
  const taken = new Set(jurorUserIds);
  const out: CandidateOption[] = [];
  for (const m of members) {
    if (taken.has(m.user.id)) continue;
    taken.add(m.user.id);
    const org = m.organisation ? m.organisation.shortName || m.organisation.name : '';
    const parts = [m.user.name + (org ? ` (${org})` : '')];
    if (m.role === 'EXTERNAL') parts.push(externalLabel);
    out.push({ value: m.user.id, label: parts.join(' · ') });
  }
  return out.sort((a, b) => a.label.localeCompare(b.label, 'de'));
}

/** Whether the phase still takes nominations from staff. */
export function acceptsNominations(phase: string): boolean {
  return phase === 'NOMINATION_OPEN';
}
