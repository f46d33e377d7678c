/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date without time, `YYYY-MM-DD` (e.g. a due date). */
  Date: { input: string; output: string; }
  /** A point in time in RFC 3339 with offset, e.g. `2026-01-15T18:30:00+01:00`. */
  DateTime: { input: string; output: string; }
  /** A file upload (GraphQL multipart request specification). */
  Upload: { input: File; output: File; }
};

/** Writes a comment (MEMBER and up). */
export type AddCommentInput = {
  /** The text, at most 5000 characters. */
  body: Scalars['String']['input'];
  /** What it is about. */
  subject: SubjectInput;
};

/** The new comment. */
export type AddCommentPayload = {
  __typename?: 'AddCommentPayload';
  /** The comment. */
  comment: Comment;
};

/**
 * Adds a criterion at the end (ADMIN, COORDINATOR; before nominations open). Like every criteria
 * change, it withdraws all partners' approvals.
 */
export type AddCriterionInput = {
  /** The cycle's criteriaVersion read. */
  criteriaVersion: Scalars['Int']['input'];
  /** The cycle. */
  cycleId: Scalars['ID']['input'];
  /** Description, at most 2,000 characters. */
  description: Scalars['String']['input'];
  /** Name, at most 200 characters, unique in the cycle. */
  name: Scalars['String']['input'];
  /** Highest score, above scoreMin, at most 1000. */
  scoreMax: Scalars['Int']['input'];
  /** Lowest score, at least 0. */
  scoreMin: Scalars['Int']['input'];
  /** Weight, 1–100. */
  weight: Scalars['Int']['input'];
};

/** The cycle with the new criterion. */
export type AddCriterionPayload = {
  __typename?: 'AddCriterionPayload';
  /** The cycle. */
  awardCycle: AwardCycle;
};

/** Links a measure to a commitment for a year (COORDINATOR, ADMIN). */
export type AddFulfilmentInput = {
  /** The commitment. */
  commitmentId: Scalars['ID']['input'];
  /** The kind of measure. */
  kind: FulfilmentKind;
  /** The event, award cycle or workstream. */
  measureId: Scalars['ID']['input'];
  /** The year (required for a workstream; an event's and a cycle's year is their own). */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** Adds a member of the cooperation to a cycle's jury (ADMIN, COORDINATOR). */
export type AddJurorInput = {
  /** Whether the juror chairs the jury (the former chair steps down). */
  chair?: InputMaybe<Scalars['Boolean']['input']>;
  /** The cycle. */
  cycleId: Scalars['ID']['input'];
  /** The user. */
  userId: Scalars['ID']['input'];
};

/** Makes an organisation of the cooperation a partner (ADMIN). */
export type AddPartnerInput = {
  /** The organisation to make a partner. */
  organisationId: Scalars['ID']['input'];
};

/** The new partnership. */
export type AddPartnerPayload = {
  __typename?: 'AddPartnerPayload';
  /** The new partner. */
  partner: Partner;
};

/** Writes a status report and sets the workstream's status (planners and its leads). */
export type AddStatusReportInput = {
  /** The status now. */
  status: WorkstreamStatus;
  /** What happened, what is next. */
  summary: Scalars['String']['input'];
  /** The workstream's version read. */
  version: Scalars['Int']['input'];
  /** The workstream. */
  workstreamId: Scalars['ID']['input'];
};

/** Adds a guest who came without an invitation, checked in at once (ADMIN, COORDINATOR, MEMBER). */
export type AddWalkInInput = {
  /** A known contact; or give a name. */
  contactId?: InputMaybe<Scalars['ID']['input']>;
  /** The event. */
  eventId: Scalars['ID']['input'];
  /** The guest's name when no contact is given. */
  name?: Scalars['String']['input'];
  /** Brings a companion. */
  plusOne?: Scalars['Boolean']['input'];
};

/** A cooperation agreement [Kooperationsvereinbarung]. */
export type Agreement = {
  __typename?: 'Agreement';
  /** Its text. */
  body: Scalars['String']['output'];
  /** Whether the reader may edit it and link measures. */
  canManage: Scalars['Boolean']['output'];
  /** Whether the reader may record the signature. */
  canSign: Scalars['Boolean']['output'];
  /** Its commitments in order, with their standing per year. */
  commitments: Array<Commitment>;
  /** The cooperation. */
  cooperationId: Scalars['ID']['output'];
  /** Opaque ID. */
  id: Scalars['ID']['output'];
  /** The parties with their signatories. */
  parties: Array<AgreementParty>;
  /** The agreement it succeeds. */
  predecessorId?: Maybe<Scalars['ID']['output']>;
  /** When the signature was recorded. */
  signedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who recorded it. */
  signedByName: Scalars['String']['output'];
  /** Draft or signed. */
  status: AgreementStatus;
  /** The agreement that succeeds it. */
  successorId?: Maybe<Scalars['ID']['output']>;
  /** Its title. */
  title: Scalars['String']['output'];
  /** First day of validity. */
  validFrom: Scalars['Date']['output'];
  /** Last day of validity (null: open-ended). */
  validUntil?: Maybe<Scalars['Date']['output']>;
  /** Optimistic-locking version. */
  version: Scalars['Int']['output'];
  /** The calendar years of its validity. */
  years: Array<Scalars['Int']['output']>;
};

/** A partner that is party to an agreement. */
export type AgreementParty = {
  __typename?: 'AgreementParty';
  /** The partner. */
  partner: Partner;
  /** Who signs for it. */
  signatory: Scalars['String']['output'];
  /** When they signed. */
  signedOn?: Maybe<Scalars['Date']['output']>;
};

/** Names a party and its signatory. */
export type AgreementPartyInput = {
  /** The partner. */
  partnerId: Scalars['ID']['input'];
  /** Who signs for it. */
  signatory?: InputMaybe<Scalars['String']['input']>;
  /** When they signed. */
  signedOn?: InputMaybe<Scalars['Date']['input']>;
};

/** The changed agreement. */
export type AgreementPayload = {
  __typename?: 'AgreementPayload';
  /** The agreement with its commitments. */
  agreement: Agreement;
};

/** A draft until the partners signed; then text, parties and commitments are fixed. */
export type AgreementStatus =
  /** Being drafted. */
  | 'DRAFT'
  /** Signed by every party. */
  | 'SIGNED';

/**
 * Approves the current criteria on behalf of the viewer's partner organisation (a COORDINATOR or
 * ADMIN whose membership belongs to a partner).
 */
export type ApproveCriteriaInput = {
  /** The criteriaVersion read: one approves exactly the set one saw. */
  criteriaVersion: Scalars['Int']['input'];
  /** The cycle. */
  cycleId: Scalars['ID']['input'];
};

/** The cycle with the approval. */
export type ApproveCriteriaPayload = {
  __typename?: 'ApproveCriteriaPayload';
  /** The cycle. */
  awardCycle: AwardCycle;
};

/** A file on an event, such as a flyer or a programme. */
export type Attachment = {
  __typename?: 'Attachment';
  /** Whether the reader may delete it (the uploader, or a planner). */
  canDelete: Scalars['Boolean']['output'];
  /** The content type, determined from the bytes. */
  contentType: Scalars['String']['output'];
  /** When it was uploaded. */
  createdAt: Scalars['DateTime']['output'];
  /** A short description. */
  description: Scalars['String']['output'];
  /** A link that downloads the file for the reader, valid for 15 minutes. */
  downloadUrl: Scalars['String']['output'];
  /** The file name as uploaded (cleaned). */
  fileName: Scalars['String']['output'];
  /** Opaque ID. */
  id: Scalars['ID']['output'];
  /** Size in bytes. */
  sizeBytes: Scalars['Int']['output'];
  /** Who uploaded it; empty when that person was erased. */
  uploaderName: Scalars['String']['output'];
};

/** One changed field of an audited change. */
export type AuditChange = {
  __typename?: 'AuditChange';
  /** The field's name. */
  field: Scalars['String']['output'];
  /** The value after, as text; null when there is none or when `redacted`. */
  new?: Maybe<Scalars['String']['output']>;
  /** The value before, as text; null when there was none or when `redacted`. */
  old?: Maybe<Scalars['String']['output']>;
  /** True for secret or personal values: the trail names the field but does not store it. */
  redacted: Scalars['Boolean']['output'];
};

/** Who changed what and when. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** What was done, e.g. `member.invite`, `cooperation.update`. */
  action: Scalars['String']['output'];
  /** The ID of the user who made it; null for the system (seed, background work). */
  actorId?: Maybe<Scalars['ID']['output']>;
  /** The actor's current name, or "System". */
  actorName: Scalars['String']['output'];
  /** When the change was made. */
  at: Scalars['DateTime']['output'];
  /** The changed fields. */
  changes: Array<AuditChange>;
  /** The entity's ID. */
  entityId: Scalars['ID']['output'];
  /** The kind of entity, e.g. `Membership`. */
  entityType: Scalars['String']['output'];
  /** Opaque ID. */
  id: Scalars['ID']['output'];
};

/** A page of audit entries, newest first. */
export type AuditEntryList = {
  __typename?: 'AuditEntryList';
  /** The entries on this page. */
  items: Array<AuditEntry>;
  /** How many match in all. */
  totalCount: Scalars['Int']['output'];
};

/** Filters for the audit trail. */
export type AuditFilter = {
  /** Only actions starting with this text, e.g. `member.`. */
  action?: InputMaybe<Scalars['String']['input']>;
  /** Only this actor. */
  actorId?: InputMaybe<Scalars['ID']['input']>;
  /** Only this entity. */
  entityId?: InputMaybe<Scalars['ID']['input']>;
  /** Only this kind of entity. */
  entityType?: InputMaybe<Scalars['String']['input']>;
  /** Only entries at or after this time. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only entries before this time. */
  until?: InputMaybe<Scalars['DateTime']['input']>;
};

/** The ranking of one category. */
export type AwardCategoryResult = {
  __typename?: 'AwardCategoryResult';
  /** The category. */
  category: Scalars['String']['output'];
  /** The ranked nominations. */
  ranking: Array<AwardRanking>;
  /** Nominations still sharing first place (awaiting the casting vote). */
  winnerTie: Array<Scalars['ID']['output']>;
};

/** One year of an award programme. */
export type AwardCycle = {
  __typename?: 'AwardCycle';
  /** Whether every partner approved the current criteria. */
  allApproved: Scalars['Boolean']['output'];
  /** The phases the viewer may move the cycle to now (guards are checked on the change). */
  allowedPhases: Array<AwardPhase>;
  /** The event where the winner is announced, if chosen. */
  announcementEventId?: Maybe<Scalars['ID']['output']>;
  /** That event's title. */
  announcementEventTitle?: Maybe<Scalars['String']['output']>;
  /** Every partner's approval of the current criteria, in partner order. */
  approvals: Array<CriteriaApproval>;
  /** The partner for whom the viewer may approve or withdraw the criteria approval, or null. */
  canApprove?: Maybe<Partner>;
  /** Whether the reader may close the vote (the chair or a manager, in JURY_VOTING). */
  canClose: Scalars['Boolean']['output'];
  /** Whether the viewer may edit the cycle and its criteria (ADMIN, COORDINATOR). */
  canManage: Scalars['Boolean']['output'];
  /** The categories a nomination is entered in, e.g. "Handwerk". */
  categories: Array<Scalars['String']['output']>;
  /** When the vote was closed. */
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who closed the vote, when decided. */
  closedByName?: Maybe<Scalars['String']['output']>;
  /** The cooperation. */
  cooperationId: Scalars['ID']['output'];
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The criteria, in order. */
  criteria: Array<Criterion>;
  /** Version of the criteria set; send it with criteria changes and approvals. */
  criteriaVersion: Scalars['Int']['output'];
  /** Opaque ID. */
  id: Scalars['ID']['output'];
  /** Whether the reader chairs the jury. */
  isChair: Scalars['Boolean']['output'];
  /** The jury (managers and jurors of the cycle). */
  jurors: Array<Juror>;
  /** The reader's ballot if the reader is a juror of the cycle. */
  myBallot?: Maybe<Ballot>;
  /** When nominations close. */
  nominationClosesAt: Scalars['DateTime']['output'];
  /** When nominations open. */
  nominationOpensAt: Scalars['DateTime']['output'];
  /** The nominations, by category and entry (jurors see the eligible ones once voting began). */
  nominations: Array<Nomination>;
  /** Where the cycle stands. */
  phase: AwardPhase;
  /** The programme. */
  programmeId: Scalars['ID']['output'];
  /** The programme's name. */
  programmeName: Scalars['String']['output'];
  /** The public nomination page's path, e.g. "/nominieren/<id>". */
  publicNominationPath: Scalars['String']['output'];
  /** The minimum number of submitted ballots to close the vote. */
  quorum: Scalars['Int']['output'];
  /** The locked result: after the close for the jury and managers; null before and for others. */
  result?: Maybe<AwardResult>;
  /** The tie-break rule, fixed once nominations opened. */
  tieBreakRule: TieBreakRule;
  /** Title, e.g. "Lichtenberger Unternehmen des Jahres 2027". */
  title: Scalars['String']['output'];
  /** Who has submitted (managers and the jury); null for others. */
  turnout?: Maybe<Turnout>;
  /** Optimistic-locking version of the setup and phase; send it with updates and phase changes. */
  version: Scalars['Int']['output'];
  /** When the jury's vote closes. */
  votingClosesAt: Scalars['DateTime']['output'];
  /** The winners, once announced (everyone who reads the award). */
  winners: Array<AwardWinner>;
  /** The year, unique within the programme. */
  year: Scalars['Int']['output'];
};

/**
 * Where an award cycle stands. The whole machine is DRAFT → NOMINATION_OPEN → NOMINATION_CLOSED →
 * JURY_VOTING → DECIDED → ANNOUNCED. JURY_VOTING → DECIDED happens only through closeAwardVoting,
 * which needs the quorum and locks the result.
 */
export type AwardPhase =
  /** The winner has been announced. */
  | 'ANNOUNCED'
  /** The result is locked. */
  | 'DECIDED'
  /** Being prepared: setup and criteria can change. */
  | 'DRAFT'
  /** The jury scores. */
  | 'JURY_VOTING'
  /** Nominations are closed. */
  | 'NOMINATION_CLOSED'
  /** Nominations are accepted; the criteria are fixed. */
  | 'NOMINATION_OPEN';

/** A recurring award of a cooperation, e.g. "Lichtenberger Unternehmen des Jahres". */
export type AwardProgramme = {
  __typename?: 'AwardProgramme';
  /** Whether the viewer may edit the programme and add cycles (ADMIN, COORDINATOR). */
  canManage: Scalars['Boolean']['output'];
  /** The cooperation. */
  cooperationId: Scalars['ID']['output'];
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The yearly cycles, newest first. */
  cycles: Array<AwardCycle>;
  /** Description. */
  description: Scalars['String']['output'];
  /** Opaque ID. */
  id: Scalars['ID']['output'];
  /** Name. */
  name: Scalars['String']['output'];
  /** Optimistic-locking version; send it back on update. */
  version: Scalars['Int']['output'];
  /** A winner of the last N years is not eligible (0: no exclusion). */
  winnerExclusionYears: Scalars['Int']['output'];
};

/** One nomination's place, mean and breakdown. */
export type AwardRanking = {
  __typename?: 'AwardRanking';
  /** Per juror: their scores (conflicted jurors marked, without scores). Empty for a reader who is conflicted on it. */
  breakdown: Array<JurorBreakdown>;
  /** Mean per criterion. */
  criterionMeans: Array<CriterionMean>;
  /** What separated it from the next one below. */
  decidedBy: TieBreakStep;
  /** Ballots counted. */
  jurors: Scalars['Int']['output'];
  /** Weighted mean over non-conflicted submitted ballots; null when none counted. */
  mean?: Maybe<Scalars['Float']['output']>;
  /** The same, formatted in German ("7,25"). */
  meanText: Scalars['String']['output'];
  /** Median of the jurors' weighted scores. */
  median?: Maybe<Scalars['Float']['output']>;
  /** The nomination. */
  nomination: Nomination;
  /** Its rank from 1; a tie shares the rank. */
  rank: Scalars['Int']['output'];
  /** Ballots on which it came first in its category. */
  topRanks: Scalars['Int']['output'];
};

/** The locked result of a cycle (after the close, for the jury and managers). */
export type AwardResult = {
  __typename?: 'AwardResult';
  /** The chair's recorded casting vote (nomination IDs, preferred first), empty when none was needed. */
  castingVote: Array<Scalars['ID']['output']>;
  /** Per category, in the cycle's order. */
  categories: Array<AwardCategoryResult>;
  /** When. */
  closedAt: Scalars['DateTime']['output'];
  /** Who closed the vote. */
  closedByName: Scalars['String']['output'];
  /** Whether a tie for first place still waits for the chair's casting vote. */
  needsCastingVote: Scalars['Boolean']['output'];
};

/** A winner shown on the event where it was announced. */
export type AwardWinner = {
  __typename?: 'AwardWinner';
  /** The category. */
  category: Scalars['String']['output'];
  /** The winning company. */
  companyName: Scalars['String']['output'];
  /** The cycle's title. */
  cycleTitle: Scalars['String']['output'];
  /** The nomination. */
  nominationId: Scalars['ID']['output'];
};

/** The reader's own ballot in a cycle: only ever the reader's scores. */
export type Ballot = {
  __typename?: 'Ballot';
  /** Whether the reader may still change scores (voting open). */
  canEdit: Scalars['Boolean']['output'];
  /** The reader's conflicts. */
  conflicts: Array<Conflict>;
  /** The reader as juror. */
  juror: Juror;
  /** Scores needed for a complete ballot (eligible, non-conflicted nominations × criteria). */
  required: Scalars['Int']['output'];
  /** Of these, how many are given. */
  scored: Scalars['Int']['output'];
  /** The reader's scores so far. */
  scores: Array<Score>;
  /** When it was submitted; null for a draft. */
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Optimistic-locking version of the ballot; send it with saves and the submission. */
  version: Scalars['Int']['output'];
};

/** The reader's ballot after the change. */
export type BallotPayload = {
  __typename?: 'BallotPayload';
  /** The ballot. */
  ballot: Ballot;
};

/** What a budget line pays for (German labels in the UI). */
export type BudgetCategory =
  /** Catering. */
  | 'CATERING'
  /** Honorare (speakers, artists, moderation). */
  | 'FEES'
  /** Geschenke und Preise. */
  | 'GIFTS_AND_AWARDS'
  /** Sonstiges. */
  | 'OTHER'
  /** Druck und Werbung. */
  | 'PRINT_AND_ADVERTISING'
  /** Technik. */
  | 'TECHNOLOGY'
  /** Raum/Location. */
  | 'VENUE';

/** One event's totals in the yearly budget summary. */
export type BudgetEventTotal = {
  __typename?: 'BudgetEventTotal';
  /** Actual so far in euro cents. */
  actualCents: Scalars['Int']['output'];
  /** The event. */
  event: Event;
  /** Net cost in euro cents. */
  netCents: Scalars['Int']['output'];
  /** Planned in euro cents. */
  plannedCents: Scalars['Int']['output'];
  /** Money sponsorships in euro cents. */
  sponsorshipCents: Scalars['Int']['output'];
};

/** One cost of an event, split between the partners. */
export type BudgetLine = {
  __typename?: 'BudgetLine';
  /** The actual amount in euro cents, once known. */
  actualCents?: Maybe<Scalars['Int']['output']>;
  /** What it pays for. */
  category: BudgetCategory;
  /** Free text, e.g. "Saalmiete inkl. Bestuhlung". */
  description: Scalars['String']['output'];
  /** Opaque ID. */
  id: Scalars['ID']['output'];
  /** The planned amount in euro cents. */
  plannedCents: Scalars['Int']['output'];
  /** How the line is split. */
  shareMode: BudgetShareMode;
  /** Each partner's share, in partner order. */
  shares: Array<BudgetShare>;
  /** Optimistic-locking version; send it back on update or delete. */
  version: Scalars['Int']['output'];
};

/** What one partner pays of an event or a year. */
export type BudgetPartnerTotal = {
  __typename?: 'BudgetPartnerTotal';
  /** The sum of the partner's actual parts of the lines that have an actual amount, in euro cents. */
  actualCents: Scalars['Int']['output'];
  /** What the partner pays after sponsorships, in euro cents: the actual part where a line has one, else the planned part, minus the sponsorship part. */
  netCents: Scalars['Int']['output'];
  /** The partner. */
  partner: Partner;
  /** The sum of the partner's planned parts in euro cents. */
  plannedCents: Scalars['Int']['output'];
  /** The partner's part of the money sponsorships in euro cents, split in proportion to the partners' planned parts of each event (evenly where nothing is planned). */
  sponsorshipCents: Scalars['Int']['output'];
};

/** The part of a budget line one partner pays. */
export type BudgetShare = {
  __typename?: 'BudgetShare';
  /** The partner's part of the actual amount in euro cents (PERCENT: by percentage; AMOUNT: in proportion to the planned amounts); null while the line has no actual amount. The parts always add up to the line. */
  actualCents?: Maybe<Scalars['Int']['output']>;
  /** The fixed amount in euro cents on AMOUNT lines, else null. */
  amountCents?: Maybe<Scalars['Int']['output']>;
  /** The percentage times 100 (4000 = 40 %) on PERCENT lines, else null. */
  basisPoints?: Maybe<Scalars['Int']['output']>;
  /** The partner. */
  partner: Partner;
  /** The partner's part of the planned amount in euro cents. */
  plannedCents: Scalars['Int']['output'];
};

/** One partner's share of a line: `basisPoints` on PERCENT lines, `amountCents` on AMOUNT lines. */
export type BudgetShareInput = {
  /** The amount in euro cents, not negative. */
  amountCents?: InputMaybe<Scalars['Int']['input']>;
  /** The percentage times 100 (4000 = 40 %, 3333 = 33,33 %), 0–10000. */
  basisPoints?: InputMaybe<Scalars['Int']['input']>;
  /** A partner of the event's cooperation; each partner at most once. */
  partnerId: Scalars['ID']['input'];
};

/** How a budget line is split between the partners. */
export type BudgetShareMode =
  /** Each partner pays a fixed amount; the amounts add up to exactly the planned amount. */
  | 'AMOUNT'
  /** Each partner pays a percentage (two decimals); the percentages add up to exactly 100 %. */
  | 'PERCENT';

/** A cooperation's budget of one year: the events starting in it (Europe/Berlin). */
export type BudgetSummary = {
  __typename?: 'BudgetSummary';
  /** All actual amounts known so far in euro cents. */
  actualCents: Scalars['Int']['output'];
  /** One total per event, by start. */
  events: Array<BudgetEventTotal>;
  /** Net cost in euro cents. */
  netCents: Scalars['Int']['output'];
  /** One total per partner, in partner order. */
  partners: Array<BudgetPartnerTotal>;
  /** All planned amounts in euro cents. */
  plannedCents: Scalars['Int']['output'];
  /** All money sponsorships in euro cents. */
  sponsorshipCents: Scalars['Int']['output'];
  /** The year. */
  year: Scalars['Int']['output'];
};

/** A cooperation's subscribable calendar feed. Its address is shown only once, when it is created or rotated. */
export type CalendarFeed = {
  __typename?: 'CalendarFeed';
  /** When the current address was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created it; empty when that person was erased. */
  createdByName: Scalars['String']['output'];
};

/** Moves a cycle to another phase (ADMIN, COORDINATOR); refused with the German reason. */
export type ChangeAwardPhaseInput = {
  /** The cycle. */
  id: Scalars['ID']['input'];
  /** The new phase; one of allowedPhases. */
  phase: AwardPhase;
  /** The cycle's version read. */
  version: Scalars['Int']['input'];
};

/** The cycle in its new phase. */
export type ChangeAwardPhasePayload = {
  __typename?: 'ChangeAwardPhasePayload';
  /** The cycle. */
  awardCycle: AwardCycle;
};

/** Moves an event to another status (COORDINATOR or ADMIN). */
export type ChangeEventStatusInput = {
  /** The event. */
  id: Scalars['ID']['input'];
  /** The new status; must be one of `allowedTransitions`. */
  status: EventStatus;
  /** The version read. */
  version: Scalars['Int']['input'];
};

/** The event after the move. */
export type ChangeEventStatusPayload = {
  __typename?: 'ChangeEventStatusPayload';
  /** The event. */
  event: Event;
};

/** Marks a guest as arrived, or with undo as not arrived (ADMIN, COORDINATOR, MEMBER). */
export type CheckInInput = {
  /** The invitation. */
  id: Scalars['ID']['input'];
  /** Takes the check-in back. */
  undo?: Scalars['Boolean']['input'];
};

/** Closes the vote: needs the quorum; computes, ranks and locks the result (the chair or ADMIN, COORDINATOR). */
export type CloseAwardVotingInput = {
  /** The cycle. */
  cycleId: Scalars['ID']['input'];
  /** The cycle's version read. */
  version: Scalars['Int']['input'];
};

/** The decided cycle. */
export type CloseAwardVotingPayload = {
  __typename?: 'CloseAwardVotingPayload';
  /** The cycle with its result. */
  awardCycle: AwardCycle;
};

/** A remark on an event (and later on nominations, proposals and workstreams). */
export type Comment = {
  __typename?: 'Comment';
  /** The author's user ID, if still known. */
  authorId?: Maybe<Scalars['ID']['output']>;
  /** Who wrote it; empty when that person was erased. */
  authorName: Scalars['String']['output'];
  /** The text (plain text, line breaks kept). */
  body: Scalars['String']['output'];
  /** Whether the reader may delete it (their own, or as a planner). */
  canDelete: Scalars['Boolean']['output'];
  /** Whether the reader may change it (their own). */
  canEdit: Scalars['Boolean']['output'];
  /** When it was written. */
  createdAt: Scalars['DateTime']['output'];
  /** When it was last changed. */
  editedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Opaque ID. */
  id: Scalars['ID']['output'];
  /** Optimistic-locking version. */
  version: Scalars['Int']['output'];
};

/** One promise of an agreement. */
export type Commitment = {
  __typename?: 'Commitment';
  /** The agreement. */
  agreementId: Scalars['ID']['output'];
  /** The predecessor's commitment it takes over. */
  carriedFromId?: Maybe<Scalars['ID']['output']>;
  /** Details. */
  description: Scalars['String']['output'];
  /** Opaque ID. */
  id: Scalars['ID']['output'];
  /** Position, from 1. */
  position: Scalars['Int']['output'];
  /** To be kept every year (otherwise once). */
  recurring: Scalars['Boolean']['output'];
  /** What is promised. */
  title: Scalars['String']['output'];
  /** Optimistic-locking version. */
  version: Scalars['Int']['output'];
  /** Its standing per year, oldest first. */
  years: Array<CommitmentYear>;
};

/** How a commitment stands in a year. */
export type CommitmentStatus =
  /** The year is over without fulfilment, or nothing linked is under way. */
  | 'AT_RISK'
  /** Fulfilled by a linked measure. */
  | 'FULFILLED'
  /** Not yet, but under way, or the year lies ahead. */
  | 'OPEN';

/** A commitment's standing in one year. */
export type CommitmentYear = {
  __typename?: 'CommitmentYear';
  /** The measures linked for the year. */
  fulfilments: Array<Fulfilment>;
  /** Why (German). */
  reason: Scalars['String']['output'];
  /** Fulfilled, open or at risk. */
  status: CommitmentStatus;
  /** The year. */
  year: Scalars['Int']['output'];
};

/** The company as written on the public form or by staff. */
export type CompanyInput = {
  /** City. */
  city?: InputMaybe<Scalars['String']['input']>;
  /** Name. */
  name: Scalars['String']['input'];
  /** Postal code. */
  postalCode?: InputMaybe<Scalars['String']['input']>;
  /** Street and number. */
  street?: InputMaybe<Scalars['String']['input']>;
  /** Web site. */
  website?: InputMaybe<Scalars['String']['input']>;
};

/** A juror's conflict of interest with a nomination. */
export type Conflict = {
  __typename?: 'Conflict';
  /** When. */
  createdAt: Scalars['DateTime']['output'];
  /** The juror. */
  jurorId: Scalars['ID']['output'];
  /** The juror's name. */
  jurorName: Scalars['String']['output'];
  /** The nomination. */
  nominationId: Scalars['ID']['output'];
  /** Why. */
  reason: Scalars['String']['output'];
  /** Whether the chair set it (otherwise the juror declared it). */
  setByChair: Scalars['Boolean']['output'];
};

/** The conflict's nomination, seen by the reader. */
export type ConflictPayload = {
  __typename?: 'ConflictPayload';
  /** The nomination. */
  nomination: Nomination;
};

/** A person koop holds data on: a guest, a nominator, a juror from outside [Kontakt]. */
export type Contact = {
  __typename?: 'Contact';
  /** City. */
  city: Scalars['String']['output'];
  /** The day consent was given; set exactly when the legal basis is CONSENT. */
  consentAt?: Maybe<Scalars['Date']['output']>;
  /** When the contact was created. */
  createdAt: Scalars['DateTime']['output'];
  /** True when the reader's role (VIEWER) may not see e-mail, phone, address and note, which are then empty. */
  detailsHidden: Scalars['Boolean']['output'];
  /** The distribution lists the contact is on, by name. */
  distributionLists: Array<DistributionList>;
  /** E-mail address, unique in the cooperation; null when unknown or hidden. */
  email?: Maybe<Scalars['String']['output']>;
  /** First name. */
  firstName: Scalars['String']['output'];
  /** Function or position, e.g. "Geschäftsführerin". */
  function: Scalars['String']['output'];
  /** Opaque ID. */
  id: Scalars['ID']['output'];
  /** Last name. */
  lastName: Scalars['String']['output'];
  /** The GDPR legal basis for holding the data. */
  legalBasis: LegalBasis;
  /**
   * The opening of a German letter: "Sehr geehrte Frau Dr. Schulz", "Sehr geehrter Herr Meier",
   * or "Guten Tag Alex Schmidt" without or with a diverse salutation.
   */
  letterSalutation: Scalars['String']['output'];
  /** Full name with title, e.g. "Dr. Anna Schulz". */
  name: Scalars['String']['output'];
  /** Internal note. */
  note: Scalars['String']['output'];
  /** When the contact opted out of mails from the cooperation; null while they receive them. */
  optedOutAt?: Maybe<Scalars['DateTime']['output']>;
  /** The organisation the contact belongs to. */
  organisation?: Maybe<Organisation>;
  /** Phone number. */
  phone: Scalars['String']['output'];
  /** Postal code (five digits in Germany). */
  postalCode: Scalars['String']['output'];
  /** Salutation. */
  salutation: Salutation;
  /** Street and number. */
  street: Scalars['String']['output'];
  /** Academic title, e.g. "Dr." or "Prof. Dr.". */
  title: Scalars['String']['output'];
  /** When the contact was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-locking version; send it back on update. */
  version: Scalars['Int']['output'];
};

/** Filters for the contact list. */
export type ContactFilter = {
  /** Only contacts on this distribution list (its members). */
  distributionListId?: InputMaybe<Scalars['ID']['input']>;
  /** Only contacts of this organisation. */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  /** Matches name, e-mail or organisation (case-insensitive substring; e-mail not for VIEWER). */
  query?: InputMaybe<Scalars['String']['input']>;
};

/** One column of the import file's header. */
export type ContactImportColumn = {
  __typename?: 'ContactImportColumn';
  /** The contact field it fills (e.g. "lastName"); null for a column koop does not know (ignored). */
  field?: Maybe<Scalars['String']['output']>;
  /** The header as written. */
  header: Scalars['String']['output'];
};

/** A problem or note about one row, in German, naming the row and the column. */
export type ContactImportMessage = {
  __typename?: 'ContactImportMessage';
  /** The column as the file's header names it; null when it concerns the whole row. */
  column?: Maybe<Scalars['String']['output']>;
  /** The message, e.g. "Zeile 5, Spalte „E-Mail“: Die E-Mail-Adresse … ist ungültig.". */
  message: Scalars['String']['output'];
};

/** What importing a CSV file does, row by row. Nothing is written by a preview. */
export type ContactImportReport = {
  __typename?: 'ContactImportReport';
  /** The header's columns. */
  columns: Array<ContactImportColumn>;
  /** The field separator found in the header line (";", "," or a tab). */
  delimiter: Scalars['String']['output'];
  /** Rows skipped as duplicates within the file. */
  duplicateCount: Scalars['Int']['output'];
  /** How the file was read: "UTF-8", "UTF-8 mit BOM", "Windows-1252" or "UTF-16". */
  encoding: Scalars['String']['output'];
  /** Rows with errors. */
  errorCount: Scalars['Int']['output'];
  /** Rows whose e-mail address already exists. */
  existsCount: Scalars['Int']['output'];
  /** The file name as uploaded. */
  fileName: Scalars['String']['output'];
  /** Rows that become new contacts. */
  newCount: Scalars['Int']['output'];
  /** Every data row (empty rows are skipped). */
  rows: Array<ContactImportRow>;
  /** Number of data rows. */
  totalRows: Scalars['Int']['output'];
  /** Columns koop does not know; they are ignored. */
  unknownColumns: Array<Scalars['String']['output']>;
};

/** One data row of an import file. */
export type ContactImportRow = {
  __typename?: 'ContactImportRow';
  /** The contact that already has this e-mail address (status EXISTS). */
  existingContactId?: Maybe<Scalars['ID']['output']>;
  /** The line of the file where the row starts (the header is line 1). */
  line: Scalars['Int']['output'];
  /** Errors and notes, naming row and column. */
  messages: Array<ContactImportMessage>;
  /** What the import does with it. */
  status: ContactImportStatus;
  /** The values read. */
  values: ContactImportValues;
};

/** What an import does with one row of the file. */
export type ContactImportStatus =
  /** The e-mail address occurs in an earlier row: the row is skipped. */
  | 'DUPLICATE_IN_FILE'
  /** The row has errors and is never imported. */
  | 'ERROR'
  /** A contact with this e-mail address exists: skipped, or updated with `updateExisting`. */
  | 'EXISTS'
  /** A new contact is created. */
  | 'NEW';

/** The values of one row as they were read. */
export type ContactImportValues = {
  __typename?: 'ContactImportValues';
  /** City. */
  city: Scalars['String']['output'];
  /** Day of consent. */
  consentAt?: Maybe<Scalars['Date']['output']>;
  /** E-mail address. */
  email?: Maybe<Scalars['String']['output']>;
  /** First name. */
  firstName: Scalars['String']['output'];
  /** Function. */
  function: Scalars['String']['output'];
  /** Last name. */
  lastName: Scalars['String']['output'];
  /** Legal basis, if it could be read. */
  legalBasis?: Maybe<LegalBasis>;
  /** Note. */
  note: Scalars['String']['output'];
  /** The organisation as written; matched by name (case-insensitive) or created as a company. */
  organisationName: Scalars['String']['output'];
  /** Phone. */
  phone: Scalars['String']['output'];
  /** Postal code. */
  postalCode: Scalars['String']['output'];
  /** Salutation. */
  salutation: Salutation;
  /** Street. */
  street: Scalars['String']['output'];
  /** Academic title. */
  title: Scalars['String']['output'];
};

/** A page of contacts. */
export type ContactList = {
  __typename?: 'ContactList';
  /** The contacts on this page. */
  items: Array<Contact>;
  /** How many match in all. */
  totalCount: Scalars['Int']['output'];
};

/** A cooperation: N partner organisations working together under an agreement. */
export type Cooperation = {
  __typename?: 'Cooperation';
  /** When the cooperation was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Short description. */
  description: Scalars['String']['output'];
  /** Opaque ID. */
  id: Scalars['ID']['output'];
  /** The role of the logged-in user here (system admins who are not members act as ADMIN). */
  myRole: Role;
  /** Name, e.g. "Kooperation Bezirksamt Lichtenberg – WKHL". */
  name: Scalars['String']['output'];
  /** The partners, in order. */
  partners: Array<Partner>;
  /** Optimistic-locking version; send it back on update. */
  version: Scalars['Int']['output'];
};

/** Which goals and measures lack something, and how the partners share a year's work. */
export type Coverage = {
  __typename?: 'Coverage';
  /** The cooperation. */
  cooperationId: Scalars['ID']['output'];
  /** Goals without any measure, neither their own nor in a sub-goal. */
  goalsWithoutMeasure: Array<Goal>;
  /** Goals without priority. */
  goalsWithoutPriority: Array<Goal>;
  /** Measures that involve at most one partner. */
  measuresWithOnePartner: Array<Measure>;
  /** Measures (serving at least one goal, or workstreams) without a KPI of their own. */
  measuresWithoutKpi: Array<Measure>;
  /** Per partner: who leads, co-organises, pays and attends in the year. */
  partnerBalance: Array<PartnerBalance>;
  /** The year of the partner balance. */
  year: Scalars['Int']['output'];
};

/** Drafts an agreement (COORDINATOR, ADMIN). Parties default to every partner. */
export type CreateAgreementInput = {
  /** Its text. */
  body?: InputMaybe<Scalars['String']['input']>;
  /** The cooperation. */
  cooperationId: Scalars['ID']['input'];
  /** The parties. */
  parties?: InputMaybe<Array<AgreementPartyInput>>;
  /** Its title. */
  title: Scalars['String']['input'];
  /** First day of validity. */
  validFrom: Scalars['Date']['input'];
  /** Last day of validity. */
  validUntil?: InputMaybe<Scalars['Date']['input']>;
};

/** Adds a yearly cycle to a programme, in DRAFT (ADMIN, COORDINATOR). */
export type CreateAwardCycleInput = {
  /** The announcing event of the cooperation, or null. */
  announcementEventId?: InputMaybe<Scalars['ID']['input']>;
  /** Category names, distinct, at most 20. */
  categories: Array<Scalars['String']['input']>;
  /** When nominations close; after they open. */
  nominationClosesAt: Scalars['DateTime']['input'];
  /** When nominations open. */
  nominationOpensAt: Scalars['DateTime']['input'];
  /** The programme. */
  programmeId: Scalars['ID']['input'];
  /** Minimum number of submitted ballots, at least 1. */
  quorum: Scalars['Int']['input'];
  /** The tie-break rule. */
  tieBreakRule: TieBreakRule;
  /** Title. */
  title: Scalars['String']['input'];
  /** When the vote closes; after nominations close. */
  votingClosesAt: Scalars['DateTime']['input'];
  /** The year, unique within the programme. */
  year: Scalars['Int']['input'];
};

/** The new cycle. */
export type CreateAwardCyclePayload = {
  __typename?: 'CreateAwardCyclePayload';
  /** The cycle. */
  awardCycle: AwardCycle;
};

/** Creates an award programme (ADMIN, COORDINATOR). */
export type CreateAwardProgrammeInput = {
  /** The cooperation. */
  cooperationId: Scalars['ID']['input'];
  /** Description, at most 5,000 characters. */
  description: Scalars['String']['input'];
  /** Name, at most 200 characters. */
  name: Scalars['String']['input'];
  /** Years a winner stays ineligible, 0–50. */
  winnerExclusionYears: Scalars['Int']['input'];
};

/** The new programme. */
export type CreateAwardProgrammePayload = {
  __typename?: 'CreateAwardProgrammePayload';
  /** The programme. */
  awardProgramme: AwardProgramme;
};

/** Adds a line to an event's budget (COORDINATOR or ADMIN). */
export type CreateBudgetLineInput = {
  /** The actual amount in euro cents, if already known. */
  actualCents?: InputMaybe<Scalars['Int']['input']>;
  /** What it pays for. */
  category: BudgetCategory;
  /** Free text, at most 300 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The event. */
  eventId: Scalars['ID']['input'];
  /** The planned amount in euro cents, not negative. */
  plannedCents: Scalars['Int']['input'];
  /** How the line is split. */
  shareMode: BudgetShareMode;
  /** The partners' shares; they must add up to 100 % or to the planned amount. */
  shares: Array<BudgetShareInput>;
};

/** The created line and the event's budget after it. */
export type CreateBudgetLinePayload = {
  __typename?: 'CreateBudgetLinePayload';
  /** The event's budget with new totals. */
  budget: EventBudget;
  /** The new line. */
  budgetLine: BudgetLine;
};

/** Adds a commitment to a draft agreement (COORDINATOR, ADMIN). */
export type CreateCommitmentInput = {
  /** The agreement. */
  agreementId: Scalars['ID']['input'];
  /** Details. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** To be kept every year (the default). */
  recurring?: InputMaybe<Scalars['Boolean']['input']>;
  /** What is promised. */
  title: Scalars['String']['input'];
};

/** Creates a contact (ADMIN, COORDINATOR, MEMBER). */
export type CreateContactInput = {
  /** City. */
  city?: InputMaybe<Scalars['String']['input']>;
  /** The day of consent: required with CONSENT, not allowed otherwise, never in the future. */
  consentAt?: InputMaybe<Scalars['Date']['input']>;
  /** The cooperation. */
  cooperationId: Scalars['ID']['input'];
  /** E-mail address, unique in the cooperation. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** First name. */
  firstName?: InputMaybe<Scalars['String']['input']>;
  /** Function. */
  function?: InputMaybe<Scalars['String']['input']>;
  /** Last name (required). */
  lastName: Scalars['String']['input'];
  /** The legal basis for holding the data. */
  legalBasis: LegalBasis;
  /** Internal note. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** An organisation of the same cooperation. */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  /** Phone: digits, spaces and + ( ) / - . only. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Postal code: five digits for a German address. */
  postalCode?: InputMaybe<Scalars['String']['input']>;
  /** Salutation; NONE when omitted. */
  salutation?: InputMaybe<Salutation>;
  /** Street and number. */
  street?: InputMaybe<Scalars['String']['input']>;
  /** Academic title. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** The created contact. */
export type CreateContactPayload = {
  __typename?: 'CreateContactPayload';
  /** The new contact. */
  contact: Contact;
};

/** Creates a cooperation with its partners and its first admin (system admins only). */
export type CreateCooperationInput = {
  /** E-mail of the first admin; invited if they have no account yet. */
  adminEmail: Scalars['String']['input'];
  /** Name of the first admin. */
  adminName: Scalars['String']['input'];
  /** Index into `partners` of the organisation the first admin represents. */
  adminPartnerIndex: Scalars['Int']['input'];
  /** Short description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Name of the cooperation. */
  name: Scalars['String']['input'];
  /** At least one partner. Errors about a row name it as `partners.<index>.name` or `.kind`. */
  partners: Array<NewPartnerInput>;
};

/** The created cooperation. */
export type CreateCooperationPayload = {
  __typename?: 'CreateCooperationPayload';
  /** The new cooperation. */
  cooperation: Cooperation;
};

/** Creates a distribution list (ADMIN, COORDINATOR, MEMBER). */
export type CreateDistributionListInput = {
  /** The cooperation. */
  cooperationId: Scalars['ID']['input'];
  /** What the list is for. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Name, unique in the cooperation. */
  name: Scalars['String']['input'];
};

/** The created list. */
export type CreateDistributionListPayload = {
  __typename?: 'CreateDistributionListPayload';
  /** The new list. */
  distributionList: DistributionList;
};

/** Creates an event (COORDINATOR or ADMIN). Its tasks come from the series' checklist. */
export type CreateEventInput = {
  /** Venue address. */
  address?: InputMaybe<Scalars['String']['input']>;
  /** How many guests fit; omitted means unlimited. */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  /** The cooperation. */
  cooperationId: Scalars['ID']['input'];
  /** Free text. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** End, after the start. */
  endsAt: Scalars['DateTime']['input'];
  /** The leading partner; omitted means the series' default lead partner. */
  leadPartnerId?: InputMaybe<Scalars['ID']['input']>;
  /** Organisers (memberships of the cooperation). */
  organiserMembershipIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The series, if any. */
  seriesId?: InputMaybe<Scalars['ID']['input']>;
  /** Start. */
  startsAt: Scalars['DateTime']['input'];
  /** The starting status: IDEA (default) or PLANNING. */
  status?: InputMaybe<EventStatus>;
  /** Title. */
  title: Scalars['String']['input'];
  /** Venue name. */
  venue?: InputMaybe<Scalars['String']['input']>;
};

/** The created event. */
export type CreateEventPayload = {
  __typename?: 'CreateEventPayload';
  /** The new event with its tasks. */
  event: Event;
};

/** Creates an event series (COORDINATOR or ADMIN). */
export type CreateEventSeriesInput = {
  /** The cooperation. */
  cooperationId: Scalars['ID']['input'];
  /** The partner that usually leads it. */
  defaultLeadPartnerId?: InputMaybe<Scalars['ID']['input']>;
  /** Description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Name, unique in the cooperation. */
  name: Scalars['String']['input'];
  /** The checklist for new events. */
  taskTemplate?: InputMaybe<Array<TaskTemplateItemInput>>;
  /** Usual month, 1–12. */
  usualMonth?: InputMaybe<Scalars['Int']['input']>;
};

/** The created series. */
export type CreateEventSeriesPayload = {
  __typename?: 'CreateEventSeriesPayload';
  /** The new series. */
  eventSeries: EventSeries;
};

/** Adds a goal at the end of its parent's sub-goals (COORDINATOR, ADMIN). */
export type CreateGoalInput = {
  /** The cooperation. */
  cooperationId: Scalars['ID']['input'];
  /** A longer description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The parent goal; none for a top goal. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** Its priority. */
  priority?: InputMaybe<Priority>;
  /** Its title. */
  title: Scalars['String']['input'];
};

/** Adds a KPI (COORDINATOR, ADMIN). */
export type CreateKpiInput = {
  /** The value at the start. */
  baseline: Scalars['Float']['input'];
  /** When the baseline was measured. */
  baselineOn?: InputMaybe<Scalars['Date']['input']>;
  /** The cooperation. */
  cooperationId: Scalars['ID']['input'];
  /** Whether more is better. */
  direction: KpiDirection;
  /** Its name. */
  name: Scalars['String']['input'];
  /** What it measures. */
  subject: KpiSubjectInput;
  /** The value to reach (above the baseline when more is better, below otherwise). */
  target: Scalars['Float']['input'];
  /** By when. */
  targetOn?: InputMaybe<Scalars['Date']['input']>;
  /** The unit (required). */
  unit: Scalars['String']['input'];
};

/** Adds a milestone (COORDINATOR, ADMIN). */
export type CreateMilestoneInput = {
  /** When it is due. */
  dueOn: Scalars['Date']['input'];
  /** What is reached. */
  title: Scalars['String']['input'];
  /** The workstream. */
  workstreamId: Scalars['ID']['input'];
};

/** Enters a nomination (ADMIN, COORDINATOR) while nominations are open. */
export type CreateNominationInput = {
  /** The category. */
  category: Scalars['String']['input'];
  /** A new company, created as an organisation of the cooperation. */
  company?: InputMaybe<CompanyInput>;
  /** The cycle. */
  cycleId: Scalars['ID']['input'];
  /** Why. */
  justification: Scalars['String']['input'];
  /** A new nominator, created as a contact. */
  nominator?: InputMaybe<NominatorInput>;
  /** An existing contact as nominator — or nominator to create one; or neither. */
  nominatorContactId?: InputMaybe<Scalars['ID']['input']>;
  /** An existing organisation — or company to create one. */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
};

/** Creates an organisation in a cooperation (COORDINATOR or ADMIN). */
export type CreateOrganisationInput = {
  /** City. */
  city?: InputMaybe<Scalars['String']['input']>;
  /** The cooperation. */
  cooperationId: Scalars['ID']['input'];
  /** Kind of body. */
  kind: OrganisationKind;
  /** Full name. */
  name: Scalars['String']['input'];
  /** Postal code. */
  postalCode?: InputMaybe<Scalars['String']['input']>;
  /** Short name. */
  shortName?: InputMaybe<Scalars['String']['input']>;
  /** Street and number. */
  street?: InputMaybe<Scalars['String']['input']>;
  /** Web site. */
  website?: InputMaybe<Scalars['String']['input']>;
};

/** The created organisation. */
export type CreateOrganisationPayload = {
  __typename?: 'CreateOrganisationPayload';
  /** The new organisation. */
  organisation: Organisation;
};

/** Records a sponsorship of an event (COORDINATOR or ADMIN). */
export type CreateSponsorshipInput = {
  /** The amount or value in euro cents, more than 0. */
  amountCents: Scalars['Int']['input'];
  /** The event. */
  eventId: Scalars['ID']['input'];
  /** Money or in kind. */
  kind: SponsorshipKind;
  /** Free text, at most 1000 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The sponsor, an organisation of the event's cooperation. */
  organisationId: Scalars['ID']['input'];
  /** Promised (default) or received. */
  status?: InputMaybe<SponsorshipStatus>;
};

/** The created sponsorship and the event's budget after it. */
export type CreateSponsorshipPayload = {
  __typename?: 'CreateSponsorshipPayload';
  /** The event's budget with new totals. */
  budget: EventBudget;
  /** The new sponsorship. */
  sponsorship: Sponsorship;
};

/** Drafts the successor of a signed agreement, taking over its open commitments (COORDINATOR, ADMIN). */
export type CreateSuccessorAgreementInput = {
  /** The agreement it succeeds. */
  predecessorId: Scalars['ID']['input'];
  /** Its title. */
  title: Scalars['String']['input'];
  /** First day (the day after the predecessor ends by default). */
  validFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Last day. */
  validUntil?: InputMaybe<Scalars['Date']['input']>;
};

/** Creates a task (COORDINATOR or ADMIN). */
export type CreateTaskInput = {
  /** The person (a member of the cooperation). */
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  /** The cooperation. */
  cooperationId: Scalars['ID']['input'];
  /** Due date. */
  dueOn?: InputMaybe<Scalars['Date']['input']>;
  /** The event it belongs to, if any. */
  eventId?: InputMaybe<Scalars['ID']['input']>;
  /** The responsible partner. */
  ownerPartnerId?: InputMaybe<Scalars['ID']['input']>;
  /** What to do. */
  title: Scalars['String']['input'];
  /** The workstream it belongs to, if any (not together with an event). */
  workstreamId?: InputMaybe<Scalars['ID']['input']>;
};

/** The created task. */
export type CreateTaskPayload = {
  __typename?: 'CreateTaskPayload';
  /** The new task. */
  task: Task;
};

/** Creates a workstream (COORDINATOR, ADMIN). */
export type CreateWorkstreamInput = {
  /** The cooperation. */
  cooperationId: Scalars['ID']['input'];
  /** What it is about. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** When it ends. */
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  /** The goals it serves. */
  goalIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The leads (memberships of the cooperation). */
  leadMembershipIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Its priority. */
  priority?: InputMaybe<Priority>;
  /** When it starts. */
  startsOn: Scalars['Date']['input'];
  /** Its status (PROPOSED by default). */
  status?: InputMaybe<WorkstreamStatus>;
  /** Its title. */
  title: Scalars['String']['input'];
};

/** A partner's approval of the current criteria set. */
export type CriteriaApproval = {
  __typename?: 'CriteriaApproval';
  /** When; null while not approved. */
  approvedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who approved on the partner's behalf; null while not approved. */
  approvedByName?: Maybe<Scalars['String']['output']>;
  /** The partner. */
  partner: Partner;
};

/** One thing the jury scores. */
export type Criterion = {
  __typename?: 'Criterion';
  /** The cycle. */
  cycleId: Scalars['ID']['output'];
  /** What the jury looks at. */
  description: Scalars['String']['output'];
  /** Opaque ID. */
  id: Scalars['ID']['output'];
  /** Name, e.g. "Innovation". */
  name: Scalars['String']['output'];
  /** Order, from 1. */
  position: Scalars['Int']['output'];
  /** Highest score. */
  scoreMax: Scalars['Int']['output'];
  /** Lowest score. */
  scoreMin: Scalars['Int']['output'];
  /** Relative weight, an integer 1–100: weight 2 counts twice as much as weight 1. */
  weight: Scalars['Int']['output'];
};

/** A criterion's mean for a nomination. */
export type CriterionMean = {
  __typename?: 'CriterionMean';
  /** The criterion. */
  criterionId: Scalars['ID']['output'];
  /** The mean. */
  mean: Scalars['Float']['output'];
};

/** Decides a nomination's eligibility with a reason (ADMIN, COORDINATOR) before the jury votes. */
export type DecideEligibilityInput = {
  /** The decision (PENDING takes it back). */
  eligibility: Eligibility;
  /** The nomination. */
  id: Scalars['ID']['input'];
  /** The reason (required for ELIGIBLE and INELIGIBLE). */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** Version read. */
  version: Scalars['Int']['input'];
};

/** Declares the reader's own conflict of interest with a nomination. */
export type DeclareConflictInput = {
  /** The nomination. */
  nominationId: Scalars['ID']['input'];
  /** Why. */
  reason: Scalars['String']['input'];
};

/** Deletes a draft agreement (COORDINATOR, ADMIN). */
export type DeleteAgreementInput = {
  /** The agreement. */
  id: Scalars['ID']['input'];
  /** The version read. */
  version: Scalars['Int']['input'];
};

/** The result of deleting an agreement. */
export type DeleteAgreementPayload = {
  __typename?: 'DeleteAgreementPayload';
  /** The deleted agreement's ID. */
  id: Scalars['ID']['output'];
};

/** Deletes a file (its uploader, or a planner). */
export type DeleteAttachmentInput = {
  /** The file. */
  id: Scalars['ID']['input'];
};

/** The result of deleting a file. */
export type DeleteAttachmentPayload = {
  __typename?: 'DeleteAttachmentPayload';
  /** The ID of the deleted file. */
  id: Scalars['ID']['output'];
};

/** Deletes a line (COORDINATOR or ADMIN). */
export type DeleteBudgetLineInput = {
  /** The line. */
  id: Scalars['ID']['input'];
  /** The version read. */
  version: Scalars['Int']['input'];
};

/** The event's budget after deleting a line. */
export type DeleteBudgetLinePayload = {
  __typename?: 'DeleteBudgetLinePayload';
  /** The event's budget with new totals. */
  budget: EventBudget;
  /** The ID of the deleted line. */
  id: Scalars['ID']['output'];
};

/** Ends the cooperation's calendar feed (ADMIN, COORDINATOR). */
export type DeleteCalendarFeedInput = {
  /** The cooperation. */
  cooperationId: Scalars['ID']['input'];
};

/** The result of ending a calendar feed. */
export type DeleteCalendarFeedPayload = {
  __typename?: 'DeleteCalendarFeedPayload';
  /** The cooperation whose feed ended. */
  cooperationId: Scalars['ID']['output'];
};

/** Deletes a comment (its author, or a planner). */
export type DeleteCommentInput = {
  /** The comment. */
  id: Scalars['ID']['input'];
};

/** The result of deleting a comment. */
export type DeleteCommentPayload = {
  __typename?: 'DeleteCommentPayload';
  /** The ID of the deleted comment. */
  id: Scalars['ID']['output'];
};

/** Removes a commitment from a draft agreement (COORDINATOR, ADMIN). */
export type DeleteCommitmentInput = {
  /** The commitment. */
  id: Scalars['ID']['input'];
  /** The version read. */
  version: Scalars['Int']['input'];
};

/** Deletes a contact and removes it from all lists (ADMIN, COORDINATOR, MEMBER). */
export type DeleteContactInput = {
  /** The contact. */
  id: Scalars['ID']['input'];
  /** The version read. */
  version: Scalars['Int']['input'];
};

/** The deleted contact's ID. */
export type DeleteContactPayload = {
  __typename?: 'DeleteContactPayload';
  /** The ID of the deleted contact. */
  id: Scalars['ID']['output'];
};

/** Deletes a criterion; withdraws all approvals. */
export type DeleteCriterionInput = {
  /** The cycle's criteriaVersion read. */
  criteriaVersion: Scalars['Int']['input'];
  /** The criterion. */
  id: Scalars['ID']['input'];
};

/** The cycle without the criterion. */
export type DeleteCriterionPayload = {
  __typename?: 'DeleteCriterionPayload';
  /** The cycle. */
  awardCycle: AwardCycle;
};

/** Deletes a list; its contacts stay. */
export type DeleteDistributionListInput = {
  /** The list. */
  id: Scalars['ID']['input'];
  /** The version read. */
  version: Scalars['Int']['input'];
};

/** The deleted list's ID. */
export type DeleteDistributionListPayload = {
  __typename?: 'DeleteDistributionListPayload';
  /** The ID of the deleted list. */
  id: Scalars['ID']['output'];
};

/** Deletes an event. */
export type DeleteEventInput = {
  /** The event. */
  id: Scalars['ID']['input'];
  /** The version read. */
  version: Scalars['Int']['input'];
};

/** The deleted event. */
export type DeleteEventPayload = {
  __typename?: 'DeleteEventPayload';
  /** Its ID. */
  id: Scalars['ID']['output'];
};

/** Deletes a series without events. */
export type DeleteEventSeriesInput = {
  /** The series. */
  id: Scalars['ID']['input'];
  /** The version read. */
  version: Scalars['Int']['input'];
};

/** The deleted series. */
export type DeleteEventSeriesPayload = {
  __typename?: 'DeleteEventSeriesPayload';
  /** Its ID. */
  id: Scalars['ID']['output'];
};

/** Deletes a goal without sub-goals; its links and KPIs go with it (COORDINATOR, ADMIN). */
export type DeleteGoalInput = {
  /** The goal. */
  id: Scalars['ID']['input'];
  /** The version read. */
  version: Scalars['Int']['input'];
};

/** The result of deleting a goal. */
export type DeleteGoalPayload = {
  __typename?: 'DeleteGoalPayload';
  /** The deleted goal's ID. */
  id: Scalars['ID']['output'];
};

/** Removes a correction (system administrators). */
export type DeleteHolidayOverrideInput = {
  /** The day. */
  date: Scalars['Date']['input'];
};

/** The result of removing a correction. */
export type DeleteHolidayOverridePayload = {
  __typename?: 'DeleteHolidayOverridePayload';
  /** True when removed. */
  ok: Scalars['Boolean']['output'];
};

/** Removes a draft that was never sent (ADMIN, COORDINATOR). */
export type DeleteInvitationInput = {
  /** The invitation. */
  id: Scalars['ID']['input'];
  /** The version read. */
  version: Scalars['Int']['input'];
};

/** The removed invitation. */
export type DeleteInvitationPayload = {
  __typename?: 'DeleteInvitationPayload';
  /** Its ID. */
  id: Scalars['ID']['output'];
};

/** Deletes a KPI with its measurements (COORDINATOR, ADMIN). */
export type DeleteKpiInput = {
  /** The KPI. */
  id: Scalars['ID']['input'];
  /** The version read. */
  version: Scalars['Int']['input'];
};

/** The result of deleting a KPI. */
export type DeleteKpiPayload = {
  __typename?: 'DeleteKpiPayload';
  /** The deleted KPI's ID. */
  id: Scalars['ID']['output'];
};

/** Deletes a milestone (COORDINATOR, ADMIN). */
export type DeleteMilestoneInput = {
  /** The milestone. */
  id: Scalars['ID']['input'];
  /** The version read. */
  version: Scalars['Int']['input'];
};

/** Withdraws a nomination before the jury votes. */
export type DeleteNominationInput = {
  /** The nomination. */
  id: Scalars['ID']['input'];
  /** Version read. */
  version: Scalars['Int']['input'];
};

/** The withdrawn nomination's ID. */
export type DeleteNominationPayload = {
  __typename?: 'DeleteNominationPayload';
  /** Its ID. */
  id: Scalars['ID']['output'];
};

/** Deletes a sponsorship (COORDINATOR or ADMIN). */
export type DeleteSponsorshipInput = {
  /** The sponsorship. */
  id: Scalars['ID']['input'];
  /** The version read. */
  version: Scalars['Int']['input'];
};

/** The event's budget after deleting a sponsorship. */
export type DeleteSponsorshipPayload = {
  __typename?: 'DeleteSponsorshipPayload';
  /** The event's budget with new totals. */
  budget: EventBudget;
  /** The ID of the deleted sponsorship. */
  id: Scalars['ID']['output'];
};

/** Deletes a task (COORDINATOR or ADMIN). */
export type DeleteTaskInput = {
  /** The task. */
  id: Scalars['ID']['input'];
  /** The version read. */
  version: Scalars['Int']['input'];
};

/** The result of deleting a task. */
export type DeleteTaskPayload = {
  __typename?: 'DeleteTaskPayload';
  /** The ID of the deleted task. */
  id: Scalars['ID']['output'];
};

/** Deletes a workstream with its milestones, reports, KPIs, tasks, comments and files (COORDINATOR, ADMIN). */
export type DeleteWorkstreamInput = {
  /** The workstream. */
  id: Scalars['ID']['input'];
  /** The version read. */
  version: Scalars['Int']['input'];
};

/** The result of deleting a workstream. */
export type DeleteWorkstreamPayload = {
  __typename?: 'DeleteWorkstreamPayload';
  /** The deleted workstream's ID. */
  id: Scalars['ID']['output'];
};

/** A named, reusable set of contacts [Verteiler], e.g. "Neujahrsempfang – Stammgäste". */
export type DistributionList = {
  __typename?: 'DistributionList';
  /** When the list was created. */
  createdAt: Scalars['DateTime']['output'];
  /** What the list is for. */
  description: Scalars['String']['output'];
  /** Opaque ID. */
  id: Scalars['ID']['output'];
  /** How many contacts are on it; list them with `contacts(filter: {distributionListId})`. */
  memberCount: Scalars['Int']['output'];
  /** Name, unique in the cooperation. */
  name: Scalars['String']['output'];
  /** Optimistic-locking version; send it back on update. */
  version: Scalars['Int']['output'];
};

/** Changes one's own comment. */
export type EditCommentInput = {
  /** The new text. */
  body: Scalars['String']['input'];
  /** The comment. */
  id: Scalars['ID']['input'];
  /** The version read. */
  version: Scalars['Int']['input'];
};

/** The changed comment. */
export type EditCommentPayload = {
  __typename?: 'EditCommentPayload';
  /** The comment. */
  comment: Comment;
};

/** Whether a nomination may be judged. */
export type Eligibility =
  /** Eligible: the jury scores it. */
  | 'ELIGIBLE'
  /** Not eligible (the reason is recorded). */
  | 'INELIGIBLE'
  /** Not yet decided. */
  | 'PENDING';

/** An occurrence of a joint event. */
export type Event = {
  __typename?: 'Event';
  /** Venue address. */
  address: Scalars['String']['output'];
  /** The statuses the event may move to next. */
  allowedTransitions: Array<EventStatus>;
  /** Award winners announced at this event. */
  awardWinners: Array<AwardWinner>;
  /** The event's budget (not for EXTERNAL members); loaded for all events of a list at once. */
  budget: EventBudget;
  /** How many guests fit (plus-ones included); null when unlimited. */
  capacity?: Maybe<Scalars['Int']['output']>;
  /** When the event was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Free text. */
  description: Scalars['String']['output'];
  /** End; after the start. */
  endsAt: Scalars['DateTime']['output'];
  /** The guest list summed up (one statement for a whole list of events). */
  guestCounts: GuestCounts;
  /**
   * A link to download the guest list as CSV for German Excel (semicolon, UTF-8 with BOM), valid
   * for 15 minutes and only for the session that asked for it.
   */
  guestListCsvUrl: Scalars['String']['output'];
  /**
   * A link to download the event as an iCalendar file (.ics), valid for 15 minutes and only for
   * the session that asked for it: fetch it right before use.
   */
  icsUrl: Scalars['String']['output'];
  /** Opaque ID. */
  id: Scalars['ID']['output'];
  /** The partner that leads the event. */
  leadPartner: Partner;
  /** How many of its tasks are still open. */
  openTaskCount: Scalars['Int']['output'];
  /** The organisers from each partner. */
  organisers: Array<EventOrganiser>;
  /** Whether each guest may bring one companion. */
  plusOnesAllowed: Scalars['Boolean']['output'];
  /** Until when guests answer through their link; null: until the start. */
  rsvpDeadline?: Maybe<Scalars['DateTime']['output']>;
  /** The series it belongs to, if any. */
  series?: Maybe<EventSeries>;
  /** Start (shown in Europe/Berlin). */
  startsAt: Scalars['DateTime']['output'];
  /** Where the event stands. */
  status: EventStatus;
  /** The event's checklist. */
  tasks: Array<Task>;
  /** Title, e.g. "Neujahrsempfang 2027". */
  title: Scalars['String']['output'];
  /** Venue name. */
  venue: Scalars['String']['output'];
  /** Optimistic-locking version; send it back on update. */
  version: Scalars['Int']['output'];
  /** What may speak against its date or venue (holidays, other events); empty when cancelled, held or documented. */
  warnings: Array<PlanningWarning>;
};

/** The budget of one event: its lines, sponsorships and totals. */
export type EventBudget = {
  __typename?: 'EventBudget';
  /** All actual amounts known so far in euro cents. */
  actualCents: Scalars['Int']['output'];
  /** The event's ID. */
  eventId: Scalars['ID']['output'];
  /** The value of all contributions in kind in euro cents. */
  inKindCents: Scalars['Int']['output'];
  /** The lines in their order. */
  lines: Array<BudgetLine>;
  /** The cost (actual where known, else planned) minus the money sponsorships, in euro cents. */
  netCents: Scalars['Int']['output'];
  /** One total per partner of the cooperation, in partner order. */
  partners: Array<BudgetPartnerTotal>;
  /** All planned amounts in euro cents. */
  plannedCents: Scalars['Int']['output'];
  /** All money sponsorships (pledged and received) in euro cents. */
  sponsorshipCents: Scalars['Int']['output'];
  /** The sponsorships, largest first. */
  sponsorships: Array<Sponsorship>;
};

/** Filters for the event list. */
export type EventFilter = {
  /** Only events ending at or after this time. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only events led by this partner. */
  leadPartnerId?: InputMaybe<Scalars['ID']['input']>;
  /** Matches title, venue or description (case-insensitive substring). */
  query?: InputMaybe<Scalars['String']['input']>;
  /** Only this series. */
  seriesId?: InputMaybe<Scalars['ID']['input']>;
  /** Only these statuses. */
  statuses?: InputMaybe<Array<EventStatus>>;
  /** Only events starting before this time. */
  until?: InputMaybe<Scalars['DateTime']['input']>;
};

/** A page of events. */
export type EventList = {
  __typename?: 'EventList';
  /** The events on this page. */
  items: Array<Event>;
  /** How many match in all. */
  totalCount: Scalars['Int']['output'];
};

/** How to sort events. */
export type EventOrder =
  /** Earliest start first (the default). */
  | 'STARTS_AT_ASC'
  /** Latest start first. */
  | 'STARTS_AT_DESC';

/** A member who organises an event, with the partner they represent. */
export type EventOrganiser = {
  __typename?: 'EventOrganiser';
  /** The membership of the organiser (user and organisation). */
  membership: Membership;
};

/** A recurring format such as the Wirtschaftsdinner Lichtenberg. */
export type EventSeries = {
  __typename?: 'EventSeries';
  /** The partner that usually leads it. */
  defaultLeadPartner?: Maybe<Partner>;
  /** What the format is about. */
  description: Scalars['String']['output'];
  /** How many events the series has. */
  eventCount: Scalars['Int']['output'];
  /** Opaque ID. */
  id: Scalars['ID']['output'];
  /** The KPIs that measure the series, with their measurements. */
  kpis: Array<Kpi>;
  /** Name, e.g. "Neujahrsempfang". */
  name: Scalars['String']['output'];
  /** The checklist every new event of the series gets. */
  taskTemplate: Array<TaskTemplateItem>;
  /** The month it usually takes place (1–12), if any. */
  usualMonth?: Maybe<Scalars['Int']['output']>;
  /** Optimistic-locking version; send it back on update. */
  version: Scalars['Int']['output'];
};

/** Where an event stands. Legal moves are listed in `Event.allowedTransitions`. */
export type EventStatus =
  /** It will not take place. */
  | 'CANCELLED'
  /** Date and venue are fixed. */
  | 'CONFIRMED'
  /** Documentation (photos, report, figures) is complete. */
  | 'DOCUMENTED'
  /** It took place. */
  | 'HELD'
  /** An idea, not yet planned. */
  | 'IDEA'
  /** The invitations are out. */
  | 'INVITATIONS_SENT'
  /** Being planned. */
  | 'PLANNING';

/** Another event as a warning names it. */
export type EventSummary = {
  __typename?: 'EventSummary';
  /** End. */
  endsAt: Scalars['DateTime']['output'];
  /** Opaque ID. */
  id: Scalars['ID']['output'];
  /** Start. */
  startsAt: Scalars['DateTime']['output'];
  /** Status. */
  status: EventStatus;
  /** Title. */
  title: Scalars['String']['output'];
  /** Venue. */
  venue: Scalars['String']['output'];
};

/** A measure linked to a commitment for a year. */
export type Fulfilment = {
  __typename?: 'Fulfilment';
  /** The event's start. */
  date?: Maybe<Scalars['DateTime']['output']>;
  /** Its own status (event status, award phase, workstream status). */
  detail: Scalars['String']['output'];
  /** Opaque ID of the link. */
  id: Scalars['ID']['output'];
  /** The kind of measure. */
  kind: FulfilmentKind;
  /** The event's, cycle's or workstream's ID. */
  measureId: Scalars['ID']['output'];
  /** What it contributes. */
  state: FulfilmentState;
  /** Its title. */
  title: Scalars['String']['output'];
  /** The year. */
  year: Scalars['Int']['output'];
};

/** What kind of measure fulfils a commitment. */
export type FulfilmentKind =
  /** An award cycle. */
  | 'AWARD_CYCLE'
  /** An event. */
  | 'EVENT'
  /** A workstream. */
  | 'WORKSTREAM';

/** What a linked measure contributes. */
export type FulfilmentState =
  /** It fulfils the commitment (held event, decided cycle, finished workstream). */
  | 'DONE'
  /** A workstream at risk or off track. */
  | 'TROUBLED'
  /** Planned or running. */
  | 'UNDER_WAY'
  /** Cancelled or paused: counts for nothing. */
  | 'VOID';

/** A top goal [Oberziel] or a sub-goal [Unterziel]. */
export type Goal = {
  __typename?: 'Goal';
  /** How many direct sub-goals it has. */
  childCount: Scalars['Int']['output'];
  /** The code, "2" or "2.3", from the positions. */
  code: Scalars['String']['output'];
  /** Whether it or one of its sub-goals has a measure. */
  covered: Scalars['Boolean']['output'];
  /** 0 for a top goal. */
  depth: Scalars['Int']['output'];
  /** A longer description. */
  description: Scalars['String']['output'];
  /** Opaque ID. */
  id: Scalars['ID']['output'];
  /** The KPIs of this goal itself. */
  kpis: Array<Kpi>;
  /** The measures linked to this goal itself. */
  measures: Array<Measure>;
  /** The parent goal (null for a top goal). */
  parentId?: Maybe<Scalars['ID']['output']>;
  /** Position among its siblings, from 1. */
  position: Scalars['Int']['output'];
  /** Its priority (null: not prioritised yet). */
  priority?: Maybe<Priority>;
  /** Its title. */
  title: Scalars['String']['output'];
  /** Optimistic-locking version. */
  version: Scalars['Int']['output'];
};

/** Links a measure to a goal, or unlinks it (COORDINATOR, ADMIN). */
export type GoalMeasureInput = {
  /** The goal. */
  goalId: Scalars['ID']['input'];
  /** The measure. */
  measure: MeasureInput;
};

/** The changed goal. */
export type GoalPayload = {
  __typename?: 'GoalPayload';
  /** The goal. */
  goal: Goal;
};

/** A goal as other lists show it. */
export type GoalRef = {
  __typename?: 'GoalRef';
  /** Its code ("2.3"). */
  code: Scalars['String']['output'];
  /** The goal's ID. */
  id: Scalars['ID']['output'];
  /** Its title. */
  title: Scalars['String']['output'];
};

/** An event's guest list summed up. */
export type GuestCounts = {
  __typename?: 'GuestCounts';
  /** Accepted. */
  accepted: Scalars['Int']['output'];
  /** Checked in. */
  attended: Scalars['Int']['output'];
  /** The event's capacity; null when unlimited. */
  capacity?: Maybe<Scalars['Int']['output']>;
  /** Declined. */
  declined: Scalars['Int']['output'];
  /** Not yet sent. */
  draft: Scalars['Int']['output'];
  /** Sent, no answer. */
  invited: Scalars['Int']['output'];
  /** Accepted but did not come. */
  noShow: Scalars['Int']['output'];
  /** People through the door, plus-ones included. */
  seatsAttended: Scalars['Int']['output'];
  /** Seats still free; null when unlimited. */
  seatsFree?: Maybe<Scalars['Int']['output']>;
  /** Seats promised: accepted and attending guests with their plus-ones. */
  seatsTaken: Scalars['Int']['output'];
  /** Waiting for a seat. */
  waitlisted: Scalars['Int']['output'];
};

/** Narrows a guest list. */
export type GuestFilter = {
  /** Matches name, plus-one, organisation or e-mail (case-insensitive). */
  query?: InputMaybe<Scalars['String']['input']>;
  /** Only these statuses. */
  statuses?: InputMaybe<Array<InvitationStatus>>;
};

/** An event's guest list. */
export type GuestList = {
  __typename?: 'GuestList';
  /** The counts of the whole list (unfiltered). */
  counts: GuestCounts;
  /** The event. */
  event: Event;
  /** The guests matching the filter, by name. */
  items: Array<Invitation>;
};

/** A one-off correction of the holiday calendar (the rest comes from a maintained library). */
export type HolidayOverride = {
  __typename?: 'HolidayOverride';
  /** The day. */
  date: Scalars['Date']['output'];
  /** False removes a day the library lists as a holiday. */
  isHoliday: Scalars['Boolean']['output'];
  /** The holiday's name. */
  name: Scalars['String']['output'];
};

/** Imports a CSV file in one transaction (ADMIN, COORDINATOR, MEMBER). */
export type ImportContactsInput = {
  /** The file, base64-encoded (see PreviewContactImportInput.content). */
  content: Scalars['String']['input'];
  /** The cooperation. */
  cooperationId: Scalars['ID']['input'];
  /** Puts every contact of the file (new, updated and existing) on this list. */
  distributionListId?: InputMaybe<Scalars['ID']['input']>;
  /** The file's name. */
  fileName: Scalars['String']['input'];
  /**
   * Confirms importing only the valid rows of a file with erroneous rows. Without it such a file
   * is refused (INVALID on `importValidRows`) and nothing is written.
   */
  importValidRows: Scalars['Boolean']['input'];
  /** True updates contacts whose e-mail address exists with the file's non-empty cells; otherwise they are skipped. */
  updateExisting?: InputMaybe<Scalars['Boolean']['input']>;
};

/** What an import did. */
export type ImportContactsPayload = {
  __typename?: 'ImportContactsPayload';
  /** Contacts created. */
  createdCount: Scalars['Int']['output'];
  /** The list the contacts were put on, with its new member count. */
  distributionList?: Maybe<DistributionList>;
  /** Organisations created (as companies) because no organisation had the name. */
  organisationsCreated: Scalars['Int']['output'];
  /** The report of the imported file. */
  report: ContactImportReport;
  /** Rows skipped: errors, duplicates in the file, existing contacts not updated. */
  skippedCount: Scalars['Int']['output'];
  /** Existing contacts updated. */
  updatedCount: Scalars['Int']['output'];
};

/** One guest party of an event: a contact (or a walk-in's name), maybe with a plus-one. */
export type Invitation = {
  __typename?: 'Invitation';
  /** When the guest last answered. */
  answeredAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the guest was checked in. */
  checkedInAt?: Maybe<Scalars['DateTime']['output']>;
  /** The invited contact; null for a walk-in without a contact record. Contact details follow the reader's role. */
  contact?: Maybe<Contact>;
  /** The guest's name. */
  guestName: Scalars['String']['output'];
  /** Opaque ID. */
  id: Scalars['ID']['output'];
  /** When the invitation was mailed. */
  invitedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Whether the guest brings a companion. */
  plusOne: Scalars['Boolean']['output'];
  /** The companion's name, if given. */
  plusOneName: Scalars['String']['output'];
  /** When the guest moved up from the waiting list. */
  promotedAt?: Maybe<Scalars['DateTime']['output']>;
  /** How many seats the party takes (1 or 2). */
  seats: Scalars['Int']['output'];
  /** Where it stands. */
  status: InvitationStatus;
  /** Optimistic-locking version; send it back on changes. */
  version: Scalars['Int']['output'];
  /** The 1-based place on the waiting list; 0 when not waiting. */
  waitlistPosition: Scalars['Int']['output'];
  /** Whether the guest came without an invitation. */
  walkIn: Scalars['Boolean']['output'];
};

/** The changed invitation. */
export type InvitationPayload = {
  __typename?: 'InvitationPayload';
  /** The invitation after the change. */
  invitation: Invitation;
};

/** Where a guest's invitation stands. */
export type InvitationStatus =
  /** Comes (holds a seat, with the plus-one). */
  | 'ACCEPTED'
  /** Was there (checked in at the door). */
  | 'ATTENDED'
  /** Does not come. */
  | 'DECLINED'
  /** On the list, not yet sent. */
  | 'DRAFT'
  /** Sent; no answer yet. */
  | 'INVITED'
  /** Accepted but did not come. */
  | 'NO_SHOW'
  /** Wants to come; waits for a free seat. */
  | 'WAITLISTED';

/** Adds contacts to the guest list as drafts (ADMIN, COORDINATOR). */
export type InviteGuestsInput = {
  /** Contacts chosen one by one. */
  contactIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Every contact of this distribution list. */
  distributionListId?: InputMaybe<Scalars['ID']['input']>;
  /** The event. */
  eventId: Scalars['ID']['input'];
  /** The guests of this earlier event who accepted or came. */
  fromEventId?: InputMaybe<Scalars['ID']['input']>;
};

/** What inviting did. */
export type InviteGuestsPayload = {
  __typename?: 'InviteGuestsPayload';
  /** The new drafts. */
  added: Array<Invitation>;
  /** Contacts already on the list. */
  skipped: Array<SkippedGuest>;
};

/** Invites a person into a cooperation (ADMIN). */
export type InviteMemberInput = {
  /** The cooperation. */
  cooperationId: Scalars['ID']['input'];
  /** E-mail address; a user with this address is added, anyone else gets an invitation link. */
  email: Scalars['String']['input'];
  /** Language of the invitation mail for a new user. */
  locale?: InputMaybe<Locale>;
  /** Name of the person (ignored if they already have an account). */
  name: Scalars['String']['input'];
  /** The organisation the person represents here. */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  /** The role to give. */
  role: Role;
};

/** The new membership. */
export type InviteMemberPayload = {
  __typename?: 'InviteMemberPayload';
  /** The membership, active at once; a new user logs in after setting a password. */
  membership: Membership;
};

/** A juror of a cycle. */
export type Juror = {
  __typename?: 'Juror';
  /** E-mail (managers only; empty for others). */
  email: Scalars['String']['output'];
  /** Whether the juror is an outside juror (EXTERNAL member). */
  external: Scalars['Boolean']['output'];
  /** Opaque ID. */
  id: Scalars['ID']['output'];
  /** Whether this juror chairs the jury. */
  isChair: Scalars['Boolean']['output'];
  /** Name. */
  name: Scalars['String']['output'];
  /** When the juror submitted the ballot; shown to managers, the chair and the juror, null for others. Never what was scored. */
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The user. */
  userId: Scalars['ID']['output'];
};

/** One juror's part in a nomination's result. */
export type JurorBreakdown = {
  __typename?: 'JurorBreakdown';
  /** Whether the juror was conflicted (their scores do not count). */
  conflicted: Scalars['Boolean']['output'];
  /** The juror's name. */
  jurorName: Scalars['String']['output'];
  /** The juror's scores with comments. */
  scores: Array<Score>;
  /** The juror's weighted score. */
  weighted?: Maybe<Scalars['Float']['output']>;
};

/** The changed jury. */
export type JuryPayload = {
  __typename?: 'JuryPayload';
  /** The cycle with its jury. */
  awardCycle: AwardCycle;
};

/** A key figure [Kennzahl] of a goal, a workstream or an event series. */
export type Kpi = {
  __typename?: 'Kpi';
  /** The value at the start. */
  baseline: Scalars['Float']['output'];
  /** When the baseline was measured. */
  baselineOn?: Maybe<Scalars['Date']['output']>;
  /** Whether more is better. */
  direction: KpiDirection;
  /** Opaque ID. */
  id: Scalars['ID']['output'];
  /** The newest value. */
  latest?: Maybe<Measurement>;
  /** Dated values, oldest first. */
  measurements: Array<Measurement>;
  /** Its name. */
  name: Scalars['String']['output'];
  /** Share of the way from baseline (0) to target (1) covered by the newest value. */
  progress?: Maybe<Scalars['Float']['output']>;
  /** Where it stands. */
  state: KpiState;
  /** What it measures. */
  subject: KpiSubject;
  /** The value to reach. */
  target: Scalars['Float']['output'];
  /** By when. */
  targetOn?: Maybe<Scalars['Date']['output']>;
  /** The unit ("Unternehmen", "%", "ha"). */
  unit: Scalars['String']['output'];
  /** Optimistic-locking version. */
  version: Scalars['Int']['output'];
};

/** Whether more is better. */
export type KpiDirection =
  /** More is better. */
  | 'HIGHER_IS_BETTER'
  /** Less is better. */
  | 'LOWER_IS_BETTER';

/** The changed KPI. */
export type KpiPayload = {
  __typename?: 'KpiPayload';
  /** The KPI with its measurements. */
  kpi: Kpi;
};

/** Where a KPI stands. */
export type KpiState =
  /** The target is reached. */
  | 'ACHIEVED'
  /** Off target. */
  | 'BEHIND'
  /** Nothing measured yet. */
  | 'NO_DATA'
  /** On the way: at least where a straight line from baseline to target would be. */
  | 'ON_TRACK';

/** What a KPI measures. */
export type KpiSubject = {
  __typename?: 'KpiSubject';
  /** Its ID. */
  id: Scalars['ID']['output'];
  /** Its kind. */
  kind: KpiSubjectKind;
  /** Its title (with the code for a goal). */
  title: Scalars['String']['output'];
};

/** Names what a KPI measures. */
export type KpiSubjectInput = {
  /** Its ID. */
  id: Scalars['ID']['input'];
  /** Its kind. */
  kind: KpiSubjectKind;
};

/** What a KPI measures. */
export type KpiSubjectKind =
  /** An event series. */
  | 'EVENT_SERIES'
  /** A goal. */
  | 'GOAL'
  /** A workstream. */
  | 'WORKSTREAM';

/** The GDPR legal basis on which the contact's data is held (Art. 6 (1) GDPR). */
export type LegalBasis =
  /** Consent (a), given on `consentAt`. */
  | 'CONSENT'
  /** A contract (b). */
  | 'CONTRACT'
  /** Legitimate interest (f). */
  | 'LEGITIMATE_INTEREST'
  /** A task in the public interest (e). */
  | 'PUBLIC_TASK';

/**
 * A cooperation's imprint, privacy notice and accessibility statement: plain text, paragraphs
 * separated by a blank line, never HTML. Public: no login needed.
 */
export type LegalTexts = {
  __typename?: 'LegalTexts';
  /** The accessibility statement [Erklärung zur Barrierefreiheit]; empty when none was entered. */
  accessibility: Scalars['String']['output'];
  /** The cooperation. */
  cooperationId: Scalars['ID']['output'];
  /** The cooperation's name. */
  cooperationName: Scalars['String']['output'];
  /** The imprint [Impressum]; empty when none was entered. */
  imprint: Scalars['String']['output'];
  /** The privacy notice [Datenschutzerklärung, Art. 13 GDPR]; empty when none was entered. */
  privacy: Scalars['String']['output'];
  /** When the texts were last saved; null when never. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Optimistic-locking version (0 while never saved); send it back on update. */
  version: Scalars['Int']['output'];
};

/** Contacts to add to or remove from a list (at most 1000 at once). */
export type ListContactsInput = {
  /** Contacts of the list's cooperation. */
  contactIds: Array<Scalars['ID']['input']>;
  /** The list. */
  distributionListId: Scalars['ID']['input'];
};

/** The list after adding or removing contacts. */
export type ListContactsPayload = {
  __typename?: 'ListContactsPayload';
  /** The list with its new member count. */
  distributionList: DistributionList;
};

/** The language of the user interface and of the mails a user receives. */
export type Locale =
  /** German (the default). */
  | 'DE'
  /** English. */
  | 'EN';

/** E-mail and password. */
export type LoginInput = {
  /** Login e-mail address (case-insensitive). */
  email: Scalars['String']['input'];
  /** Password. */
  password: Scalars['String']['input'];
};

/** A fresh access token. The refresh token travels only in an HttpOnly cookie. */
export type LoginPayload = {
  __typename?: 'LoginPayload';
  /** A short-lived JWT; send it as `Authorization: Bearer <token>`. */
  accessToken: Scalars['String']['output'];
  /** When the access token expires; refresh before then with `refreshSession`. */
  expiresAt: Scalars['DateTime']['output'];
  /** The logged-in user. */
  user: User;
};

/** The result of logging out. */
export type LogoutPayload = {
  __typename?: 'LogoutPayload';
  /** True: the session is revoked and the refresh cookie cleared. */
  ok: Scalars['Boolean']['output'];
};

/** Whatever implements a goal: a workstream or an event series. */
export type Measure = {
  __typename?: 'Measure';
  /** How many goals it serves. */
  goalCount: Scalars['Int']['output'];
  /** The workstream's or the series' ID. */
  id: Scalars['ID']['output'];
  /** Its kind. */
  kind: MeasureKind;
  /** How many KPIs it has itself. */
  kpiCount: Scalars['Int']['output'];
  /** The partners involved (a workstream's leads; a series' lead partners and organisers). */
  partners: Array<Partner>;
  /** Its title. */
  title: Scalars['String']['output'];
  /** The workstream's status (null for an event series). */
  workstreamStatus?: Maybe<WorkstreamStatus>;
};

/** Names a measure. */
export type MeasureInput = {
  /** Its ID. */
  id: Scalars['ID']['input'];
  /** Its kind. */
  kind: MeasureKind;
};

/** What a measure [Maßnahme] is. */
export type MeasureKind =
  /** An event series. */
  | 'EVENT_SERIES'
  /** A joint workstream. */
  | 'WORKSTREAM';

/** A dated value of a KPI. */
export type Measurement = {
  __typename?: 'Measurement';
  /** Opaque ID. */
  id: Scalars['ID']['output'];
  /** The day it was measured. */
  measuredOn: Scalars['Date']['output'];
  /** A note (source, method). */
  note: Scalars['String']['output'];
  /** Who recorded it. */
  recordedByName: Scalars['String']['output'];
  /** The value. */
  value: Scalars['Float']['output'];
};

/** Filters for the member list. */
export type MemberFilter = {
  /** Only active (true) or deactivated (false) memberships. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches name or e-mail (case-insensitive substring). */
  query?: InputMaybe<Scalars['String']['input']>;
  /** Only this role. */
  role?: InputMaybe<Role>;
};

/** A user's membership in a cooperation. */
export type Membership = {
  __typename?: 'Membership';
  /** False once an admin deactivated the membership: the user no longer sees this cooperation. */
  active: Scalars['Boolean']['output'];
  /** The cooperation. */
  cooperation: Cooperation;
  /** When the membership was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Opaque ID. */
  id: Scalars['ID']['output'];
  /**
   * When the newest unused invitation link of a member without a password expires; null when the
   * member has a password or no link was sent. A past value means the invitation must be resent.
   */
  invitationExpiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** The organisation the member represents in this cooperation, if any. */
  organisation?: Maybe<Organisation>;
  /** The member's role in this cooperation. */
  role: Role;
  /** The member. */
  user: User;
  /** Optimistic-locking version; send it back on update. */
  version: Scalars['Int']['output'];
};

/** A page of memberships. */
export type MembershipList = {
  __typename?: 'MembershipList';
  /** The memberships on this page. */
  items: Array<Membership>;
  /** How many match in all. */
  totalCount: Scalars['Int']['output'];
};

/** A dated step of a workstream. */
export type Milestone = {
  __typename?: 'Milestone';
  /** When it was reached. */
  doneOn?: Maybe<Scalars['Date']['output']>;
  /** When it is due (within the workstream's dates). */
  dueOn: Scalars['Date']['output'];
  /** Opaque ID. */
  id: Scalars['ID']['output'];
  /** Not done and due before today. */
  overdue: Scalars['Boolean']['output'];
  /** What is reached. */
  title: Scalars['String']['output'];
  /** Optimistic-locking version. */
  version: Scalars['Int']['output'];
  /** The workstream. */
  workstreamId: Scalars['ID']['output'];
};

/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Writes a comment. */
  addComment: AddCommentPayload;
  /** Adds contacts to a list. */
  addContactsToList: ListContactsPayload;
  /** Adds a criterion. */
  addCriterion: AddCriterionPayload;
  /** Links a measure to a commitment. */
  addFulfilment: AgreementPayload;
  /** Adds a juror. */
  addJuror: JuryPayload;
  /** Makes an organisation a partner (ADMIN). */
  addPartner: AddPartnerPayload;
  /** Writes a status report. */
  addStatusReport: WorkstreamPayload;
  /** Adds a walk-in. */
  addWalkIn: InvitationPayload;
  /** The guest answers through their link (no login). */
  answerRsvp: RsvpPayload;
  /** Approves the criteria for the viewer's partner. */
  approveCriteria: ApproveCriteriaPayload;
  /** Moves a cycle to another phase. */
  changeAwardPhase: ChangeAwardPhasePayload;
  /** Moves an event along IDEA → PLANNING → CONFIRMED → INVITATIONS_SENT → HELD → DOCUMENTED, or to CANCELLED. */
  changeEventStatus: ChangeEventStatusPayload;
  /** Checks a guest in (or undoes it). */
  checkIn: InvitationPayload;
  /** Closes the vote and locks the result. */
  closeAwardVoting: CloseAwardVotingPayload;
  /** Drafts an agreement. */
  createAgreement: AgreementPayload;
  /** Adds a yearly cycle. */
  createAwardCycle: CreateAwardCyclePayload;
  /** Creates an award programme. */
  createAwardProgramme: CreateAwardProgrammePayload;
  /** Adds a line to an event's budget. */
  createBudgetLine: CreateBudgetLinePayload;
  /** Adds a commitment. */
  createCommitment: AgreementPayload;
  /** Creates a contact. */
  createContact: CreateContactPayload;
  /** Creates a cooperation with its partners and first admin (system admins only). */
  createCooperation: CreateCooperationPayload;
  /** Creates a distribution list. */
  createDistributionList: CreateDistributionListPayload;
  /** Creates an event with the tasks of its series' checklist. */
  createEvent: CreateEventPayload;
  /** Creates an event series. */
  createEventSeries: CreateEventSeriesPayload;
  /** Adds a goal. */
  createGoal: GoalPayload;
  /** Adds a KPI. */
  createKpi: KpiPayload;
  /** Adds a milestone. */
  createMilestone: WorkstreamPayload;
  /** Enters a nomination. */
  createNomination: NominationPayload;
  /** Creates an organisation (COORDINATOR or ADMIN). */
  createOrganisation: CreateOrganisationPayload;
  /** Records a sponsorship of an event. */
  createSponsorship: CreateSponsorshipPayload;
  /** Drafts a successor. */
  createSuccessorAgreement: AgreementPayload;
  /** Creates a task. */
  createTask: CreateTaskPayload;
  /** Creates a workstream. */
  createWorkstream: WorkstreamPayload;
  /** Decides eligibility. */
  decideEligibility: NominationPayload;
  /** Declares the reader's conflict of interest. */
  declareConflict: ConflictPayload;
  /** Deletes a draft agreement. */
  deleteAgreement: DeleteAgreementPayload;
  /** Deletes a file. */
  deleteAttachment: DeleteAttachmentPayload;
  /** Deletes a budget line. */
  deleteBudgetLine: DeleteBudgetLinePayload;
  /** Ends the calendar feed; its address stops working. */
  deleteCalendarFeed: DeleteCalendarFeedPayload;
  /** Deletes a comment. */
  deleteComment: DeleteCommentPayload;
  /** Removes a commitment. */
  deleteCommitment: AgreementPayload;
  /** Deletes a contact. */
  deleteContact: DeleteContactPayload;
  /** Deletes a criterion. */
  deleteCriterion: DeleteCriterionPayload;
  /** Deletes a distribution list; its contacts stay. */
  deleteDistributionList: DeleteDistributionListPayload;
  /**
   * Deletes an event with its tasks, budget, comments, files and draft guests (ADMIN,
   * COORDINATOR); refused once invitations went out or the event was held — cancel it instead.
   */
  deleteEvent: DeleteEventPayload;
  /** Deletes a series that has no events (ADMIN, COORDINATOR). */
  deleteEventSeries: DeleteEventSeriesPayload;
  /** Deletes a goal. */
  deleteGoal: DeleteGoalPayload;
  /** Removes a one-off holiday (system administrators). */
  deleteHolidayOverride: DeleteHolidayOverridePayload;
  /** Removes a draft. */
  deleteInvitation: DeleteInvitationPayload;
  /** Deletes a KPI. */
  deleteKpi: DeleteKpiPayload;
  /** Deletes a measurement. */
  deleteMeasurement: KpiPayload;
  /** Deletes a milestone. */
  deleteMilestone: WorkstreamPayload;
  /** Withdraws a nomination. */
  deleteNomination: DeleteNominationPayload;
  /** Deletes a sponsorship. */
  deleteSponsorship: DeleteSponsorshipPayload;
  /** Deletes a task. */
  deleteTask: DeleteTaskPayload;
  /** Deletes a workstream. */
  deleteWorkstream: DeleteWorkstreamPayload;
  /** Changes one's own comment. */
  editComment: EditCommentPayload;
  /** Imports contacts from a CSV file; see ImportContactsInput.importValidRows. */
  importContacts: ImportContactsPayload;
  /** Adds contacts to the guest list as drafts. */
  inviteGuests: InviteGuestsPayload;
  /** Invites a person into the cooperation (ADMIN). */
  inviteMember: InviteMemberPayload;
  /** Links a measure to a goal. */
  linkGoalMeasure: GoalPayload;
  /** Logs in; sets the refresh cookie. Throttled after repeated failures. */
  login: LoginPayload;
  /** Revokes the current session at once and clears the refresh cookie. */
  logout: LogoutPayload;
  /** The guest asks for no more invitations (no login). */
  optOut: RsvpPayload;
  /** Records an answer on a guest's behalf. */
  recordAnswer: InvitationPayload;
  /** Records the chair's casting vote. */
  recordCastingVote: CloseAwardVotingPayload;
  /** Records a measurement. */
  recordMeasurement: KpiPayload;
  /** Reads and rotates the refresh cookie and returns a new access token. */
  refreshSession: LoginPayload;
  /** Removes a conflict of interest (the chair). */
  removeConflict: ConflictPayload;
  /** Removes contacts from a list. */
  removeContactsFromList: ListContactsPayload;
  /** Removes a link. */
  removeFulfilment: AgreementPayload;
  /** Removes a juror. */
  removeJuror: JuryPayload;
  /** Ends a partnership (ADMIN). */
  removePartner: RemovePartnerPayload;
  /** Reorders the criteria. */
  reorderCriteria: ReorderCriteriaPayload;
  /** Sends a one-time reset link if the address has an active account; always answers ok. */
  requestPasswordReset: RequestPasswordResetPayload;
  /** Sends a fresh invitation link (ADMIN). */
  resendInvitation: ResendInvitationPayload;
  /** Creates the calendar feed or gives it a new address; the old address stops working. */
  rotateCalendarFeed: RotateCalendarFeedPayload;
  /** Saves scores of the reader's ballot. */
  saveScores: BallotPayload;
  /** Mails the drafts. */
  sendInvitations: SendInvitationsPayload;
  /** Sets a juror's conflict of interest (the chair). */
  setConflict: ConflictPayload;
  /** Adds or changes a one-off holiday (system administrators). */
  setHolidayOverride: SetHolidayOverridePayload;
  /** Makes a juror the chair. */
  setJuryChair: JuryPayload;
  /** Deactivates or reactivates a membership (ADMIN). */
  setMemberActive: SetMemberActivePayload;
  /** Sets the password from a one-time link, revokes the user's other sessions and logs in. */
  setPassword: LoginPayload;
  /** Deactivates or reactivates a user everywhere (system admins only). */
  setUserActive: SetUserActivePayload;
  /** Records the signature. */
  signAgreement: AgreementPayload;
  /** Submits the reader's ballot. */
  submitBallot: BallotPayload;
  /** Sends a nomination through the public page (no login; rate-limited). */
  submitPublicNomination: PublicNominationPayload;
  /** Unlinks a measure from a goal. */
  unlinkGoalMeasure: GoalPayload;
  /** Changes a draft agreement. */
  updateAgreement: AgreementPayload;
  /** Edits a cycle's setup. */
  updateAwardCycle: UpdateAwardCyclePayload;
  /** Edits an award programme. */
  updateAwardProgramme: UpdateAwardProgrammePayload;
  /** Changes a budget line and its shares. */
  updateBudgetLine: UpdateBudgetLinePayload;
  /** Changes a commitment. */
  updateCommitment: AgreementPayload;
  /** Changes a contact. */
  updateContact: UpdateContactPayload;
  /** Changes a cooperation's name or description (ADMIN). */
  updateCooperation: UpdateCooperationPayload;
  /** Edits a criterion. */
  updateCriterion: UpdateCriterionPayload;
  /** Renames a distribution list or changes its description. */
  updateDistributionList: UpdateDistributionListPayload;
  /** Changes an event. */
  updateEvent: UpdateEventPayload;
  /** Changes an event series. */
  updateEventSeries: UpdateEventSeriesPayload;
  /** Changes or moves a goal. */
  updateGoal: GoalPayload;
  /** Changes a KPI. */
  updateKpi: KpiPayload;
  /** Saves the legal texts. */
  updateLegalTexts: UpdateLegalTextsPayload;
  /** Changes the logged-in user's name or language. */
  updateMe: UpdateMePayload;
  /** Changes a member's role (ADMIN); takes effect on the member's next request. */
  updateMemberRole: UpdateMemberRolePayload;
  /** Changes a milestone. */
  updateMilestone: WorkstreamPayload;
  /** Changes the mission statement. */
  updateMissionStatement: StrategyPayload;
  /** Edits a nomination. */
  updateNomination: NominationPayload;
  /** Changes an organisation (COORDINATOR or ADMIN). */
  updateOrganisation: UpdateOrganisationPayload;
  /** Changes the logged-in user's reminder settings. */
  updateReminderSettings: UpdateReminderSettingsPayload;
  /** Changes a sponsorship. */
  updateSponsorship: UpdateSponsorshipPayload;
  /** Changes a task, takes it or marks it done. */
  updateTask: UpdateTaskPayload;
  /** Changes a workstream. */
  updateWorkstream: WorkstreamPayload;
  /** Uploads a file (multipart request). */
  uploadAttachment: UploadAttachmentPayload;
  /** Withdraws the viewer's partner's approval. */
  withdrawCriteriaApproval: WithdrawCriteriaApprovalPayload;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationAddCommentArgs = {
  input: AddCommentInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationAddContactsToListArgs = {
  input: ListContactsInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationAddCriterionArgs = {
  input: AddCriterionInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationAddFulfilmentArgs = {
  input: AddFulfilmentInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationAddJurorArgs = {
  input: AddJurorInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationAddPartnerArgs = {
  input: AddPartnerInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationAddStatusReportArgs = {
  input: AddStatusReportInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationAddWalkInArgs = {
  input: AddWalkInInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationAnswerRsvpArgs = {
  input: RsvpAnswerInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationApproveCriteriaArgs = {
  input: ApproveCriteriaInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationChangeAwardPhaseArgs = {
  input: ChangeAwardPhaseInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationChangeEventStatusArgs = {
  input: ChangeEventStatusInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationCheckInArgs = {
  input: CheckInInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationCloseAwardVotingArgs = {
  input: CloseAwardVotingInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationCreateAgreementArgs = {
  input: CreateAgreementInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationCreateAwardCycleArgs = {
  input: CreateAwardCycleInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationCreateAwardProgrammeArgs = {
  input: CreateAwardProgrammeInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationCreateBudgetLineArgs = {
  input: CreateBudgetLineInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationCreateCommitmentArgs = {
  input: CreateCommitmentInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationCreateContactArgs = {
  input: CreateContactInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationCreateCooperationArgs = {
  input: CreateCooperationInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationCreateDistributionListArgs = {
  input: CreateDistributionListInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationCreateEventArgs = {
  input: CreateEventInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationCreateEventSeriesArgs = {
  input: CreateEventSeriesInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationCreateGoalArgs = {
  input: CreateGoalInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationCreateKpiArgs = {
  input: CreateKpiInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationCreateMilestoneArgs = {
  input: CreateMilestoneInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationCreateNominationArgs = {
  input: CreateNominationInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationCreateOrganisationArgs = {
  input: CreateOrganisationInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationCreateSponsorshipArgs = {
  input: CreateSponsorshipInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationCreateSuccessorAgreementArgs = {
  input: CreateSuccessorAgreementInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationCreateTaskArgs = {
  input: CreateTaskInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationCreateWorkstreamArgs = {
  input: CreateWorkstreamInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationDecideEligibilityArgs = {
  input: DecideEligibilityInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationDeclareConflictArgs = {
  input: DeclareConflictInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationDeleteAgreementArgs = {
  input: DeleteAgreementInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationDeleteAttachmentArgs = {
  input: DeleteAttachmentInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationDeleteBudgetLineArgs = {
  input: DeleteBudgetLineInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationDeleteCalendarFeedArgs = {
  input: DeleteCalendarFeedInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationDeleteCommentArgs = {
  input: DeleteCommentInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationDeleteCommitmentArgs = {
  input: DeleteCommitmentInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationDeleteContactArgs = {
  input: DeleteContactInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationDeleteCriterionArgs = {
  input: DeleteCriterionInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationDeleteDistributionListArgs = {
  input: DeleteDistributionListInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationDeleteEventArgs = {
  input: DeleteEventInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationDeleteEventSeriesArgs = {
  input: DeleteEventSeriesInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationDeleteGoalArgs = {
  input: DeleteGoalInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationDeleteHolidayOverrideArgs = {
  input: DeleteHolidayOverrideInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationDeleteInvitationArgs = {
  input: DeleteInvitationInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationDeleteKpiArgs = {
  input: DeleteKpiInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationDeleteMeasurementArgs = {
  id: Scalars['ID']['input'];
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationDeleteMilestoneArgs = {
  input: DeleteMilestoneInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationDeleteNominationArgs = {
  input: DeleteNominationInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationDeleteSponsorshipArgs = {
  input: DeleteSponsorshipInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationDeleteTaskArgs = {
  input: DeleteTaskInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationDeleteWorkstreamArgs = {
  input: DeleteWorkstreamInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationEditCommentArgs = {
  input: EditCommentInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationImportContactsArgs = {
  input: ImportContactsInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationInviteGuestsArgs = {
  input: InviteGuestsInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationInviteMemberArgs = {
  input: InviteMemberInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationLinkGoalMeasureArgs = {
  input: GoalMeasureInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationLoginArgs = {
  input: LoginInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationOptOutArgs = {
  input: OptOutInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationRecordAnswerArgs = {
  input: RecordAnswerInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationRecordCastingVoteArgs = {
  input: RecordCastingVoteInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationRecordMeasurementArgs = {
  input: RecordMeasurementInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationRemoveConflictArgs = {
  input: RemoveConflictInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationRemoveContactsFromListArgs = {
  input: ListContactsInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationRemoveFulfilmentArgs = {
  id: Scalars['ID']['input'];
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationRemoveJurorArgs = {
  input: RemoveJurorInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationRemovePartnerArgs = {
  input: RemovePartnerInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationReorderCriteriaArgs = {
  input: ReorderCriteriaInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationRequestPasswordResetArgs = {
  input: RequestPasswordResetInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationResendInvitationArgs = {
  input: ResendInvitationInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationRotateCalendarFeedArgs = {
  input: RotateCalendarFeedInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationSaveScoresArgs = {
  input: SaveScoresInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationSendInvitationsArgs = {
  input: SendInvitationsInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationSetConflictArgs = {
  input: SetConflictInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationSetHolidayOverrideArgs = {
  input: SetHolidayOverrideInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationSetJuryChairArgs = {
  input: SetJuryChairInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationSetMemberActiveArgs = {
  input: SetMemberActiveInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationSetPasswordArgs = {
  input: SetPasswordInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationSetUserActiveArgs = {
  input: SetUserActiveInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationSignAgreementArgs = {
  input: SignAgreementInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationSubmitBallotArgs = {
  input: SubmitBallotInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationSubmitPublicNominationArgs = {
  input: PublicNominationInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationUnlinkGoalMeasureArgs = {
  input: GoalMeasureInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationUpdateAgreementArgs = {
  input: UpdateAgreementInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationUpdateAwardCycleArgs = {
  input: UpdateAwardCycleInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationUpdateAwardProgrammeArgs = {
  input: UpdateAwardProgrammeInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationUpdateBudgetLineArgs = {
  input: UpdateBudgetLineInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationUpdateCommitmentArgs = {
  input: UpdateCommitmentInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationUpdateContactArgs = {
  input: UpdateContactInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationUpdateCooperationArgs = {
  input: UpdateCooperationInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationUpdateCriterionArgs = {
  input: UpdateCriterionInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationUpdateDistributionListArgs = {
  input: UpdateDistributionListInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationUpdateEventArgs = {
  input: UpdateEventInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationUpdateEventSeriesArgs = {
  input: UpdateEventSeriesInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationUpdateGoalArgs = {
  input: UpdateGoalInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationUpdateKpiArgs = {
  input: UpdateKpiInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationUpdateLegalTextsArgs = {
  input: UpdateLegalTextsInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationUpdateMeArgs = {
  input: UpdateMeInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationUpdateMemberRoleArgs = {
  input: UpdateMemberRoleInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationUpdateMilestoneArgs = {
  input: UpdateMilestoneInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationUpdateMissionStatementArgs = {
  input: UpdateMissionStatementInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationUpdateNominationArgs = {
  input: UpdateNominationInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationUpdateOrganisationArgs = {
  input: UpdateOrganisationInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationUpdateReminderSettingsArgs = {
  input: UpdateReminderSettingsInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationUpdateSponsorshipArgs = {
  input: UpdateSponsorshipInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationUpdateTaskArgs = {
  input: UpdateTaskInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationUpdateWorkstreamArgs = {
  input: UpdateWorkstreamInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationUploadAttachmentArgs = {
  input: UploadAttachmentInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationWithdrawCriteriaApprovalArgs = {
  input: WithdrawCriteriaApprovalInput;
};

/** A partner to create together with a new cooperation. */
export type NewPartnerInput = {
  /** Kind of body. */
  kind: OrganisationKind;
  /** Full name. */
  name: Scalars['String']['input'];
  /** Short name. */
  shortName?: InputMaybe<Scalars['String']['input']>;
};

/** A company nominated in a cycle and category. */
export type Nomination = {
  __typename?: 'Nomination';
  /** The attached documents. */
  attachments: Array<Attachment>;
  /** Whether the reader may edit it, decide eligibility and attach files. */
  canManage: Scalars['Boolean']['output'];
  /** The category. */
  category: Scalars['String']['output'];
  /** The company's address, one line ("Musterstraße 1, 10315 Berlin"). */
  companyAddress: Scalars['String']['output'];
  /** The company's name. */
  companyName: Scalars['String']['output'];
  /** All conflicts declared on it (managers and the chair; empty for others). */
  conflicts: Array<Conflict>;
  /** When it was entered. */
  createdAt: Scalars['DateTime']['output'];
  /** The cycle. */
  cycleId: Scalars['ID']['output'];
  /** The eligibility decision. */
  eligibility: Eligibility;
  /** When. */
  eligibilityDecidedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who decided. */
  eligibilityDecidedByName?: Maybe<Scalars['String']['output']>;
  /** Facts for the eligibility review, e.g. "Sitz außerhalb des Bezirks (PLZ 10115)" or "Preisträger 2025" (managers only; empty for others). */
  eligibilityHints: Array<Scalars['String']['output']>;
  /** The recorded reason of the decision (empty while pending). */
  eligibilityReason: Scalars['String']['output'];
  /** Opaque ID. */
  id: Scalars['ID']['output'];
  /** Why the company deserves the award. */
  justification: Scalars['String']['output'];
  /** The reader's own conflict of interest with this nomination, if the reader is a juror and has one. */
  myConflict?: Maybe<Conflict>;
  /** The nominator contact's ID, for the same readers. */
  nominatorContactId?: Maybe<Scalars['ID']['output']>;
  /** The nominator's name; null for readers who may not see contacts (jurors from outside) or when erased. */
  nominatorName?: Maybe<Scalars['String']['output']>;
  /** The nominated company (an organisation of the cooperation). */
  organisationId: Scalars['ID']['output'];
  /** Where it came from. */
  source: NominationSource;
  /** Optimistic-locking version. */
  version: Scalars['Int']['output'];
};

/** The new nomination. */
export type NominationPayload = {
  __typename?: 'NominationPayload';
  /** The nomination. */
  nomination: Nomination;
};

/** Where a nomination came from. */
export type NominationSource =
  /** Sent through the public nomination page. */
  | 'PUBLIC'
  /** Entered by staff. */
  | 'STAFF';

/** The nominator as written on the public form or by staff. */
export type NominatorInput = {
  /** E-mail. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** First name. */
  firstName?: InputMaybe<Scalars['String']['input']>;
  /** Last name. */
  lastName: Scalars['String']['input'];
  /** Organisation the nominator belongs to, free text. */
  organisation?: InputMaybe<Scalars['String']['input']>;
  /** Phone. */
  phone?: InputMaybe<Scalars['String']['input']>;
};

/** Stops further invitation mails to the link's guest. */
export type OptOutInput = {
  /** The token of the link. */
  token: Scalars['String']['input'];
};

/** A body koop knows: a partner, a sponsor, a nominee, a guest's employer. */
export type Organisation = {
  __typename?: 'Organisation';
  /** City. */
  city: Scalars['String']['output'];
  /** Opaque ID. */
  id: Scalars['ID']['output'];
  /** Whether this organisation is a partner of its cooperation. */
  isPartner: Scalars['Boolean']['output'];
  /** The kind of body. */
  kind: OrganisationKind;
  /** Full name, e.g. "Bezirksamt Lichtenberg". */
  name: Scalars['String']['output'];
  /** Postal code. */
  postalCode: Scalars['String']['output'];
  /** Short name used in tight places, e.g. "WKHL". */
  shortName: Scalars['String']['output'];
  /** Street and number. */
  street: Scalars['String']['output'];
  /** Optimistic-locking version; send it back on update. */
  version: Scalars['Int']['output'];
  /** Web site. */
  website: Scalars['String']['output'];
};

/** Filters for the organisation list. */
export type OrganisationFilter = {
  /** Only this kind. */
  kind?: InputMaybe<OrganisationKind>;
  /** Matches name or short name (case-insensitive substring). */
  query?: InputMaybe<Scalars['String']['input']>;
};

/** What kind of body an organisation is. */
export type OrganisationKind =
  /** An association: Wirtschaftskreis, chamber, regional association. */
  | 'ASSOCIATION'
  /** A public authority: Bezirksamt, Landkreis, municipality. */
  | 'AUTHORITY'
  /** A company. */
  | 'COMPANY'
  /** Anything else. */
  | 'OTHER';

/** A page of organisations. */
export type OrganisationList = {
  __typename?: 'OrganisationList';
  /** The organisations on this page. */
  items: Array<Organisation>;
  /** How many match in all. */
  totalCount: Scalars['Int']['output'];
};

/** An organisation that is party to the cooperation's agreement. */
export type Partner = {
  __typename?: 'Partner';
  /** Opaque ID of the partnership. */
  id: Scalars['ID']['output'];
  /** The partner organisation. */
  organisation: Organisation;
  /** Order in which partners are listed. */
  position: Scalars['Int']['output'];
};

/** One partner's share of a year's work. */
export type PartnerBalance = {
  __typename?: 'PartnerBalance';
  /** The partner's actual share of the year's event budgets, in cents. */
  actualCents: Scalars['Int']['output'];
  /** Guests from the partner's organisation who attended the year's events. */
  attendees: Scalars['Int']['output'];
  /** Events of the year led by another partner with an organiser from this one. */
  eventsCoOrganised: Scalars['Int']['output'];
  /** Events of the year (not cancelled) the partner leads. */
  eventsLed: Scalars['Int']['output'];
  /** The partner. */
  partner: Partner;
  /** The partner's planned share of the year's event budgets, in cents. */
  plannedCents: Scalars['Int']['output'];
  /** Workstreams running in the year with a lead from this partner. */
  workstreamsLed: Scalars['Int']['output'];
};

/** What a valid set-password or reset link belongs to. */
export type PasswordTokenInfo = {
  __typename?: 'PasswordTokenInfo';
  /** The address the link was sent to. */
  email: Scalars['String']['output'];
  /** When the link stops working. */
  expiresAt: Scalars['DateTime']['output'];
  /** The user's name. */
  name: Scalars['String']['output'];
  /** Whether this is a first password (invitation) or a reset. */
  purpose: PasswordTokenPurpose;
};

/** Why a set-password link was sent. */
export type PasswordTokenPurpose =
  /** An admin invited the user; they set their first password. */
  | 'INVITATION'
  /** The user asked to reset a forgotten password. */
  | 'RESET';

/** An event as typed into a form, to be checked before saving. */
export type PlanningCheckInput = {
  /** The cooperation. */
  cooperationId: Scalars['ID']['input'];
  /** End. */
  endsAt: Scalars['DateTime']['input'];
  /** The event being edited (left out of the comparison); omitted for a new one. */
  eventId?: InputMaybe<Scalars['ID']['input']>;
  /** Start. */
  startsAt: Scalars['DateTime']['input'];
  /** Venue. */
  venue?: InputMaybe<Scalars['String']['input']>;
};

/** A hint for planners; it never prevents saving. */
export type PlanningWarning = {
  __typename?: 'PlanningWarning';
  /** The Berlin day concerned. */
  date: Scalars['Date']['output'];
  /** The holiday's name (PUBLIC_HOLIDAY). */
  holidayName?: Maybe<Scalars['String']['output']>;
  /** What it is about. */
  kind: PlanningWarningKind;
  /** The warning in German. */
  message: Scalars['String']['output'];
  /** The other event (SAME_DAY, VENUE_BOOKED). */
  otherEvent?: Maybe<EventSummary>;
};

/** What a planning warning is about. */
export type PlanningWarningKind =
  /** The day is a public holiday in Berlin. */
  | 'PUBLIC_HOLIDAY'
  /** Another event of the cooperation takes place on the same day. */
  | 'SAME_DAY'
  /** The venue is already used by another event at an overlapping time. */
  | 'VENUE_BOOKED';

/** A CSV file to check before importing it. */
export type PreviewContactImportInput = {
  /**
   * The file, base64-encoded: at most 640 KB and 5000 rows; separated by ";", "," or tabs; UTF-8
   * with or without BOM, Windows-1252 or UTF-16. The first line names the columns (German or
   * English: Anrede, Titel, Vorname, Nachname, Funktion, Organisation/Firma, E-Mail, Telefon,
   * Straße, PLZ, Ort, Rechtsgrundlage, Einwilligung am, Notiz); "Nachname" is required.
   */
  content: Scalars['String']['input'];
  /** The cooperation. */
  cooperationId: Scalars['ID']['input'];
  /** The file's name, for the report. */
  fileName: Scalars['String']['input'];
};

/** How urgent a goal or a workstream is. */
export type Priority =
  /** High. */
  | 'HIGH'
  /** Low. */
  | 'LOW'
  /** Medium. */
  | 'MEDIUM';

/** A statutory public holiday in Berlin. */
export type PublicHoliday = {
  __typename?: 'PublicHoliday';
  /** The day. */
  date: Scalars['Date']['output'];
  /** Its German name. */
  name: Scalars['String']['output'];
};

/** The public nomination form of a cycle (no login). */
export type PublicNominationForm = {
  __typename?: 'PublicNominationForm';
  /** The categories. */
  categories: Array<Scalars['String']['output']>;
  /** The deadline. */
  closesAt: Scalars['DateTime']['output'];
  /** The cooperation (for the legal texts). */
  cooperationId: Scalars['ID']['output'];
  /** The cycle. */
  cycleId: Scalars['ID']['output'];
  /** Whether nominations are accepted now. */
  open: Scalars['Boolean']['output'];
  /** The programme's name. */
  programmeName: Scalars['String']['output'];
  /** The cycle's title. */
  title: Scalars['String']['output'];
};

/** A nomination sent through the public page. */
export type PublicNominationInput = {
  /** The category. */
  category: Scalars['String']['input'];
  /** The company. */
  company: CompanyInput;
  /** Consent to store the nominator's data for the award. */
  consent: Scalars['Boolean']['input'];
  /** The cycle. */
  cycleId: Scalars['ID']['input'];
  /** Documents (up to 3, PDF or office files, 10 MB each). */
  files?: InputMaybe<Array<Scalars['Upload']['input']>>;
  /** Must stay empty: a field people cannot see, which bots fill in. */
  homepage?: InputMaybe<Scalars['String']['input']>;
  /** Why. */
  justification: Scalars['String']['input'];
  /** The nominator. */
  nominator: NominatorInput;
};

/** The answer to a public nomination. */
export type PublicNominationPayload = {
  __typename?: 'PublicNominationPayload';
  /** A short reference the nominator can quote. */
  reference: Scalars['String']['output'];
};

/** The root of all reads. */
export type Query = {
  __typename?: 'Query';
  /** One agreement. */
  agreement: Agreement;
  /** A cooperation's agreements, newest first (not for EXTERNAL members). */
  agreements: Array<Agreement>;
  /** The files of a subject, newest first (whoever may read the subject). */
  attachments: Array<Attachment>;
  /** The audit trail of a cooperation (ADMIN), newest first. */
  auditEntries: AuditEntryList;
  /** One award cycle with its criteria and approvals. */
  awardCycle: AwardCycle;
  /** A cooperation's award programmes with their cycles; an EXTERNAL member gets only the cycles they judge. */
  awardProgrammes: Array<AwardProgramme>;
  /** A cooperation's budget totals of one year per partner and per event (not for EXTERNAL members). */
  budgetSummary: BudgetSummary;
  /** The cooperation's calendar feed, or null when it has none (whoever may read its events). */
  calendarFeed?: Maybe<CalendarFeed>;
  /** The comments on a subject, oldest first (whoever may read the subject). */
  comments: Array<Comment>;
  /** One contact. */
  contact: Contact;
  /** The contacts of a cooperation by name (not for EXTERNAL members; VIEWER without details). */
  contacts: ContactList;
  /** One cooperation; NOT_FOUND when it does not exist or the user may not see it. */
  cooperation: Cooperation;
  /** The cooperations the logged-in user belongs to (a system admin sees all). */
  cooperations: Array<Cooperation>;
  /** Coverage gaps and the partner balance of a year (the current year by default). */
  coverage: Coverage;
  /** One distribution list. */
  distributionList: DistributionList;
  /** The distribution lists of a cooperation by name, with member counts. */
  distributionLists: Array<DistributionList>;
  /** One event. */
  event: Event;
  /** The event series of a cooperation, by name (not for EXTERNAL members). */
  eventSeries: Array<EventSeries>;
  /** One series. */
  eventSeriesById: EventSeries;
  /** The events of a cooperation (not for EXTERNAL members). */
  events: EventList;
  /** An event's guest list (whoever may read events). */
  guests: GuestList;
  /** The corrections of the holiday calendar (any logged-in user). */
  holidayOverrides: Array<HolidayOverride>;
  /** One KPI with its measurements. */
  kpi: Kpi;
  /** A cooperation's legal texts, for its public pages: anyone may read them, without a login. */
  legalTexts: LegalTexts;
  /** The logged-in user, or null when the request carries no valid access token. */
  me?: Maybe<User>;
  /** The members of a cooperation (ADMIN, COORDINATOR, MEMBER, VIEWER). */
  members: MembershipList;
  /** The logged-in user's reminder settings. */
  myReminderSettings: ReminderSettings;
  /** The logged-in user's tasks across all their cooperations, soonest due first. */
  myTasks: TaskList;
  /** One nomination. */
  nomination: Nomination;
  /** The organisations of a cooperation (not for EXTERNAL members). */
  organisations: OrganisationList;
  /**
   * What a set-password link is for, so the page can greet the user. NOT_FOUND when the token is
   * unknown, used or expired.
   */
  passwordToken: PasswordTokenInfo;
  /** Warnings for an event as typed into a form (any role that sees events). */
  planningWarnings: Array<PlanningWarning>;
  /**
   * Reads a CSV file (base64) and reports row by row what an import would do; writes nothing
   * (ADMIN, COORDINATOR, MEMBER). A file that cannot be read as a whole is INVALID on `content`.
   */
  previewContactImport: ContactImportReport;
  /** Berlin's public holidays from one day to another (at most ten years; any logged-in user). */
  publicHolidays: Array<PublicHoliday>;
  /** The public nomination form of a cycle (no login). */
  publicNominationForm: PublicNominationForm;
  /** The RSVP page of a personal link; no login. A wrong token is NOT_FOUND with a German message. */
  rsvp: Rsvp;
  /** The mission statement and goal tree (not for EXTERNAL members). */
  strategy: Strategy;
  /** One workstream. */
  workstream: Workstream;
  /** The workstream board (not for EXTERNAL members). */
  workstreams: Array<Workstream>;
};


/** The root of all reads. */
export type QueryAgreementArgs = {
  id: Scalars['ID']['input'];
};


/** The root of all reads. */
export type QueryAgreementsArgs = {
  cooperationId: Scalars['ID']['input'];
};


/** The root of all reads. */
export type QueryAttachmentsArgs = {
  subject: SubjectInput;
};


/** The root of all reads. */
export type QueryAuditEntriesArgs = {
  cooperationId: Scalars['ID']['input'];
  filter?: InputMaybe<AuditFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


/** The root of all reads. */
export type QueryAwardCycleArgs = {
  id: Scalars['ID']['input'];
};


/** The root of all reads. */
export type QueryAwardProgrammesArgs = {
  cooperationId: Scalars['ID']['input'];
};


/** The root of all reads. */
export type QueryBudgetSummaryArgs = {
  cooperationId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};


/** The root of all reads. */
export type QueryCalendarFeedArgs = {
  cooperationId: Scalars['ID']['input'];
};


/** The root of all reads. */
export type QueryCommentsArgs = {
  subject: SubjectInput;
};


/** The root of all reads. */
export type QueryContactArgs = {
  id: Scalars['ID']['input'];
};


/** The root of all reads. */
export type QueryContactsArgs = {
  cooperationId: Scalars['ID']['input'];
  filter?: InputMaybe<ContactFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


/** The root of all reads. */
export type QueryCooperationArgs = {
  id: Scalars['ID']['input'];
};


/** The root of all reads. */
export type QueryCoverageArgs = {
  cooperationId: Scalars['ID']['input'];
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** The root of all reads. */
export type QueryDistributionListArgs = {
  id: Scalars['ID']['input'];
};


/** The root of all reads. */
export type QueryDistributionListsArgs = {
  cooperationId: Scalars['ID']['input'];
};


/** The root of all reads. */
export type QueryEventArgs = {
  id: Scalars['ID']['input'];
};


/** The root of all reads. */
export type QueryEventSeriesArgs = {
  cooperationId: Scalars['ID']['input'];
};


/** The root of all reads. */
export type QueryEventSeriesByIdArgs = {
  id: Scalars['ID']['input'];
};


/** The root of all reads. */
export type QueryEventsArgs = {
  cooperationId: Scalars['ID']['input'];
  filter?: InputMaybe<EventFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EventOrder>;
};


/** The root of all reads. */
export type QueryGuestsArgs = {
  eventId: Scalars['ID']['input'];
  filter?: InputMaybe<GuestFilter>;
};


/** The root of all reads. */
export type QueryKpiArgs = {
  id: Scalars['ID']['input'];
};


/** The root of all reads. */
export type QueryLegalTextsArgs = {
  cooperationId: Scalars['ID']['input'];
};


/** The root of all reads. */
export type QueryMembersArgs = {
  cooperationId: Scalars['ID']['input'];
  filter?: InputMaybe<MemberFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


/** The root of all reads. */
export type QueryMyTasksArgs = {
  done?: InputMaybe<Scalars['Boolean']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


/** The root of all reads. */
export type QueryNominationArgs = {
  id: Scalars['ID']['input'];
};


/** The root of all reads. */
export type QueryOrganisationsArgs = {
  cooperationId: Scalars['ID']['input'];
  filter?: InputMaybe<OrganisationFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


/** The root of all reads. */
export type QueryPasswordTokenArgs = {
  token: Scalars['String']['input'];
};


/** The root of all reads. */
export type QueryPlanningWarningsArgs = {
  input: PlanningCheckInput;
};


/** The root of all reads. */
export type QueryPreviewContactImportArgs = {
  input: PreviewContactImportInput;
};


/** The root of all reads. */
export type QueryPublicHolidaysArgs = {
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


/** The root of all reads. */
export type QueryPublicNominationFormArgs = {
  cycleId: Scalars['ID']['input'];
};


/** The root of all reads. */
export type QueryRsvpArgs = {
  token: Scalars['String']['input'];
};


/** The root of all reads. */
export type QueryStrategyArgs = {
  cooperationId: Scalars['ID']['input'];
};


/** The root of all reads. */
export type QueryWorkstreamArgs = {
  id: Scalars['ID']['input'];
};


/** The root of all reads. */
export type QueryWorkstreamsArgs = {
  cooperationId: Scalars['ID']['input'];
  filter?: InputMaybe<WorkstreamFilter>;
};

/** Records a guest's answer on their behalf, e.g. after a phone call (ADMIN, COORDINATOR). */
export type RecordAnswerInput = {
  /** The answer. */
  answer: RsvpAnswer;
  /** The invitation. */
  id: Scalars['ID']['input'];
  /** Brings a companion. */
  plusOne?: Scalars['Boolean']['input'];
  /** The companion's name. */
  plusOneName?: Scalars['String']['input'];
  /** The version read. */
  version: Scalars['Int']['input'];
};

/** Records the chair's casting vote for a tie for first place (the chair). */
export type RecordCastingVoteInput = {
  /** The cycle. */
  cycleId: Scalars['ID']['input'];
  /** The tied nominations, preferred first. */
  order: Array<Scalars['ID']['input']>;
  /** The cycle's version read. */
  version: Scalars['Int']['input'];
};

/**
 * Records a KPI's value of a day; a second value for the same day replaces the first
 * (planners and the leads of the workstream it measures).
 */
export type RecordMeasurementInput = {
  /** The KPI. */
  kpiId: Scalars['ID']['input'];
  /** The day (not in the future). */
  measuredOn: Scalars['Date']['input'];
  /** A note (source, method). */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The value. */
  value: Scalars['Float']['input'];
};

/** The logged-in user's choices about the reminders koop mails them. */
export type ReminderSettings = {
  __typename?: 'ReminderSettings';
  /** Whether koop reminds the user by e-mail of their open tasks coming due or overdue ("Erinnerungen per E-Mail"); on unless turned off. */
  emailReminders: Scalars['Boolean']['output'];
};

/** Removes a conflict of interest (the chair), before the vote closes. */
export type RemoveConflictInput = {
  /** The juror. */
  jurorId: Scalars['ID']['input'];
  /** The nomination. */
  nominationId: Scalars['ID']['input'];
};

/** Removes a juror who has not scored (ADMIN, COORDINATOR). */
export type RemoveJurorInput = {
  /** The juror. */
  jurorId: Scalars['ID']['input'];
};

/** Ends a partnership (ADMIN); the organisation stays. The last partner cannot be removed. */
export type RemovePartnerInput = {
  /** The partnership. */
  partnerId: Scalars['ID']['input'];
};

/** The cooperation after removing a partner. */
export type RemovePartnerPayload = {
  __typename?: 'RemovePartnerPayload';
  /** The cooperation with its remaining partners. */
  cooperation: Cooperation;
};

/** Puts the criteria in a new order; withdraws all approvals. */
export type ReorderCriteriaInput = {
  /** The cycle's criteriaVersion read. */
  criteriaVersion: Scalars['Int']['input'];
  /** Every criterion of the cycle, once, in the new order. */
  criterionIds: Array<Scalars['ID']['input']>;
  /** The cycle. */
  cycleId: Scalars['ID']['input'];
};

/** The cycle with its criteria in the new order. */
export type ReorderCriteriaPayload = {
  __typename?: 'ReorderCriteriaPayload';
  /** The cycle. */
  awardCycle: AwardCycle;
};

/** Asks for a password-reset mail. */
export type RequestPasswordResetInput = {
  /** The account's e-mail address. The answer is the same whether or not an account exists. */
  email: Scalars['String']['input'];
};

/** The result of asking for a reset mail. */
export type RequestPasswordResetPayload = {
  __typename?: 'RequestPasswordResetPayload';
  /** Always true, so that nobody learns whether an address has an account. */
  ok: Scalars['Boolean']['output'];
};

/** Sends a new invitation link to a member who has not set a password yet (ADMIN). */
export type ResendInvitationInput = {
  /** The membership. */
  membershipId: Scalars['ID']['input'];
};

/** The result of resending an invitation. */
export type ResendInvitationPayload = {
  __typename?: 'ResendInvitationPayload';
  /** The membership the invitation was sent for. */
  membership: Membership;
};

/** The role a user holds in one cooperation. */
export type Role =
  /** Manages members and settings; may do everything a coordinator does. */
  | 'ADMIN'
  /** Plans events, workstreams and retreats. */
  | 'COORDINATOR'
  /** Sees only what they are explicitly part of (the cycles they judge, the retreats they attend). */
  | 'EXTERNAL'
  /** Reads everything, comments, takes tasks. */
  | 'MEMBER'
  /** Reads everything. */
  | 'VIEWER';

/** Creates the cooperation's calendar feed or replaces its address (ADMIN, COORDINATOR). */
export type RotateCalendarFeedInput = {
  /** The cooperation. */
  cooperationId: Scalars['ID']['input'];
};

/** The feed with its new address; the old address no longer works. */
export type RotateCalendarFeedPayload = {
  __typename?: 'RotateCalendarFeedPayload';
  /** The feed. */
  calendarFeed: CalendarFeed;
  /** The subscription address with its secret token. It is shown this once and never again. */
  url: Scalars['String']['output'];
};

/** What the public RSVP page shows to whoever holds a guest's personal link. */
export type Rsvp = {
  __typename?: 'Rsvp';
  /** Address. */
  address: Scalars['String']['output'];
  /** Why not, in German; empty while open. */
  closedReason: Scalars['String']['output'];
  /** The inviting cooperation (for its imprint, privacy notice and accessibility statement). */
  cooperationId: Scalars['ID']['output'];
  /** Its name. */
  cooperationName: Scalars['String']['output'];
  /** Until when the answer can change. */
  deadline: Scalars['DateTime']['output'];
  /** About the event. */
  description: Scalars['String']['output'];
  /** End. */
  endsAt: Scalars['DateTime']['output'];
  /** Whether the event was called off. */
  eventCancelled: Scalars['Boolean']['output'];
  /** The event's title. */
  eventTitle: Scalars['String']['output'];
  /** The guest's name. */
  guestName: Scalars['String']['output'];
  /** The greeting: "Sehr geehrte Frau Dr. Schulz". */
  letterSalutation: Scalars['String']['output'];
  /** Whether the answer can still change. */
  open: Scalars['Boolean']['output'];
  /** Whether the guest asked for no more invitations. */
  optedOut: Scalars['Boolean']['output'];
  /** Brings a companion. */
  plusOne: Scalars['Boolean']['output'];
  /** The companion's name. */
  plusOneName: Scalars['String']['output'];
  /** Whether a companion may come. */
  plusOnesAllowed: Scalars['Boolean']['output'];
  /** Start. */
  startsAt: Scalars['DateTime']['output'];
  /** Where the invitation stands. */
  status: InvitationStatus;
  /** Venue. */
  venue: Scalars['String']['output'];
  /** The place on the waiting list; 0 when not waiting. */
  waitlistPosition: Scalars['Int']['output'];
};

/** A guest's answer. */
export type RsvpAnswer =
  /** Comes. */
  | 'ACCEPT'
  /** Does not come. */
  | 'DECLINE';

/** A guest's own answer through the personal link. */
export type RsvpAnswerInput = {
  /** The answer. */
  answer: RsvpAnswer;
  /** Brings a companion. */
  plusOne?: Scalars['Boolean']['input'];
  /** The companion's name. */
  plusOneName?: Scalars['String']['input'];
  /** The token of the link. */
  token: Scalars['String']['input'];
};

/** The answer page after the change. */
export type RsvpPayload = {
  __typename?: 'RsvpPayload';
  /** The page's data. */
  rsvp: Rsvp;
};

/** How a contact is addressed [Anrede]. */
export type Salutation =
  /** Diverse: letters greet neutrally with the full name. */
  | 'DIVERSE'
  /** Herr. */
  | 'MR'
  /** Frau. */
  | 'MS'
  /** No salutation: letters greet with the full name ("Guten Tag Alex Schmidt"). */
  | 'NONE';

/** Saves scores of the reader's ballot (a draft until submitted; revisable until the close). */
export type SaveScoresInput = {
  /** The ballot's version read; omit to save regardless. */
  ballotVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The cycle. */
  cycleId: Scalars['ID']['input'];
  /** The scores. */
  scores: Array<ScoreInput>;
};

/** One score of a juror: a nomination, a criterion, a value and an optional comment. */
export type Score = {
  __typename?: 'Score';
  /** The juror's comment. */
  comment: Scalars['String']['output'];
  /** The criterion. */
  criterionId: Scalars['ID']['output'];
  /** The nomination. */
  nominationId: Scalars['ID']['output'];
  /** When it was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** The value within the criterion's range. */
  value: Scalars['Int']['output'];
};

/** One score to save. */
export type ScoreInput = {
  /** An optional comment. */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** The criterion. */
  criterionId: Scalars['ID']['input'];
  /** The nomination. */
  nominationId: Scalars['ID']['input'];
  /** The value within the criterion's range. */
  value: Scalars['Int']['input'];
};

/** Mails the drafts (all, or those named) with their personal links (ADMIN, COORDINATOR). */
export type SendInvitationsInput = {
  /** The event. */
  eventId: Scalars['ID']['input'];
  /** Only these drafts; all when empty. */
  invitationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** What sending did. Only drafts are sent: a retry sends nothing twice. */
export type SendInvitationsPayload = {
  __typename?: 'SendInvitationsPayload';
  /** How many mails were queued. */
  sent: Scalars['Int']['output'];
  /** Drafts not sent (no address, opted out), with the reason. */
  skipped: Array<SkippedGuest>;
};

/** Sets a juror's conflict of interest (the chair). */
export type SetConflictInput = {
  /** The juror. */
  jurorId: Scalars['ID']['input'];
  /** The nomination. */
  nominationId: Scalars['ID']['input'];
  /** Why. */
  reason: Scalars['String']['input'];
};

/** Adds or changes a correction of the holiday calendar (system administrators). */
export type SetHolidayOverrideInput = {
  /** The day. */
  date: Scalars['Date']['input'];
  /** False removes a library holiday on that day; default true. */
  isHoliday?: InputMaybe<Scalars['Boolean']['input']>;
  /** The holiday's name. */
  name: Scalars['String']['input'];
};

/** The correction as stored. */
export type SetHolidayOverridePayload = {
  __typename?: 'SetHolidayOverridePayload';
  /** The correction. */
  holidayOverride: HolidayOverride;
};

/** Makes a juror the chair (ADMIN, COORDINATOR). */
export type SetJuryChairInput = {
  /** The juror. */
  jurorId: Scalars['ID']['input'];
};

/** Deactivates or reactivates a membership (ADMIN). The last active admin stays active. */
export type SetMemberActiveInput = {
  /** False to deactivate, true to reactivate. */
  active: Scalars['Boolean']['input'];
  /** The membership. */
  membershipId: Scalars['ID']['input'];
  /** The version read. */
  version: Scalars['Int']['input'];
};

/** The changed membership. */
export type SetMemberActivePayload = {
  __typename?: 'SetMemberActivePayload';
  /** The membership after the change. */
  membership: Membership;
};

/** Sets a password from a one-time link. */
export type SetPasswordInput = {
  /** The new password: at least 10 characters. */
  password: Scalars['String']['input'];
  /** The token from the link. */
  token: Scalars['String']['input'];
};

/** Deactivates or reactivates a user in the whole installation (system admins only). */
export type SetUserActiveInput = {
  /** False to deactivate: all sessions end at once. */
  active: Scalars['Boolean']['input'];
  /** The user. */
  userId: Scalars['ID']['input'];
};

/** The changed user. */
export type SetUserActivePayload = {
  __typename?: 'SetUserActivePayload';
  /** The user after the change. */
  user: User;
};

/** Records that every party signed (ADMIN). */
export type SignAgreementInput = {
  /** The agreement. */
  id: Scalars['ID']['input'];
  /** The version read. */
  version: Scalars['Int']['input'];
};

/** A contact left out, and why. */
export type SkippedGuest = {
  __typename?: 'SkippedGuest';
  /** The contact. */
  contactId: Scalars['ID']['output'];
  /** Their name. */
  name: Scalars['String']['output'];
  /** Why, in German. */
  reason: Scalars['String']['output'];
};

/** Money or a contribution in kind an organisation gives to an event. */
export type Sponsorship = {
  __typename?: 'Sponsorship';
  /** The amount or value in euro cents (more than 0). */
  amountCents: Scalars['Int']['output'];
  /** Opaque ID. */
  id: Scalars['ID']['output'];
  /** Money or in kind. */
  kind: SponsorshipKind;
  /** Free text, e.g. what the contribution in kind is. */
  note: Scalars['String']['output'];
  /** The sponsor, an organisation of the cooperation (usually a COMPANY). */
  organisation: Organisation;
  /** Promised or received. */
  status: SponsorshipStatus;
  /** Optimistic-locking version; send it back on update or delete. */
  version: Scalars['Int']['output'];
};

/** Whether a sponsor gives money or a contribution in kind. */
export type SponsorshipKind =
  /** A contribution in kind (Sachleistung) at its value; shown, not deducted. */
  | 'IN_KIND'
  /** Money (Geldleistung); reduces what the partners pay. */
  | 'MONEY';

/** Whether a sponsorship has arrived. */
export type SponsorshipStatus =
  /** Promised (zugesagt). */
  | 'PLEDGED'
  /** Received (eingegangen). */
  | 'RECEIVED';

/** A periodic report on a workstream. */
export type StatusReport = {
  __typename?: 'StatusReport';
  /** Who wrote it. */
  authorName: Scalars['String']['output'];
  /** When. */
  createdAt: Scalars['DateTime']['output'];
  /** Opaque ID. */
  id: Scalars['ID']['output'];
  /** The status it set. */
  status: WorkstreamStatus;
  /** What happened, what is next. */
  summary: Scalars['String']['output'];
};

/** A cooperation's mission statement [Leitbild] and goals. */
export type Strategy = {
  __typename?: 'Strategy';
  /** Whether the reader may edit the mission statement and goals. */
  canManage: Scalars['Boolean']['output'];
  /** The cooperation. */
  cooperationId: Scalars['ID']['output'];
  /** Every goal in tree order (a parent before its sub-goals, by position). */
  goals: Array<Goal>;
  /** The mission statement. */
  missionStatement: Scalars['String']['output'];
  /** Optimistic-locking version of the mission statement (0 before it was first written). */
  version: Scalars['Int']['output'];
};

/** The changed strategy. */
export type StrategyPayload = {
  __typename?: 'StrategyPayload';
  /** The mission statement and goals. */
  strategy: Strategy;
};

/** The thing a comment or file belongs to. */
export type SubjectInput = {
  /** Its ID. */
  id: Scalars['ID']['input'];
  /** Its kind. */
  kind: SubjectKind;
};

/** What comments and files can hang on. */
export type SubjectKind =
  /** An event. */
  | 'EVENT'
  /** An award nomination (files only: its documents). */
  | 'NOMINATION'
  /** A joint workstream. */
  | 'WORKSTREAM';

/** Submits the reader's complete ballot. */
export type SubmitBallotInput = {
  /** The ballot's version read. */
  ballotVersion: Scalars['Int']['input'];
  /** The cycle. */
  cycleId: Scalars['ID']['input'];
};

/** One task: on an event, or on its own. The one task kind of koop. */
export type Task = {
  __typename?: 'Task';
  /** The person who does it, if assigned (id and name only). */
  assignee?: Maybe<TaskAssignee>;
  /** The cooperation it belongs to. */
  cooperationId: Scalars['ID']['output'];
  /** Whether it is done. */
  done: Scalars['Boolean']['output'];
  /** When it was marked done. */
  doneAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it is due, if ever. */
  dueOn?: Maybe<Scalars['Date']['output']>;
  /** The event it belongs to, if any. */
  event?: Maybe<TaskEvent>;
  /** Opaque ID. */
  id: Scalars['ID']['output'];
  /** The partner responsible, when no person is assigned or in addition. */
  ownerPartner?: Maybe<Partner>;
  /** What to do. */
  title: Scalars['String']['output'];
  /** Optimistic-locking version; send it back on update. */
  version: Scalars['Int']['output'];
  /** The workstream it belongs to, if any. */
  workstream?: Maybe<TaskWorkstream>;
};

/** The person a task is assigned to. */
export type TaskAssignee = {
  __typename?: 'TaskAssignee';
  /** The user's ID. */
  id: Scalars['ID']['output'];
  /** The user's name. */
  name: Scalars['String']['output'];
};

/** The event a task belongs to, as a task list needs it. */
export type TaskEvent = {
  __typename?: 'TaskEvent';
  /** The event's ID. */
  id: Scalars['ID']['output'];
  /** The event's start. */
  startsAt: Scalars['DateTime']['output'];
  /** The event's title. */
  title: Scalars['String']['output'];
};

/** A page of tasks. */
export type TaskList = {
  __typename?: 'TaskList';
  /** The tasks on this page. */
  items: Array<Task>;
  /** How many match in all. */
  totalCount: Scalars['Int']['output'];
};

/** One task that every event of a series gets when it is created. */
export type TaskTemplateItem = {
  __typename?: 'TaskTemplateItem';
  /** Due this many days before the event starts (negative: after it). */
  daysBefore: Scalars['Int']['output'];
  /** The partner responsible; null means the event's lead partner. */
  ownerPartner?: Maybe<Partner>;
  /** What to do. */
  title: Scalars['String']['output'];
};

/** One item of a series' checklist. */
export type TaskTemplateItemInput = {
  /** Due this many days before the event starts (negative: after it); between -365 and 730. */
  daysBefore: Scalars['Int']['input'];
  /** The responsible partner; omitted means the event's lead partner. */
  ownerPartnerId?: InputMaybe<Scalars['ID']['input']>;
  /** What to do. */
  title: Scalars['String']['input'];
};

/** The workstream a task belongs to, as a task list needs it. */
export type TaskWorkstream = {
  __typename?: 'TaskWorkstream';
  /** The workstream's ID. */
  id: Scalars['ID']['output'];
  /** The workstream's title. */
  title: Scalars['String']['output'];
};

/** How nominations with the same weighted mean are ranked; fixed once nominations opened. */
export type TieBreakRule =
  /** The higher median, then the chair's recorded casting vote. */
  | 'MEDIAN_THEN_CHAIR'
  /** More first ranks, then the higher median, then the chair's recorded casting vote. */
  | 'MORE_TOP_RANKS_THEN_MEDIAN_THEN_CHAIR';

/** How a nomination's place was decided. */
export type TieBreakStep =
  /** By the chair's casting vote. */
  | 'CASTING_VOTE'
  /** By the weighted mean. */
  | 'MEAN'
  /** By the higher median. */
  | 'MEDIAN'
  /** Still tied: shares the rank. */
  | 'TIED'
  /** By more first ranks. */
  | 'TOP_RANKS';

/** Who has submitted — never what (managers, the jury). */
export type Turnout = {
  __typename?: 'Turnout';
  /** Jurors in all. */
  jurors: Scalars['Int']['output'];
  /** The quorum of the cycle. */
  quorum: Scalars['Int']['output'];
  /** Whether enough ballots are in to close. */
  quorumMet: Scalars['Boolean']['output'];
  /** Ballots submitted. */
  submitted: Scalars['Int']['output'];
};

/** Changes a draft agreement (COORDINATOR, ADMIN). */
export type UpdateAgreementInput = {
  /** New text. */
  body?: InputMaybe<Scalars['String']['input']>;
  /** Makes it open-ended. */
  clearValidUntil?: InputMaybe<Scalars['Boolean']['input']>;
  /** The agreement. */
  id: Scalars['ID']['input'];
  /** The parties (replace the old ones). */
  parties?: InputMaybe<Array<AgreementPartyInput>>;
  /** New title. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** New first day. */
  validFrom?: InputMaybe<Scalars['Date']['input']>;
  /** New last day. */
  validUntil?: InputMaybe<Scalars['Date']['input']>;
  /** The version read. */
  version: Scalars['Int']['input'];
};

/** Edits a cycle's setup; the tie-break rule and the categories are fixed once nominations opened. */
export type UpdateAwardCycleInput = {
  /** The announcing event, or null. */
  announcementEventId?: InputMaybe<Scalars['ID']['input']>;
  /** Category names. */
  categories: Array<Scalars['String']['input']>;
  /** The cycle. */
  id: Scalars['ID']['input'];
  /** When nominations close. */
  nominationClosesAt: Scalars['DateTime']['input'];
  /** When nominations open. */
  nominationOpensAt: Scalars['DateTime']['input'];
  /** Minimum number of submitted ballots. */
  quorum: Scalars['Int']['input'];
  /** The tie-break rule. */
  tieBreakRule: TieBreakRule;
  /** Title. */
  title: Scalars['String']['input'];
  /** The version read. */
  version: Scalars['Int']['input'];
  /** When the vote closes. */
  votingClosesAt: Scalars['DateTime']['input'];
};

/** The edited cycle. */
export type UpdateAwardCyclePayload = {
  __typename?: 'UpdateAwardCyclePayload';
  /** The cycle. */
  awardCycle: AwardCycle;
};

/** Edits an award programme (ADMIN, COORDINATOR). */
export type UpdateAwardProgrammeInput = {
  /** Description. */
  description: Scalars['String']['input'];
  /** The programme. */
  id: Scalars['ID']['input'];
  /** Name. */
  name: Scalars['String']['input'];
  /** The version read. */
  version: Scalars['Int']['input'];
  /** Years a winner stays ineligible, 0–50. */
  winnerExclusionYears: Scalars['Int']['input'];
};

/** The edited programme. */
export type UpdateAwardProgrammePayload = {
  __typename?: 'UpdateAwardProgrammePayload';
  /** The programme. */
  awardProgramme: AwardProgramme;
};

/** Changes a line (COORDINATOR or ADMIN); omitted fields stay. The shares must fit the line afterwards. */
export type UpdateBudgetLineInput = {
  /** The actual amount in euro cents. */
  actualCents?: InputMaybe<Scalars['Int']['input']>;
  /** What it pays for. */
  category?: InputMaybe<BudgetCategory>;
  /** True removes the actual amount. */
  clearActual?: InputMaybe<Scalars['Boolean']['input']>;
  /** Free text. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The line. */
  id: Scalars['ID']['input'];
  /** The planned amount in euro cents. */
  plannedCents?: InputMaybe<Scalars['Int']['input']>;
  /** How the line is split; changing it needs new shares. */
  shareMode?: InputMaybe<BudgetShareMode>;
  /** The new shares (replace the old ones). */
  shares?: InputMaybe<Array<BudgetShareInput>>;
  /** The version read. */
  version: Scalars['Int']['input'];
};

/** The changed line and the event's budget after it. */
export type UpdateBudgetLinePayload = {
  __typename?: 'UpdateBudgetLinePayload';
  /** The event's budget with new totals. */
  budget: EventBudget;
  /** The line after the change. */
  budgetLine: BudgetLine;
};

/** Changes a commitment of a draft agreement (COORDINATOR, ADMIN). */
export type UpdateCommitmentInput = {
  /** New details. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The commitment. */
  id: Scalars['ID']['input'];
  /** New position, from 1. */
  position?: InputMaybe<Scalars['Int']['input']>;
  /** Recurring or once. */
  recurring?: InputMaybe<Scalars['Boolean']['input']>;
  /** New title. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** The version read. */
  version: Scalars['Int']['input'];
};

/** Changes a contact (ADMIN, COORDINATOR, MEMBER); omitted fields stay, "" empties a text. */
export type UpdateContactInput = {
  /** City. */
  city?: InputMaybe<Scalars['String']['input']>;
  /** True removes the organisation. */
  clearOrganisation?: InputMaybe<Scalars['Boolean']['input']>;
  /** The day of consent (with CONSENT). */
  consentAt?: InputMaybe<Scalars['Date']['input']>;
  /** E-mail address; "" removes it. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** First name. */
  firstName?: InputMaybe<Scalars['String']['input']>;
  /** Function. */
  function?: InputMaybe<Scalars['String']['input']>;
  /** The contact. */
  id: Scalars['ID']['input'];
  /** Last name; cannot be emptied. */
  lastName?: InputMaybe<Scalars['String']['input']>;
  /** Legal basis; moving away from CONSENT removes the consent date. */
  legalBasis?: InputMaybe<LegalBasis>;
  /** Internal note. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** An organisation of the same cooperation; see `clearOrganisation`. */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  /** Phone. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Postal code. */
  postalCode?: InputMaybe<Scalars['String']['input']>;
  /** Salutation. */
  salutation?: InputMaybe<Salutation>;
  /** Street and number. */
  street?: InputMaybe<Scalars['String']['input']>;
  /** Academic title. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** The version read. */
  version: Scalars['Int']['input'];
};

/** The changed contact. */
export type UpdateContactPayload = {
  __typename?: 'UpdateContactPayload';
  /** The contact after the change. */
  contact: Contact;
};

/** Changes a cooperation's name or description (ADMIN). */
export type UpdateCooperationInput = {
  /** New description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The cooperation. */
  id: Scalars['ID']['input'];
  /** New name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The version read. */
  version: Scalars['Int']['input'];
};

/** The updated cooperation. */
export type UpdateCooperationPayload = {
  __typename?: 'UpdateCooperationPayload';
  /** The cooperation after the change. */
  cooperation: Cooperation;
};

/** Edits a criterion; withdraws all approvals. */
export type UpdateCriterionInput = {
  /** The cycle's criteriaVersion read. */
  criteriaVersion: Scalars['Int']['input'];
  /** Description. */
  description: Scalars['String']['input'];
  /** The criterion. */
  id: Scalars['ID']['input'];
  /** Name. */
  name: Scalars['String']['input'];
  /** Highest score. */
  scoreMax: Scalars['Int']['input'];
  /** Lowest score. */
  scoreMin: Scalars['Int']['input'];
  /** Weight, 1–100. */
  weight: Scalars['Int']['input'];
};

/** The cycle with the edited criterion. */
export type UpdateCriterionPayload = {
  __typename?: 'UpdateCriterionPayload';
  /** The cycle. */
  awardCycle: AwardCycle;
};

/** Renames a list or changes its description; omitted fields stay. */
export type UpdateDistributionListInput = {
  /** Description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The list. */
  id: Scalars['ID']['input'];
  /** Name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The version read. */
  version: Scalars['Int']['input'];
};

/** The changed list. */
export type UpdateDistributionListPayload = {
  __typename?: 'UpdateDistributionListPayload';
  /** The list after the change. */
  distributionList: DistributionList;
};

/** Changes an event (COORDINATOR or ADMIN); omitted fields stay. */
export type UpdateEventInput = {
  /** Venue address. */
  address?: InputMaybe<Scalars['String']['input']>;
  /** Capacity; 0 means unlimited. */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  /** Removes the answer deadline (guests answer until the start). */
  clearRsvpDeadline?: Scalars['Boolean']['input'];
  /** Free text. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** End. */
  endsAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The event. */
  id: Scalars['ID']['input'];
  /** The leading partner. */
  leadPartnerId?: InputMaybe<Scalars['ID']['input']>;
  /** Organisers (replaces the list). */
  organiserMembershipIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Whether each guest may bring one companion. */
  plusOnesAllowed?: InputMaybe<Scalars['Boolean']['input']>;
  /** Until when guests answer through their link; must lie before the start. */
  rsvpDeadline?: InputMaybe<Scalars['DateTime']['input']>;
  /** Start. */
  startsAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Title. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Venue name. */
  venue?: InputMaybe<Scalars['String']['input']>;
  /** The version read. */
  version: Scalars['Int']['input'];
};

/** The changed event. */
export type UpdateEventPayload = {
  __typename?: 'UpdateEventPayload';
  /** The event after the change. */
  event: Event;
};

/** Changes a series (COORDINATOR or ADMIN); omitted fields stay. Existing events keep their tasks. */
export type UpdateEventSeriesInput = {
  /** True removes the default lead partner. */
  clearDefaultLeadPartner?: InputMaybe<Scalars['Boolean']['input']>;
  /** The partner that usually leads it; send `clearDefaultLeadPartner` to remove it. */
  defaultLeadPartnerId?: InputMaybe<Scalars['ID']['input']>;
  /** Description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The series. */
  id: Scalars['ID']['input'];
  /** Name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The new checklist (replaces the old one). */
  taskTemplate?: InputMaybe<Array<TaskTemplateItemInput>>;
  /** Usual month, 1–12; 0 removes it. */
  usualMonth?: InputMaybe<Scalars['Int']['input']>;
  /** The version read. */
  version: Scalars['Int']['input'];
};

/** The changed series. */
export type UpdateEventSeriesPayload = {
  __typename?: 'UpdateEventSeriesPayload';
  /** The series after the change. */
  eventSeries: EventSeries;
};

/** Changes or moves a goal (COORDINATOR, ADMIN). */
export type UpdateGoalInput = {
  /** Removes the priority. */
  clearPriority?: InputMaybe<Scalars['Boolean']['input']>;
  /** New description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The goal. */
  id: Scalars['ID']['input'];
  /** Moves it under this goal (not into its own sub-goals). */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** Places it at this position among its siblings, from 1. */
  position?: InputMaybe<Scalars['Int']['input']>;
  /** New priority. */
  priority?: InputMaybe<Priority>;
  /** New title. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Makes it a top goal. */
  toTopLevel?: InputMaybe<Scalars['Boolean']['input']>;
  /** The version read. */
  version: Scalars['Int']['input'];
};

/** Changes a KPI (COORDINATOR, ADMIN). */
export type UpdateKpiInput = {
  /** New baseline. */
  baseline?: InputMaybe<Scalars['Float']['input']>;
  /** New baseline date. */
  baselineOn?: InputMaybe<Scalars['Date']['input']>;
  /** Removes the baseline date. */
  clearBaselineOn?: InputMaybe<Scalars['Boolean']['input']>;
  /** Removes the target date. */
  clearTargetOn?: InputMaybe<Scalars['Boolean']['input']>;
  /** New direction. */
  direction?: InputMaybe<KpiDirection>;
  /** The KPI. */
  id: Scalars['ID']['input'];
  /** New name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** New target. */
  target?: InputMaybe<Scalars['Float']['input']>;
  /** New target date. */
  targetOn?: InputMaybe<Scalars['Date']['input']>;
  /** New unit. */
  unit?: InputMaybe<Scalars['String']['input']>;
  /** The version read. */
  version: Scalars['Int']['input'];
};

/** Replaces a cooperation's legal texts (ADMIN of the cooperation, system admins). */
export type UpdateLegalTextsInput = {
  /** The accessibility statement, at most 30,000 characters. */
  accessibility: Scalars['String']['input'];
  /** The cooperation. */
  cooperationId: Scalars['ID']['input'];
  /** The imprint, at most 20,000 characters. */
  imprint: Scalars['String']['input'];
  /** The privacy notice, at most 60,000 characters. */
  privacy: Scalars['String']['input'];
  /** The version read. */
  version: Scalars['Int']['input'];
};

/** The saved legal texts. */
export type UpdateLegalTextsPayload = {
  __typename?: 'UpdateLegalTextsPayload';
  /** The texts. */
  legalTexts: LegalTexts;
};

/** Changes the logged-in user's own settings. */
export type UpdateMeInput = {
  /** New language. */
  locale?: InputMaybe<Locale>;
  /** New display name. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** The result of updating one's own settings. */
export type UpdateMePayload = {
  __typename?: 'UpdateMePayload';
  /** The updated user. */
  user: User;
};

/** Changes a member's role (ADMIN). The last active admin keeps their role. */
export type UpdateMemberRoleInput = {
  /** The membership. */
  membershipId: Scalars['ID']['input'];
  /** The new role. */
  role: Role;
  /** The version read. */
  version: Scalars['Int']['input'];
};

/** The changed membership. */
export type UpdateMemberRolePayload = {
  __typename?: 'UpdateMemberRolePayload';
  /** The membership after the change. */
  membership: Membership;
};

/** Changes a milestone; doneOn marks it done (planners and the workstream's leads). */
export type UpdateMilestoneInput = {
  /** Reopens it. */
  clearDoneOn?: InputMaybe<Scalars['Boolean']['input']>;
  /** Marks it done on this day. */
  doneOn?: InputMaybe<Scalars['Date']['input']>;
  /** New due date (planners). */
  dueOn?: InputMaybe<Scalars['Date']['input']>;
  /** The milestone. */
  id: Scalars['ID']['input'];
  /** New title (planners). */
  title?: InputMaybe<Scalars['String']['input']>;
  /** The version read. */
  version: Scalars['Int']['input'];
};

/** Changes the mission statement (COORDINATOR, ADMIN). */
export type UpdateMissionStatementInput = {
  /** The cooperation. */
  cooperationId: Scalars['ID']['input'];
  /** The new text. */
  missionStatement: Scalars['String']['input'];
  /** The version read (0 the first time). */
  version: Scalars['Int']['input'];
};

/** Edits a nomination before the jury votes. */
export type UpdateNominationInput = {
  /** The category. */
  category: Scalars['String']['input'];
  /** The nomination. */
  id: Scalars['ID']['input'];
  /** Why. */
  justification: Scalars['String']['input'];
  /** The nominator contact, or null for none. */
  nominatorContactId?: InputMaybe<Scalars['ID']['input']>;
  /** Version read. */
  version: Scalars['Int']['input'];
};

/** Changes an organisation (COORDINATOR or ADMIN); omitted fields stay as they are. */
export type UpdateOrganisationInput = {
  /** City. */
  city?: InputMaybe<Scalars['String']['input']>;
  /** The organisation. */
  id: Scalars['ID']['input'];
  /** Kind of body. */
  kind?: InputMaybe<OrganisationKind>;
  /** Full name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Postal code. */
  postalCode?: InputMaybe<Scalars['String']['input']>;
  /** Short name. */
  shortName?: InputMaybe<Scalars['String']['input']>;
  /** Street and number. */
  street?: InputMaybe<Scalars['String']['input']>;
  /** The version read. */
  version: Scalars['Int']['input'];
  /** Web site. */
  website?: InputMaybe<Scalars['String']['input']>;
};

/** The updated organisation. */
export type UpdateOrganisationPayload = {
  __typename?: 'UpdateOrganisationPayload';
  /** The organisation after the change. */
  organisation: Organisation;
};

/** Changes the logged-in user's own reminder settings (any logged-in user). */
export type UpdateReminderSettingsInput = {
  /** Remind by e-mail (true) or not (false). */
  emailReminders: Scalars['Boolean']['input'];
};

/** The changed reminder settings. */
export type UpdateReminderSettingsPayload = {
  __typename?: 'UpdateReminderSettingsPayload';
  /** The settings after the change. */
  settings: ReminderSettings;
};

/** Changes a sponsorship (COORDINATOR or ADMIN); omitted fields stay. */
export type UpdateSponsorshipInput = {
  /** The amount or value in euro cents. */
  amountCents?: InputMaybe<Scalars['Int']['input']>;
  /** The sponsorship. */
  id: Scalars['ID']['input'];
  /** Money or in kind. */
  kind?: InputMaybe<SponsorshipKind>;
  /** Free text. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The sponsor. */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  /** Promised or received. */
  status?: InputMaybe<SponsorshipStatus>;
  /** The version read. */
  version: Scalars['Int']['input'];
};

/** The changed sponsorship and the event's budget after it. */
export type UpdateSponsorshipPayload = {
  __typename?: 'UpdateSponsorshipPayload';
  /** The event's budget with new totals. */
  budget: EventBudget;
  /** The sponsorship after the change. */
  sponsorship: Sponsorship;
};

/** Changes a task (COORDINATOR or ADMIN; a member may take an unassigned task or one of theirs). */
export type UpdateTaskInput = {
  /** The person; a member may only name themselves. */
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  /** True removes the assignee. */
  clearAssignee?: InputMaybe<Scalars['Boolean']['input']>;
  /** True removes the due date. */
  clearDueOn?: InputMaybe<Scalars['Boolean']['input']>;
  /** Done or not (the assignee, or COORDINATOR and ADMIN). */
  done?: InputMaybe<Scalars['Boolean']['input']>;
  /** Due date. */
  dueOn?: InputMaybe<Scalars['Date']['input']>;
  /** The task. */
  id: Scalars['ID']['input'];
  /** The responsible partner. */
  ownerPartnerId?: InputMaybe<Scalars['ID']['input']>;
  /** What to do. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** The version read. */
  version: Scalars['Int']['input'];
};

/** The changed task. */
export type UpdateTaskPayload = {
  __typename?: 'UpdateTaskPayload';
  /** The task after the change. */
  task: Task;
};

/** Changes a workstream (COORDINATOR, ADMIN). Leads and goals, when given, replace the old ones. */
export type UpdateWorkstreamInput = {
  /** Makes it open-ended. */
  clearEndsOn?: InputMaybe<Scalars['Boolean']['input']>;
  /** Removes the priority. */
  clearPriority?: InputMaybe<Scalars['Boolean']['input']>;
  /** New description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** New end. */
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  /** The goals. */
  goalIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The workstream. */
  id: Scalars['ID']['input'];
  /** The leads. */
  leadMembershipIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** New priority. */
  priority?: InputMaybe<Priority>;
  /** New start (every milestone must stay within the dates). */
  startsOn?: InputMaybe<Scalars['Date']['input']>;
  /** New status. */
  status?: InputMaybe<WorkstreamStatus>;
  /** New title. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** The version read. */
  version: Scalars['Int']['input'];
};

/** Uploads a file (MEMBER and up): at most 10 MB; PDF, images, text, CSV and office documents. */
export type UploadAttachmentInput = {
  /** A short description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The file. */
  file: Scalars['Upload']['input'];
  /** What it belongs to. */
  subject: SubjectInput;
};

/** The stored file. */
export type UploadAttachmentPayload = {
  __typename?: 'UploadAttachmentPayload';
  /** The file. */
  attachment: Attachment;
};

/** A person who logs in. */
export type User = {
  __typename?: 'User';
  /** False once a system admin deactivated the user: they can no longer log in. */
  active: Scalars['Boolean']['output'];
  /** When the user was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Login e-mail address, unique in the installation. */
  email: Scalars['String']['output'];
  /** Opaque ID. */
  id: Scalars['ID']['output'];
  /** Whether the user may create cooperations and administer the installation. */
  isSystemAdmin: Scalars['Boolean']['output'];
  /** Preferred language for the interface and for mails. */
  locale: Locale;
  /** The cooperations the user belongs to (for the logged-in user only; empty for others). */
  memberships: Array<Membership>;
  /** Display name. */
  name: Scalars['String']['output'];
  /** False while the user has not yet set a password from their invitation link. */
  passwordSet: Scalars['Boolean']['output'];
};

/** Takes back the approval of the viewer's partner organisation. */
export type WithdrawCriteriaApprovalInput = {
  /** The criteriaVersion read. */
  criteriaVersion: Scalars['Int']['input'];
  /** The cycle. */
  cycleId: Scalars['ID']['input'];
};

/** The cycle without the approval. */
export type WithdrawCriteriaApprovalPayload = {
  __typename?: 'WithdrawCriteriaApprovalPayload';
  /** The cycle. */
  awardCycle: AwardCycle;
};

/** A joint project [gemeinsames Projekt] of the partners. */
export type Workstream = {
  __typename?: 'Workstream';
  /** Whether the reader may edit it. */
  canManage: Scalars['Boolean']['output'];
  /** Whether the reader may report on it, mark milestones done and record measurements. */
  canReport: Scalars['Boolean']['output'];
  /** The cooperation. */
  cooperationId: Scalars['ID']['output'];
  /** What it is about. */
  description: Scalars['String']['output'];
  /** When it ends (null: open-ended). */
  endsOn?: Maybe<Scalars['Date']['output']>;
  /** The goals it serves. */
  goals: Array<GoalRef>;
  /** Opaque ID. */
  id: Scalars['ID']['output'];
  /** Its KPIs. */
  kpis: Array<Kpi>;
  /** The members leading it. */
  leads: Array<WorkstreamLead>;
  /** Milestones by due date. */
  milestones: Array<Milestone>;
  /** How many of its tasks are open. */
  openTaskCount: Scalars['Int']['output'];
  /** The partners of its leads. */
  partners: Array<Partner>;
  /** Its priority (set by the retreat). */
  priority?: Maybe<Priority>;
  /** When it starts. */
  startsOn: Scalars['Date']['output'];
  /** Where it stands. */
  status: WorkstreamStatus;
  /** Status reports, newest first. */
  statusReports: Array<StatusReport>;
  /** Tasks on it: open ones first, by due date. */
  tasks: Array<Task>;
  /** Its title. */
  title: Scalars['String']['output'];
  /** When it was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-locking version. */
  version: Scalars['Int']['output'];
};

/** Narrows the workstream board. */
export type WorkstreamFilter = {
  /** Only workstreams serving this goal. */
  goalId?: InputMaybe<Scalars['ID']['input']>;
  /** Only these statuses. */
  status?: InputMaybe<Array<WorkstreamStatus>>;
};

/** A member leading a workstream. */
export type WorkstreamLead = {
  __typename?: 'WorkstreamLead';
  /** The membership. */
  membershipId: Scalars['ID']['output'];
  /** The user's name. */
  name: Scalars['String']['output'];
  /** The partner the member belongs to, if any. */
  partner?: Maybe<Partner>;
  /** The user. */
  userId: Scalars['ID']['output'];
};

/** The changed workstream. */
export type WorkstreamPayload = {
  __typename?: 'WorkstreamPayload';
  /** The workstream. */
  workstream: Workstream;
};

/** Where a workstream stands. */
export type WorkstreamStatus =
  /** At risk. */
  | 'AT_RISK'
  /** Finished. */
  | 'DONE'
  /** Off track. */
  | 'OFF_TRACK'
  /** On track. */
  | 'ON_TRACK'
  /** Paused. */
  | 'PAUSED'
  /** Proposed, not started. */
  | 'PROPOSED';

export type AuditEntriesQueryVariables = Exact<{
  cooperationId: Scalars['ID']['input'];
  filter?: InputMaybe<AuditFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
}>;


export type AuditEntriesQuery = { __typename?: 'Query', auditEntries: { __typename?: 'AuditEntryList', totalCount: number, items: Array<{ __typename?: 'AuditEntry', id: string, at: string, actorName: string, action: string, entityType: string, entityId: string, changes: Array<{ __typename?: 'AuditChange', field: string, old?: string | null, new?: string | null, redacted: boolean }> }> } };

export type MemberFieldsFragment = { __typename?: 'Membership', id: string, role: Role, active: boolean, version: number, createdAt: string, invitationExpiresAt?: string | null, user: { __typename?: 'User', id: string, name: string, email: string, passwordSet: boolean }, organisation?: { __typename?: 'Organisation', id: string, name: string, shortName: string } | null };

export type MembersQueryVariables = Exact<{
  cooperationId: Scalars['ID']['input'];
  filter?: InputMaybe<MemberFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
}>;


export type MembersQuery = { __typename?: 'Query', members: { __typename?: 'MembershipList', totalCount: number, items: Array<{ __typename?: 'Membership', id: string, role: Role, active: boolean, version: number, createdAt: string, invitationExpiresAt?: string | null, user: { __typename?: 'User', id: string, name: string, email: string, passwordSet: boolean }, organisation?: { __typename?: 'Organisation', id: string, name: string, shortName: string } | null }> } };

export type OrganisationOptionsQueryVariables = Exact<{
  cooperationId: Scalars['ID']['input'];
}>;


export type OrganisationOptionsQuery = { __typename?: 'Query', organisations: { __typename?: 'OrganisationList', totalCount: number, items: Array<{ __typename?: 'Organisation', id: string, name: string, shortName: string, isPartner: boolean }> } };

export type InviteMemberMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type InviteMemberMutation = { __typename?: 'Mutation', inviteMember: { __typename?: 'InviteMemberPayload', membership: { __typename?: 'Membership', id: string, role: Role, active: boolean, version: number, createdAt: string, invitationExpiresAt?: string | null, user: { __typename?: 'User', id: string, name: string, email: string, passwordSet: boolean }, organisation?: { __typename?: 'Organisation', id: string, name: string, shortName: string } | null } } };

export type UpdateMemberRoleMutationVariables = Exact<{
  input: UpdateMemberRoleInput;
}>;


export type UpdateMemberRoleMutation = { __typename?: 'Mutation', updateMemberRole: { __typename?: 'UpdateMemberRolePayload', membership: { __typename?: 'Membership', id: string, role: Role, active: boolean, version: number, createdAt: string, invitationExpiresAt?: string | null, user: { __typename?: 'User', id: string, name: string, email: string, passwordSet: boolean }, organisation?: { __typename?: 'Organisation', id: string, name: string, shortName: string } | null } } };

export type SetMemberActiveMutationVariables = Exact<{
  input: SetMemberActiveInput;
}>;


export type SetMemberActiveMutation = { __typename?: 'Mutation', setMemberActive: { __typename?: 'SetMemberActivePayload', membership: { __typename?: 'Membership', id: string, role: Role, active: boolean, version: number, createdAt: string, invitationExpiresAt?: string | null, user: { __typename?: 'User', id: string, name: string, email: string, passwordSet: boolean }, organisation?: { __typename?: 'Organisation', id: string, name: string, shortName: string } | null } } };

export type ResendInvitationMutationVariables = Exact<{
  input: ResendInvitationInput;
}>;


export type ResendInvitationMutation = { __typename?: 'Mutation', resendInvitation: { __typename?: 'ResendInvitationPayload', membership: { __typename?: 'Membership', id: string, version: number } } };

export type AgreementHeadFieldsFragment = { __typename?: 'Agreement', id: string, cooperationId: string, title: string, validFrom: string, validUntil?: string | null, status: AgreementStatus, predecessorId?: string | null, successorId?: string | null, signedAt?: string | null, canManage: boolean };

export type AgreementFieldsFragment = { __typename?: 'Agreement', body: string, signedByName: string, years: Array<number>, canSign: boolean, version: number, id: string, cooperationId: string, title: string, validFrom: string, validUntil?: string | null, status: AgreementStatus, predecessorId?: string | null, successorId?: string | null, signedAt?: string | null, canManage: boolean, parties: Array<{ __typename?: 'AgreementParty', signatory: string, signedOn?: string | null, partner: { __typename?: 'Partner', id: string, position: number, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } }>, commitments: Array<{ __typename?: 'Commitment', id: string, agreementId: string, position: number, title: string, description: string, recurring: boolean, carriedFromId?: string | null, version: number, years: Array<{ __typename?: 'CommitmentYear', year: number, status: CommitmentStatus, reason: string, fulfilments: Array<{ __typename?: 'Fulfilment', id: string, year: number, kind: FulfilmentKind, measureId: string, title: string, detail: string, date?: string | null, state: FulfilmentState }> }> }> };

export type AgreementsQueryVariables = Exact<{
  cooperationId: Scalars['ID']['input'];
}>;


export type AgreementsQuery = { __typename?: 'Query', agreements: Array<{ __typename?: 'Agreement', id: string, cooperationId: string, title: string, validFrom: string, validUntil?: string | null, status: AgreementStatus, predecessorId?: string | null, successorId?: string | null, signedAt?: string | null, canManage: boolean, commitments: Array<{ __typename?: 'Commitment', id: string }> }> };

export type AgreementQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AgreementQuery = { __typename?: 'Query', agreement: { __typename?: 'Agreement', body: string, signedByName: string, years: Array<number>, canSign: boolean, version: number, id: string, cooperationId: string, title: string, validFrom: string, validUntil?: string | null, status: AgreementStatus, predecessorId?: string | null, successorId?: string | null, signedAt?: string | null, canManage: boolean, parties: Array<{ __typename?: 'AgreementParty', signatory: string, signedOn?: string | null, partner: { __typename?: 'Partner', id: string, position: number, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } }>, commitments: Array<{ __typename?: 'Commitment', id: string, agreementId: string, position: number, title: string, description: string, recurring: boolean, carriedFromId?: string | null, version: number, years: Array<{ __typename?: 'CommitmentYear', year: number, status: CommitmentStatus, reason: string, fulfilments: Array<{ __typename?: 'Fulfilment', id: string, year: number, kind: FulfilmentKind, measureId: string, title: string, detail: string, date?: string | null, state: FulfilmentState }> }> }> } };

export type FulfilmentOptionsQueryVariables = Exact<{
  cooperationId: Scalars['ID']['input'];
  from?: InputMaybe<Scalars['DateTime']['input']>;
  until?: InputMaybe<Scalars['DateTime']['input']>;
}>;


export type FulfilmentOptionsQuery = { __typename?: 'Query', events: { __typename?: 'EventList', totalCount: number, items: Array<{ __typename?: 'Event', id: string, title: string, startsAt: string, status: EventStatus }> }, awardProgrammes: Array<{ __typename?: 'AwardProgramme', id: string, name: string, cycles: Array<{ __typename?: 'AwardCycle', id: string, year: number, title: string, phase: AwardPhase }> }>, workstreams: Array<{ __typename?: 'Workstream', id: string, title: string, status: WorkstreamStatus, startsOn: string, endsOn?: string | null }> };

export type CreateAgreementMutationVariables = Exact<{
  input: CreateAgreementInput;
}>;


export type CreateAgreementMutation = { __typename?: 'Mutation', createAgreement: { __typename?: 'AgreementPayload', agreement: { __typename?: 'Agreement', body: string, signedByName: string, years: Array<number>, canSign: boolean, version: number, id: string, cooperationId: string, title: string, validFrom: string, validUntil?: string | null, status: AgreementStatus, predecessorId?: string | null, successorId?: string | null, signedAt?: string | null, canManage: boolean, parties: Array<{ __typename?: 'AgreementParty', signatory: string, signedOn?: string | null, partner: { __typename?: 'Partner', id: string, position: number, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } }>, commitments: Array<{ __typename?: 'Commitment', id: string, agreementId: string, position: number, title: string, description: string, recurring: boolean, carriedFromId?: string | null, version: number, years: Array<{ __typename?: 'CommitmentYear', year: number, status: CommitmentStatus, reason: string, fulfilments: Array<{ __typename?: 'Fulfilment', id: string, year: number, kind: FulfilmentKind, measureId: string, title: string, detail: string, date?: string | null, state: FulfilmentState }> }> }> } } };

export type UpdateAgreementMutationVariables = Exact<{
  input: UpdateAgreementInput;
}>;


export type UpdateAgreementMutation = { __typename?: 'Mutation', updateAgreement: { __typename?: 'AgreementPayload', agreement: { __typename?: 'Agreement', body: string, signedByName: string, years: Array<number>, canSign: boolean, version: number, id: string, cooperationId: string, title: string, validFrom: string, validUntil?: string | null, status: AgreementStatus, predecessorId?: string | null, successorId?: string | null, signedAt?: string | null, canManage: boolean, parties: Array<{ __typename?: 'AgreementParty', signatory: string, signedOn?: string | null, partner: { __typename?: 'Partner', id: string, position: number, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } }>, commitments: Array<{ __typename?: 'Commitment', id: string, agreementId: string, position: number, title: string, description: string, recurring: boolean, carriedFromId?: string | null, version: number, years: Array<{ __typename?: 'CommitmentYear', year: number, status: CommitmentStatus, reason: string, fulfilments: Array<{ __typename?: 'Fulfilment', id: string, year: number, kind: FulfilmentKind, measureId: string, title: string, detail: string, date?: string | null, state: FulfilmentState }> }> }> } } };

export type SignAgreementMutationVariables = Exact<{
  input: SignAgreementInput;
}>;


export type SignAgreementMutation = { __typename?: 'Mutation', signAgreement: { __typename?: 'AgreementPayload', agreement: { __typename?: 'Agreement', body: string, signedByName: string, years: Array<number>, canSign: boolean, version: number, id: string, cooperationId: string, title: string, validFrom: string, validUntil?: string | null, status: AgreementStatus, predecessorId?: string | null, successorId?: string | null, signedAt?: string | null, canManage: boolean, parties: Array<{ __typename?: 'AgreementParty', signatory: string, signedOn?: string | null, partner: { __typename?: 'Partner', id: string, position: number, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } }>, commitments: Array<{ __typename?: 'Commitment', id: string, agreementId: string, position: number, title: string, description: string, recurring: boolean, carriedFromId?: string | null, version: number, years: Array<{ __typename?: 'CommitmentYear', year: number, status: CommitmentStatus, reason: string, fulfilments: Array<{ __typename?: 'Fulfilment', id: string, year: number, kind: FulfilmentKind, measureId: string, title: string, detail: string, date?: string | null, state: FulfilmentState }> }> }> } } };

export type DeleteAgreementMutationVariables = Exact<{
  input: DeleteAgreementInput;
}>;


export type DeleteAgreementMutation = { __typename?: 'Mutation', deleteAgreement: { __typename?: 'DeleteAgreementPayload', id: string } };

export type CreateSuccessorAgreementMutationVariables = Exact<{
  input: CreateSuccessorAgreementInput;
}>;


export type CreateSuccessorAgreementMutation = { __typename?: 'Mutation', createSuccessorAgreement: { __typename?: 'AgreementPayload', agreement: { __typename?: 'Agreement', body: string, signedByName: string, years: Array<number>, canSign: boolean, version: number, id: string, cooperationId: string, title: string, validFrom: string, validUntil?: string | null, status: AgreementStatus, predecessorId?: string | null, successorId?: string | null, signedAt?: string | null, canManage: boolean, parties: Array<{ __typename?: 'AgreementParty', signatory: string, signedOn?: string | null, partner: { __typename?: 'Partner', id: string, position: number, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } }>, commitments: Array<{ __typename?: 'Commitment', id: string, agreementId: string, position: number, title: string, description: string, recurring: boolean, carriedFromId?: string | null, version: number, years: Array<{ __typename?: 'CommitmentYear', year: number, status: CommitmentStatus, reason: string, fulfilments: Array<{ __typename?: 'Fulfilment', id: string, year: number, kind: FulfilmentKind, measureId: string, title: string, detail: string, date?: string | null, state: FulfilmentState }> }> }> } } };

export type CreateCommitmentMutationVariables = Exact<{
  input: CreateCommitmentInput;
}>;


export type CreateCommitmentMutation = { __typename?: 'Mutation', createCommitment: { __typename?: 'AgreementPayload', agreement: { __typename?: 'Agreement', body: string, signedByName: string, years: Array<number>, canSign: boolean, version: number, id: string, cooperationId: string, title: string, validFrom: string, validUntil?: string | null, status: AgreementStatus, predecessorId?: string | null, successorId?: string | null, signedAt?: string | null, canManage: boolean, parties: Array<{ __typename?: 'AgreementParty', signatory: string, signedOn?: string | null, partner: { __typename?: 'Partner', id: string, position: number, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } }>, commitments: Array<{ __typename?: 'Commitment', id: string, agreementId: string, position: number, title: string, description: string, recurring: boolean, carriedFromId?: string | null, version: number, years: Array<{ __typename?: 'CommitmentYear', year: number, status: CommitmentStatus, reason: string, fulfilments: Array<{ __typename?: 'Fulfilment', id: string, year: number, kind: FulfilmentKind, measureId: string, title: string, detail: string, date?: string | null, state: FulfilmentState }> }> }> } } };

export type UpdateCommitmentMutationVariables = Exact<{
  input: UpdateCommitmentInput;
}>;


export type UpdateCommitmentMutation = { __typename?: 'Mutation', updateCommitment: { __typename?: 'AgreementPayload', agreement: { __typename?: 'Agreement', body: string, signedByName: string, years: Array<number>, canSign: boolean, version: number, id: string, cooperationId: string, title: string, validFrom: string, validUntil?: string | null, status: AgreementStatus, predecessorId?: string | null, successorId?: string | null, signedAt?: string | null, canManage: boolean, parties: Array<{ __typename?: 'AgreementParty', signatory: string, signedOn?: string | null, partner: { __typename?: 'Partner', id: string, position: number, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } }>, commitments: Array<{ __typename?: 'Commitment', id: string, agreementId: string, position: number, title: string, description: string, recurring: boolean, carriedFromId?: string | null, version: number, years: Array<{ __typename?: 'CommitmentYear', year: number, status: CommitmentStatus, reason: string, fulfilments: Array<{ __typename?: 'Fulfilment', id: string, year: number, kind: FulfilmentKind, measureId: string, title: string, detail: string, date?: string | null, state: FulfilmentState }> }> }> } } };

export type DeleteCommitmentMutationVariables = Exact<{
  input: DeleteCommitmentInput;
}>;


export type DeleteCommitmentMutation = { __typename?: 'Mutation', deleteCommitment: { __typename?: 'AgreementPayload', agreement: { __typename?: 'Agreement', body: string, signedByName: string, years: Array<number>, canSign: boolean, version: number, id: string, cooperationId: string, title: string, validFrom: string, validUntil?: string | null, status: AgreementStatus, predecessorId?: string | null, successorId?: string | null, signedAt?: string | null, canManage: boolean, parties: Array<{ __typename?: 'AgreementParty', signatory: string, signedOn?: string | null, partner: { __typename?: 'Partner', id: string, position: number, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } }>, commitments: Array<{ __typename?: 'Commitment', id: string, agreementId: string, position: number, title: string, description: string, recurring: boolean, carriedFromId?: string | null, version: number, years: Array<{ __typename?: 'CommitmentYear', year: number, status: CommitmentStatus, reason: string, fulfilments: Array<{ __typename?: 'Fulfilment', id: string, year: number, kind: FulfilmentKind, measureId: string, title: string, detail: string, date?: string | null, state: FulfilmentState }> }> }> } } };

export type AddFulfilmentMutationVariables = Exact<{
  input: AddFulfilmentInput;
}>;


export type AddFulfilmentMutation = { __typename?: 'Mutation', addFulfilment: { __typename?: 'AgreementPayload', agreement: { __typename?: 'Agreement', body: string, signedByName: string, years: Array<number>, canSign: boolean, version: number, id: string, cooperationId: string, title: string, validFrom: string, validUntil?: string | null, status: AgreementStatus, predecessorId?: string | null, successorId?: string | null, signedAt?: string | null, canManage: boolean, parties: Array<{ __typename?: 'AgreementParty', signatory: string, signedOn?: string | null, partner: { __typename?: 'Partner', id: string, position: number, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } }>, commitments: Array<{ __typename?: 'Commitment', id: string, agreementId: string, position: number, title: string, description: string, recurring: boolean, carriedFromId?: string | null, version: number, years: Array<{ __typename?: 'CommitmentYear', year: number, status: CommitmentStatus, reason: string, fulfilments: Array<{ __typename?: 'Fulfilment', id: string, year: number, kind: FulfilmentKind, measureId: string, title: string, detail: string, date?: string | null, state: FulfilmentState }> }> }> } } };

export type RemoveFulfilmentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RemoveFulfilmentMutation = { __typename?: 'Mutation', removeFulfilment: { __typename?: 'AgreementPayload', agreement: { __typename?: 'Agreement', body: string, signedByName: string, years: Array<number>, canSign: boolean, version: number, id: string, cooperationId: string, title: string, validFrom: string, validUntil?: string | null, status: AgreementStatus, predecessorId?: string | null, successorId?: string | null, signedAt?: string | null, canManage: boolean, parties: Array<{ __typename?: 'AgreementParty', signatory: string, signedOn?: string | null, partner: { __typename?: 'Partner', id: string, position: number, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } }>, commitments: Array<{ __typename?: 'Commitment', id: string, agreementId: string, position: number, title: string, description: string, recurring: boolean, carriedFromId?: string | null, version: number, years: Array<{ __typename?: 'CommitmentYear', year: number, status: CommitmentStatus, reason: string, fulfilments: Array<{ __typename?: 'Fulfilment', id: string, year: number, kind: FulfilmentKind, measureId: string, title: string, detail: string, date?: string | null, state: FulfilmentState }> }> }> } } };

export type SessionUserFragment = { __typename?: 'User', id: string, email: string, name: string, locale: Locale, isSystemAdmin: boolean, memberships: Array<{ __typename?: 'Membership', id: string, role: Role, active: boolean, cooperation: { __typename?: 'Cooperation', id: string, name: string }, organisation?: { __typename?: 'Organisation', id: string, name: string, shortName: string } | null }> };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { __typename?: 'Mutation', login: { __typename?: 'LoginPayload', accessToken: string, expiresAt: string, user: { __typename?: 'User', id: string, email: string, name: string, locale: Locale, isSystemAdmin: boolean, memberships: Array<{ __typename?: 'Membership', id: string, role: Role, active: boolean, cooperation: { __typename?: 'Cooperation', id: string, name: string }, organisation?: { __typename?: 'Organisation', id: string, name: string, shortName: string } | null }> } } };

export type RefreshSessionMutationVariables = Exact<{ [key: string]: never; }>;


export type RefreshSessionMutation = { __typename?: 'Mutation', refreshSession: { __typename?: 'LoginPayload', accessToken: string, expiresAt: string, user: { __typename?: 'User', id: string, email: string, name: string, locale: Locale, isSystemAdmin: boolean, memberships: Array<{ __typename?: 'Membership', id: string, role: Role, active: boolean, cooperation: { __typename?: 'Cooperation', id: string, name: string }, organisation?: { __typename?: 'Organisation', id: string, name: string, shortName: string } | null }> } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { __typename?: 'Mutation', logout: { __typename?: 'LogoutPayload', ok: boolean } };

export type PasswordTokenQueryVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type PasswordTokenQuery = { __typename?: 'Query', passwordToken: { __typename?: 'PasswordTokenInfo', email: string, name: string, purpose: PasswordTokenPurpose, expiresAt: string } };

export type SetPasswordMutationVariables = Exact<{
  input: SetPasswordInput;
}>;


export type SetPasswordMutation = { __typename?: 'Mutation', setPassword: { __typename?: 'LoginPayload', accessToken: string, expiresAt: string, user: { __typename?: 'User', id: string, email: string, name: string, locale: Locale, isSystemAdmin: boolean, memberships: Array<{ __typename?: 'Membership', id: string, role: Role, active: boolean, cooperation: { __typename?: 'Cooperation', id: string, name: string }, organisation?: { __typename?: 'Organisation', id: string, name: string, shortName: string } | null }> } } };

export type RequestPasswordResetMutationVariables = Exact<{
  input: RequestPasswordResetInput;
}>;


export type RequestPasswordResetMutation = { __typename?: 'Mutation', requestPasswordReset: { __typename?: 'RequestPasswordResetPayload', ok: boolean } };

export type AwardCycleFieldsFragment = { __typename?: 'AwardCycle', id: string, cooperationId: string, programmeId: string, programmeName: string, year: number, title: string, categories: Array<string>, nominationOpensAt: string, nominationClosesAt: string, votingClosesAt: string, quorum: number, tieBreakRule: TieBreakRule, announcementEventId?: string | null, announcementEventTitle?: string | null, phase: AwardPhase, allApproved: boolean, allowedPhases: Array<AwardPhase>, canManage: boolean, version: number, criteriaVersion: number, criteria: Array<{ __typename?: 'Criterion', id: string, name: string, description: string, weight: number, scoreMin: number, scoreMax: number, position: number }>, approvals: Array<{ __typename?: 'CriteriaApproval', approvedByName?: string | null, approvedAt?: string | null, partner: { __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } }>, canApprove?: { __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } | null };

export type AwardProgrammesQueryVariables = Exact<{
  cooperationId: Scalars['ID']['input'];
}>;


export type AwardProgrammesQuery = { __typename?: 'Query', awardProgrammes: Array<{ __typename?: 'AwardProgramme', id: string, name: string, description: string, winnerExclusionYears: number, canManage: boolean, version: number, cycles: Array<{ __typename?: 'AwardCycle', id: string, year: number, title: string, phase: AwardPhase, allApproved: boolean, criteria: Array<{ __typename?: 'Criterion', id: string }> }> }> };

export type AwardCycleStatusFieldsFragment = { __typename?: 'AwardCycle', id: string, isChair: boolean, canClose: boolean, closedByName?: string | null, closedAt?: string | null, publicNominationPath: string, myBallot?: { __typename?: 'Ballot', submittedAt?: string | null, canEdit: boolean } | null, turnout?: { __typename?: 'Turnout', jurors: number, submitted: number, quorum: number, quorumMet: boolean } | null };

export type AwardCycleQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AwardCycleQuery = { __typename?: 'Query', awardCycle: { __typename?: 'AwardCycle', id: string, cooperationId: string, programmeId: string, programmeName: string, year: number, title: string, categories: Array<string>, nominationOpensAt: string, nominationClosesAt: string, votingClosesAt: string, quorum: number, tieBreakRule: TieBreakRule, announcementEventId?: string | null, announcementEventTitle?: string | null, phase: AwardPhase, allApproved: boolean, allowedPhases: Array<AwardPhase>, canManage: boolean, version: number, criteriaVersion: number, isChair: boolean, canClose: boolean, closedByName?: string | null, closedAt?: string | null, publicNominationPath: string, criteria: Array<{ __typename?: 'Criterion', id: string, name: string, description: string, weight: number, scoreMin: number, scoreMax: number, position: number }>, approvals: Array<{ __typename?: 'CriteriaApproval', approvedByName?: string | null, approvedAt?: string | null, partner: { __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } }>, canApprove?: { __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } | null, myBallot?: { __typename?: 'Ballot', submittedAt?: string | null, canEdit: boolean } | null, turnout?: { __typename?: 'Turnout', jurors: number, submitted: number, quorum: number, quorumMet: boolean } | null } };

export type AwardEventsQueryVariables = Exact<{
  cooperationId: Scalars['ID']['input'];
}>;


export type AwardEventsQuery = { __typename?: 'Query', events: { __typename?: 'EventList', items: Array<{ __typename?: 'Event', id: string, title: string, startsAt: string }> } };

export type CreateAwardProgrammeMutationVariables = Exact<{
  input: CreateAwardProgrammeInput;
}>;


export type CreateAwardProgrammeMutation = { __typename?: 'Mutation', createAwardProgramme: { __typename?: 'CreateAwardProgrammePayload', awardProgramme: { __typename?: 'AwardProgramme', id: string, name: string, description: string, winnerExclusionYears: number, version: number } } };

export type UpdateAwardProgrammeMutationVariables = Exact<{
  input: UpdateAwardProgrammeInput;
}>;


export type UpdateAwardProgrammeMutation = { __typename?: 'Mutation', updateAwardProgramme: { __typename?: 'UpdateAwardProgrammePayload', awardProgramme: { __typename?: 'AwardProgramme', id: string, name: string, description: string, winnerExclusionYears: number, version: number } } };

export type CreateAwardCycleMutationVariables = Exact<{
  input: CreateAwardCycleInput;
}>;


export type CreateAwardCycleMutation = { __typename?: 'Mutation', createAwardCycle: { __typename?: 'CreateAwardCyclePayload', awardCycle: { __typename?: 'AwardCycle', id: string, cooperationId: string, programmeId: string, programmeName: string, year: number, title: string, categories: Array<string>, nominationOpensAt: string, nominationClosesAt: string, votingClosesAt: string, quorum: number, tieBreakRule: TieBreakRule, announcementEventId?: string | null, announcementEventTitle?: string | null, phase: AwardPhase, allApproved: boolean, allowedPhases: Array<AwardPhase>, canManage: boolean, version: number, criteriaVersion: number, criteria: Array<{ __typename?: 'Criterion', id: string, name: string, description: string, weight: number, scoreMin: number, scoreMax: number, position: number }>, approvals: Array<{ __typename?: 'CriteriaApproval', approvedByName?: string | null, approvedAt?: string | null, partner: { __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } }>, canApprove?: { __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } | null } } };

export type UpdateAwardCycleMutationVariables = Exact<{
  input: UpdateAwardCycleInput;
}>;


export type UpdateAwardCycleMutation = { __typename?: 'Mutation', updateAwardCycle: { __typename?: 'UpdateAwardCyclePayload', awardCycle: { __typename?: 'AwardCycle', id: string, cooperationId: string, programmeId: string, programmeName: string, year: number, title: string, categories: Array<string>, nominationOpensAt: string, nominationClosesAt: string, votingClosesAt: string, quorum: number, tieBreakRule: TieBreakRule, announcementEventId?: string | null, announcementEventTitle?: string | null, phase: AwardPhase, allApproved: boolean, allowedPhases: Array<AwardPhase>, canManage: boolean, version: number, criteriaVersion: number, criteria: Array<{ __typename?: 'Criterion', id: string, name: string, description: string, weight: number, scoreMin: number, scoreMax: number, position: number }>, approvals: Array<{ __typename?: 'CriteriaApproval', approvedByName?: string | null, approvedAt?: string | null, partner: { __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } }>, canApprove?: { __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } | null } } };

export type AddCriterionMutationVariables = Exact<{
  input: AddCriterionInput;
}>;


export type AddCriterionMutation = { __typename?: 'Mutation', addCriterion: { __typename?: 'AddCriterionPayload', awardCycle: { __typename?: 'AwardCycle', id: string, cooperationId: string, programmeId: string, programmeName: string, year: number, title: string, categories: Array<string>, nominationOpensAt: string, nominationClosesAt: string, votingClosesAt: string, quorum: number, tieBreakRule: TieBreakRule, announcementEventId?: string | null, announcementEventTitle?: string | null, phase: AwardPhase, allApproved: boolean, allowedPhases: Array<AwardPhase>, canManage: boolean, version: number, criteriaVersion: number, criteria: Array<{ __typename?: 'Criterion', id: string, name: string, description: string, weight: number, scoreMin: number, scoreMax: number, position: number }>, approvals: Array<{ __typename?: 'CriteriaApproval', approvedByName?: string | null, approvedAt?: string | null, partner: { __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } }>, canApprove?: { __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } | null } } };

export type UpdateCriterionMutationVariables = Exact<{
  input: UpdateCriterionInput;
}>;


export type UpdateCriterionMutation = { __typename?: 'Mutation', updateCriterion: { __typename?: 'UpdateCriterionPayload', awardCycle: { __typename?: 'AwardCycle', id: string, cooperationId: string, programmeId: string, programmeName: string, year: number, title: string, categories: Array<string>, nominationOpensAt: string, nominationClosesAt: string, votingClosesAt: string, quorum: number, tieBreakRule: TieBreakRule, announcementEventId?: string | null, announcementEventTitle?: string | null, phase: AwardPhase, allApproved: boolean, allowedPhases: Array<AwardPhase>, canManage: boolean, version: number, criteriaVersion: number, criteria: Array<{ __typename?: 'Criterion', id: string, name: string, description: string, weight: number, scoreMin: number, scoreMax: number, position: number }>, approvals: Array<{ __typename?: 'CriteriaApproval', approvedByName?: string | null, approvedAt?: string | null, partner: { __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } }>, canApprove?: { __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } | null } } };

export type DeleteCriterionMutationVariables = Exact<{
  input: DeleteCriterionInput;
}>;


export type DeleteCriterionMutation = { __typename?: 'Mutation', deleteCriterion: { __typename?: 'DeleteCriterionPayload', awardCycle: { __typename?: 'AwardCycle', id: string, cooperationId: string, programmeId: string, programmeName: string, year: number, title: string, categories: Array<string>, nominationOpensAt: string, nominationClosesAt: string, votingClosesAt: string, quorum: number, tieBreakRule: TieBreakRule, announcementEventId?: string | null, announcementEventTitle?: string | null, phase: AwardPhase, allApproved: boolean, allowedPhases: Array<AwardPhase>, canManage: boolean, version: number, criteriaVersion: number, criteria: Array<{ __typename?: 'Criterion', id: string, name: string, description: string, weight: number, scoreMin: number, scoreMax: number, position: number }>, approvals: Array<{ __typename?: 'CriteriaApproval', approvedByName?: string | null, approvedAt?: string | null, partner: { __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } }>, canApprove?: { __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } | null } } };

export type ReorderCriteriaMutationVariables = Exact<{
  input: ReorderCriteriaInput;
}>;


export type ReorderCriteriaMutation = { __typename?: 'Mutation', reorderCriteria: { __typename?: 'ReorderCriteriaPayload', awardCycle: { __typename?: 'AwardCycle', id: string, cooperationId: string, programmeId: string, programmeName: string, year: number, title: string, categories: Array<string>, nominationOpensAt: string, nominationClosesAt: string, votingClosesAt: string, quorum: number, tieBreakRule: TieBreakRule, announcementEventId?: string | null, announcementEventTitle?: string | null, phase: AwardPhase, allApproved: boolean, allowedPhases: Array<AwardPhase>, canManage: boolean, version: number, criteriaVersion: number, criteria: Array<{ __typename?: 'Criterion', id: string, name: string, description: string, weight: number, scoreMin: number, scoreMax: number, position: number }>, approvals: Array<{ __typename?: 'CriteriaApproval', approvedByName?: string | null, approvedAt?: string | null, partner: { __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } }>, canApprove?: { __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } | null } } };

export type ApproveCriteriaMutationVariables = Exact<{
  input: ApproveCriteriaInput;
}>;


export type ApproveCriteriaMutation = { __typename?: 'Mutation', approveCriteria: { __typename?: 'ApproveCriteriaPayload', awardCycle: { __typename?: 'AwardCycle', id: string, cooperationId: string, programmeId: string, programmeName: string, year: number, title: string, categories: Array<string>, nominationOpensAt: string, nominationClosesAt: string, votingClosesAt: string, quorum: number, tieBreakRule: TieBreakRule, announcementEventId?: string | null, announcementEventTitle?: string | null, phase: AwardPhase, allApproved: boolean, allowedPhases: Array<AwardPhase>, canManage: boolean, version: number, criteriaVersion: number, criteria: Array<{ __typename?: 'Criterion', id: string, name: string, description: string, weight: number, scoreMin: number, scoreMax: number, position: number }>, approvals: Array<{ __typename?: 'CriteriaApproval', approvedByName?: string | null, approvedAt?: string | null, partner: { __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } }>, canApprove?: { __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } | null } } };

export type WithdrawCriteriaApprovalMutationVariables = Exact<{
  input: WithdrawCriteriaApprovalInput;
}>;


export type WithdrawCriteriaApprovalMutation = { __typename?: 'Mutation', withdrawCriteriaApproval: { __typename?: 'WithdrawCriteriaApprovalPayload', awardCycle: { __typename?: 'AwardCycle', id: string, cooperationId: string, programmeId: string, programmeName: string, year: number, title: string, categories: Array<string>, nominationOpensAt: string, nominationClosesAt: string, votingClosesAt: string, quorum: number, tieBreakRule: TieBreakRule, announcementEventId?: string | null, announcementEventTitle?: string | null, phase: AwardPhase, allApproved: boolean, allowedPhases: Array<AwardPhase>, canManage: boolean, version: number, criteriaVersion: number, criteria: Array<{ __typename?: 'Criterion', id: string, name: string, description: string, weight: number, scoreMin: number, scoreMax: number, position: number }>, approvals: Array<{ __typename?: 'CriteriaApproval', approvedByName?: string | null, approvedAt?: string | null, partner: { __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } }>, canApprove?: { __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } | null } } };

export type ChangeAwardPhaseMutationVariables = Exact<{
  input: ChangeAwardPhaseInput;
}>;


export type ChangeAwardPhaseMutation = { __typename?: 'Mutation', changeAwardPhase: { __typename?: 'ChangeAwardPhasePayload', awardCycle: { __typename?: 'AwardCycle', id: string, cooperationId: string, programmeId: string, programmeName: string, year: number, title: string, categories: Array<string>, nominationOpensAt: string, nominationClosesAt: string, votingClosesAt: string, quorum: number, tieBreakRule: TieBreakRule, announcementEventId?: string | null, announcementEventTitle?: string | null, phase: AwardPhase, allApproved: boolean, allowedPhases: Array<AwardPhase>, canManage: boolean, version: number, criteriaVersion: number, criteria: Array<{ __typename?: 'Criterion', id: string, name: string, description: string, weight: number, scoreMin: number, scoreMax: number, position: number }>, approvals: Array<{ __typename?: 'CriteriaApproval', approvedByName?: string | null, approvedAt?: string | null, partner: { __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } }>, canApprove?: { __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } | null } } };

export type BudgetPartnerTotalFieldsFragment = { __typename?: 'BudgetPartnerTotal', plannedCents: number, actualCents: number, sponsorshipCents: number, netCents: number, partner: { __typename?: 'Partner', id: string, position: number, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } };

export type EventBudgetFieldsFragment = { __typename?: 'EventBudget', eventId: string, plannedCents: number, actualCents: number, sponsorshipCents: number, inKindCents: number, netCents: number, lines: Array<{ __typename?: 'BudgetLine', id: string, category: BudgetCategory, description: string, plannedCents: number, actualCents?: number | null, shareMode: BudgetShareMode, version: number, shares: Array<{ __typename?: 'BudgetShare', basisPoints?: number | null, amountCents?: number | null, plannedCents: number, actualCents?: number | null, partner: { __typename?: 'Partner', id: string } }> }>, sponsorships: Array<{ __typename?: 'Sponsorship', id: string, kind: SponsorshipKind, amountCents: number, status: SponsorshipStatus, note: string, version: number, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } }>, partners: Array<{ __typename?: 'BudgetPartnerTotal', plannedCents: number, actualCents: number, sponsorshipCents: number, netCents: number, partner: { __typename?: 'Partner', id: string, position: number, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } }> };

export type EventBudgetQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EventBudgetQuery = { __typename?: 'Query', event: { __typename?: 'Event', id: string, budget: { __typename?: 'EventBudget', eventId: string, plannedCents: number, actualCents: number, sponsorshipCents: number, inKindCents: number, netCents: number, lines: Array<{ __typename?: 'BudgetLine', id: string, category: BudgetCategory, description: string, plannedCents: number, actualCents?: number | null, shareMode: BudgetShareMode, version: number, shares: Array<{ __typename?: 'BudgetShare', basisPoints?: number | null, amountCents?: number | null, plannedCents: number, actualCents?: number | null, partner: { __typename?: 'Partner', id: string } }> }>, sponsorships: Array<{ __typename?: 'Sponsorship', id: string, kind: SponsorshipKind, amountCents: number, status: SponsorshipStatus, note: string, version: number, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } }>, partners: Array<{ __typename?: 'BudgetPartnerTotal', plannedCents: number, actualCents: number, sponsorshipCents: number, netCents: number, partner: { __typename?: 'Partner', id: string, position: number, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } }> } } };

export type BudgetSummaryQueryVariables = Exact<{
  cooperationId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
}>;


export type BudgetSummaryQuery = { __typename?: 'Query', budgetSummary: { __typename?: 'BudgetSummary', year: number, plannedCents: number, actualCents: number, sponsorshipCents: number, netCents: number, partners: Array<{ __typename?: 'BudgetPartnerTotal', plannedCents: number, actualCents: number, sponsorshipCents: number, netCents: number, partner: { __typename?: 'Partner', id: string, position: number, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } }>, events: Array<{ __typename?: 'BudgetEventTotal', plannedCents: number, actualCents: number, sponsorshipCents: number, netCents: number, event: { __typename?: 'Event', id: string, title: string, startsAt: string, status: EventStatus } }> } };

export type SponsorOptionsQueryVariables = Exact<{
  cooperationId: Scalars['ID']['input'];
}>;


export type SponsorOptionsQuery = { __typename?: 'Query', organisations: { __typename?: 'OrganisationList', items: Array<{ __typename?: 'Organisation', id: string, name: string, shortName: string, kind: OrganisationKind }> } };

export type CreateBudgetLineMutationVariables = Exact<{
  input: CreateBudgetLineInput;
}>;


export type CreateBudgetLineMutation = { __typename?: 'Mutation', createBudgetLine: { __typename?: 'CreateBudgetLinePayload', budget: { __typename?: 'EventBudget', eventId: string, plannedCents: number, actualCents: number, sponsorshipCents: number, inKindCents: number, netCents: number, lines: Array<{ __typename?: 'BudgetLine', id: string, category: BudgetCategory, description: string, plannedCents: number, actualCents?: number | null, shareMode: BudgetShareMode, version: number, shares: Array<{ __typename?: 'BudgetShare', basisPoints?: number | null, amountCents?: number | null, plannedCents: number, actualCents?: number | null, partner: { __typename?: 'Partner', id: string } }> }>, sponsorships: Array<{ __typename?: 'Sponsorship', id: string, kind: SponsorshipKind, amountCents: number, status: SponsorshipStatus, note: string, version: number, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } }>, partners: Array<{ __typename?: 'BudgetPartnerTotal', plannedCents: number, actualCents: number, sponsorshipCents: number, netCents: number, partner: { __typename?: 'Partner', id: string, position: number, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } }> } } };

export type UpdateBudgetLineMutationVariables = Exact<{
  input: UpdateBudgetLineInput;
}>;


export type UpdateBudgetLineMutation = { __typename?: 'Mutation', updateBudgetLine: { __typename?: 'UpdateBudgetLinePayload', budget: { __typename?: 'EventBudget', eventId: string, plannedCents: number, actualCents: number, sponsorshipCents: number, inKindCents: number, netCents: number, lines: Array<{ __typename?: 'BudgetLine', id: string, category: BudgetCategory, description: string, plannedCents: number, actualCents?: number | null, shareMode: BudgetShareMode, version: number, shares: Array<{ __typename?: 'BudgetShare', basisPoints?: number | null, amountCents?: number | null, plannedCents: number, actualCents?: number | null, partner: { __typename?: 'Partner', id: string } }> }>, sponsorships: Array<{ __typename?: 'Sponsorship', id: string, kind: SponsorshipKind, amountCents: number, status: SponsorshipStatus, note: string, version: number, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } }>, partners: Array<{ __typename?: 'BudgetPartnerTotal', plannedCents: number, actualCents: number, sponsorshipCents: number, netCents: number, partner: { __typename?: 'Partner', id: string, position: number, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } }> } } };

export type DeleteBudgetLineMutationVariables = Exact<{
  input: DeleteBudgetLineInput;
}>;


export type DeleteBudgetLineMutation = { __typename?: 'Mutation', deleteBudgetLine: { __typename?: 'DeleteBudgetLinePayload', id: string, budget: { __typename?: 'EventBudget', eventId: string, plannedCents: number, actualCents: number, sponsorshipCents: number, inKindCents: number, netCents: number, lines: Array<{ __typename?: 'BudgetLine', id: string, category: BudgetCategory, description: string, plannedCents: number, actualCents?: number | null, shareMode: BudgetShareMode, version: number, shares: Array<{ __typename?: 'BudgetShare', basisPoints?: number | null, amountCents?: number | null, plannedCents: number, actualCents?: number | null, partner: { __typename?: 'Partner', id: string } }> }>, sponsorships: Array<{ __typename?: 'Sponsorship', id: string, kind: SponsorshipKind, amountCents: number, status: SponsorshipStatus, note: string, version: number, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } }>, partners: Array<{ __typename?: 'BudgetPartnerTotal', plannedCents: number, actualCents: number, sponsorshipCents: number, netCents: number, partner: { __typename?: 'Partner', id: string, position: number, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } }> } } };

export type CreateSponsorshipMutationVariables = Exact<{
  input: CreateSponsorshipInput;
}>;


export type CreateSponsorshipMutation = { __typename?: 'Mutation', createSponsorship: { __typename?: 'CreateSponsorshipPayload', budget: { __typename?: 'EventBudget', eventId: string, plannedCents: number, actualCents: number, sponsorshipCents: number, inKindCents: number, netCents: number, lines: Array<{ __typename?: 'BudgetLine', id: string, category: BudgetCategory, description: string, plannedCents: number, actualCents?: number | null, shareMode: BudgetShareMode, version: number, shares: Array<{ __typename?: 'BudgetShare', basisPoints?: number | null, amountCents?: number | null, plannedCents: number, actualCents?: number | null, partner: { __typename?: 'Partner', id: string } }> }>, sponsorships: Array<{ __typename?: 'Sponsorship', id: string, kind: SponsorshipKind, amountCents: number, status: SponsorshipStatus, note: string, version: number, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } }>, partners: Array<{ __typename?: 'BudgetPartnerTotal', plannedCents: number, actualCents: number, sponsorshipCents: number, netCents: number, partner: { __typename?: 'Partner', id: string, position: number, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } }> } } };

export type UpdateSponsorshipMutationVariables = Exact<{
  input: UpdateSponsorshipInput;
}>;


export type UpdateSponsorshipMutation = { __typename?: 'Mutation', updateSponsorship: { __typename?: 'UpdateSponsorshipPayload', budget: { __typename?: 'EventBudget', eventId: string, plannedCents: number, actualCents: number, sponsorshipCents: number, inKindCents: number, netCents: number, lines: Array<{ __typename?: 'BudgetLine', id: string, category: BudgetCategory, description: string, plannedCents: number, actualCents?: number | null, shareMode: BudgetShareMode, version: number, shares: Array<{ __typename?: 'BudgetShare', basisPoints?: number | null, amountCents?: number | null, plannedCents: number, actualCents?: number | null, partner: { __typename?: 'Partner', id: string } }> }>, sponsorships: Array<{ __typename?: 'Sponsorship', id: string, kind: SponsorshipKind, amountCents: number, status: SponsorshipStatus, note: string, version: number, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } }>, partners: Array<{ __typename?: 'BudgetPartnerTotal', plannedCents: number, actualCents: number, sponsorshipCents: number, netCents: number, partner: { __typename?: 'Partner', id: string, position: number, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } }> } } };

export type DeleteSponsorshipMutationVariables = Exact<{
  input: DeleteSponsorshipInput;
}>;


export type DeleteSponsorshipMutation = { __typename?: 'Mutation', deleteSponsorship: { __typename?: 'DeleteSponsorshipPayload', id: string, budget: { __typename?: 'EventBudget', eventId: string, plannedCents: number, actualCents: number, sponsorshipCents: number, inKindCents: number, netCents: number, lines: Array<{ __typename?: 'BudgetLine', id: string, category: BudgetCategory, description: string, plannedCents: number, actualCents?: number | null, shareMode: BudgetShareMode, version: number, shares: Array<{ __typename?: 'BudgetShare', basisPoints?: number | null, amountCents?: number | null, plannedCents: number, actualCents?: number | null, partner: { __typename?: 'Partner', id: string } }> }>, sponsorships: Array<{ __typename?: 'Sponsorship', id: string, kind: SponsorshipKind, amountCents: number, status: SponsorshipStatus, note: string, version: number, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } }>, partners: Array<{ __typename?: 'BudgetPartnerTotal', plannedCents: number, actualCents: number, sponsorshipCents: number, netCents: number, partner: { __typename?: 'Partner', id: string, position: number, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } }> } } };

export type EventIcsUrlQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EventIcsUrlQuery = { __typename?: 'Query', event: { __typename?: 'Event', id: string, icsUrl: string } };

export type CalendarFeedQueryVariables = Exact<{
  cooperationId: Scalars['ID']['input'];
}>;


export type CalendarFeedQuery = { __typename?: 'Query', calendarFeed?: { __typename?: 'CalendarFeed', createdAt: string, createdByName: string } | null };

export type RotateCalendarFeedMutationVariables = Exact<{
  input: RotateCalendarFeedInput;
}>;


export type RotateCalendarFeedMutation = { __typename?: 'Mutation', rotateCalendarFeed: { __typename?: 'RotateCalendarFeedPayload', url: string, calendarFeed: { __typename?: 'CalendarFeed', createdAt: string, createdByName: string } } };

export type DeleteCalendarFeedMutationVariables = Exact<{
  input: DeleteCalendarFeedInput;
}>;


export type DeleteCalendarFeedMutation = { __typename?: 'Mutation', deleteCalendarFeed: { __typename?: 'DeleteCalendarFeedPayload', cooperationId: string } };

export type ContactListFieldsFragment = { __typename?: 'Contact', id: string, salutation: Salutation, title: string, firstName: string, lastName: string, name: string, function: string, email?: string | null, phone: string, city: string, legalBasis: LegalBasis, optedOutAt?: string | null, detailsHidden: boolean, version: number, organisation?: { __typename?: 'Organisation', id: string, name: string } | null };

export type ContactDetailFieldsFragment = { __typename?: 'Contact', id: string, salutation: Salutation, title: string, firstName: string, lastName: string, name: string, letterSalutation: string, function: string, email?: string | null, phone: string, street: string, postalCode: string, city: string, legalBasis: LegalBasis, consentAt?: string | null, note: string, optedOutAt?: string | null, detailsHidden: boolean, createdAt: string, updatedAt: string, version: number, organisation?: { __typename?: 'Organisation', id: string, name: string } | null, distributionLists: Array<{ __typename?: 'DistributionList', id: string, name: string }> };

export type DistributionListFieldsFragment = { __typename?: 'DistributionList', id: string, name: string, description: string, memberCount: number, createdAt: string, version: number };

export type ContactsQueryVariables = Exact<{
  cooperationId: Scalars['ID']['input'];
  filter?: InputMaybe<ContactFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ContactsQuery = { __typename?: 'Query', contacts: { __typename?: 'ContactList', totalCount: number, items: Array<{ __typename?: 'Contact', id: string, salutation: Salutation, title: string, firstName: string, lastName: string, name: string, function: string, email?: string | null, phone: string, city: string, legalBasis: LegalBasis, optedOutAt?: string | null, detailsHidden: boolean, version: number, organisation?: { __typename?: 'Organisation', id: string, name: string } | null }> } };

export type ContactQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ContactQuery = { __typename?: 'Query', contact: { __typename?: 'Contact', id: string, salutation: Salutation, title: string, firstName: string, lastName: string, name: string, letterSalutation: string, function: string, email?: string | null, phone: string, street: string, postalCode: string, city: string, legalBasis: LegalBasis, consentAt?: string | null, note: string, optedOutAt?: string | null, detailsHidden: boolean, createdAt: string, updatedAt: string, version: number, organisation?: { __typename?: 'Organisation', id: string, name: string } | null, distributionLists: Array<{ __typename?: 'DistributionList', id: string, name: string }> } };

export type ContactOrganisationsQueryVariables = Exact<{
  cooperationId: Scalars['ID']['input'];
}>;


export type ContactOrganisationsQuery = { __typename?: 'Query', organisations: { __typename?: 'OrganisationList', totalCount: number, items: Array<{ __typename?: 'Organisation', id: string, name: string }> } };

export type DistributionListsQueryVariables = Exact<{
  cooperationId: Scalars['ID']['input'];
}>;


export type DistributionListsQuery = { __typename?: 'Query', distributionLists: Array<{ __typename?: 'DistributionList', id: string, name: string, description: string, memberCount: number, createdAt: string, version: number }> };

export type DistributionListQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DistributionListQuery = { __typename?: 'Query', distributionList: { __typename?: 'DistributionList', id: string, name: string, description: string, memberCount: number, createdAt: string, version: number } };

export type CreateContactMutationVariables = Exact<{
  input: CreateContactInput;
}>;


export type CreateContactMutation = { __typename?: 'Mutation', createContact: { __typename?: 'CreateContactPayload', contact: { __typename?: 'Contact', id: string, salutation: Salutation, title: string, firstName: string, lastName: string, name: string, letterSalutation: string, function: string, email?: string | null, phone: string, street: string, postalCode: string, city: string, legalBasis: LegalBasis, consentAt?: string | null, note: string, optedOutAt?: string | null, detailsHidden: boolean, createdAt: string, updatedAt: string, version: number, organisation?: { __typename?: 'Organisation', id: string, name: string } | null, distributionLists: Array<{ __typename?: 'DistributionList', id: string, name: string }> } } };

export type UpdateContactMutationVariables = Exact<{
  input: UpdateContactInput;
}>;


export type UpdateContactMutation = { __typename?: 'Mutation', updateContact: { __typename?: 'UpdateContactPayload', contact: { __typename?: 'Contact', id: string, salutation: Salutation, title: string, firstName: string, lastName: string, name: string, letterSalutation: string, function: string, email?: string | null, phone: string, street: string, postalCode: string, city: string, legalBasis: LegalBasis, consentAt?: string | null, note: string, optedOutAt?: string | null, detailsHidden: boolean, createdAt: string, updatedAt: string, version: number, organisation?: { __typename?: 'Organisation', id: string, name: string } | null, distributionLists: Array<{ __typename?: 'DistributionList', id: string, name: string }> } } };

export type DeleteContactMutationVariables = Exact<{
  input: DeleteContactInput;
}>;


export type DeleteContactMutation = { __typename?: 'Mutation', deleteContact: { __typename?: 'DeleteContactPayload', id: string } };

export type CreateDistributionListMutationVariables = Exact<{
  input: CreateDistributionListInput;
}>;


export type CreateDistributionListMutation = { __typename?: 'Mutation', createDistributionList: { __typename?: 'CreateDistributionListPayload', distributionList: { __typename?: 'DistributionList', id: string, name: string, description: string, memberCount: number, createdAt: string, version: number } } };

export type UpdateDistributionListMutationVariables = Exact<{
  input: UpdateDistributionListInput;
}>;


export type UpdateDistributionListMutation = { __typename?: 'Mutation', updateDistributionList: { __typename?: 'UpdateDistributionListPayload', distributionList: { __typename?: 'DistributionList', id: string, name: string, description: string, memberCount: number, createdAt: string, version: number } } };

export type DeleteDistributionListMutationVariables = Exact<{
  input: DeleteDistributionListInput;
}>;


export type DeleteDistributionListMutation = { __typename?: 'Mutation', deleteDistributionList: { __typename?: 'DeleteDistributionListPayload', id: string } };

export type AddContactsToListMutationVariables = Exact<{
  input: ListContactsInput;
}>;


export type AddContactsToListMutation = { __typename?: 'Mutation', addContactsToList: { __typename?: 'ListContactsPayload', distributionList: { __typename?: 'DistributionList', id: string, name: string, description: string, memberCount: number, createdAt: string, version: number } } };

export type RemoveContactsFromListMutationVariables = Exact<{
  input: ListContactsInput;
}>;


export type RemoveContactsFromListMutation = { __typename?: 'Mutation', removeContactsFromList: { __typename?: 'ListContactsPayload', distributionList: { __typename?: 'DistributionList', id: string, name: string, description: string, memberCount: number, createdAt: string, version: number } } };

export type ContactImportReportFieldsFragment = { __typename?: 'ContactImportReport', fileName: string, encoding: string, delimiter: string, unknownColumns: Array<string>, totalRows: number, newCount: number, duplicateCount: number, existsCount: number, errorCount: number, rows: Array<{ __typename?: 'ContactImportRow', line: number, status: ContactImportStatus, existingContactId?: string | null, messages: Array<{ __typename?: 'ContactImportMessage', column?: string | null, message: string }>, values: { __typename?: 'ContactImportValues', salutation: Salutation, title: string, firstName: string, lastName: string, organisationName: string, email?: string | null, legalBasis?: LegalBasis | null, consentAt?: string | null } }> };

export type PreviewContactImportQueryVariables = Exact<{
  input: PreviewContactImportInput;
}>;


export type PreviewContactImportQuery = { __typename?: 'Query', previewContactImport: { __typename?: 'ContactImportReport', fileName: string, encoding: string, delimiter: string, unknownColumns: Array<string>, totalRows: number, newCount: number, duplicateCount: number, existsCount: number, errorCount: number, rows: Array<{ __typename?: 'ContactImportRow', line: number, status: ContactImportStatus, existingContactId?: string | null, messages: Array<{ __typename?: 'ContactImportMessage', column?: string | null, message: string }>, values: { __typename?: 'ContactImportValues', salutation: Salutation, title: string, firstName: string, lastName: string, organisationName: string, email?: string | null, legalBasis?: LegalBasis | null, consentAt?: string | null } }> } };

export type ImportContactsMutationVariables = Exact<{
  input: ImportContactsInput;
}>;


export type ImportContactsMutation = { __typename?: 'Mutation', importContacts: { __typename?: 'ImportContactsPayload', createdCount: number, updatedCount: number, skippedCount: number, organisationsCreated: number, distributionList?: { __typename?: 'DistributionList', id: string, name: string, description: string, memberCount: number, createdAt: string, version: number } | null } };

export type CooperationsQueryVariables = Exact<{ [key: string]: never; }>;


export type CooperationsQuery = { __typename?: 'Query', cooperations: Array<{ __typename?: 'Cooperation', id: string, name: string }> };

export type CooperationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CooperationQuery = { __typename?: 'Query', cooperation: { __typename?: 'Cooperation', id: string, name: string, description: string, myRole: Role, version: number, partners: Array<{ __typename?: 'Partner', id: string, position: number, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string, kind: OrganisationKind } }> } };

export type CommentFieldsFragment = { __typename?: 'Comment', id: string, body: string, authorName: string, authorId?: string | null, createdAt: string, editedAt?: string | null, version: number, canEdit: boolean, canDelete: boolean };

export type AttachmentFieldsFragment = { __typename?: 'Attachment', id: string, fileName: string, contentType: string, sizeBytes: number, description: string, uploaderName: string, createdAt: string, canDelete: boolean, downloadUrl: string };

export type CommentsQueryVariables = Exact<{
  subject: SubjectInput;
}>;


export type CommentsQuery = { __typename?: 'Query', comments: Array<{ __typename?: 'Comment', id: string, body: string, authorName: string, authorId?: string | null, createdAt: string, editedAt?: string | null, version: number, canEdit: boolean, canDelete: boolean }> };

export type AddCommentMutationVariables = Exact<{
  input: AddCommentInput;
}>;


export type AddCommentMutation = { __typename?: 'Mutation', addComment: { __typename?: 'AddCommentPayload', comment: { __typename?: 'Comment', id: string, body: string, authorName: string, authorId?: string | null, createdAt: string, editedAt?: string | null, version: number, canEdit: boolean, canDelete: boolean } } };

export type EditCommentMutationVariables = Exact<{
  input: EditCommentInput;
}>;


export type EditCommentMutation = { __typename?: 'Mutation', editComment: { __typename?: 'EditCommentPayload', comment: { __typename?: 'Comment', id: string, body: string, authorName: string, authorId?: string | null, createdAt: string, editedAt?: string | null, version: number, canEdit: boolean, canDelete: boolean } } };

export type DeleteCommentMutationVariables = Exact<{
  input: DeleteCommentInput;
}>;


export type DeleteCommentMutation = { __typename?: 'Mutation', deleteComment: { __typename?: 'DeleteCommentPayload', id: string } };

export type AttachmentsQueryVariables = Exact<{
  subject: SubjectInput;
}>;


export type AttachmentsQuery = { __typename?: 'Query', attachments: Array<{ __typename?: 'Attachment', id: string, fileName: string, contentType: string, sizeBytes: number, description: string, uploaderName: string, createdAt: string, canDelete: boolean, downloadUrl: string }> };

export type UploadAttachmentMutationVariables = Exact<{
  input: UploadAttachmentInput;
}>;


export type UploadAttachmentMutation = { __typename?: 'Mutation', uploadAttachment: { __typename?: 'UploadAttachmentPayload', attachment: { __typename?: 'Attachment', id: string, fileName: string, contentType: string, sizeBytes: number, description: string, uploaderName: string, createdAt: string, canDelete: boolean, downloadUrl: string } } };

export type DeleteAttachmentMutationVariables = Exact<{
  input: DeleteAttachmentInput;
}>;


export type DeleteAttachmentMutation = { __typename?: 'Mutation', deleteAttachment: { __typename?: 'DeleteAttachmentPayload', id: string } };

export type PartnerFieldsFragment = { __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } };

export type SeriesFieldsFragment = { __typename?: 'EventSeries', id: string, name: string, description: string, usualMonth?: number | null, eventCount: number, version: number, defaultLeadPartner?: { __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } | null, taskTemplate: Array<{ __typename?: 'TaskTemplateItem', title: string, daysBefore: number, ownerPartner?: { __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } | null }> };

export type EventListFieldsFragment = { __typename?: 'Event', id: string, title: string, startsAt: string, endsAt: string, venue: string, status: EventStatus, openTaskCount: number, version: number, series?: { __typename?: 'EventSeries', id: string, name: string } | null, leadPartner: { __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } }, warnings: Array<{ __typename?: 'PlanningWarning', kind: PlanningWarningKind }> };

export type PlanningWarningFieldsFragment = { __typename?: 'PlanningWarning', kind: PlanningWarningKind, message: string, date: string, holidayName?: string | null, otherEvent?: { __typename?: 'EventSummary', id: string, title: string, startsAt: string, endsAt: string, venue: string } | null };

export type TaskFieldsFragment = { __typename?: 'Task', id: string, title: string, dueOn?: string | null, done: boolean, doneAt?: string | null, cooperationId: string, version: number, assignee?: { __typename?: 'TaskAssignee', id: string, name: string } | null, ownerPartner?: { __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } | null, event?: { __typename?: 'TaskEvent', id: string, title: string, startsAt: string } | null };

export type EventDetailFieldsFragment = { __typename?: 'Event', address: string, capacity?: number | null, description: string, allowedTransitions: Array<EventStatus>, createdAt: string, id: string, title: string, startsAt: string, endsAt: string, venue: string, status: EventStatus, openTaskCount: number, version: number, awardWinners: Array<{ __typename?: 'AwardWinner', cycleTitle: string, category: string, companyName: string, nominationId: string }>, organisers: Array<{ __typename?: 'EventOrganiser', membership: { __typename?: 'Membership', id: string, user: { __typename?: 'User', id: string, name: string }, organisation?: { __typename?: 'Organisation', id: string, name: string, shortName: string } | null } }>, tasks: Array<{ __typename?: 'Task', id: string, title: string, dueOn?: string | null, done: boolean, doneAt?: string | null, cooperationId: string, version: number, assignee?: { __typename?: 'TaskAssignee', id: string, name: string } | null, ownerPartner?: { __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } | null, event?: { __typename?: 'TaskEvent', id: string, title: string, startsAt: string } | null }>, warnings: Array<{ __typename?: 'PlanningWarning', kind: PlanningWarningKind, message: string, date: string, holidayName?: string | null, otherEvent?: { __typename?: 'EventSummary', id: string, title: string, startsAt: string, endsAt: string, venue: string } | null }>, series?: { __typename?: 'EventSeries', id: string, name: string } | null, leadPartner: { __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } };

export type PlanningWarningsQueryVariables = Exact<{
  input: PlanningCheckInput;
}>;


export type PlanningWarningsQuery = { __typename?: 'Query', planningWarnings: Array<{ __typename?: 'PlanningWarning', kind: PlanningWarningKind, message: string, date: string, holidayName?: string | null, otherEvent?: { __typename?: 'EventSummary', id: string, title: string, startsAt: string, endsAt: string, venue: string } | null }> };

export type PublicHolidaysQueryVariables = Exact<{
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
}>;


export type PublicHolidaysQuery = { __typename?: 'Query', publicHolidays: Array<{ __typename?: 'PublicHoliday', date: string, name: string }> };

export type EventSeriesQueryVariables = Exact<{
  cooperationId: Scalars['ID']['input'];
}>;


export type EventSeriesQuery = { __typename?: 'Query', eventSeries: Array<{ __typename?: 'EventSeries', id: string, name: string, description: string, usualMonth?: number | null, eventCount: number, version: number, defaultLeadPartner?: { __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } | null, taskTemplate: Array<{ __typename?: 'TaskTemplateItem', title: string, daysBefore: number, ownerPartner?: { __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } | null }> }> };

export type SeriesWithKpisQueryVariables = Exact<{
  cooperationId: Scalars['ID']['input'];
}>;


export type SeriesWithKpisQuery = { __typename?: 'Query', eventSeries: Array<{ __typename?: 'EventSeries', id: string, name: string, description: string, usualMonth?: number | null, eventCount: number, version: number, kpis: Array<{ __typename?: 'Kpi', id: string, name: string, unit: string, baseline: number, baselineOn?: string | null, target: number, targetOn?: string | null, direction: KpiDirection, progress?: number | null, state: KpiState, version: number, subject: { __typename?: 'KpiSubject', kind: KpiSubjectKind, id: string, title: string }, measurements: Array<{ __typename?: 'Measurement', id: string, measuredOn: string, value: number, note: string, recordedByName: string }>, latest?: { __typename?: 'Measurement', id: string, measuredOn: string, value: number } | null }>, defaultLeadPartner?: { __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } | null, taskTemplate: Array<{ __typename?: 'TaskTemplateItem', title: string, daysBefore: number, ownerPartner?: { __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } | null }> }> };

export type EventsQueryVariables = Exact<{
  cooperationId: Scalars['ID']['input'];
  filter?: InputMaybe<EventFilter>;
  orderBy?: InputMaybe<EventOrder>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
}>;


export type EventsQuery = { __typename?: 'Query', events: { __typename?: 'EventList', totalCount: number, items: Array<{ __typename?: 'Event', id: string, title: string, startsAt: string, endsAt: string, venue: string, status: EventStatus, openTaskCount: number, version: number, series?: { __typename?: 'EventSeries', id: string, name: string } | null, leadPartner: { __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } }, warnings: Array<{ __typename?: 'PlanningWarning', kind: PlanningWarningKind }> }> } };

export type CalendarEventsQueryVariables = Exact<{
  cooperationId: Scalars['ID']['input'];
  filter?: InputMaybe<EventFilter>;
}>;


export type CalendarEventsQuery = { __typename?: 'Query', events: { __typename?: 'EventList', totalCount: number, items: Array<{ __typename?: 'Event', id: string, title: string, startsAt: string, endsAt: string, status: EventStatus }> } };

export type EventQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EventQuery = { __typename?: 'Query', event: { __typename?: 'Event', address: string, capacity?: number | null, description: string, allowedTransitions: Array<EventStatus>, createdAt: string, id: string, title: string, startsAt: string, endsAt: string, venue: string, status: EventStatus, openTaskCount: number, version: number, awardWinners: Array<{ __typename?: 'AwardWinner', cycleTitle: string, category: string, companyName: string, nominationId: string }>, organisers: Array<{ __typename?: 'EventOrganiser', membership: { __typename?: 'Membership', id: string, user: { __typename?: 'User', id: string, name: string }, organisation?: { __typename?: 'Organisation', id: string, name: string, shortName: string } | null } }>, tasks: Array<{ __typename?: 'Task', id: string, title: string, dueOn?: string | null, done: boolean, doneAt?: string | null, cooperationId: string, version: number, assignee?: { __typename?: 'TaskAssignee', id: string, name: string } | null, ownerPartner?: { __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } | null, event?: { __typename?: 'TaskEvent', id: string, title: string, startsAt: string } | null }>, warnings: Array<{ __typename?: 'PlanningWarning', kind: PlanningWarningKind, message: string, date: string, holidayName?: string | null, otherEvent?: { __typename?: 'EventSummary', id: string, title: string, startsAt: string, endsAt: string, venue: string } | null }>, series?: { __typename?: 'EventSeries', id: string, name: string } | null, leadPartner: { __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } } };

export type MyTasksQueryVariables = Exact<{
  limit?: InputMaybe<Scalars['Int']['input']>;
}>;


export type MyTasksQuery = { __typename?: 'Query', myTasks: { __typename?: 'TaskList', totalCount: number, items: Array<{ __typename?: 'Task', id: string, title: string, dueOn?: string | null, done: boolean, doneAt?: string | null, cooperationId: string, version: number, assignee?: { __typename?: 'TaskAssignee', id: string, name: string } | null, ownerPartner?: { __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } | null, event?: { __typename?: 'TaskEvent', id: string, title: string, startsAt: string } | null }> } };

export type AssigneeOptionsQueryVariables = Exact<{
  cooperationId: Scalars['ID']['input'];
}>;


export type AssigneeOptionsQuery = { __typename?: 'Query', members: { __typename?: 'MembershipList', totalCount: number, items: Array<{ __typename?: 'Membership', id: string, role: Role, user: { __typename?: 'User', id: string, name: string }, organisation?: { __typename?: 'Organisation', id: string, shortName: string, name: string } | null }> } };

export type CreateEventSeriesMutationVariables = Exact<{
  input: CreateEventSeriesInput;
}>;


export type CreateEventSeriesMutation = { __typename?: 'Mutation', createEventSeries: { __typename?: 'CreateEventSeriesPayload', eventSeries: { __typename?: 'EventSeries', id: string, name: string, description: string, usualMonth?: number | null, eventCount: number, version: number, defaultLeadPartner?: { __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } | null, taskTemplate: Array<{ __typename?: 'TaskTemplateItem', title: string, daysBefore: number, ownerPartner?: { __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } | null }> } } };

export type UpdateEventSeriesMutationVariables = Exact<{
  input: UpdateEventSeriesInput;
}>;


export type UpdateEventSeriesMutation = { __typename?: 'Mutation', updateEventSeries: { __typename?: 'UpdateEventSeriesPayload', eventSeries: { __typename?: 'EventSeries', id: string, name: string, description: string, usualMonth?: number | null, eventCount: number, version: number, defaultLeadPartner?: { __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } | null, taskTemplate: Array<{ __typename?: 'TaskTemplateItem', title: string, daysBefore: number, ownerPartner?: { __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } | null }> } } };

export type CreateEventMutationVariables = Exact<{
  input: CreateEventInput;
}>;


export type CreateEventMutation = { __typename?: 'Mutation', createEvent: { __typename?: 'CreateEventPayload', event: { __typename?: 'Event', address: string, capacity?: number | null, description: string, allowedTransitions: Array<EventStatus>, createdAt: string, id: string, title: string, startsAt: string, endsAt: string, venue: string, status: EventStatus, openTaskCount: number, version: number, awardWinners: Array<{ __typename?: 'AwardWinner', cycleTitle: string, category: string, companyName: string, nominationId: string }>, organisers: Array<{ __typename?: 'EventOrganiser', membership: { __typename?: 'Membership', id: string, user: { __typename?: 'User', id: string, name: string }, organisation?: { __typename?: 'Organisation', id: string, name: string, shortName: string } | null } }>, tasks: Array<{ __typename?: 'Task', id: string, title: string, dueOn?: string | null, done: boolean, doneAt?: string | null, cooperationId: string, version: number, assignee?: { __typename?: 'TaskAssignee', id: string, name: string } | null, ownerPartner?: { __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } | null, event?: { __typename?: 'TaskEvent', id: string, title: string, startsAt: string } | null }>, warnings: Array<{ __typename?: 'PlanningWarning', kind: PlanningWarningKind, message: string, date: string, holidayName?: string | null, otherEvent?: { __typename?: 'EventSummary', id: string, title: string, startsAt: string, endsAt: string, venue: string } | null }>, series?: { __typename?: 'EventSeries', id: string, name: string } | null, leadPartner: { __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } } } };

export type UpdateEventMutationVariables = Exact<{
  input: UpdateEventInput;
}>;


export type UpdateEventMutation = { __typename?: 'Mutation', updateEvent: { __typename?: 'UpdateEventPayload', event: { __typename?: 'Event', address: string, capacity?: number | null, description: string, allowedTransitions: Array<EventStatus>, createdAt: string, id: string, title: string, startsAt: string, endsAt: string, venue: string, status: EventStatus, openTaskCount: number, version: number, awardWinners: Array<{ __typename?: 'AwardWinner', cycleTitle: string, category: string, companyName: string, nominationId: string }>, organisers: Array<{ __typename?: 'EventOrganiser', membership: { __typename?: 'Membership', id: string, user: { __typename?: 'User', id: string, name: string }, organisation?: { __typename?: 'Organisation', id: string, name: string, shortName: string } | null } }>, tasks: Array<{ __typename?: 'Task', id: string, title: string, dueOn?: string | null, done: boolean, doneAt?: string | null, cooperationId: string, version: number, assignee?: { __typename?: 'TaskAssignee', id: string, name: string } | null, ownerPartner?: { __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } | null, event?: { __typename?: 'TaskEvent', id: string, title: string, startsAt: string } | null }>, warnings: Array<{ __typename?: 'PlanningWarning', kind: PlanningWarningKind, message: string, date: string, holidayName?: string | null, otherEvent?: { __typename?: 'EventSummary', id: string, title: string, startsAt: string, endsAt: string, venue: string } | null }>, series?: { __typename?: 'EventSeries', id: string, name: string } | null, leadPartner: { __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } } } };

export type ChangeEventStatusMutationVariables = Exact<{
  input: ChangeEventStatusInput;
}>;


export type ChangeEventStatusMutation = { __typename?: 'Mutation', changeEventStatus: { __typename?: 'ChangeEventStatusPayload', event: { __typename?: 'Event', id: string, status: EventStatus, allowedTransitions: Array<EventStatus>, version: number } } };

export type CreateTaskMutationVariables = Exact<{
  input: CreateTaskInput;
}>;


export type CreateTaskMutation = { __typename?: 'Mutation', createTask: { __typename?: 'CreateTaskPayload', task: { __typename?: 'Task', id: string, title: string, dueOn?: string | null, done: boolean, doneAt?: string | null, cooperationId: string, version: number, assignee?: { __typename?: 'TaskAssignee', id: string, name: string } | null, ownerPartner?: { __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } | null, event?: { __typename?: 'TaskEvent', id: string, title: string, startsAt: string } | null } } };

export type UpdateTaskMutationVariables = Exact<{
  input: UpdateTaskInput;
}>;


export type UpdateTaskMutation = { __typename?: 'Mutation', updateTask: { __typename?: 'UpdateTaskPayload', task: { __typename?: 'Task', id: string, title: string, dueOn?: string | null, done: boolean, doneAt?: string | null, cooperationId: string, version: number, assignee?: { __typename?: 'TaskAssignee', id: string, name: string } | null, ownerPartner?: { __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } | null, event?: { __typename?: 'TaskEvent', id: string, title: string, startsAt: string } | null } } };

export type DeleteTaskMutationVariables = Exact<{
  input: DeleteTaskInput;
}>;


export type DeleteTaskMutation = { __typename?: 'Mutation', deleteTask: { __typename?: 'DeleteTaskPayload', id: string } };

export type DeleteEventMutationVariables = Exact<{
  input: DeleteEventInput;
}>;


export type DeleteEventMutation = { __typename?: 'Mutation', deleteEvent: { __typename?: 'DeleteEventPayload', id: string } };

export type DeleteEventSeriesMutationVariables = Exact<{
  input: DeleteEventSeriesInput;
}>;


export type DeleteEventSeriesMutation = { __typename?: 'Mutation', deleteEventSeries: { __typename?: 'DeleteEventSeriesPayload', id: string } };

export type MeasureFieldsFragment = { __typename?: 'Measure', kind: MeasureKind, id: string, title: string, workstreamStatus?: WorkstreamStatus | null, kpiCount: number, goalCount: number, partners: Array<{ __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } }> };

export type GoalFieldsFragment = { __typename?: 'Goal', id: string, parentId?: string | null, position: number, code: string, depth: number, title: string, description: string, priority?: Priority | null, covered: boolean, childCount: number, version: number, measures: Array<{ __typename?: 'Measure', kind: MeasureKind, id: string, title: string, workstreamStatus?: WorkstreamStatus | null, kpiCount: number, goalCount: number, partners: Array<{ __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } }> }>, kpis: Array<{ __typename?: 'Kpi', id: string, name: string, unit: string, baseline: number, baselineOn?: string | null, target: number, targetOn?: string | null, direction: KpiDirection, progress?: number | null, state: KpiState, version: number, subject: { __typename?: 'KpiSubject', kind: KpiSubjectKind, id: string, title: string }, measurements: Array<{ __typename?: 'Measurement', id: string, measuredOn: string, value: number, note: string, recordedByName: string }>, latest?: { __typename?: 'Measurement', id: string, measuredOn: string, value: number } | null }> };

export type StrategyFieldsFragment = { __typename?: 'Strategy', cooperationId: string, missionStatement: string, version: number, canManage: boolean, goals: Array<{ __typename?: 'Goal', id: string, parentId?: string | null, position: number, code: string, depth: number, title: string, description: string, priority?: Priority | null, covered: boolean, childCount: number, version: number, measures: Array<{ __typename?: 'Measure', kind: MeasureKind, id: string, title: string, workstreamStatus?: WorkstreamStatus | null, kpiCount: number, goalCount: number, partners: Array<{ __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } }> }>, kpis: Array<{ __typename?: 'Kpi', id: string, name: string, unit: string, baseline: number, baselineOn?: string | null, target: number, targetOn?: string | null, direction: KpiDirection, progress?: number | null, state: KpiState, version: number, subject: { __typename?: 'KpiSubject', kind: KpiSubjectKind, id: string, title: string }, measurements: Array<{ __typename?: 'Measurement', id: string, measuredOn: string, value: number, note: string, recordedByName: string }>, latest?: { __typename?: 'Measurement', id: string, measuredOn: string, value: number } | null }> }> };

export type StrategyQueryVariables = Exact<{
  cooperationId: Scalars['ID']['input'];
}>;


export type StrategyQuery = { __typename?: 'Query', strategy: { __typename?: 'Strategy', cooperationId: string, missionStatement: string, version: number, canManage: boolean, goals: Array<{ __typename?: 'Goal', id: string, parentId?: string | null, position: number, code: string, depth: number, title: string, description: string, priority?: Priority | null, covered: boolean, childCount: number, version: number, measures: Array<{ __typename?: 'Measure', kind: MeasureKind, id: string, title: string, workstreamStatus?: WorkstreamStatus | null, kpiCount: number, goalCount: number, partners: Array<{ __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } }> }>, kpis: Array<{ __typename?: 'Kpi', id: string, name: string, unit: string, baseline: number, baselineOn?: string | null, target: number, targetOn?: string | null, direction: KpiDirection, progress?: number | null, state: KpiState, version: number, subject: { __typename?: 'KpiSubject', kind: KpiSubjectKind, id: string, title: string }, measurements: Array<{ __typename?: 'Measurement', id: string, measuredOn: string, value: number, note: string, recordedByName: string }>, latest?: { __typename?: 'Measurement', id: string, measuredOn: string, value: number } | null }> }> } };

export type CoverageQueryVariables = Exact<{
  cooperationId: Scalars['ID']['input'];
  year?: InputMaybe<Scalars['Int']['input']>;
}>;


export type CoverageQuery = { __typename?: 'Query', coverage: { __typename?: 'Coverage', cooperationId: string, year: number, goalsWithoutMeasure: Array<{ __typename?: 'Goal', id: string, code: string, title: string }>, goalsWithoutPriority: Array<{ __typename?: 'Goal', id: string, code: string, title: string }>, measuresWithoutKpi: Array<{ __typename?: 'Measure', kind: MeasureKind, id: string, title: string, workstreamStatus?: WorkstreamStatus | null, kpiCount: number, goalCount: number, partners: Array<{ __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } }> }>, measuresWithOnePartner: Array<{ __typename?: 'Measure', kind: MeasureKind, id: string, title: string, workstreamStatus?: WorkstreamStatus | null, kpiCount: number, goalCount: number, partners: Array<{ __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } }> }>, partnerBalance: Array<{ __typename?: 'PartnerBalance', eventsLed: number, eventsCoOrganised: number, workstreamsLed: number, plannedCents: number, actualCents: number, attendees: number, partner: { __typename?: 'Partner', id: string, position: number, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } }> } };

export type MeasureOptionsQueryVariables = Exact<{
  cooperationId: Scalars['ID']['input'];
}>;


export type MeasureOptionsQuery = { __typename?: 'Query', workstreams: Array<{ __typename?: 'Workstream', id: string, title: string, status: WorkstreamStatus, startsOn: string, endsOn?: string | null }>, eventSeries: Array<{ __typename?: 'EventSeries', id: string, name: string }> };

export type UpdateMissionStatementMutationVariables = Exact<{
  input: UpdateMissionStatementInput;
}>;


export type UpdateMissionStatementMutation = { __typename?: 'Mutation', updateMissionStatement: { __typename?: 'StrategyPayload', strategy: { __typename?: 'Strategy', cooperationId: string, missionStatement: string, version: number, canManage: boolean, goals: Array<{ __typename?: 'Goal', id: string, parentId?: string | null, position: number, code: string, depth: number, title: string, description: string, priority?: Priority | null, covered: boolean, childCount: number, version: number, measures: Array<{ __typename?: 'Measure', kind: MeasureKind, id: string, title: string, workstreamStatus?: WorkstreamStatus | null, kpiCount: number, goalCount: number, partners: Array<{ __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } }> }>, kpis: Array<{ __typename?: 'Kpi', id: string, name: string, unit: string, baseline: number, baselineOn?: string | null, target: number, targetOn?: string | null, direction: KpiDirection, progress?: number | null, state: KpiState, version: number, subject: { __typename?: 'KpiSubject', kind: KpiSubjectKind, id: string, title: string }, measurements: Array<{ __typename?: 'Measurement', id: string, measuredOn: string, value: number, note: string, recordedByName: string }>, latest?: { __typename?: 'Measurement', id: string, measuredOn: string, value: number } | null }> }> } } };

export type CreateGoalMutationVariables = Exact<{
  input: CreateGoalInput;
}>;


export type CreateGoalMutation = { __typename?: 'Mutation', createGoal: { __typename?: 'GoalPayload', goal: { __typename?: 'Goal', id: string, parentId?: string | null, position: number, code: string, depth: number, title: string, description: string, priority?: Priority | null, covered: boolean, childCount: number, version: number, measures: Array<{ __typename?: 'Measure', kind: MeasureKind, id: string, title: string, workstreamStatus?: WorkstreamStatus | null, kpiCount: number, goalCount: number, partners: Array<{ __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } }> }>, kpis: Array<{ __typename?: 'Kpi', id: string, name: string, unit: string, baseline: number, baselineOn?: string | null, target: number, targetOn?: string | null, direction: KpiDirection, progress?: number | null, state: KpiState, version: number, subject: { __typename?: 'KpiSubject', kind: KpiSubjectKind, id: string, title: string }, measurements: Array<{ __typename?: 'Measurement', id: string, measuredOn: string, value: number, note: string, recordedByName: string }>, latest?: { __typename?: 'Measurement', id: string, measuredOn: string, value: number } | null }> } } };

export type UpdateGoalMutationVariables = Exact<{
  input: UpdateGoalInput;
}>;


export type UpdateGoalMutation = { __typename?: 'Mutation', updateGoal: { __typename?: 'GoalPayload', goal: { __typename?: 'Goal', id: string, parentId?: string | null, position: number, code: string, depth: number, title: string, description: string, priority?: Priority | null, covered: boolean, childCount: number, version: number, measures: Array<{ __typename?: 'Measure', kind: MeasureKind, id: string, title: string, workstreamStatus?: WorkstreamStatus | null, kpiCount: number, goalCount: number, partners: Array<{ __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } }> }>, kpis: Array<{ __typename?: 'Kpi', id: string, name: string, unit: string, baseline: number, baselineOn?: string | null, target: number, targetOn?: string | null, direction: KpiDirection, progress?: number | null, state: KpiState, version: number, subject: { __typename?: 'KpiSubject', kind: KpiSubjectKind, id: string, title: string }, measurements: Array<{ __typename?: 'Measurement', id: string, measuredOn: string, value: number, note: string, recordedByName: string }>, latest?: { __typename?: 'Measurement', id: string, measuredOn: string, value: number } | null }> } } };

export type DeleteGoalMutationVariables = Exact<{
  input: DeleteGoalInput;
}>;


export type DeleteGoalMutation = { __typename?: 'Mutation', deleteGoal: { __typename?: 'DeleteGoalPayload', id: string } };

export type LinkGoalMeasureMutationVariables = Exact<{
  input: GoalMeasureInput;
}>;


export type LinkGoalMeasureMutation = { __typename?: 'Mutation', linkGoalMeasure: { __typename?: 'GoalPayload', goal: { __typename?: 'Goal', id: string, parentId?: string | null, position: number, code: string, depth: number, title: string, description: string, priority?: Priority | null, covered: boolean, childCount: number, version: number, measures: Array<{ __typename?: 'Measure', kind: MeasureKind, id: string, title: string, workstreamStatus?: WorkstreamStatus | null, kpiCount: number, goalCount: number, partners: Array<{ __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } }> }>, kpis: Array<{ __typename?: 'Kpi', id: string, name: string, unit: string, baseline: number, baselineOn?: string | null, target: number, targetOn?: string | null, direction: KpiDirection, progress?: number | null, state: KpiState, version: number, subject: { __typename?: 'KpiSubject', kind: KpiSubjectKind, id: string, title: string }, measurements: Array<{ __typename?: 'Measurement', id: string, measuredOn: string, value: number, note: string, recordedByName: string }>, latest?: { __typename?: 'Measurement', id: string, measuredOn: string, value: number } | null }> } } };

export type UnlinkGoalMeasureMutationVariables = Exact<{
  input: GoalMeasureInput;
}>;


export type UnlinkGoalMeasureMutation = { __typename?: 'Mutation', unlinkGoalMeasure: { __typename?: 'GoalPayload', goal: { __typename?: 'Goal', id: string, parentId?: string | null, position: number, code: string, depth: number, title: string, description: string, priority?: Priority | null, covered: boolean, childCount: number, version: number, measures: Array<{ __typename?: 'Measure', kind: MeasureKind, id: string, title: string, workstreamStatus?: WorkstreamStatus | null, kpiCount: number, goalCount: number, partners: Array<{ __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } }> }>, kpis: Array<{ __typename?: 'Kpi', id: string, name: string, unit: string, baseline: number, baselineOn?: string | null, target: number, targetOn?: string | null, direction: KpiDirection, progress?: number | null, state: KpiState, version: number, subject: { __typename?: 'KpiSubject', kind: KpiSubjectKind, id: string, title: string }, measurements: Array<{ __typename?: 'Measurement', id: string, measuredOn: string, value: number, note: string, recordedByName: string }>, latest?: { __typename?: 'Measurement', id: string, measuredOn: string, value: number } | null }> } } };

export type CreateGoalWorkstreamMutationVariables = Exact<{
  input: CreateWorkstreamInput;
}>;


export type CreateGoalWorkstreamMutation = { __typename?: 'Mutation', createWorkstream: { __typename?: 'WorkstreamPayload', workstream: { __typename?: 'Workstream', id: string, title: string, status: WorkstreamStatus, startsOn: string, endsOn?: string | null, version: number } } };

export type GuestCountsFieldsFragment = { __typename?: 'GuestCounts', draft: number, invited: number, accepted: number, declined: number, waitlisted: number, attended: number, noShow: number, seatsTaken: number, seatsAttended: number, capacity?: number | null, seatsFree?: number | null };

export type GuestFieldsFragment = { __typename?: 'Invitation', id: string, status: InvitationStatus, guestName: string, plusOne: boolean, plusOneName: string, seats: number, invitedAt?: string | null, answeredAt?: string | null, waitlistPosition: number, checkedInAt?: string | null, walkIn: boolean, version: number, contact?: { __typename?: 'Contact', id: string, name: string, function: string, email?: string | null, optedOutAt?: string | null, organisation?: { __typename?: 'Organisation', id: string, name: string } | null } | null };

export type GuestsQueryVariables = Exact<{
  eventId: Scalars['ID']['input'];
}>;


export type GuestsQuery = { __typename?: 'Query', guests: { __typename?: 'GuestList', event: { __typename?: 'Event', id: string, title: string, status: EventStatus, capacity?: number | null, plusOnesAllowed: boolean, rsvpDeadline?: string | null, startsAt: string, version: number }, items: Array<{ __typename?: 'Invitation', id: string, status: InvitationStatus, guestName: string, plusOne: boolean, plusOneName: string, seats: number, invitedAt?: string | null, answeredAt?: string | null, waitlistPosition: number, checkedInAt?: string | null, walkIn: boolean, version: number, contact?: { __typename?: 'Contact', id: string, name: string, function: string, email?: string | null, optedOutAt?: string | null, organisation?: { __typename?: 'Organisation', id: string, name: string } | null } | null }>, counts: { __typename?: 'GuestCounts', draft: number, invited: number, accepted: number, declined: number, waitlisted: number, attended: number, noShow: number, seatsTaken: number, seatsAttended: number, capacity?: number | null, seatsFree?: number | null } } };

export type GuestListCsvQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type GuestListCsvQuery = { __typename?: 'Query', event: { __typename?: 'Event', id: string, guestListCsvUrl: string } };

export type InviteSourcesQueryVariables = Exact<{
  cooperationId: Scalars['ID']['input'];
}>;


export type InviteSourcesQuery = { __typename?: 'Query', distributionLists: Array<{ __typename?: 'DistributionList', id: string, name: string, memberCount: number }>, events: { __typename?: 'EventList', items: Array<{ __typename?: 'Event', id: string, title: string, startsAt: string, guestCounts: { __typename?: 'GuestCounts', accepted: number, attended: number, noShow: number } }> } };

export type InviteGuestsMutationVariables = Exact<{
  input: InviteGuestsInput;
}>;


export type InviteGuestsMutation = { __typename?: 'Mutation', inviteGuests: { __typename?: 'InviteGuestsPayload', added: Array<{ __typename?: 'Invitation', id: string }>, skipped: Array<{ __typename?: 'SkippedGuest', contactId: string, name: string, reason: string }> } };

export type SendInvitationsMutationVariables = Exact<{
  input: SendInvitationsInput;
}>;


export type SendInvitationsMutation = { __typename?: 'Mutation', sendInvitations: { __typename?: 'SendInvitationsPayload', sent: number, skipped: Array<{ __typename?: 'SkippedGuest', contactId: string, name: string, reason: string }> } };

export type RecordAnswerMutationVariables = Exact<{
  input: RecordAnswerInput;
}>;


export type RecordAnswerMutation = { __typename?: 'Mutation', recordAnswer: { __typename?: 'InvitationPayload', invitation: { __typename?: 'Invitation', id: string, status: InvitationStatus, guestName: string, plusOne: boolean, plusOneName: string, seats: number, invitedAt?: string | null, answeredAt?: string | null, waitlistPosition: number, checkedInAt?: string | null, walkIn: boolean, version: number, contact?: { __typename?: 'Contact', id: string, name: string, function: string, email?: string | null, optedOutAt?: string | null, organisation?: { __typename?: 'Organisation', id: string, name: string } | null } | null } } };

export type DeleteInvitationMutationVariables = Exact<{
  input: DeleteInvitationInput;
}>;


export type DeleteInvitationMutation = { __typename?: 'Mutation', deleteInvitation: { __typename?: 'DeleteInvitationPayload', id: string } };

export type CheckInMutationVariables = Exact<{
  input: CheckInInput;
}>;


export type CheckInMutation = { __typename?: 'Mutation', checkIn: { __typename?: 'InvitationPayload', invitation: { __typename?: 'Invitation', id: string, status: InvitationStatus, guestName: string, plusOne: boolean, plusOneName: string, seats: number, invitedAt?: string | null, answeredAt?: string | null, waitlistPosition: number, checkedInAt?: string | null, walkIn: boolean, version: number, contact?: { __typename?: 'Contact', id: string, name: string, function: string, email?: string | null, optedOutAt?: string | null, organisation?: { __typename?: 'Organisation', id: string, name: string } | null } | null } } };

export type AddWalkInMutationVariables = Exact<{
  input: AddWalkInInput;
}>;


export type AddWalkInMutation = { __typename?: 'Mutation', addWalkIn: { __typename?: 'InvitationPayload', invitation: { __typename?: 'Invitation', id: string, status: InvitationStatus, guestName: string, plusOne: boolean, plusOneName: string, seats: number, invitedAt?: string | null, answeredAt?: string | null, waitlistPosition: number, checkedInAt?: string | null, walkIn: boolean, version: number, contact?: { __typename?: 'Contact', id: string, name: string, function: string, email?: string | null, optedOutAt?: string | null, organisation?: { __typename?: 'Organisation', id: string, name: string } | null } | null } } };

export type PrintGuestFieldsFragment = { __typename?: 'Invitation', id: string, status: InvitationStatus, guestName: string, plusOne: boolean, plusOneName: string, seats: number, waitlistPosition: number, checkedInAt?: string | null, walkIn: boolean, contact?: { __typename?: 'Contact', id: string, function: string, organisation?: { __typename?: 'Organisation', id: string, name: string } | null } | null };

export type PrintEventFieldsFragment = { __typename?: 'Event', id: string, title: string, startsAt: string, endsAt: string, venue: string, address: string, capacity?: number | null, status: EventStatus, leadPartner: { __typename?: 'Partner', id: string } };

export type GuestListPrintQueryVariables = Exact<{
  eventId: Scalars['ID']['input'];
}>;


export type GuestListPrintQuery = { __typename?: 'Query', guests: { __typename?: 'GuestList', event: { __typename?: 'Event', id: string, title: string, startsAt: string, endsAt: string, venue: string, address: string, capacity?: number | null, status: EventStatus, leadPartner: { __typename?: 'Partner', id: string } }, items: Array<{ __typename?: 'Invitation', id: string, status: InvitationStatus, guestName: string, plusOne: boolean, plusOneName: string, seats: number, waitlistPosition: number, checkedInAt?: string | null, walkIn: boolean, contact?: { __typename?: 'Contact', id: string, function: string, organisation?: { __typename?: 'Organisation', id: string, name: string } | null } | null }>, counts: { __typename?: 'GuestCounts', invited: number, accepted: number, declined: number, waitlisted: number, attended: number, seatsTaken: number, capacity?: number | null, seatsFree?: number | null } } };

export type BadgesPrintQueryVariables = Exact<{
  eventId: Scalars['ID']['input'];
}>;


export type BadgesPrintQuery = { __typename?: 'Query', guests: { __typename?: 'GuestList', event: { __typename?: 'Event', id: string, title: string, startsAt: string, endsAt: string, venue: string, address: string, capacity?: number | null, status: EventStatus, leadPartner: { __typename?: 'Partner', id: string } }, items: Array<{ __typename?: 'Invitation', id: string, status: InvitationStatus, guestName: string, plusOne: boolean, plusOneName: string, seats: number, waitlistPosition: number, checkedInAt?: string | null, walkIn: boolean, contact?: { __typename?: 'Contact', id: string, function: string, organisation?: { __typename?: 'Organisation', id: string, name: string } | null } | null }> } };

export type JuryBallotFieldsFragment = { __typename?: 'Ballot', required: number, scored: number, submittedAt?: string | null, canEdit: boolean, version: number, juror: { __typename?: 'Juror', id: string, name: string, isChair: boolean }, scores: Array<{ __typename?: 'Score', nominationId: string, criterionId: string, value: number, comment: string, updatedAt: string }>, conflicts: Array<{ __typename?: 'Conflict', jurorId: string, nominationId: string, reason: string, setByChair: boolean }> };

export type JuryScoringQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type JuryScoringQuery = { __typename?: 'Query', awardCycle: { __typename?: 'AwardCycle', id: string, cooperationId: string, programmeName: string, title: string, year: number, phase: AwardPhase, votingClosesAt: string, criteria: Array<{ __typename?: 'Criterion', id: string, name: string, description: string, weight: number, scoreMin: number, scoreMax: number, position: number }>, nominations: Array<{ __typename?: 'Nomination', id: string, companyName: string, companyAddress: string, category: string, justification: string, eligibility: Eligibility, attachments: Array<{ __typename?: 'Attachment', id: string, fileName: string, contentType: string, sizeBytes: number, description: string, downloadUrl: string }>, myConflict?: { __typename?: 'Conflict', jurorId: string, nominationId: string, reason: string, setByChair: boolean } | null }>, myBallot?: { __typename?: 'Ballot', required: number, scored: number, submittedAt?: string | null, canEdit: boolean, version: number, juror: { __typename?: 'Juror', id: string, name: string, isChair: boolean }, scores: Array<{ __typename?: 'Score', nominationId: string, criterionId: string, value: number, comment: string, updatedAt: string }>, conflicts: Array<{ __typename?: 'Conflict', jurorId: string, nominationId: string, reason: string, setByChair: boolean }> } | null } };

export type JurySaveScoresMutationVariables = Exact<{
  input: SaveScoresInput;
}>;


export type JurySaveScoresMutation = { __typename?: 'Mutation', saveScores: { __typename?: 'BallotPayload', ballot: { __typename?: 'Ballot', required: number, scored: number, submittedAt?: string | null, canEdit: boolean, version: number, juror: { __typename?: 'Juror', id: string, name: string, isChair: boolean }, scores: Array<{ __typename?: 'Score', nominationId: string, criterionId: string, value: number, comment: string, updatedAt: string }>, conflicts: Array<{ __typename?: 'Conflict', jurorId: string, nominationId: string, reason: string, setByChair: boolean }> } } };

export type JurySubmitBallotMutationVariables = Exact<{
  input: SubmitBallotInput;
}>;


export type JurySubmitBallotMutation = { __typename?: 'Mutation', submitBallot: { __typename?: 'BallotPayload', ballot: { __typename?: 'Ballot', required: number, scored: number, submittedAt?: string | null, canEdit: boolean, version: number, juror: { __typename?: 'Juror', id: string, name: string, isChair: boolean }, scores: Array<{ __typename?: 'Score', nominationId: string, criterionId: string, value: number, comment: string, updatedAt: string }>, conflicts: Array<{ __typename?: 'Conflict', jurorId: string, nominationId: string, reason: string, setByChair: boolean }> } } };

export type JuryDeclareConflictMutationVariables = Exact<{
  input: DeclareConflictInput;
}>;


export type JuryDeclareConflictMutation = { __typename?: 'Mutation', declareConflict: { __typename?: 'ConflictPayload', nomination: { __typename?: 'Nomination', id: string, myConflict?: { __typename?: 'Conflict', jurorId: string, nominationId: string, reason: string, setByChair: boolean } | null } } };

export type JuryResultFieldsFragment = { __typename?: 'AwardResult', closedByName: string, closedAt: string, needsCastingVote: boolean, castingVote: Array<string>, categories: Array<{ __typename?: 'AwardCategoryResult', category: string, winnerTie: Array<string>, ranking: Array<{ __typename?: 'AwardRanking', rank: number, mean?: number | null, meanText: string, median?: number | null, jurors: number, topRanks: number, decidedBy: TieBreakStep, nomination: { __typename?: 'Nomination', id: string, companyName: string, companyAddress: string, category: string, justification: string }, criterionMeans: Array<{ __typename?: 'CriterionMean', criterionId: string, mean: number }>, breakdown: Array<{ __typename?: 'JurorBreakdown', jurorName: string, conflicted: boolean, weighted?: number | null, scores: Array<{ __typename?: 'Score', nominationId: string, criterionId: string, value: number, comment: string }> }> }> }> };

export type JuryCycleResultFieldsFragment = { __typename?: 'AwardCycle', id: string, cooperationId: string, programmeName: string, title: string, year: number, phase: AwardPhase, categories: Array<string>, quorum: number, tieBreakRule: TieBreakRule, announcementEventId?: string | null, announcementEventTitle?: string | null, votingClosesAt: string, version: number, isChair: boolean, canClose: boolean, closedByName?: string | null, closedAt?: string | null, criteria: Array<{ __typename?: 'Criterion', id: string, name: string, weight: number, scoreMin: number, scoreMax: number, position: number }>, turnout?: { __typename?: 'Turnout', jurors: number, submitted: number, quorum: number, quorumMet: boolean } | null, result?: { __typename?: 'AwardResult', closedByName: string, closedAt: string, needsCastingVote: boolean, castingVote: Array<string>, categories: Array<{ __typename?: 'AwardCategoryResult', category: string, winnerTie: Array<string>, ranking: Array<{ __typename?: 'AwardRanking', rank: number, mean?: number | null, meanText: string, median?: number | null, jurors: number, topRanks: number, decidedBy: TieBreakStep, nomination: { __typename?: 'Nomination', id: string, companyName: string, companyAddress: string, category: string, justification: string }, criterionMeans: Array<{ __typename?: 'CriterionMean', criterionId: string, mean: number }>, breakdown: Array<{ __typename?: 'JurorBreakdown', jurorName: string, conflicted: boolean, weighted?: number | null, scores: Array<{ __typename?: 'Score', nominationId: string, criterionId: string, value: number, comment: string }> }> }> }> } | null };

export type JuryResultQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type JuryResultQuery = { __typename?: 'Query', awardCycle: { __typename?: 'AwardCycle', id: string, cooperationId: string, programmeName: string, title: string, year: number, phase: AwardPhase, categories: Array<string>, quorum: number, tieBreakRule: TieBreakRule, announcementEventId?: string | null, announcementEventTitle?: string | null, votingClosesAt: string, version: number, isChair: boolean, canClose: boolean, closedByName?: string | null, closedAt?: string | null, myBallot?: { __typename?: 'Ballot', submittedAt?: string | null, canEdit: boolean } | null, criteria: Array<{ __typename?: 'Criterion', id: string, name: string, weight: number, scoreMin: number, scoreMax: number, position: number }>, turnout?: { __typename?: 'Turnout', jurors: number, submitted: number, quorum: number, quorumMet: boolean } | null, result?: { __typename?: 'AwardResult', closedByName: string, closedAt: string, needsCastingVote: boolean, castingVote: Array<string>, categories: Array<{ __typename?: 'AwardCategoryResult', category: string, winnerTie: Array<string>, ranking: Array<{ __typename?: 'AwardRanking', rank: number, mean?: number | null, meanText: string, median?: number | null, jurors: number, topRanks: number, decidedBy: TieBreakStep, nomination: { __typename?: 'Nomination', id: string, companyName: string, companyAddress: string, category: string, justification: string }, criterionMeans: Array<{ __typename?: 'CriterionMean', criterionId: string, mean: number }>, breakdown: Array<{ __typename?: 'JurorBreakdown', jurorName: string, conflicted: boolean, weighted?: number | null, scores: Array<{ __typename?: 'Score', nominationId: string, criterionId: string, value: number, comment: string }> }> }> }> } | null } };

export type JuryPrintQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type JuryPrintQuery = { __typename?: 'Query', awardCycle: { __typename?: 'AwardCycle', id: string, cooperationId: string, programmeName: string, title: string, year: number, phase: AwardPhase, categories: Array<string>, quorum: number, tieBreakRule: TieBreakRule, announcementEventId?: string | null, announcementEventTitle?: string | null, votingClosesAt: string, version: number, isChair: boolean, canClose: boolean, closedByName?: string | null, closedAt?: string | null, nominations: Array<{ __typename?: 'Nomination', id: string, category: string }>, criteria: Array<{ __typename?: 'Criterion', id: string, name: string, weight: number, scoreMin: number, scoreMax: number, position: number }>, turnout?: { __typename?: 'Turnout', jurors: number, submitted: number, quorum: number, quorumMet: boolean } | null, result?: { __typename?: 'AwardResult', closedByName: string, closedAt: string, needsCastingVote: boolean, castingVote: Array<string>, categories: Array<{ __typename?: 'AwardCategoryResult', category: string, winnerTie: Array<string>, ranking: Array<{ __typename?: 'AwardRanking', rank: number, mean?: number | null, meanText: string, median?: number | null, jurors: number, topRanks: number, decidedBy: TieBreakStep, nomination: { __typename?: 'Nomination', id: string, companyName: string, companyAddress: string, category: string, justification: string }, criterionMeans: Array<{ __typename?: 'CriterionMean', criterionId: string, mean: number }>, breakdown: Array<{ __typename?: 'JurorBreakdown', jurorName: string, conflicted: boolean, weighted?: number | null, scores: Array<{ __typename?: 'Score', nominationId: string, criterionId: string, value: number, comment: string }> }> }> }> } | null } };

export type JuryCloseVotingMutationVariables = Exact<{
  input: CloseAwardVotingInput;
}>;


export type JuryCloseVotingMutation = { __typename?: 'Mutation', closeAwardVoting: { __typename?: 'CloseAwardVotingPayload', awardCycle: { __typename?: 'AwardCycle', id: string, cooperationId: string, programmeName: string, title: string, year: number, phase: AwardPhase, categories: Array<string>, quorum: number, tieBreakRule: TieBreakRule, announcementEventId?: string | null, announcementEventTitle?: string | null, votingClosesAt: string, version: number, isChair: boolean, canClose: boolean, closedByName?: string | null, closedAt?: string | null, criteria: Array<{ __typename?: 'Criterion', id: string, name: string, weight: number, scoreMin: number, scoreMax: number, position: number }>, turnout?: { __typename?: 'Turnout', jurors: number, submitted: number, quorum: number, quorumMet: boolean } | null, result?: { __typename?: 'AwardResult', closedByName: string, closedAt: string, needsCastingVote: boolean, castingVote: Array<string>, categories: Array<{ __typename?: 'AwardCategoryResult', category: string, winnerTie: Array<string>, ranking: Array<{ __typename?: 'AwardRanking', rank: number, mean?: number | null, meanText: string, median?: number | null, jurors: number, topRanks: number, decidedBy: TieBreakStep, nomination: { __typename?: 'Nomination', id: string, companyName: string, companyAddress: string, category: string, justification: string }, criterionMeans: Array<{ __typename?: 'CriterionMean', criterionId: string, mean: number }>, breakdown: Array<{ __typename?: 'JurorBreakdown', jurorName: string, conflicted: boolean, weighted?: number | null, scores: Array<{ __typename?: 'Score', nominationId: string, criterionId: string, value: number, comment: string }> }> }> }> } | null } } };

export type JuryCastingVoteMutationVariables = Exact<{
  input: RecordCastingVoteInput;
}>;


export type JuryCastingVoteMutation = { __typename?: 'Mutation', recordCastingVote: { __typename?: 'CloseAwardVotingPayload', awardCycle: { __typename?: 'AwardCycle', id: string, cooperationId: string, programmeName: string, title: string, year: number, phase: AwardPhase, categories: Array<string>, quorum: number, tieBreakRule: TieBreakRule, announcementEventId?: string | null, announcementEventTitle?: string | null, votingClosesAt: string, version: number, isChair: boolean, canClose: boolean, closedByName?: string | null, closedAt?: string | null, criteria: Array<{ __typename?: 'Criterion', id: string, name: string, weight: number, scoreMin: number, scoreMax: number, position: number }>, turnout?: { __typename?: 'Turnout', jurors: number, submitted: number, quorum: number, quorumMet: boolean } | null, result?: { __typename?: 'AwardResult', closedByName: string, closedAt: string, needsCastingVote: boolean, castingVote: Array<string>, categories: Array<{ __typename?: 'AwardCategoryResult', category: string, winnerTie: Array<string>, ranking: Array<{ __typename?: 'AwardRanking', rank: number, mean?: number | null, meanText: string, median?: number | null, jurors: number, topRanks: number, decidedBy: TieBreakStep, nomination: { __typename?: 'Nomination', id: string, companyName: string, companyAddress: string, category: string, justification: string }, criterionMeans: Array<{ __typename?: 'CriterionMean', criterionId: string, mean: number }>, breakdown: Array<{ __typename?: 'JurorBreakdown', jurorName: string, conflicted: boolean, weighted?: number | null, scores: Array<{ __typename?: 'Score', nominationId: string, criterionId: string, value: number, comment: string }> }> }> }> } | null } } };

export type KpiFieldsFragment = { __typename?: 'Kpi', id: string, name: string, unit: string, baseline: number, baselineOn?: string | null, target: number, targetOn?: string | null, direction: KpiDirection, progress?: number | null, state: KpiState, version: number, subject: { __typename?: 'KpiSubject', kind: KpiSubjectKind, id: string, title: string }, measurements: Array<{ __typename?: 'Measurement', id: string, measuredOn: string, value: number, note: string, recordedByName: string }>, latest?: { __typename?: 'Measurement', id: string, measuredOn: string, value: number } | null };

export type CreateKpiMutationVariables = Exact<{
  input: CreateKpiInput;
}>;


export type CreateKpiMutation = { __typename?: 'Mutation', createKpi: { __typename?: 'KpiPayload', kpi: { __typename?: 'Kpi', id: string, name: string, unit: string, baseline: number, baselineOn?: string | null, target: number, targetOn?: string | null, direction: KpiDirection, progress?: number | null, state: KpiState, version: number, subject: { __typename?: 'KpiSubject', kind: KpiSubjectKind, id: string, title: string }, measurements: Array<{ __typename?: 'Measurement', id: string, measuredOn: string, value: number, note: string, recordedByName: string }>, latest?: { __typename?: 'Measurement', id: string, measuredOn: string, value: number } | null } } };

export type UpdateKpiMutationVariables = Exact<{
  input: UpdateKpiInput;
}>;


export type UpdateKpiMutation = { __typename?: 'Mutation', updateKpi: { __typename?: 'KpiPayload', kpi: { __typename?: 'Kpi', id: string, name: string, unit: string, baseline: number, baselineOn?: string | null, target: number, targetOn?: string | null, direction: KpiDirection, progress?: number | null, state: KpiState, version: number, subject: { __typename?: 'KpiSubject', kind: KpiSubjectKind, id: string, title: string }, measurements: Array<{ __typename?: 'Measurement', id: string, measuredOn: string, value: number, note: string, recordedByName: string }>, latest?: { __typename?: 'Measurement', id: string, measuredOn: string, value: number } | null } } };

export type DeleteKpiMutationVariables = Exact<{
  input: DeleteKpiInput;
}>;


export type DeleteKpiMutation = { __typename?: 'Mutation', deleteKpi: { __typename?: 'DeleteKpiPayload', id: string } };

export type RecordMeasurementMutationVariables = Exact<{
  input: RecordMeasurementInput;
}>;


export type RecordMeasurementMutation = { __typename?: 'Mutation', recordMeasurement: { __typename?: 'KpiPayload', kpi: { __typename?: 'Kpi', id: string, name: string, unit: string, baseline: number, baselineOn?: string | null, target: number, targetOn?: string | null, direction: KpiDirection, progress?: number | null, state: KpiState, version: number, subject: { __typename?: 'KpiSubject', kind: KpiSubjectKind, id: string, title: string }, measurements: Array<{ __typename?: 'Measurement', id: string, measuredOn: string, value: number, note: string, recordedByName: string }>, latest?: { __typename?: 'Measurement', id: string, measuredOn: string, value: number } | null } } };

export type DeleteMeasurementMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteMeasurementMutation = { __typename?: 'Mutation', deleteMeasurement: { __typename?: 'KpiPayload', kpi: { __typename?: 'Kpi', id: string, name: string, unit: string, baseline: number, baselineOn?: string | null, target: number, targetOn?: string | null, direction: KpiDirection, progress?: number | null, state: KpiState, version: number, subject: { __typename?: 'KpiSubject', kind: KpiSubjectKind, id: string, title: string }, measurements: Array<{ __typename?: 'Measurement', id: string, measuredOn: string, value: number, note: string, recordedByName: string }>, latest?: { __typename?: 'Measurement', id: string, measuredOn: string, value: number } | null } } };

export type LegalTextsQueryVariables = Exact<{
  cooperationId: Scalars['ID']['input'];
}>;


export type LegalTextsQuery = { __typename?: 'Query', legalTexts: { __typename?: 'LegalTexts', cooperationId: string, cooperationName: string, imprint: string, privacy: string, accessibility: string, updatedAt?: string | null, version: number } };

export type UpdateLegalTextsMutationVariables = Exact<{
  input: UpdateLegalTextsInput;
}>;


export type UpdateLegalTextsMutation = { __typename?: 'Mutation', updateLegalTexts: { __typename?: 'UpdateLegalTextsPayload', legalTexts: { __typename?: 'LegalTexts', cooperationId: string, cooperationName: string, imprint: string, privacy: string, accessibility: string, updatedAt?: string | null, version: number } } };

export type ConflictFieldsFragment = { __typename?: 'Conflict', jurorId: string, jurorName: string, nominationId: string, reason: string, setByChair: boolean, createdAt: string };

export type NominationFieldsFragment = { __typename?: 'Nomination', id: string, cycleId: string, organisationId: string, companyName: string, companyAddress: string, category: string, nominatorName?: string | null, nominatorContactId?: string | null, justification: string, source: NominationSource, eligibility: Eligibility, eligibilityReason: string, eligibilityDecidedByName?: string | null, eligibilityDecidedAt?: string | null, eligibilityHints: Array<string>, canManage: boolean, createdAt: string, version: number, myConflict?: { __typename?: 'Conflict', jurorId: string, jurorName: string, nominationId: string, reason: string, setByChair: boolean, createdAt: string } | null, conflicts: Array<{ __typename?: 'Conflict', jurorId: string, jurorName: string, nominationId: string, reason: string, setByChair: boolean, createdAt: string }> };

export type CycleNominationsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CycleNominationsQuery = { __typename?: 'Query', awardCycle: { __typename?: 'AwardCycle', id: string, phase: AwardPhase, categories: Array<string>, canManage: boolean, isChair: boolean, nominations: Array<{ __typename?: 'Nomination', id: string, cycleId: string, organisationId: string, companyName: string, companyAddress: string, category: string, nominatorName?: string | null, nominatorContactId?: string | null, justification: string, source: NominationSource, eligibility: Eligibility, eligibilityReason: string, eligibilityDecidedByName?: string | null, eligibilityDecidedAt?: string | null, eligibilityHints: Array<string>, canManage: boolean, createdAt: string, version: number, myConflict?: { __typename?: 'Conflict', jurorId: string, jurorName: string, nominationId: string, reason: string, setByChair: boolean, createdAt: string } | null, conflicts: Array<{ __typename?: 'Conflict', jurorId: string, jurorName: string, nominationId: string, reason: string, setByChair: boolean, createdAt: string }> }> } };

export type JurorFieldsFragment = { __typename?: 'Juror', id: string, userId: string, name: string, email: string, isChair: boolean, external: boolean, submittedAt?: string | null };

export type TurnoutFieldsFragment = { __typename?: 'Turnout', jurors: number, submitted: number, quorum: number, quorumMet: boolean };

export type CycleJuryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CycleJuryQuery = { __typename?: 'Query', awardCycle: { __typename?: 'AwardCycle', id: string, cooperationId: string, phase: AwardPhase, canManage: boolean, isChair: boolean, jurors: Array<{ __typename?: 'Juror', id: string, userId: string, name: string, email: string, isChair: boolean, external: boolean, submittedAt?: string | null }>, turnout?: { __typename?: 'Turnout', jurors: number, submitted: number, quorum: number, quorumMet: boolean } | null, nominations: Array<{ __typename?: 'Nomination', id: string, companyName: string, category: string, eligibility: Eligibility, conflicts: Array<{ __typename?: 'Conflict', jurorId: string, jurorName: string, nominationId: string, reason: string, setByChair: boolean, createdAt: string }> }> } };

export type NominationOrganisationsQueryVariables = Exact<{
  cooperationId: Scalars['ID']['input'];
  query?: InputMaybe<Scalars['String']['input']>;
}>;


export type NominationOrganisationsQuery = { __typename?: 'Query', organisations: { __typename?: 'OrganisationList', totalCount: number, items: Array<{ __typename?: 'Organisation', id: string, name: string, shortName: string, kind: OrganisationKind, city: string }> } };

export type NominatorContactsQueryVariables = Exact<{
  cooperationId: Scalars['ID']['input'];
  query?: InputMaybe<Scalars['String']['input']>;
}>;


export type NominatorContactsQuery = { __typename?: 'Query', contacts: { __typename?: 'ContactList', totalCount: number, items: Array<{ __typename?: 'Contact', id: string, name: string, organisation?: { __typename?: 'Organisation', id: string, name: string } | null }> } };

export type JurorCandidatesQueryVariables = Exact<{
  cooperationId: Scalars['ID']['input'];
}>;


export type JurorCandidatesQuery = { __typename?: 'Query', members: { __typename?: 'MembershipList', totalCount: number, items: Array<{ __typename?: 'Membership', id: string, role: Role, user: { __typename?: 'User', id: string, name: string, email: string }, organisation?: { __typename?: 'Organisation', id: string, name: string, shortName: string } | null }> } };

export type CreateNominationMutationVariables = Exact<{
  input: CreateNominationInput;
}>;


export type CreateNominationMutation = { __typename?: 'Mutation', createNomination: { __typename?: 'NominationPayload', nomination: { __typename?: 'Nomination', id: string, cycleId: string, organisationId: string, companyName: string, companyAddress: string, category: string, nominatorName?: string | null, nominatorContactId?: string | null, justification: string, source: NominationSource, eligibility: Eligibility, eligibilityReason: string, eligibilityDecidedByName?: string | null, eligibilityDecidedAt?: string | null, eligibilityHints: Array<string>, canManage: boolean, createdAt: string, version: number, myConflict?: { __typename?: 'Conflict', jurorId: string, jurorName: string, nominationId: string, reason: string, setByChair: boolean, createdAt: string } | null, conflicts: Array<{ __typename?: 'Conflict', jurorId: string, jurorName: string, nominationId: string, reason: string, setByChair: boolean, createdAt: string }> } } };

export type UpdateNominationMutationVariables = Exact<{
  input: UpdateNominationInput;
}>;


export type UpdateNominationMutation = { __typename?: 'Mutation', updateNomination: { __typename?: 'NominationPayload', nomination: { __typename?: 'Nomination', id: string, cycleId: string, organisationId: string, companyName: string, companyAddress: string, category: string, nominatorName?: string | null, nominatorContactId?: string | null, justification: string, source: NominationSource, eligibility: Eligibility, eligibilityReason: string, eligibilityDecidedByName?: string | null, eligibilityDecidedAt?: string | null, eligibilityHints: Array<string>, canManage: boolean, createdAt: string, version: number, myConflict?: { __typename?: 'Conflict', jurorId: string, jurorName: string, nominationId: string, reason: string, setByChair: boolean, createdAt: string } | null, conflicts: Array<{ __typename?: 'Conflict', jurorId: string, jurorName: string, nominationId: string, reason: string, setByChair: boolean, createdAt: string }> } } };

export type DeleteNominationMutationVariables = Exact<{
  input: DeleteNominationInput;
}>;


export type DeleteNominationMutation = { __typename?: 'Mutation', deleteNomination: { __typename?: 'DeleteNominationPayload', id: string } };

export type DecideEligibilityMutationVariables = Exact<{
  input: DecideEligibilityInput;
}>;


export type DecideEligibilityMutation = { __typename?: 'Mutation', decideEligibility: { __typename?: 'NominationPayload', nomination: { __typename?: 'Nomination', id: string, cycleId: string, organisationId: string, companyName: string, companyAddress: string, category: string, nominatorName?: string | null, nominatorContactId?: string | null, justification: string, source: NominationSource, eligibility: Eligibility, eligibilityReason: string, eligibilityDecidedByName?: string | null, eligibilityDecidedAt?: string | null, eligibilityHints: Array<string>, canManage: boolean, createdAt: string, version: number, myConflict?: { __typename?: 'Conflict', jurorId: string, jurorName: string, nominationId: string, reason: string, setByChair: boolean, createdAt: string } | null, conflicts: Array<{ __typename?: 'Conflict', jurorId: string, jurorName: string, nominationId: string, reason: string, setByChair: boolean, createdAt: string }> } } };

export type JuryPayloadFieldsFragment = { __typename?: 'AwardCycle', id: string, isChair: boolean, jurors: Array<{ __typename?: 'Juror', id: string, userId: string, name: string, email: string, isChair: boolean, external: boolean, submittedAt?: string | null }>, turnout?: { __typename?: 'Turnout', jurors: number, submitted: number, quorum: number, quorumMet: boolean } | null };

export type AddJurorMutationVariables = Exact<{
  input: AddJurorInput;
}>;


export type AddJurorMutation = { __typename?: 'Mutation', addJuror: { __typename?: 'JuryPayload', awardCycle: { __typename?: 'AwardCycle', id: string, isChair: boolean, jurors: Array<{ __typename?: 'Juror', id: string, userId: string, name: string, email: string, isChair: boolean, external: boolean, submittedAt?: string | null }>, turnout?: { __typename?: 'Turnout', jurors: number, submitted: number, quorum: number, quorumMet: boolean } | null } } };

export type RemoveJurorMutationVariables = Exact<{
  input: RemoveJurorInput;
}>;


export type RemoveJurorMutation = { __typename?: 'Mutation', removeJuror: { __typename?: 'JuryPayload', awardCycle: { __typename?: 'AwardCycle', id: string, isChair: boolean, jurors: Array<{ __typename?: 'Juror', id: string, userId: string, name: string, email: string, isChair: boolean, external: boolean, submittedAt?: string | null }>, turnout?: { __typename?: 'Turnout', jurors: number, submitted: number, quorum: number, quorumMet: boolean } | null } } };

export type SetJuryChairMutationVariables = Exact<{
  input: SetJuryChairInput;
}>;


export type SetJuryChairMutation = { __typename?: 'Mutation', setJuryChair: { __typename?: 'JuryPayload', awardCycle: { __typename?: 'AwardCycle', id: string, isChair: boolean, jurors: Array<{ __typename?: 'Juror', id: string, userId: string, name: string, email: string, isChair: boolean, external: boolean, submittedAt?: string | null }>, turnout?: { __typename?: 'Turnout', jurors: number, submitted: number, quorum: number, quorumMet: boolean } | null } } };

export type ConflictPayloadFieldsFragment = { __typename?: 'Nomination', id: string, version: number, myConflict?: { __typename?: 'Conflict', jurorId: string, jurorName: string, nominationId: string, reason: string, setByChair: boolean, createdAt: string } | null, conflicts: Array<{ __typename?: 'Conflict', jurorId: string, jurorName: string, nominationId: string, reason: string, setByChair: boolean, createdAt: string }> };

export type SetConflictMutationVariables = Exact<{
  input: SetConflictInput;
}>;


export type SetConflictMutation = { __typename?: 'Mutation', setConflict: { __typename?: 'ConflictPayload', nomination: { __typename?: 'Nomination', id: string, version: number, myConflict?: { __typename?: 'Conflict', jurorId: string, jurorName: string, nominationId: string, reason: string, setByChair: boolean, createdAt: string } | null, conflicts: Array<{ __typename?: 'Conflict', jurorId: string, jurorName: string, nominationId: string, reason: string, setByChair: boolean, createdAt: string }> } } };

export type RemoveConflictMutationVariables = Exact<{
  input: RemoveConflictInput;
}>;


export type RemoveConflictMutation = { __typename?: 'Mutation', removeConflict: { __typename?: 'ConflictPayload', nomination: { __typename?: 'Nomination', id: string, version: number, myConflict?: { __typename?: 'Conflict', jurorId: string, jurorName: string, nominationId: string, reason: string, setByChair: boolean, createdAt: string } | null, conflicts: Array<{ __typename?: 'Conflict', jurorId: string, jurorName: string, nominationId: string, reason: string, setByChair: boolean, createdAt: string }> } } };

export type PublicNominationFormQueryVariables = Exact<{
  cycleId: Scalars['ID']['input'];
}>;


export type PublicNominationFormQuery = { __typename?: 'Query', publicNominationForm: { __typename?: 'PublicNominationForm', cycleId: string, programmeName: string, title: string, categories: Array<string>, closesAt: string, open: boolean, cooperationId: string } };

export type SubmitPublicNominationMutationVariables = Exact<{
  input: PublicNominationInput;
}>;


export type SubmitPublicNominationMutation = { __typename?: 'Mutation', submitPublicNomination: { __typename?: 'PublicNominationPayload', reference: string } };

export type UpdateMeMutationVariables = Exact<{
  input: UpdateMeInput;
}>;


export type UpdateMeMutation = { __typename?: 'Mutation', updateMe: { __typename?: 'UpdateMePayload', user: { __typename?: 'User', id: string, email: string, name: string, locale: Locale, isSystemAdmin: boolean, memberships: Array<{ __typename?: 'Membership', id: string, role: Role, active: boolean, cooperation: { __typename?: 'Cooperation', id: string, name: string }, organisation?: { __typename?: 'Organisation', id: string, name: string, shortName: string } | null }> } } };

export type ReminderSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReminderSettingsQuery = { __typename?: 'Query', myReminderSettings: { __typename?: 'ReminderSettings', emailReminders: boolean } };

export type UpdateReminderSettingsMutationVariables = Exact<{
  input: UpdateReminderSettingsInput;
}>;


export type UpdateReminderSettingsMutation = { __typename?: 'Mutation', updateReminderSettings: { __typename?: 'UpdateReminderSettingsPayload', settings: { __typename?: 'ReminderSettings', emailReminders: boolean } } };

export type RsvpPageFieldsFragment = { __typename?: 'Rsvp', guestName: string, letterSalutation: string, status: InvitationStatus, plusOne: boolean, plusOneName: string, plusOnesAllowed: boolean, waitlistPosition: number, eventTitle: string, startsAt: string, endsAt: string, venue: string, address: string, description: string, eventCancelled: boolean, deadline: string, open: boolean, closedReason: string, optedOut: boolean, cooperationId: string, cooperationName: string };

export type RsvpByTokenQueryVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type RsvpByTokenQuery = { __typename?: 'Query', rsvp: { __typename?: 'Rsvp', guestName: string, letterSalutation: string, status: InvitationStatus, plusOne: boolean, plusOneName: string, plusOnesAllowed: boolean, waitlistPosition: number, eventTitle: string, startsAt: string, endsAt: string, venue: string, address: string, description: string, eventCancelled: boolean, deadline: string, open: boolean, closedReason: string, optedOut: boolean, cooperationId: string, cooperationName: string } };

export type RsvpSubmitAnswerMutationVariables = Exact<{
  input: RsvpAnswerInput;
}>;


export type RsvpSubmitAnswerMutation = { __typename?: 'Mutation', answerRsvp: { __typename?: 'RsvpPayload', rsvp: { __typename?: 'Rsvp', guestName: string, letterSalutation: string, status: InvitationStatus, plusOne: boolean, plusOneName: string, plusOnesAllowed: boolean, waitlistPosition: number, eventTitle: string, startsAt: string, endsAt: string, venue: string, address: string, description: string, eventCancelled: boolean, deadline: string, open: boolean, closedReason: string, optedOut: boolean, cooperationId: string, cooperationName: string } } };

export type RsvpOptOutMutationVariables = Exact<{
  input: OptOutInput;
}>;


export type RsvpOptOutMutation = { __typename?: 'Mutation', optOut: { __typename?: 'RsvpPayload', rsvp: { __typename?: 'Rsvp', guestName: string, letterSalutation: string, status: InvitationStatus, plusOne: boolean, plusOneName: string, plusOnesAllowed: boolean, waitlistPosition: number, eventTitle: string, startsAt: string, endsAt: string, venue: string, address: string, description: string, eventCancelled: boolean, deadline: string, open: boolean, closedReason: string, optedOut: boolean, cooperationId: string, cooperationName: string } } };

export type SystemCooperationFragment = { __typename?: 'Cooperation', id: string, name: string, description: string, createdAt: string, partners: Array<{ __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string, kind: OrganisationKind } }> };

export type SystemCooperationsQueryVariables = Exact<{ [key: string]: never; }>;


export type SystemCooperationsQuery = { __typename?: 'Query', cooperations: Array<{ __typename?: 'Cooperation', id: string, name: string, description: string, createdAt: string, partners: Array<{ __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string, kind: OrganisationKind } }> }> };

export type CreateCooperationMutationVariables = Exact<{
  input: CreateCooperationInput;
}>;


export type CreateCooperationMutation = { __typename?: 'Mutation', createCooperation: { __typename?: 'CreateCooperationPayload', cooperation: { __typename?: 'Cooperation', id: string, name: string, description: string, createdAt: string, partners: Array<{ __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string, kind: OrganisationKind } }> } } };

export type WorkstreamCardFieldsFragment = { __typename?: 'Workstream', id: string, title: string, status: WorkstreamStatus, priority?: Priority | null, startsOn: string, endsOn?: string | null, openTaskCount: number, version: number, partners: Array<{ __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } }>, leads: Array<{ __typename?: 'WorkstreamLead', membershipId: string, userId: string, name: string, partner?: { __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } | null }>, goals: Array<{ __typename?: 'GoalRef', id: string, code: string, title: string }>, milestones: Array<{ __typename?: 'Milestone', id: string, title: string, dueOn: string, doneOn?: string | null, overdue: boolean }>, kpis: Array<{ __typename?: 'Kpi', id: string, name: string, state: KpiState }> };

export type MilestoneFieldsFragment = { __typename?: 'Milestone', id: string, workstreamId: string, title: string, dueOn: string, doneOn?: string | null, overdue: boolean, version: number };

export type WorkstreamDetailFieldsFragment = { __typename?: 'Workstream', cooperationId: string, description: string, canManage: boolean, canReport: boolean, updatedAt: string, id: string, title: string, status: WorkstreamStatus, priority?: Priority | null, startsOn: string, endsOn?: string | null, openTaskCount: number, version: number, milestones: Array<{ __typename?: 'Milestone', id: string, title: string, dueOn: string, doneOn?: string | null, overdue: boolean, workstreamId: string, version: number }>, kpis: Array<{ __typename?: 'Kpi', id: string, name: string, state: KpiState, unit: string, baseline: number, baselineOn?: string | null, target: number, targetOn?: string | null, direction: KpiDirection, progress?: number | null, version: number, subject: { __typename?: 'KpiSubject', kind: KpiSubjectKind, id: string, title: string }, measurements: Array<{ __typename?: 'Measurement', id: string, measuredOn: string, value: number, note: string, recordedByName: string }>, latest?: { __typename?: 'Measurement', id: string, measuredOn: string, value: number } | null }>, statusReports: Array<{ __typename?: 'StatusReport', id: string, status: WorkstreamStatus, summary: string, authorName: string, createdAt: string }>, tasks: Array<{ __typename?: 'Task', id: string, title: string, dueOn?: string | null, done: boolean, doneAt?: string | null, cooperationId: string, version: number, assignee?: { __typename?: 'TaskAssignee', id: string, name: string } | null, ownerPartner?: { __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } | null, event?: { __typename?: 'TaskEvent', id: string, title: string, startsAt: string } | null }>, partners: Array<{ __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } }>, leads: Array<{ __typename?: 'WorkstreamLead', membershipId: string, userId: string, name: string, partner?: { __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } | null }>, goals: Array<{ __typename?: 'GoalRef', id: string, code: string, title: string }> };

export type WorkstreamsQueryVariables = Exact<{
  cooperationId: Scalars['ID']['input'];
  filter?: InputMaybe<WorkstreamFilter>;
}>;


export type WorkstreamsQuery = { __typename?: 'Query', workstreams: Array<{ __typename?: 'Workstream', id: string, title: string, status: WorkstreamStatus, priority?: Priority | null, startsOn: string, endsOn?: string | null, openTaskCount: number, version: number, partners: Array<{ __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } }>, leads: Array<{ __typename?: 'WorkstreamLead', membershipId: string, userId: string, name: string, partner?: { __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } | null }>, goals: Array<{ __typename?: 'GoalRef', id: string, code: string, title: string }>, milestones: Array<{ __typename?: 'Milestone', id: string, title: string, dueOn: string, doneOn?: string | null, overdue: boolean }>, kpis: Array<{ __typename?: 'Kpi', id: string, name: string, state: KpiState }> }> };

export type WorkstreamQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WorkstreamQuery = { __typename?: 'Query', workstream: { __typename?: 'Workstream', cooperationId: string, description: string, canManage: boolean, canReport: boolean, updatedAt: string, id: string, title: string, status: WorkstreamStatus, priority?: Priority | null, startsOn: string, endsOn?: string | null, openTaskCount: number, version: number, milestones: Array<{ __typename?: 'Milestone', id: string, title: string, dueOn: string, doneOn?: string | null, overdue: boolean, workstreamId: string, version: number }>, kpis: Array<{ __typename?: 'Kpi', id: string, name: string, state: KpiState, unit: string, baseline: number, baselineOn?: string | null, target: number, targetOn?: string | null, direction: KpiDirection, progress?: number | null, version: number, subject: { __typename?: 'KpiSubject', kind: KpiSubjectKind, id: string, title: string }, measurements: Array<{ __typename?: 'Measurement', id: string, measuredOn: string, value: number, note: string, recordedByName: string }>, latest?: { __typename?: 'Measurement', id: string, measuredOn: string, value: number } | null }>, statusReports: Array<{ __typename?: 'StatusReport', id: string, status: WorkstreamStatus, summary: string, authorName: string, createdAt: string }>, tasks: Array<{ __typename?: 'Task', id: string, title: string, dueOn?: string | null, done: boolean, doneAt?: string | null, cooperationId: string, version: number, assignee?: { __typename?: 'TaskAssignee', id: string, name: string } | null, ownerPartner?: { __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } | null, event?: { __typename?: 'TaskEvent', id: string, title: string, startsAt: string } | null }>, partners: Array<{ __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } }>, leads: Array<{ __typename?: 'WorkstreamLead', membershipId: string, userId: string, name: string, partner?: { __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } | null }>, goals: Array<{ __typename?: 'GoalRef', id: string, code: string, title: string }> } };

export type WorkstreamGoalOptionsQueryVariables = Exact<{
  cooperationId: Scalars['ID']['input'];
}>;


export type WorkstreamGoalOptionsQuery = { __typename?: 'Query', strategy: { __typename?: 'Strategy', cooperationId: string, goals: Array<{ __typename?: 'Goal', id: string, code: string, title: string, depth: number }> } };

export type CreateWorkstreamMutationVariables = Exact<{
  input: CreateWorkstreamInput;
}>;


export type CreateWorkstreamMutation = { __typename?: 'Mutation', createWorkstream: { __typename?: 'WorkstreamPayload', workstream: { __typename?: 'Workstream', cooperationId: string, description: string, canManage: boolean, canReport: boolean, updatedAt: string, id: string, title: string, status: WorkstreamStatus, priority?: Priority | null, startsOn: string, endsOn?: string | null, openTaskCount: number, version: number, milestones: Array<{ __typename?: 'Milestone', id: string, title: string, dueOn: string, doneOn?: string | null, overdue: boolean, workstreamId: string, version: number }>, kpis: Array<{ __typename?: 'Kpi', id: string, name: string, state: KpiState, unit: string, baseline: number, baselineOn?: string | null, target: number, targetOn?: string | null, direction: KpiDirection, progress?: number | null, version: number, subject: { __typename?: 'KpiSubject', kind: KpiSubjectKind, id: string, title: string }, measurements: Array<{ __typename?: 'Measurement', id: string, measuredOn: string, value: number, note: string, recordedByName: string }>, latest?: { __typename?: 'Measurement', id: string, measuredOn: string, value: number } | null }>, statusReports: Array<{ __typename?: 'StatusReport', id: string, status: WorkstreamStatus, summary: string, authorName: string, createdAt: string }>, tasks: Array<{ __typename?: 'Task', id: string, title: string, dueOn?: string | null, done: boolean, doneAt?: string | null, cooperationId: string, version: number, assignee?: { __typename?: 'TaskAssignee', id: string, name: string } | null, ownerPartner?: { __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } | null, event?: { __typename?: 'TaskEvent', id: string, title: string, startsAt: string } | null }>, partners: Array<{ __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } }>, leads: Array<{ __typename?: 'WorkstreamLead', membershipId: string, userId: string, name: string, partner?: { __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } | null }>, goals: Array<{ __typename?: 'GoalRef', id: string, code: string, title: string }> } } };

export type UpdateWorkstreamMutationVariables = Exact<{
  input: UpdateWorkstreamInput;
}>;


export type UpdateWorkstreamMutation = { __typename?: 'Mutation', updateWorkstream: { __typename?: 'WorkstreamPayload', workstream: { __typename?: 'Workstream', cooperationId: string, description: string, canManage: boolean, canReport: boolean, updatedAt: string, id: string, title: string, status: WorkstreamStatus, priority?: Priority | null, startsOn: string, endsOn?: string | null, openTaskCount: number, version: number, milestones: Array<{ __typename?: 'Milestone', id: string, title: string, dueOn: string, doneOn?: string | null, overdue: boolean, workstreamId: string, version: number }>, kpis: Array<{ __typename?: 'Kpi', id: string, name: string, state: KpiState, unit: string, baseline: number, baselineOn?: string | null, target: number, targetOn?: string | null, direction: KpiDirection, progress?: number | null, version: number, subject: { __typename?: 'KpiSubject', kind: KpiSubjectKind, id: string, title: string }, measurements: Array<{ __typename?: 'Measurement', id: string, measuredOn: string, value: number, note: string, recordedByName: string }>, latest?: { __typename?: 'Measurement', id: string, measuredOn: string, value: number } | null }>, statusReports: Array<{ __typename?: 'StatusReport', id: string, status: WorkstreamStatus, summary: string, authorName: string, createdAt: string }>, tasks: Array<{ __typename?: 'Task', id: string, title: string, dueOn?: string | null, done: boolean, doneAt?: string | null, cooperationId: string, version: number, assignee?: { __typename?: 'TaskAssignee', id: string, name: string } | null, ownerPartner?: { __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } | null, event?: { __typename?: 'TaskEvent', id: string, title: string, startsAt: string } | null }>, partners: Array<{ __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } }>, leads: Array<{ __typename?: 'WorkstreamLead', membershipId: string, userId: string, name: string, partner?: { __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } | null }>, goals: Array<{ __typename?: 'GoalRef', id: string, code: string, title: string }> } } };

export type DeleteWorkstreamMutationVariables = Exact<{
  input: DeleteWorkstreamInput;
}>;


export type DeleteWorkstreamMutation = { __typename?: 'Mutation', deleteWorkstream: { __typename?: 'DeleteWorkstreamPayload', id: string } };

export type CreateMilestoneMutationVariables = Exact<{
  input: CreateMilestoneInput;
}>;


export type CreateMilestoneMutation = { __typename?: 'Mutation', createMilestone: { __typename?: 'WorkstreamPayload', workstream: { __typename?: 'Workstream', cooperationId: string, description: string, canManage: boolean, canReport: boolean, updatedAt: string, id: string, title: string, status: WorkstreamStatus, priority?: Priority | null, startsOn: string, endsOn?: string | null, openTaskCount: number, version: number, milestones: Array<{ __typename?: 'Milestone', id: string, title: string, dueOn: string, doneOn?: string | null, overdue: boolean, workstreamId: string, version: number }>, kpis: Array<{ __typename?: 'Kpi', id: string, name: string, state: KpiState, unit: string, baseline: number, baselineOn?: string | null, target: number, targetOn?: string | null, direction: KpiDirection, progress?: number | null, version: number, subject: { __typename?: 'KpiSubject', kind: KpiSubjectKind, id: string, title: string }, measurements: Array<{ __typename?: 'Measurement', id: string, measuredOn: string, value: number, note: string, recordedByName: string }>, latest?: { __typename?: 'Measurement', id: string, measuredOn: string, value: number } | null }>, statusReports: Array<{ __typename?: 'StatusReport', id: string, status: WorkstreamStatus, summary: string, authorName: string, createdAt: string }>, tasks: Array<{ __typename?: 'Task', id: string, title: string, dueOn?: string | null, done: boolean, doneAt?: string | null, cooperationId: string, version: number, assignee?: { __typename?: 'TaskAssignee', id: string, name: string } | null, ownerPartner?: { __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } | null, event?: { __typename?: 'TaskEvent', id: string, title: string, startsAt: string } | null }>, partners: Array<{ __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } }>, leads: Array<{ __typename?: 'WorkstreamLead', membershipId: string, userId: string, name: string, partner?: { __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } | null }>, goals: Array<{ __typename?: 'GoalRef', id: string, code: string, title: string }> } } };

export type UpdateMilestoneMutationVariables = Exact<{
  input: UpdateMilestoneInput;
}>;


export type UpdateMilestoneMutation = { __typename?: 'Mutation', updateMilestone: { __typename?: 'WorkstreamPayload', workstream: { __typename?: 'Workstream', cooperationId: string, description: string, canManage: boolean, canReport: boolean, updatedAt: string, id: string, title: string, status: WorkstreamStatus, priority?: Priority | null, startsOn: string, endsOn?: string | null, openTaskCount: number, version: number, milestones: Array<{ __typename?: 'Milestone', id: string, title: string, dueOn: string, doneOn?: string | null, overdue: boolean, workstreamId: string, version: number }>, kpis: Array<{ __typename?: 'Kpi', id: string, name: string, state: KpiState, unit: string, baseline: number, baselineOn?: string | null, target: number, targetOn?: string | null, direction: KpiDirection, progress?: number | null, version: number, subject: { __typename?: 'KpiSubject', kind: KpiSubjectKind, id: string, title: string }, measurements: Array<{ __typename?: 'Measurement', id: string, measuredOn: string, value: number, note: string, recordedByName: string }>, latest?: { __typename?: 'Measurement', id: string, measuredOn: string, value: number } | null }>, statusReports: Array<{ __typename?: 'StatusReport', id: string, status: WorkstreamStatus, summary: string, authorName: string, createdAt: string }>, tasks: Array<{ __typename?: 'Task', id: string, title: string, dueOn?: string | null, done: boolean, doneAt?: string | null, cooperationId: string, version: number, assignee?: { __typename?: 'TaskAssignee', id: string, name: string } | null, ownerPartner?: { __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } | null, event?: { __typename?: 'TaskEvent', id: string, title: string, startsAt: string } | null }>, partners: Array<{ __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } }>, leads: Array<{ __typename?: 'WorkstreamLead', membershipId: string, userId: string, name: string, partner?: { __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } | null }>, goals: Array<{ __typename?: 'GoalRef', id: string, code: string, title: string }> } } };

export type DeleteMilestoneMutationVariables = Exact<{
  input: DeleteMilestoneInput;
}>;


export type DeleteMilestoneMutation = { __typename?: 'Mutation', deleteMilestone: { __typename?: 'WorkstreamPayload', workstream: { __typename?: 'Workstream', cooperationId: string, description: string, canManage: boolean, canReport: boolean, updatedAt: string, id: string, title: string, status: WorkstreamStatus, priority?: Priority | null, startsOn: string, endsOn?: string | null, openTaskCount: number, version: number, milestones: Array<{ __typename?: 'Milestone', id: string, title: string, dueOn: string, doneOn?: string | null, overdue: boolean, workstreamId: string, version: number }>, kpis: Array<{ __typename?: 'Kpi', id: string, name: string, state: KpiState, unit: string, baseline: number, baselineOn?: string | null, target: number, targetOn?: string | null, direction: KpiDirection, progress?: number | null, version: number, subject: { __typename?: 'KpiSubject', kind: KpiSubjectKind, id: string, title: string }, measurements: Array<{ __typename?: 'Measurement', id: string, measuredOn: string, value: number, note: string, recordedByName: string }>, latest?: { __typename?: 'Measurement', id: string, measuredOn: string, value: number } | null }>, statusReports: Array<{ __typename?: 'StatusReport', id: string, status: WorkstreamStatus, summary: string, authorName: string, createdAt: string }>, tasks: Array<{ __typename?: 'Task', id: string, title: string, dueOn?: string | null, done: boolean, doneAt?: string | null, cooperationId: string, version: number, assignee?: { __typename?: 'TaskAssignee', id: string, name: string } | null, ownerPartner?: { __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } | null, event?: { __typename?: 'TaskEvent', id: string, title: string, startsAt: string } | null }>, partners: Array<{ __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } }>, leads: Array<{ __typename?: 'WorkstreamLead', membershipId: string, userId: string, name: string, partner?: { __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } | null }>, goals: Array<{ __typename?: 'GoalRef', id: string, code: string, title: string }> } } };

export type AddStatusReportMutationVariables = Exact<{
  input: AddStatusReportInput;
}>;


export type AddStatusReportMutation = { __typename?: 'Mutation', addStatusReport: { __typename?: 'WorkstreamPayload', workstream: { __typename?: 'Workstream', cooperationId: string, description: string, canManage: boolean, canReport: boolean, updatedAt: string, id: string, title: string, status: WorkstreamStatus, priority?: Priority | null, startsOn: string, endsOn?: string | null, openTaskCount: number, version: number, milestones: Array<{ __typename?: 'Milestone', id: string, title: string, dueOn: string, doneOn?: string | null, overdue: boolean, workstreamId: string, version: number }>, kpis: Array<{ __typename?: 'Kpi', id: string, name: string, state: KpiState, unit: string, baseline: number, baselineOn?: string | null, target: number, targetOn?: string | null, direction: KpiDirection, progress?: number | null, version: number, subject: { __typename?: 'KpiSubject', kind: KpiSubjectKind, id: string, title: string }, measurements: Array<{ __typename?: 'Measurement', id: string, measuredOn: string, value: number, note: string, recordedByName: string }>, latest?: { __typename?: 'Measurement', id: string, measuredOn: string, value: number } | null }>, statusReports: Array<{ __typename?: 'StatusReport', id: string, status: WorkstreamStatus, summary: string, authorName: string, createdAt: string }>, tasks: Array<{ __typename?: 'Task', id: string, title: string, dueOn?: string | null, done: boolean, doneAt?: string | null, cooperationId: string, version: number, assignee?: { __typename?: 'TaskAssignee', id: string, name: string } | null, ownerPartner?: { __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } | null, event?: { __typename?: 'TaskEvent', id: string, title: string, startsAt: string } | null }>, partners: Array<{ __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } }>, leads: Array<{ __typename?: 'WorkstreamLead', membershipId: string, userId: string, name: string, partner?: { __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } | null }>, goals: Array<{ __typename?: 'GoalRef', id: string, code: string, title: string }> } } };

export const MemberFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Membership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitationExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"passwordSet"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]} as unknown as DocumentNode<MemberFieldsFragment, unknown>;
export const AgreementHeadFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementHeadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"predecessorId"}},{"kind":"Field","name":{"kind":"Name","value":"successorId"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}}]}}]} as unknown as DocumentNode<AgreementHeadFieldsFragment, unknown>;
export const AgreementFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementHeadFields"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"signedByName"}},{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"canSign"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"signatory"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commitments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agreementId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"recurring"}},{"kind":"Field","name":{"kind":"Name","value":"carriedFromId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"years"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"measureId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementHeadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"predecessorId"}},{"kind":"Field","name":{"kind":"Name","value":"successorId"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}}]}}]} as unknown as DocumentNode<AgreementFieldsFragment, unknown>;
export const SessionUserFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"isSystemAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"cooperation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}}]} as unknown as DocumentNode<SessionUserFragment, unknown>;
export const AwardCycleFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AwardCycleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AwardCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationId"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"programmeName"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"nominationOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"nominationClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"votingClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"quorum"}},{"kind":"Field","name":{"kind":"Name","value":"tieBreakRule"}},{"kind":"Field","name":{"kind":"Name","value":"announcementEventId"}},{"kind":"Field","name":{"kind":"Name","value":"announcementEventTitle"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"scoreMin"}},{"kind":"Field","name":{"kind":"Name","value":"scoreMax"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedByName"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allApproved"}},{"kind":"Field","name":{"kind":"Name","value":"allowedPhases"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"canApprove"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaVersion"}}]}}]} as unknown as DocumentNode<AwardCycleFieldsFragment, unknown>;
export const AwardCycleStatusFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AwardCycleStatusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AwardCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isChair"}},{"kind":"Field","name":{"kind":"Name","value":"canClose"}},{"kind":"Field","name":{"kind":"Name","value":"closedByName"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publicNominationPath"}},{"kind":"Field","name":{"kind":"Name","value":"myBallot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"turnout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jurors"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"quorum"}},{"kind":"Field","name":{"kind":"Name","value":"quorumMet"}}]}}]}}]} as unknown as DocumentNode<AwardCycleStatusFieldsFragment, unknown>;
export const BudgetPartnerTotalFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BudgetPartnerTotalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BudgetPartnerTotal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plannedCents"}},{"kind":"Field","name":{"kind":"Name","value":"actualCents"}},{"kind":"Field","name":{"kind":"Name","value":"sponsorshipCents"}},{"kind":"Field","name":{"kind":"Name","value":"netCents"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}}]} as unknown as DocumentNode<BudgetPartnerTotalFieldsFragment, unknown>;
export const EventBudgetFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventBudgetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventBudget"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"plannedCents"}},{"kind":"Field","name":{"kind":"Name","value":"actualCents"}},{"kind":"Field","name":{"kind":"Name","value":"sponsorshipCents"}},{"kind":"Field","name":{"kind":"Name","value":"inKindCents"}},{"kind":"Field","name":{"kind":"Name","value":"netCents"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"plannedCents"}},{"kind":"Field","name":{"kind":"Name","value":"actualCents"}},{"kind":"Field","name":{"kind":"Name","value":"shareMode"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"plannedCents"}},{"kind":"Field","name":{"kind":"Name","value":"actualCents"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sponsorships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BudgetPartnerTotalFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BudgetPartnerTotalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BudgetPartnerTotal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plannedCents"}},{"kind":"Field","name":{"kind":"Name","value":"actualCents"}},{"kind":"Field","name":{"kind":"Name","value":"sponsorshipCents"}},{"kind":"Field","name":{"kind":"Name","value":"netCents"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}}]} as unknown as DocumentNode<EventBudgetFieldsFragment, unknown>;
export const ContactListFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"salutation"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"function"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"optedOutAt"}},{"kind":"Field","name":{"kind":"Name","value":"detailsHidden"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ContactListFieldsFragment, unknown>;
export const ContactDetailFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"salutation"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"letterSalutation"}},{"kind":"Field","name":{"kind":"Name","value":"function"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"consentAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"optedOutAt"}},{"kind":"Field","name":{"kind":"Name","value":"detailsHidden"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"distributionLists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ContactDetailFieldsFragment, unknown>;
export const DistributionListFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DistributionListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DistributionList"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<DistributionListFieldsFragment, unknown>;
export const ContactImportReportFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactImportReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactImportReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"encoding"}},{"kind":"Field","name":{"kind":"Name","value":"delimiter"}},{"kind":"Field","name":{"kind":"Name","value":"unknownColumns"}},{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"newCount"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateCount"}},{"kind":"Field","name":{"kind":"Name","value":"existsCount"}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"existingContactId"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salutation"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"consentAt"}}]}}]}}]}}]} as unknown as DocumentNode<ContactImportReportFieldsFragment, unknown>;
export const CommentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"authorId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canDelete"}}]}}]} as unknown as DocumentNode<CommentFieldsFragment, unknown>;
export const AttachmentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttachmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"uploaderName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"canDelete"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]} as unknown as DocumentNode<AttachmentFieldsFragment, unknown>;
export const PartnerFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]} as unknown as DocumentNode<PartnerFieldsFragment, unknown>;
export const SeriesFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SeriesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventSeries"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"usualMonth"}},{"kind":"Field","name":{"kind":"Name","value":"eventCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"defaultLeadPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taskTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"daysBefore"}},{"kind":"Field","name":{"kind":"Name","value":"ownerPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]} as unknown as DocumentNode<SeriesFieldsFragment, unknown>;
export const EventListFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openTaskCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]} as unknown as DocumentNode<EventListFieldsFragment, unknown>;
export const TaskFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]} as unknown as DocumentNode<TaskFieldsFragment, unknown>;
export const PlanningWarningFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanningWarningFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanningWarning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"holidayName"}},{"kind":"Field","name":{"kind":"Name","value":"otherEvent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}}]}}]}}]} as unknown as DocumentNode<PlanningWarningFieldsFragment, unknown>;
export const EventDetailFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventListFields"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"awardWinners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cycleTitle"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"nominationId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanningWarningFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openTaskCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanningWarningFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanningWarning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"holidayName"}},{"kind":"Field","name":{"kind":"Name","value":"otherEvent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}}]}}]}}]} as unknown as DocumentNode<EventDetailFieldsFragment, unknown>;
export const MeasureFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeasureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Measure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"workstreamStatus"}},{"kind":"Field","name":{"kind":"Name","value":"kpiCount"}},{"kind":"Field","name":{"kind":"Name","value":"goalCount"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}}]} as unknown as DocumentNode<MeasureFieldsFragment, unknown>;
export const KpiFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Kpi"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"baselineOn"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetOn"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measurements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<KpiFieldsFragment, unknown>;
export const GoalFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GoalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Goal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"covered"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeasureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kpis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeasureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Measure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"workstreamStatus"}},{"kind":"Field","name":{"kind":"Name","value":"kpiCount"}},{"kind":"Field","name":{"kind":"Name","value":"goalCount"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Kpi"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"baselineOn"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetOn"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measurements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<GoalFieldsFragment, unknown>;
export const StrategyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StrategyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Strategy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperationId"}},{"kind":"Field","name":{"kind":"Name","value":"missionStatement"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GoalFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeasureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Measure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"workstreamStatus"}},{"kind":"Field","name":{"kind":"Name","value":"kpiCount"}},{"kind":"Field","name":{"kind":"Name","value":"goalCount"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Kpi"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"baselineOn"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetOn"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measurements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GoalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Goal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"covered"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeasureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kpis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiFields"}}]}}]}}]} as unknown as DocumentNode<StrategyFieldsFragment, unknown>;
export const GuestCountsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GuestCountsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GuestCounts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"draft"}},{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"declined"}},{"kind":"Field","name":{"kind":"Name","value":"waitlisted"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"noShow"}},{"kind":"Field","name":{"kind":"Name","value":"seatsTaken"}},{"kind":"Field","name":{"kind":"Name","value":"seatsAttended"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"seatsFree"}}]}}]} as unknown as DocumentNode<GuestCountsFieldsFragment, unknown>;
export const GuestFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GuestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"guestName"}},{"kind":"Field","name":{"kind":"Name","value":"plusOne"}},{"kind":"Field","name":{"kind":"Name","value":"plusOneName"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"walkIn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"function"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"optedOutAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<GuestFieldsFragment, unknown>;
export const PrintGuestFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PrintGuestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"guestName"}},{"kind":"Field","name":{"kind":"Name","value":"plusOne"}},{"kind":"Field","name":{"kind":"Name","value":"plusOneName"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"walkIn"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"function"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<PrintGuestFieldsFragment, unknown>;
export const PrintEventFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PrintEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"leadPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PrintEventFieldsFragment, unknown>;
export const JuryBallotFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JuryBallotFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ballot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"juror"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isChair"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nominationId"}},{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conflicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jurorId"}},{"kind":"Field","name":{"kind":"Name","value":"nominationId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"setByChair"}}]}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"scored"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<JuryBallotFieldsFragment, unknown>;
export const JuryResultFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JuryResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AwardResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closedByName"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"needsCastingVote"}},{"kind":"Field","name":{"kind":"Name","value":"castingVote"}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"winnerTie"}},{"kind":"Field","name":{"kind":"Name","value":"ranking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nomination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"companyAddress"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"meanText"}},{"kind":"Field","name":{"kind":"Name","value":"median"}},{"kind":"Field","name":{"kind":"Name","value":"jurors"}},{"kind":"Field","name":{"kind":"Name","value":"topRanks"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"criterionMeans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}}]}},{"kind":"Field","name":{"kind":"Name","value":"breakdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jurorName"}},{"kind":"Field","name":{"kind":"Name","value":"conflicted"}},{"kind":"Field","name":{"kind":"Name","value":"weighted"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nominationId"}},{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<JuryResultFieldsFragment, unknown>;
export const JuryCycleResultFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JuryCycleResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AwardCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationId"}},{"kind":"Field","name":{"kind":"Name","value":"programmeName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"quorum"}},{"kind":"Field","name":{"kind":"Name","value":"tieBreakRule"}},{"kind":"Field","name":{"kind":"Name","value":"announcementEventId"}},{"kind":"Field","name":{"kind":"Name","value":"announcementEventTitle"}},{"kind":"Field","name":{"kind":"Name","value":"votingClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"isChair"}},{"kind":"Field","name":{"kind":"Name","value":"canClose"}},{"kind":"Field","name":{"kind":"Name","value":"closedByName"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"scoreMin"}},{"kind":"Field","name":{"kind":"Name","value":"scoreMax"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"turnout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jurors"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"quorum"}},{"kind":"Field","name":{"kind":"Name","value":"quorumMet"}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JuryResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JuryResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AwardResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closedByName"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"needsCastingVote"}},{"kind":"Field","name":{"kind":"Name","value":"castingVote"}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"winnerTie"}},{"kind":"Field","name":{"kind":"Name","value":"ranking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nomination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"companyAddress"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"meanText"}},{"kind":"Field","name":{"kind":"Name","value":"median"}},{"kind":"Field","name":{"kind":"Name","value":"jurors"}},{"kind":"Field","name":{"kind":"Name","value":"topRanks"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"criterionMeans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}}]}},{"kind":"Field","name":{"kind":"Name","value":"breakdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jurorName"}},{"kind":"Field","name":{"kind":"Name","value":"conflicted"}},{"kind":"Field","name":{"kind":"Name","value":"weighted"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nominationId"}},{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<JuryCycleResultFieldsFragment, unknown>;
export const ConflictFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConflictFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jurorId"}},{"kind":"Field","name":{"kind":"Name","value":"jurorName"}},{"kind":"Field","name":{"kind":"Name","value":"nominationId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"setByChair"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ConflictFieldsFragment, unknown>;
export const NominationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NominationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Nomination"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cycleId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"companyAddress"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"nominatorName"}},{"kind":"Field","name":{"kind":"Name","value":"nominatorContactId"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"}},{"kind":"Field","name":{"kind":"Name","value":"eligibilityReason"}},{"kind":"Field","name":{"kind":"Name","value":"eligibilityDecidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"eligibilityDecidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"eligibilityHints"}},{"kind":"Field","name":{"kind":"Name","value":"myConflict"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConflictFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conflicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConflictFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConflictFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jurorId"}},{"kind":"Field","name":{"kind":"Name","value":"jurorName"}},{"kind":"Field","name":{"kind":"Name","value":"nominationId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"setByChair"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<NominationFieldsFragment, unknown>;
export const JurorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JurorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Juror"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"isChair"}},{"kind":"Field","name":{"kind":"Name","value":"external"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]} as unknown as DocumentNode<JurorFieldsFragment, unknown>;
export const TurnoutFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TurnoutFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Turnout"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jurors"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"quorum"}},{"kind":"Field","name":{"kind":"Name","value":"quorumMet"}}]}}]} as unknown as DocumentNode<TurnoutFieldsFragment, unknown>;
export const JuryPayloadFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JuryPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AwardCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isChair"}},{"kind":"Field","name":{"kind":"Name","value":"jurors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JurorFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"turnout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TurnoutFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JurorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Juror"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"isChair"}},{"kind":"Field","name":{"kind":"Name","value":"external"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TurnoutFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Turnout"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jurors"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"quorum"}},{"kind":"Field","name":{"kind":"Name","value":"quorumMet"}}]}}]} as unknown as DocumentNode<JuryPayloadFieldsFragment, unknown>;
export const ConflictPayloadFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConflictPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Nomination"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"myConflict"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConflictFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conflicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConflictFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConflictFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jurorId"}},{"kind":"Field","name":{"kind":"Name","value":"jurorName"}},{"kind":"Field","name":{"kind":"Name","value":"nominationId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"setByChair"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ConflictPayloadFieldsFragment, unknown>;
export const RsvpPageFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RsvpPageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Rsvp"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"guestName"}},{"kind":"Field","name":{"kind":"Name","value":"letterSalutation"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"plusOne"}},{"kind":"Field","name":{"kind":"Name","value":"plusOneName"}},{"kind":"Field","name":{"kind":"Name","value":"plusOnesAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"eventTitle"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"eventCancelled"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"closedReason"}},{"kind":"Field","name":{"kind":"Name","value":"optedOut"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationId"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationName"}}]}}]} as unknown as DocumentNode<RsvpPageFieldsFragment, unknown>;
export const SystemCooperationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SystemCooperation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cooperation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<SystemCooperationFragment, unknown>;
export const WorkstreamCardFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkstreamCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workstream"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"openTaskCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"doneOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kpis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]} as unknown as DocumentNode<WorkstreamCardFieldsFragment, unknown>;
export const MilestoneFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MilestoneFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Milestone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"workstreamId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"doneOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<MilestoneFieldsFragment, unknown>;
export const WorkstreamDetailFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkstreamDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workstream"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkstreamCardFields"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"canReport"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MilestoneFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kpis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkstreamCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workstream"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"openTaskCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"doneOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kpis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MilestoneFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Milestone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"workstreamId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"doneOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Kpi"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"baselineOn"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetOn"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measurements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}}]} as unknown as DocumentNode<WorkstreamDetailFieldsFragment, unknown>;
export const AuditEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cooperationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cooperationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cooperationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"old"}},{"kind":"Field","name":{"kind":"Name","value":"new"}},{"kind":"Field","name":{"kind":"Name","value":"redacted"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditEntriesQuery, AuditEntriesQueryVariables>;
export const MembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Members"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cooperationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MemberFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cooperationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cooperationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Membership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitationExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"passwordSet"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]} as unknown as DocumentNode<MembersQuery, MembersQueryVariables>;
export const OrganisationOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cooperationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cooperationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cooperationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"isPartner"}}]}}]}}]}}]} as unknown as DocumentNode<OrganisationOptionsQuery, OrganisationOptionsQueryVariables>;
export const InviteMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Membership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitationExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"passwordSet"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]} as unknown as DocumentNode<InviteMemberMutation, InviteMemberMutationVariables>;
export const UpdateMemberRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMemberRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMemberRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMemberRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Membership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitationExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"passwordSet"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]} as unknown as DocumentNode<UpdateMemberRoleMutation, UpdateMemberRoleMutationVariables>;
export const SetMemberActiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMemberActive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetMemberActiveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMemberActive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Membership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitationExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"passwordSet"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]} as unknown as DocumentNode<SetMemberActiveMutation, SetMemberActiveMutationVariables>;
export const ResendInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResendInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResendInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<ResendInvitationMutation, ResendInvitationMutationVariables>;
export const AgreementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Agreements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cooperationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cooperationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cooperationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementHeadFields"}},{"kind":"Field","name":{"kind":"Name","value":"commitments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementHeadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"predecessorId"}},{"kind":"Field","name":{"kind":"Name","value":"successorId"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}}]}}]} as unknown as DocumentNode<AgreementsQuery, AgreementsQueryVariables>;
export const AgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Agreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementHeadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"predecessorId"}},{"kind":"Field","name":{"kind":"Name","value":"successorId"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementHeadFields"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"signedByName"}},{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"canSign"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"signatory"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commitments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agreementId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"recurring"}},{"kind":"Field","name":{"kind":"Name","value":"carriedFromId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"years"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"measureId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AgreementQuery, AgreementQueryVariables>;
export const FulfilmentOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FulfilmentOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cooperationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"until"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cooperationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cooperationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"until"},"value":{"kind":"Variable","name":{"kind":"Name","value":"until"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"awardProgrammes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cooperationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cooperationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"cycles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"workstreams"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cooperationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cooperationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}}]}}]} as unknown as DocumentNode<FulfilmentOptionsQuery, FulfilmentOptionsQueryVariables>;
export const CreateAgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAgreementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementHeadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"predecessorId"}},{"kind":"Field","name":{"kind":"Name","value":"successorId"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementHeadFields"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"signedByName"}},{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"canSign"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"signatory"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commitments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agreementId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"recurring"}},{"kind":"Field","name":{"kind":"Name","value":"carriedFromId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"years"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"measureId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateAgreementMutation, CreateAgreementMutationVariables>;
export const UpdateAgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAgreementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementHeadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"predecessorId"}},{"kind":"Field","name":{"kind":"Name","value":"successorId"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementHeadFields"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"signedByName"}},{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"canSign"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"signatory"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commitments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agreementId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"recurring"}},{"kind":"Field","name":{"kind":"Name","value":"carriedFromId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"years"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"measureId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateAgreementMutation, UpdateAgreementMutationVariables>;
export const SignAgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignAgreementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementHeadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"predecessorId"}},{"kind":"Field","name":{"kind":"Name","value":"successorId"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementHeadFields"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"signedByName"}},{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"canSign"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"signatory"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commitments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agreementId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"recurring"}},{"kind":"Field","name":{"kind":"Name","value":"carriedFromId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"years"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"measureId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SignAgreementMutation, SignAgreementMutationVariables>;
export const DeleteAgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteAgreementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteAgreementMutation, DeleteAgreementMutationVariables>;
export const CreateSuccessorAgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSuccessorAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSuccessorAgreementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSuccessorAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementHeadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"predecessorId"}},{"kind":"Field","name":{"kind":"Name","value":"successorId"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementHeadFields"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"signedByName"}},{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"canSign"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"signatory"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commitments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agreementId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"recurring"}},{"kind":"Field","name":{"kind":"Name","value":"carriedFromId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"years"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"measureId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateSuccessorAgreementMutation, CreateSuccessorAgreementMutationVariables>;
export const CreateCommitmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCommitment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCommitmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCommitment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementHeadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"predecessorId"}},{"kind":"Field","name":{"kind":"Name","value":"successorId"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementHeadFields"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"signedByName"}},{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"canSign"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"signatory"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commitments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agreementId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"recurring"}},{"kind":"Field","name":{"kind":"Name","value":"carriedFromId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"years"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"measureId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateCommitmentMutation, CreateCommitmentMutationVariables>;
export const UpdateCommitmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCommitment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCommitmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCommitment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementHeadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"predecessorId"}},{"kind":"Field","name":{"kind":"Name","value":"successorId"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementHeadFields"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"signedByName"}},{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"canSign"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"signatory"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commitments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agreementId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"recurring"}},{"kind":"Field","name":{"kind":"Name","value":"carriedFromId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"years"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"measureId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateCommitmentMutation, UpdateCommitmentMutationVariables>;
export const DeleteCommitmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteCommitment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteCommitmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCommitment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementHeadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"predecessorId"}},{"kind":"Field","name":{"kind":"Name","value":"successorId"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementHeadFields"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"signedByName"}},{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"canSign"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"signatory"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commitments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agreementId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"recurring"}},{"kind":"Field","name":{"kind":"Name","value":"carriedFromId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"years"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"measureId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeleteCommitmentMutation, DeleteCommitmentMutationVariables>;
export const AddFulfilmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddFulfilment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddFulfilmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addFulfilment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementHeadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"predecessorId"}},{"kind":"Field","name":{"kind":"Name","value":"successorId"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementHeadFields"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"signedByName"}},{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"canSign"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"signatory"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commitments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agreementId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"recurring"}},{"kind":"Field","name":{"kind":"Name","value":"carriedFromId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"years"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"measureId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AddFulfilmentMutation, AddFulfilmentMutationVariables>;
export const RemoveFulfilmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveFulfilment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeFulfilment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementHeadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"predecessorId"}},{"kind":"Field","name":{"kind":"Name","value":"successorId"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementHeadFields"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"signedByName"}},{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"canSign"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"signatory"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commitments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agreementId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"recurring"}},{"kind":"Field","name":{"kind":"Name","value":"carriedFromId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"years"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"measureId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RemoveFulfilmentMutation, RemoveFulfilmentMutationVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionUser"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"isSystemAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"cooperation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const RefreshSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionUser"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"isSystemAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"cooperation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}}]} as unknown as DocumentNode<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}}]}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const PasswordTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PasswordToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passwordToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<PasswordTokenQuery, PasswordTokenQueryVariables>;
export const SetPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionUser"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"isSystemAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"cooperation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}}]} as unknown as DocumentNode<SetPasswordMutation, SetPasswordMutationVariables>;
export const RequestPasswordResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestPasswordResetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}}]}}]}}]} as unknown as DocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const AwardProgrammesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AwardProgrammes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cooperationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awardProgrammes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cooperationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cooperationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"winnerExclusionYears"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"cycles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"allApproved"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AwardProgrammesQuery, AwardProgrammesQueryVariables>;
export const AwardCycleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AwardCycle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awardCycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AwardCycleFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AwardCycleStatusFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AwardCycleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AwardCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationId"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"programmeName"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"nominationOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"nominationClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"votingClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"quorum"}},{"kind":"Field","name":{"kind":"Name","value":"tieBreakRule"}},{"kind":"Field","name":{"kind":"Name","value":"announcementEventId"}},{"kind":"Field","name":{"kind":"Name","value":"announcementEventTitle"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"scoreMin"}},{"kind":"Field","name":{"kind":"Name","value":"scoreMax"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedByName"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allApproved"}},{"kind":"Field","name":{"kind":"Name","value":"allowedPhases"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"canApprove"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaVersion"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AwardCycleStatusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AwardCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isChair"}},{"kind":"Field","name":{"kind":"Name","value":"canClose"}},{"kind":"Field","name":{"kind":"Name","value":"closedByName"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publicNominationPath"}},{"kind":"Field","name":{"kind":"Name","value":"myBallot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"turnout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jurors"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"quorum"}},{"kind":"Field","name":{"kind":"Name","value":"quorumMet"}}]}}]}}]} as unknown as DocumentNode<AwardCycleQuery, AwardCycleQueryVariables>;
export const AwardEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AwardEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cooperationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cooperationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cooperationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}}]}}]} as unknown as DocumentNode<AwardEventsQuery, AwardEventsQueryVariables>;
export const CreateAwardProgrammeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAwardProgramme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAwardProgrammeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAwardProgramme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awardProgramme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"winnerExclusionYears"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<CreateAwardProgrammeMutation, CreateAwardProgrammeMutationVariables>;
export const UpdateAwardProgrammeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAwardProgramme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAwardProgrammeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAwardProgramme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awardProgramme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"winnerExclusionYears"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateAwardProgrammeMutation, UpdateAwardProgrammeMutationVariables>;
export const CreateAwardCycleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAwardCycle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAwardCycleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAwardCycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awardCycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AwardCycleFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AwardCycleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AwardCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationId"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"programmeName"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"nominationOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"nominationClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"votingClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"quorum"}},{"kind":"Field","name":{"kind":"Name","value":"tieBreakRule"}},{"kind":"Field","name":{"kind":"Name","value":"announcementEventId"}},{"kind":"Field","name":{"kind":"Name","value":"announcementEventTitle"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"scoreMin"}},{"kind":"Field","name":{"kind":"Name","value":"scoreMax"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedByName"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allApproved"}},{"kind":"Field","name":{"kind":"Name","value":"allowedPhases"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"canApprove"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaVersion"}}]}}]} as unknown as DocumentNode<CreateAwardCycleMutation, CreateAwardCycleMutationVariables>;
export const UpdateAwardCycleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAwardCycle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAwardCycleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAwardCycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awardCycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AwardCycleFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AwardCycleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AwardCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationId"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"programmeName"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"nominationOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"nominationClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"votingClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"quorum"}},{"kind":"Field","name":{"kind":"Name","value":"tieBreakRule"}},{"kind":"Field","name":{"kind":"Name","value":"announcementEventId"}},{"kind":"Field","name":{"kind":"Name","value":"announcementEventTitle"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"scoreMin"}},{"kind":"Field","name":{"kind":"Name","value":"scoreMax"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedByName"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allApproved"}},{"kind":"Field","name":{"kind":"Name","value":"allowedPhases"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"canApprove"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaVersion"}}]}}]} as unknown as DocumentNode<UpdateAwardCycleMutation, UpdateAwardCycleMutationVariables>;
export const AddCriterionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCriterion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddCriterionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCriterion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awardCycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AwardCycleFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AwardCycleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AwardCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationId"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"programmeName"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"nominationOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"nominationClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"votingClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"quorum"}},{"kind":"Field","name":{"kind":"Name","value":"tieBreakRule"}},{"kind":"Field","name":{"kind":"Name","value":"announcementEventId"}},{"kind":"Field","name":{"kind":"Name","value":"announcementEventTitle"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"scoreMin"}},{"kind":"Field","name":{"kind":"Name","value":"scoreMax"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedByName"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allApproved"}},{"kind":"Field","name":{"kind":"Name","value":"allowedPhases"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"canApprove"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaVersion"}}]}}]} as unknown as DocumentNode<AddCriterionMutation, AddCriterionMutationVariables>;
export const UpdateCriterionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCriterion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCriterionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCriterion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awardCycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AwardCycleFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AwardCycleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AwardCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationId"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"programmeName"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"nominationOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"nominationClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"votingClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"quorum"}},{"kind":"Field","name":{"kind":"Name","value":"tieBreakRule"}},{"kind":"Field","name":{"kind":"Name","value":"announcementEventId"}},{"kind":"Field","name":{"kind":"Name","value":"announcementEventTitle"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"scoreMin"}},{"kind":"Field","name":{"kind":"Name","value":"scoreMax"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedByName"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allApproved"}},{"kind":"Field","name":{"kind":"Name","value":"allowedPhases"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"canApprove"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaVersion"}}]}}]} as unknown as DocumentNode<UpdateCriterionMutation, UpdateCriterionMutationVariables>;
export const DeleteCriterionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteCriterion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteCriterionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCriterion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awardCycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AwardCycleFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AwardCycleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AwardCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationId"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"programmeName"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"nominationOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"nominationClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"votingClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"quorum"}},{"kind":"Field","name":{"kind":"Name","value":"tieBreakRule"}},{"kind":"Field","name":{"kind":"Name","value":"announcementEventId"}},{"kind":"Field","name":{"kind":"Name","value":"announcementEventTitle"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"scoreMin"}},{"kind":"Field","name":{"kind":"Name","value":"scoreMax"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedByName"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allApproved"}},{"kind":"Field","name":{"kind":"Name","value":"allowedPhases"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"canApprove"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaVersion"}}]}}]} as unknown as DocumentNode<DeleteCriterionMutation, DeleteCriterionMutationVariables>;
export const ReorderCriteriaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReorderCriteria"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReorderCriteriaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reorderCriteria"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awardCycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AwardCycleFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AwardCycleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AwardCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationId"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"programmeName"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"nominationOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"nominationClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"votingClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"quorum"}},{"kind":"Field","name":{"kind":"Name","value":"tieBreakRule"}},{"kind":"Field","name":{"kind":"Name","value":"announcementEventId"}},{"kind":"Field","name":{"kind":"Name","value":"announcementEventTitle"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"scoreMin"}},{"kind":"Field","name":{"kind":"Name","value":"scoreMax"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedByName"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allApproved"}},{"kind":"Field","name":{"kind":"Name","value":"allowedPhases"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"canApprove"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaVersion"}}]}}]} as unknown as DocumentNode<ReorderCriteriaMutation, ReorderCriteriaMutationVariables>;
export const ApproveCriteriaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveCriteria"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApproveCriteriaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveCriteria"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awardCycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AwardCycleFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AwardCycleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AwardCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationId"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"programmeName"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"nominationOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"nominationClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"votingClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"quorum"}},{"kind":"Field","name":{"kind":"Name","value":"tieBreakRule"}},{"kind":"Field","name":{"kind":"Name","value":"announcementEventId"}},{"kind":"Field","name":{"kind":"Name","value":"announcementEventTitle"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"scoreMin"}},{"kind":"Field","name":{"kind":"Name","value":"scoreMax"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedByName"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allApproved"}},{"kind":"Field","name":{"kind":"Name","value":"allowedPhases"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"canApprove"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaVersion"}}]}}]} as unknown as DocumentNode<ApproveCriteriaMutation, ApproveCriteriaMutationVariables>;
export const WithdrawCriteriaApprovalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawCriteriaApproval"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawCriteriaApprovalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawCriteriaApproval"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awardCycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AwardCycleFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AwardCycleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AwardCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationId"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"programmeName"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"nominationOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"nominationClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"votingClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"quorum"}},{"kind":"Field","name":{"kind":"Name","value":"tieBreakRule"}},{"kind":"Field","name":{"kind":"Name","value":"announcementEventId"}},{"kind":"Field","name":{"kind":"Name","value":"announcementEventTitle"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"scoreMin"}},{"kind":"Field","name":{"kind":"Name","value":"scoreMax"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedByName"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allApproved"}},{"kind":"Field","name":{"kind":"Name","value":"allowedPhases"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"canApprove"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaVersion"}}]}}]} as unknown as DocumentNode<WithdrawCriteriaApprovalMutation, WithdrawCriteriaApprovalMutationVariables>;
export const ChangeAwardPhaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeAwardPhase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeAwardPhaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeAwardPhase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awardCycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AwardCycleFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AwardCycleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AwardCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationId"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"programmeName"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"nominationOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"nominationClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"votingClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"quorum"}},{"kind":"Field","name":{"kind":"Name","value":"tieBreakRule"}},{"kind":"Field","name":{"kind":"Name","value":"announcementEventId"}},{"kind":"Field","name":{"kind":"Name","value":"announcementEventTitle"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"scoreMin"}},{"kind":"Field","name":{"kind":"Name","value":"scoreMax"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedByName"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allApproved"}},{"kind":"Field","name":{"kind":"Name","value":"allowedPhases"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"canApprove"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaVersion"}}]}}]} as unknown as DocumentNode<ChangeAwardPhaseMutation, ChangeAwardPhaseMutationVariables>;
export const EventBudgetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventBudget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventBudgetFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BudgetPartnerTotalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BudgetPartnerTotal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plannedCents"}},{"kind":"Field","name":{"kind":"Name","value":"actualCents"}},{"kind":"Field","name":{"kind":"Name","value":"sponsorshipCents"}},{"kind":"Field","name":{"kind":"Name","value":"netCents"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventBudgetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventBudget"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"plannedCents"}},{"kind":"Field","name":{"kind":"Name","value":"actualCents"}},{"kind":"Field","name":{"kind":"Name","value":"sponsorshipCents"}},{"kind":"Field","name":{"kind":"Name","value":"inKindCents"}},{"kind":"Field","name":{"kind":"Name","value":"netCents"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"plannedCents"}},{"kind":"Field","name":{"kind":"Name","value":"actualCents"}},{"kind":"Field","name":{"kind":"Name","value":"shareMode"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"plannedCents"}},{"kind":"Field","name":{"kind":"Name","value":"actualCents"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sponsorships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BudgetPartnerTotalFields"}}]}}]}}]} as unknown as DocumentNode<EventBudgetQuery, EventBudgetQueryVariables>;
export const BudgetSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BudgetSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cooperationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budgetSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cooperationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cooperationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"plannedCents"}},{"kind":"Field","name":{"kind":"Name","value":"actualCents"}},{"kind":"Field","name":{"kind":"Name","value":"sponsorshipCents"}},{"kind":"Field","name":{"kind":"Name","value":"netCents"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BudgetPartnerTotalFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plannedCents"}},{"kind":"Field","name":{"kind":"Name","value":"actualCents"}},{"kind":"Field","name":{"kind":"Name","value":"sponsorshipCents"}},{"kind":"Field","name":{"kind":"Name","value":"netCents"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BudgetPartnerTotalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BudgetPartnerTotal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plannedCents"}},{"kind":"Field","name":{"kind":"Name","value":"actualCents"}},{"kind":"Field","name":{"kind":"Name","value":"sponsorshipCents"}},{"kind":"Field","name":{"kind":"Name","value":"netCents"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}}]} as unknown as DocumentNode<BudgetSummaryQuery, BudgetSummaryQueryVariables>;
export const SponsorOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SponsorOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cooperationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cooperationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cooperationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<SponsorOptionsQuery, SponsorOptionsQueryVariables>;
export const CreateBudgetLineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateBudgetLine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBudgetLineInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBudgetLine"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventBudgetFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BudgetPartnerTotalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BudgetPartnerTotal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plannedCents"}},{"kind":"Field","name":{"kind":"Name","value":"actualCents"}},{"kind":"Field","name":{"kind":"Name","value":"sponsorshipCents"}},{"kind":"Field","name":{"kind":"Name","value":"netCents"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventBudgetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventBudget"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"plannedCents"}},{"kind":"Field","name":{"kind":"Name","value":"actualCents"}},{"kind":"Field","name":{"kind":"Name","value":"sponsorshipCents"}},{"kind":"Field","name":{"kind":"Name","value":"inKindCents"}},{"kind":"Field","name":{"kind":"Name","value":"netCents"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"plannedCents"}},{"kind":"Field","name":{"kind":"Name","value":"actualCents"}},{"kind":"Field","name":{"kind":"Name","value":"shareMode"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"plannedCents"}},{"kind":"Field","name":{"kind":"Name","value":"actualCents"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sponsorships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BudgetPartnerTotalFields"}}]}}]}}]} as unknown as DocumentNode<CreateBudgetLineMutation, CreateBudgetLineMutationVariables>;
export const UpdateBudgetLineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateBudgetLine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateBudgetLineInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateBudgetLine"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventBudgetFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BudgetPartnerTotalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BudgetPartnerTotal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plannedCents"}},{"kind":"Field","name":{"kind":"Name","value":"actualCents"}},{"kind":"Field","name":{"kind":"Name","value":"sponsorshipCents"}},{"kind":"Field","name":{"kind":"Name","value":"netCents"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventBudgetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventBudget"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"plannedCents"}},{"kind":"Field","name":{"kind":"Name","value":"actualCents"}},{"kind":"Field","name":{"kind":"Name","value":"sponsorshipCents"}},{"kind":"Field","name":{"kind":"Name","value":"inKindCents"}},{"kind":"Field","name":{"kind":"Name","value":"netCents"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"plannedCents"}},{"kind":"Field","name":{"kind":"Name","value":"actualCents"}},{"kind":"Field","name":{"kind":"Name","value":"shareMode"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"plannedCents"}},{"kind":"Field","name":{"kind":"Name","value":"actualCents"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sponsorships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BudgetPartnerTotalFields"}}]}}]}}]} as unknown as DocumentNode<UpdateBudgetLineMutation, UpdateBudgetLineMutationVariables>;
export const DeleteBudgetLineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteBudgetLine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteBudgetLineInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteBudgetLine"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventBudgetFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BudgetPartnerTotalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BudgetPartnerTotal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plannedCents"}},{"kind":"Field","name":{"kind":"Name","value":"actualCents"}},{"kind":"Field","name":{"kind":"Name","value":"sponsorshipCents"}},{"kind":"Field","name":{"kind":"Name","value":"netCents"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventBudgetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventBudget"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"plannedCents"}},{"kind":"Field","name":{"kind":"Name","value":"actualCents"}},{"kind":"Field","name":{"kind":"Name","value":"sponsorshipCents"}},{"kind":"Field","name":{"kind":"Name","value":"inKindCents"}},{"kind":"Field","name":{"kind":"Name","value":"netCents"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"plannedCents"}},{"kind":"Field","name":{"kind":"Name","value":"actualCents"}},{"kind":"Field","name":{"kind":"Name","value":"shareMode"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"plannedCents"}},{"kind":"Field","name":{"kind":"Name","value":"actualCents"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sponsorships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BudgetPartnerTotalFields"}}]}}]}}]} as unknown as DocumentNode<DeleteBudgetLineMutation, DeleteBudgetLineMutationVariables>;
export const CreateSponsorshipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSponsorship"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSponsorshipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSponsorship"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventBudgetFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BudgetPartnerTotalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BudgetPartnerTotal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plannedCents"}},{"kind":"Field","name":{"kind":"Name","value":"actualCents"}},{"kind":"Field","name":{"kind":"Name","value":"sponsorshipCents"}},{"kind":"Field","name":{"kind":"Name","value":"netCents"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventBudgetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventBudget"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"plannedCents"}},{"kind":"Field","name":{"kind":"Name","value":"actualCents"}},{"kind":"Field","name":{"kind":"Name","value":"sponsorshipCents"}},{"kind":"Field","name":{"kind":"Name","value":"inKindCents"}},{"kind":"Field","name":{"kind":"Name","value":"netCents"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"plannedCents"}},{"kind":"Field","name":{"kind":"Name","value":"actualCents"}},{"kind":"Field","name":{"kind":"Name","value":"shareMode"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"plannedCents"}},{"kind":"Field","name":{"kind":"Name","value":"actualCents"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sponsorships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BudgetPartnerTotalFields"}}]}}]}}]} as unknown as DocumentNode<CreateSponsorshipMutation, CreateSponsorshipMutationVariables>;
export const UpdateSponsorshipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSponsorship"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSponsorshipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSponsorship"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventBudgetFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BudgetPartnerTotalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BudgetPartnerTotal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plannedCents"}},{"kind":"Field","name":{"kind":"Name","value":"actualCents"}},{"kind":"Field","name":{"kind":"Name","value":"sponsorshipCents"}},{"kind":"Field","name":{"kind":"Name","value":"netCents"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventBudgetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventBudget"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"plannedCents"}},{"kind":"Field","name":{"kind":"Name","value":"actualCents"}},{"kind":"Field","name":{"kind":"Name","value":"sponsorshipCents"}},{"kind":"Field","name":{"kind":"Name","value":"inKindCents"}},{"kind":"Field","name":{"kind":"Name","value":"netCents"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"plannedCents"}},{"kind":"Field","name":{"kind":"Name","value":"actualCents"}},{"kind":"Field","name":{"kind":"Name","value":"shareMode"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"plannedCents"}},{"kind":"Field","name":{"kind":"Name","value":"actualCents"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sponsorships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BudgetPartnerTotalFields"}}]}}]}}]} as unknown as DocumentNode<UpdateSponsorshipMutation, UpdateSponsorshipMutationVariables>;
export const DeleteSponsorshipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteSponsorship"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteSponsorshipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteSponsorship"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventBudgetFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BudgetPartnerTotalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BudgetPartnerTotal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plannedCents"}},{"kind":"Field","name":{"kind":"Name","value":"actualCents"}},{"kind":"Field","name":{"kind":"Name","value":"sponsorshipCents"}},{"kind":"Field","name":{"kind":"Name","value":"netCents"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventBudgetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventBudget"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"plannedCents"}},{"kind":"Field","name":{"kind":"Name","value":"actualCents"}},{"kind":"Field","name":{"kind":"Name","value":"sponsorshipCents"}},{"kind":"Field","name":{"kind":"Name","value":"inKindCents"}},{"kind":"Field","name":{"kind":"Name","value":"netCents"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"plannedCents"}},{"kind":"Field","name":{"kind":"Name","value":"actualCents"}},{"kind":"Field","name":{"kind":"Name","value":"shareMode"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"plannedCents"}},{"kind":"Field","name":{"kind":"Name","value":"actualCents"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sponsorships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BudgetPartnerTotalFields"}}]}}]}}]} as unknown as DocumentNode<DeleteSponsorshipMutation, DeleteSponsorshipMutationVariables>;
export const EventIcsUrlDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventIcsUrl"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"icsUrl"}}]}}]}}]} as unknown as DocumentNode<EventIcsUrlQuery, EventIcsUrlQueryVariables>;
export const CalendarFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CalendarFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cooperationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calendarFeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cooperationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cooperationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}}]}}]}}]} as unknown as DocumentNode<CalendarFeedQuery, CalendarFeedQueryVariables>;
export const RotateCalendarFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotateCalendarFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RotateCalendarFeedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateCalendarFeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"calendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}}]}}]}}]}}]} as unknown as DocumentNode<RotateCalendarFeedMutation, RotateCalendarFeedMutationVariables>;
export const DeleteCalendarFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteCalendarFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteCalendarFeedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCalendarFeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperationId"}}]}}]}}]} as unknown as DocumentNode<DeleteCalendarFeedMutation, DeleteCalendarFeedMutationVariables>;
export const ContactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Contacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cooperationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cooperationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cooperationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactListFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"salutation"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"function"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"optedOutAt"}},{"kind":"Field","name":{"kind":"Name","value":"detailsHidden"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ContactsQuery, ContactsQueryVariables>;
export const ContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Contact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"salutation"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"letterSalutation"}},{"kind":"Field","name":{"kind":"Name","value":"function"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"consentAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"optedOutAt"}},{"kind":"Field","name":{"kind":"Name","value":"detailsHidden"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"distributionLists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ContactQuery, ContactQueryVariables>;
export const ContactOrganisationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactOrganisations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cooperationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cooperationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cooperationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ContactOrganisationsQuery, ContactOrganisationsQueryVariables>;
export const DistributionListsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DistributionLists"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cooperationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distributionLists"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cooperationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cooperationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DistributionListFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DistributionListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DistributionList"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<DistributionListsQuery, DistributionListsQueryVariables>;
export const DistributionListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DistributionList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distributionList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DistributionListFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DistributionListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DistributionList"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<DistributionListQuery, DistributionListQueryVariables>;
export const CreateContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactDetailFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"salutation"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"letterSalutation"}},{"kind":"Field","name":{"kind":"Name","value":"function"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"consentAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"optedOutAt"}},{"kind":"Field","name":{"kind":"Name","value":"detailsHidden"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"distributionLists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateContactMutation, CreateContactMutationVariables>;
export const UpdateContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactDetailFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"salutation"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"letterSalutation"}},{"kind":"Field","name":{"kind":"Name","value":"function"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"consentAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"optedOutAt"}},{"kind":"Field","name":{"kind":"Name","value":"detailsHidden"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"distributionLists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdateContactMutation, UpdateContactMutationVariables>;
export const DeleteContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteContactMutation, DeleteContactMutationVariables>;
export const CreateDistributionListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDistributionList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDistributionListInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDistributionList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distributionList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DistributionListFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DistributionListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DistributionList"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CreateDistributionListMutation, CreateDistributionListMutationVariables>;
export const UpdateDistributionListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDistributionList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDistributionListInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDistributionList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distributionList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DistributionListFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DistributionListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DistributionList"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<UpdateDistributionListMutation, UpdateDistributionListMutationVariables>;
export const DeleteDistributionListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteDistributionList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteDistributionListInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteDistributionList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteDistributionListMutation, DeleteDistributionListMutationVariables>;
export const AddContactsToListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddContactsToList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ListContactsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addContactsToList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distributionList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DistributionListFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DistributionListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DistributionList"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<AddContactsToListMutation, AddContactsToListMutationVariables>;
export const RemoveContactsFromListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveContactsFromList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ListContactsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeContactsFromList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distributionList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DistributionListFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DistributionListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DistributionList"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<RemoveContactsFromListMutation, RemoveContactsFromListMutationVariables>;
export const PreviewContactImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreviewContactImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PreviewContactImportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewContactImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactImportReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactImportReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactImportReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"encoding"}},{"kind":"Field","name":{"kind":"Name","value":"delimiter"}},{"kind":"Field","name":{"kind":"Name","value":"unknownColumns"}},{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"newCount"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateCount"}},{"kind":"Field","name":{"kind":"Name","value":"existsCount"}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"existingContactId"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salutation"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"consentAt"}}]}}]}}]}}]} as unknown as DocumentNode<PreviewContactImportQuery, PreviewContactImportQueryVariables>;
export const ImportContactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportContacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportContactsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importContacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedCount"}},{"kind":"Field","name":{"kind":"Name","value":"skippedCount"}},{"kind":"Field","name":{"kind":"Name","value":"organisationsCreated"}},{"kind":"Field","name":{"kind":"Name","value":"distributionList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DistributionListFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DistributionListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DistributionList"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ImportContactsMutation, ImportContactsMutationVariables>;
export const CooperationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Cooperations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CooperationsQuery, CooperationsQueryVariables>;
export const CooperationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Cooperation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"myRole"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CooperationQuery, CooperationQueryVariables>;
export const CommentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Comments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subject"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subject"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subject"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"authorId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canDelete"}}]}}]} as unknown as DocumentNode<CommentsQuery, CommentsQueryVariables>;
export const AddCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"authorId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canDelete"}}]}}]} as unknown as DocumentNode<AddCommentMutation, AddCommentMutationVariables>;
export const EditCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EditCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"authorId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canDelete"}}]}}]} as unknown as DocumentNode<EditCommentMutation, EditCommentMutationVariables>;
export const DeleteCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteCommentMutation, DeleteCommentMutationVariables>;
export const AttachmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Attachments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subject"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subject"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subject"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttachmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttachmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"uploaderName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"canDelete"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]} as unknown as DocumentNode<AttachmentsQuery, AttachmentsQueryVariables>;
export const UploadAttachmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UploadAttachment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UploadAttachmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadAttachment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttachmentFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttachmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"uploaderName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"canDelete"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]} as unknown as DocumentNode<UploadAttachmentMutation, UploadAttachmentMutationVariables>;
export const DeleteAttachmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteAttachment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteAttachmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAttachment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteAttachmentMutation, DeleteAttachmentMutationVariables>;
export const PlanningWarningsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanningWarnings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanningCheckInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planningWarnings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanningWarningFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanningWarningFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanningWarning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"holidayName"}},{"kind":"Field","name":{"kind":"Name","value":"otherEvent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}}]}}]}}]} as unknown as DocumentNode<PlanningWarningsQuery, PlanningWarningsQueryVariables>;
export const PublicHolidaysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicHolidays"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicHolidays"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PublicHolidaysQuery, PublicHolidaysQueryVariables>;
export const EventSeriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventSeries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cooperationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cooperationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cooperationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SeriesFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SeriesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventSeries"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"usualMonth"}},{"kind":"Field","name":{"kind":"Name","value":"eventCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"defaultLeadPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taskTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"daysBefore"}},{"kind":"Field","name":{"kind":"Name","value":"ownerPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerFields"}}]}}]}}]}}]} as unknown as DocumentNode<EventSeriesQuery, EventSeriesQueryVariables>;
export const SeriesWithKpisDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SeriesWithKpis"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cooperationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cooperationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cooperationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SeriesFields"}},{"kind":"Field","name":{"kind":"Name","value":"kpis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SeriesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventSeries"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"usualMonth"}},{"kind":"Field","name":{"kind":"Name","value":"eventCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"defaultLeadPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taskTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"daysBefore"}},{"kind":"Field","name":{"kind":"Name","value":"ownerPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Kpi"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"baselineOn"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetOn"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measurements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<SeriesWithKpisQuery, SeriesWithKpisQueryVariables>;
export const EventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Events"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cooperationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EventFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EventOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cooperationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cooperationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventListFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openTaskCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<EventsQuery, EventsQueryVariables>;
export const CalendarEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CalendarEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cooperationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EventFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cooperationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cooperationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<CalendarEventsQuery, CalendarEventsQueryVariables>;
export const EventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Event"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openTaskCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanningWarningFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanningWarning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"holidayName"}},{"kind":"Field","name":{"kind":"Name","value":"otherEvent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventListFields"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"awardWinners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cycleTitle"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"nominationId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanningWarningFields"}}]}}]}}]} as unknown as DocumentNode<EventQuery, EventQueryVariables>;
export const MyTasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyTasks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"done"},"value":{"kind":"BooleanValue","value":false}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}}]} as unknown as DocumentNode<MyTasksQuery, MyTasksQueryVariables>;
export const AssigneeOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssigneeOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cooperationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cooperationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cooperationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"active"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AssigneeOptionsQuery, AssigneeOptionsQueryVariables>;
export const CreateEventSeriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateEventSeries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEventSeriesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEventSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventSeries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SeriesFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SeriesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventSeries"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"usualMonth"}},{"kind":"Field","name":{"kind":"Name","value":"eventCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"defaultLeadPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taskTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"daysBefore"}},{"kind":"Field","name":{"kind":"Name","value":"ownerPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerFields"}}]}}]}}]}}]} as unknown as DocumentNode<CreateEventSeriesMutation, CreateEventSeriesMutationVariables>;
export const UpdateEventSeriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateEventSeries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEventSeriesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEventSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventSeries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SeriesFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SeriesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventSeries"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"usualMonth"}},{"kind":"Field","name":{"kind":"Name","value":"eventCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"defaultLeadPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taskTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"daysBefore"}},{"kind":"Field","name":{"kind":"Name","value":"ownerPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerFields"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateEventSeriesMutation, UpdateEventSeriesMutationVariables>;
export const CreateEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventDetailFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openTaskCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanningWarningFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanningWarning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"holidayName"}},{"kind":"Field","name":{"kind":"Name","value":"otherEvent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventListFields"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"awardWinners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cycleTitle"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"nominationId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanningWarningFields"}}]}}]}}]} as unknown as DocumentNode<CreateEventMutation, CreateEventMutationVariables>;
export const UpdateEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventDetailFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openTaskCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanningWarningFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanningWarning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"holidayName"}},{"kind":"Field","name":{"kind":"Name","value":"otherEvent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventListFields"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"awardWinners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cycleTitle"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"nominationId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanningWarningFields"}}]}}]}}]} as unknown as DocumentNode<UpdateEventMutation, UpdateEventMutationVariables>;
export const ChangeEventStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeEventStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeEventStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeEventStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<ChangeEventStatusMutation, ChangeEventStatusMutationVariables>;
export const CreateTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}}]} as unknown as DocumentNode<CreateTaskMutation, CreateTaskMutationVariables>;
export const UpdateTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}}]} as unknown as DocumentNode<UpdateTaskMutation, UpdateTaskMutationVariables>;
export const DeleteTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteTaskMutation, DeleteTaskMutationVariables>;
export const DeleteEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteEventMutation, DeleteEventMutationVariables>;
export const DeleteEventSeriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteEventSeries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteEventSeriesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteEventSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteEventSeriesMutation, DeleteEventSeriesMutationVariables>;
export const StrategyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Strategy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cooperationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"strategy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cooperationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cooperationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StrategyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeasureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Measure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"workstreamStatus"}},{"kind":"Field","name":{"kind":"Name","value":"kpiCount"}},{"kind":"Field","name":{"kind":"Name","value":"goalCount"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Kpi"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"baselineOn"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetOn"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measurements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GoalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Goal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"covered"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeasureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kpis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StrategyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Strategy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperationId"}},{"kind":"Field","name":{"kind":"Name","value":"missionStatement"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GoalFields"}}]}}]}}]} as unknown as DocumentNode<StrategyQuery, StrategyQueryVariables>;
export const CoverageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Coverage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cooperationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cooperationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cooperationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperationId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"goalsWithoutMeasure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goalsWithoutPriority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measuresWithoutKpi"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeasureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measuresWithOnePartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeasureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"eventsLed"}},{"kind":"Field","name":{"kind":"Name","value":"eventsCoOrganised"}},{"kind":"Field","name":{"kind":"Name","value":"workstreamsLed"}},{"kind":"Field","name":{"kind":"Name","value":"plannedCents"}},{"kind":"Field","name":{"kind":"Name","value":"actualCents"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeasureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Measure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"workstreamStatus"}},{"kind":"Field","name":{"kind":"Name","value":"kpiCount"}},{"kind":"Field","name":{"kind":"Name","value":"goalCount"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}}]} as unknown as DocumentNode<CoverageQuery, CoverageQueryVariables>;
export const MeasureOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeasureOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cooperationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workstreams"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cooperationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cooperationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eventSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cooperationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cooperationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MeasureOptionsQuery, MeasureOptionsQueryVariables>;
export const UpdateMissionStatementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMissionStatement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMissionStatementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMissionStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"strategy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StrategyFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeasureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Measure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"workstreamStatus"}},{"kind":"Field","name":{"kind":"Name","value":"kpiCount"}},{"kind":"Field","name":{"kind":"Name","value":"goalCount"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Kpi"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"baselineOn"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetOn"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measurements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GoalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Goal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"covered"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeasureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kpis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StrategyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Strategy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperationId"}},{"kind":"Field","name":{"kind":"Name","value":"missionStatement"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GoalFields"}}]}}]}}]} as unknown as DocumentNode<UpdateMissionStatementMutation, UpdateMissionStatementMutationVariables>;
export const CreateGoalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateGoal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateGoalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createGoal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GoalFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeasureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Measure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"workstreamStatus"}},{"kind":"Field","name":{"kind":"Name","value":"kpiCount"}},{"kind":"Field","name":{"kind":"Name","value":"goalCount"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Kpi"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"baselineOn"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetOn"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measurements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GoalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Goal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"covered"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeasureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kpis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiFields"}}]}}]}}]} as unknown as DocumentNode<CreateGoalMutation, CreateGoalMutationVariables>;
export const UpdateGoalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateGoal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateGoalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateGoal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GoalFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeasureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Measure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"workstreamStatus"}},{"kind":"Field","name":{"kind":"Name","value":"kpiCount"}},{"kind":"Field","name":{"kind":"Name","value":"goalCount"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Kpi"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"baselineOn"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetOn"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measurements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GoalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Goal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"covered"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeasureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kpis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiFields"}}]}}]}}]} as unknown as DocumentNode<UpdateGoalMutation, UpdateGoalMutationVariables>;
export const DeleteGoalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteGoal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteGoalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteGoal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteGoalMutation, DeleteGoalMutationVariables>;
export const LinkGoalMeasureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinkGoalMeasure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GoalMeasureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkGoalMeasure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GoalFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeasureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Measure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"workstreamStatus"}},{"kind":"Field","name":{"kind":"Name","value":"kpiCount"}},{"kind":"Field","name":{"kind":"Name","value":"goalCount"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Kpi"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"baselineOn"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetOn"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measurements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GoalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Goal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"covered"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeasureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kpis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiFields"}}]}}]}}]} as unknown as DocumentNode<LinkGoalMeasureMutation, LinkGoalMeasureMutationVariables>;
export const UnlinkGoalMeasureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnlinkGoalMeasure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GoalMeasureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unlinkGoalMeasure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GoalFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeasureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Measure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"workstreamStatus"}},{"kind":"Field","name":{"kind":"Name","value":"kpiCount"}},{"kind":"Field","name":{"kind":"Name","value":"goalCount"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Kpi"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"baselineOn"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetOn"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measurements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GoalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Goal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"covered"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeasureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kpis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiFields"}}]}}]}}]} as unknown as DocumentNode<UnlinkGoalMeasureMutation, UnlinkGoalMeasureMutationVariables>;
export const CreateGoalWorkstreamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateGoalWorkstream"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWorkstreamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWorkstream"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<CreateGoalWorkstreamMutation, CreateGoalWorkstreamMutationVariables>;
export const GuestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Guests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"guests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"plusOnesAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"rsvpDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GuestFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GuestCountsFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GuestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"guestName"}},{"kind":"Field","name":{"kind":"Name","value":"plusOne"}},{"kind":"Field","name":{"kind":"Name","value":"plusOneName"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"walkIn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"function"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"optedOutAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GuestCountsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GuestCounts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"draft"}},{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"declined"}},{"kind":"Field","name":{"kind":"Name","value":"waitlisted"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"noShow"}},{"kind":"Field","name":{"kind":"Name","value":"seatsTaken"}},{"kind":"Field","name":{"kind":"Name","value":"seatsAttended"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"seatsFree"}}]}}]} as unknown as DocumentNode<GuestsQuery, GuestsQueryVariables>;
export const GuestListCsvDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GuestListCsv"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"guestListCsvUrl"}}]}}]}}]} as unknown as DocumentNode<GuestListCsvQuery, GuestListCsvQueryVariables>;
export const InviteSourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InviteSources"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cooperationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distributionLists"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cooperationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cooperationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cooperationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cooperationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"STARTS_AT_DESC"}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"guestCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"noShow"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InviteSourcesQuery, InviteSourcesQueryVariables>;
export const InviteGuestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteGuests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteGuestsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteGuests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"added"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skipped"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<InviteGuestsMutation, InviteGuestsMutationVariables>;
export const SendInvitationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendInvitations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendInvitationsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendInvitations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<SendInvitationsMutation, SendInvitationsMutationVariables>;
export const RecordAnswerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordAnswer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordAnswerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAnswer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GuestFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GuestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"guestName"}},{"kind":"Field","name":{"kind":"Name","value":"plusOne"}},{"kind":"Field","name":{"kind":"Name","value":"plusOneName"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"walkIn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"function"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"optedOutAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<RecordAnswerMutation, RecordAnswerMutationVariables>;
export const DeleteInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteInvitationMutation, DeleteInvitationMutationVariables>;
export const CheckInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CheckIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CheckInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GuestFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GuestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"guestName"}},{"kind":"Field","name":{"kind":"Name","value":"plusOne"}},{"kind":"Field","name":{"kind":"Name","value":"plusOneName"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"walkIn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"function"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"optedOutAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CheckInMutation, CheckInMutationVariables>;
export const AddWalkInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddWalkIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddWalkInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addWalkIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GuestFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GuestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"guestName"}},{"kind":"Field","name":{"kind":"Name","value":"plusOne"}},{"kind":"Field","name":{"kind":"Name","value":"plusOneName"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"walkIn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"function"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"optedOutAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AddWalkInMutation, AddWalkInMutationVariables>;
export const GuestListPrintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GuestListPrint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"guests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ACCEPTED"},{"kind":"EnumValue","value":"ATTENDED"},{"kind":"EnumValue","value":"WAITLISTED"},{"kind":"EnumValue","value":"INVITED"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PrintEventFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PrintGuestFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"declined"}},{"kind":"Field","name":{"kind":"Name","value":"waitlisted"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"seatsTaken"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"seatsFree"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PrintEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"leadPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PrintGuestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"guestName"}},{"kind":"Field","name":{"kind":"Name","value":"plusOne"}},{"kind":"Field","name":{"kind":"Name","value":"plusOneName"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"walkIn"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"function"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<GuestListPrintQuery, GuestListPrintQueryVariables>;
export const BadgesPrintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BadgesPrint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"guests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ACCEPTED"},{"kind":"EnumValue","value":"ATTENDED"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PrintEventFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PrintGuestFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PrintEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"leadPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PrintGuestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"guestName"}},{"kind":"Field","name":{"kind":"Name","value":"plusOne"}},{"kind":"Field","name":{"kind":"Name","value":"plusOneName"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"walkIn"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"function"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<BadgesPrintQuery, BadgesPrintQueryVariables>;
export const JuryScoringDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JuryScoring"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awardCycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationId"}},{"kind":"Field","name":{"kind":"Name","value":"programmeName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"votingClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"scoreMin"}},{"kind":"Field","name":{"kind":"Name","value":"scoreMax"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nominations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"companyAddress"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myConflict"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jurorId"}},{"kind":"Field","name":{"kind":"Name","value":"nominationId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"setByChair"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"myBallot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JuryBallotFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JuryBallotFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ballot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"juror"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isChair"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nominationId"}},{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conflicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jurorId"}},{"kind":"Field","name":{"kind":"Name","value":"nominationId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"setByChair"}}]}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"scored"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<JuryScoringQuery, JuryScoringQueryVariables>;
export const JurySaveScoresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"JurySaveScores"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveScoresInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveScores"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ballot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JuryBallotFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JuryBallotFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ballot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"juror"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isChair"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nominationId"}},{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conflicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jurorId"}},{"kind":"Field","name":{"kind":"Name","value":"nominationId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"setByChair"}}]}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"scored"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<JurySaveScoresMutation, JurySaveScoresMutationVariables>;
export const JurySubmitBallotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"JurySubmitBallot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitBallotInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitBallot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ballot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JuryBallotFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JuryBallotFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ballot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"juror"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isChair"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nominationId"}},{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conflicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jurorId"}},{"kind":"Field","name":{"kind":"Name","value":"nominationId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"setByChair"}}]}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"scored"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<JurySubmitBallotMutation, JurySubmitBallotMutationVariables>;
export const JuryDeclareConflictDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"JuryDeclareConflict"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclareConflictInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declareConflict"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nomination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"myConflict"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jurorId"}},{"kind":"Field","name":{"kind":"Name","value":"nominationId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"setByChair"}}]}}]}}]}}]}}]} as unknown as DocumentNode<JuryDeclareConflictMutation, JuryDeclareConflictMutationVariables>;
export const JuryResultDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JuryResult"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awardCycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JuryCycleResultFields"}},{"kind":"Field","name":{"kind":"Name","value":"myBallot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JuryResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AwardResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closedByName"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"needsCastingVote"}},{"kind":"Field","name":{"kind":"Name","value":"castingVote"}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"winnerTie"}},{"kind":"Field","name":{"kind":"Name","value":"ranking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nomination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"companyAddress"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"meanText"}},{"kind":"Field","name":{"kind":"Name","value":"median"}},{"kind":"Field","name":{"kind":"Name","value":"jurors"}},{"kind":"Field","name":{"kind":"Name","value":"topRanks"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"criterionMeans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}}]}},{"kind":"Field","name":{"kind":"Name","value":"breakdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jurorName"}},{"kind":"Field","name":{"kind":"Name","value":"conflicted"}},{"kind":"Field","name":{"kind":"Name","value":"weighted"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nominationId"}},{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JuryCycleResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AwardCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationId"}},{"kind":"Field","name":{"kind":"Name","value":"programmeName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"quorum"}},{"kind":"Field","name":{"kind":"Name","value":"tieBreakRule"}},{"kind":"Field","name":{"kind":"Name","value":"announcementEventId"}},{"kind":"Field","name":{"kind":"Name","value":"announcementEventTitle"}},{"kind":"Field","name":{"kind":"Name","value":"votingClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"isChair"}},{"kind":"Field","name":{"kind":"Name","value":"canClose"}},{"kind":"Field","name":{"kind":"Name","value":"closedByName"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"scoreMin"}},{"kind":"Field","name":{"kind":"Name","value":"scoreMax"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"turnout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jurors"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"quorum"}},{"kind":"Field","name":{"kind":"Name","value":"quorumMet"}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JuryResultFields"}}]}}]}}]} as unknown as DocumentNode<JuryResultQuery, JuryResultQueryVariables>;
export const JuryPrintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JuryPrint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awardCycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JuryCycleResultFields"}},{"kind":"Field","name":{"kind":"Name","value":"nominations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JuryResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AwardResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closedByName"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"needsCastingVote"}},{"kind":"Field","name":{"kind":"Name","value":"castingVote"}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"winnerTie"}},{"kind":"Field","name":{"kind":"Name","value":"ranking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nomination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"companyAddress"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"meanText"}},{"kind":"Field","name":{"kind":"Name","value":"median"}},{"kind":"Field","name":{"kind":"Name","value":"jurors"}},{"kind":"Field","name":{"kind":"Name","value":"topRanks"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"criterionMeans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}}]}},{"kind":"Field","name":{"kind":"Name","value":"breakdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jurorName"}},{"kind":"Field","name":{"kind":"Name","value":"conflicted"}},{"kind":"Field","name":{"kind":"Name","value":"weighted"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nominationId"}},{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JuryCycleResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AwardCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationId"}},{"kind":"Field","name":{"kind":"Name","value":"programmeName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"quorum"}},{"kind":"Field","name":{"kind":"Name","value":"tieBreakRule"}},{"kind":"Field","name":{"kind":"Name","value":"announcementEventId"}},{"kind":"Field","name":{"kind":"Name","value":"announcementEventTitle"}},{"kind":"Field","name":{"kind":"Name","value":"votingClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"isChair"}},{"kind":"Field","name":{"kind":"Name","value":"canClose"}},{"kind":"Field","name":{"kind":"Name","value":"closedByName"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"scoreMin"}},{"kind":"Field","name":{"kind":"Name","value":"scoreMax"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"turnout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jurors"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"quorum"}},{"kind":"Field","name":{"kind":"Name","value":"quorumMet"}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JuryResultFields"}}]}}]}}]} as unknown as DocumentNode<JuryPrintQuery, JuryPrintQueryVariables>;
export const JuryCloseVotingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"JuryCloseVoting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseAwardVotingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeAwardVoting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awardCycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JuryCycleResultFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JuryResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AwardResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closedByName"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"needsCastingVote"}},{"kind":"Field","name":{"kind":"Name","value":"castingVote"}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"winnerTie"}},{"kind":"Field","name":{"kind":"Name","value":"ranking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nomination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"companyAddress"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"meanText"}},{"kind":"Field","name":{"kind":"Name","value":"median"}},{"kind":"Field","name":{"kind":"Name","value":"jurors"}},{"kind":"Field","name":{"kind":"Name","value":"topRanks"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"criterionMeans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}}]}},{"kind":"Field","name":{"kind":"Name","value":"breakdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jurorName"}},{"kind":"Field","name":{"kind":"Name","value":"conflicted"}},{"kind":"Field","name":{"kind":"Name","value":"weighted"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nominationId"}},{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JuryCycleResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AwardCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationId"}},{"kind":"Field","name":{"kind":"Name","value":"programmeName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"quorum"}},{"kind":"Field","name":{"kind":"Name","value":"tieBreakRule"}},{"kind":"Field","name":{"kind":"Name","value":"announcementEventId"}},{"kind":"Field","name":{"kind":"Name","value":"announcementEventTitle"}},{"kind":"Field","name":{"kind":"Name","value":"votingClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"isChair"}},{"kind":"Field","name":{"kind":"Name","value":"canClose"}},{"kind":"Field","name":{"kind":"Name","value":"closedByName"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"scoreMin"}},{"kind":"Field","name":{"kind":"Name","value":"scoreMax"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"turnout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jurors"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"quorum"}},{"kind":"Field","name":{"kind":"Name","value":"quorumMet"}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JuryResultFields"}}]}}]}}]} as unknown as DocumentNode<JuryCloseVotingMutation, JuryCloseVotingMutationVariables>;
export const JuryCastingVoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"JuryCastingVote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordCastingVoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCastingVote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awardCycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JuryCycleResultFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JuryResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AwardResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closedByName"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"needsCastingVote"}},{"kind":"Field","name":{"kind":"Name","value":"castingVote"}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"winnerTie"}},{"kind":"Field","name":{"kind":"Name","value":"ranking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nomination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"companyAddress"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"meanText"}},{"kind":"Field","name":{"kind":"Name","value":"median"}},{"kind":"Field","name":{"kind":"Name","value":"jurors"}},{"kind":"Field","name":{"kind":"Name","value":"topRanks"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"criterionMeans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}}]}},{"kind":"Field","name":{"kind":"Name","value":"breakdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jurorName"}},{"kind":"Field","name":{"kind":"Name","value":"conflicted"}},{"kind":"Field","name":{"kind":"Name","value":"weighted"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nominationId"}},{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JuryCycleResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AwardCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationId"}},{"kind":"Field","name":{"kind":"Name","value":"programmeName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"quorum"}},{"kind":"Field","name":{"kind":"Name","value":"tieBreakRule"}},{"kind":"Field","name":{"kind":"Name","value":"announcementEventId"}},{"kind":"Field","name":{"kind":"Name","value":"announcementEventTitle"}},{"kind":"Field","name":{"kind":"Name","value":"votingClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"isChair"}},{"kind":"Field","name":{"kind":"Name","value":"canClose"}},{"kind":"Field","name":{"kind":"Name","value":"closedByName"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"scoreMin"}},{"kind":"Field","name":{"kind":"Name","value":"scoreMax"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"turnout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jurors"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"quorum"}},{"kind":"Field","name":{"kind":"Name","value":"quorumMet"}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JuryResultFields"}}]}}]}}]} as unknown as DocumentNode<JuryCastingVoteMutation, JuryCastingVoteMutationVariables>;
export const CreateKpiDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateKpi"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateKpiInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createKpi"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpi"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Kpi"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"baselineOn"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetOn"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measurements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<CreateKpiMutation, CreateKpiMutationVariables>;
export const UpdateKpiDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateKpi"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateKpiInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateKpi"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpi"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Kpi"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"baselineOn"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetOn"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measurements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<UpdateKpiMutation, UpdateKpiMutationVariables>;
export const DeleteKpiDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteKpi"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteKpiInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteKpi"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteKpiMutation, DeleteKpiMutationVariables>;
export const RecordMeasurementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordMeasurement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordMeasurementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMeasurement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpi"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Kpi"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"baselineOn"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetOn"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measurements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<RecordMeasurementMutation, RecordMeasurementMutationVariables>;
export const DeleteMeasurementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteMeasurement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteMeasurement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpi"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Kpi"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"baselineOn"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetOn"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measurements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<DeleteMeasurementMutation, DeleteMeasurementMutationVariables>;
export const LegalTextsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LegalTexts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cooperationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalTexts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cooperationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cooperationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperationId"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationName"}},{"kind":"Field","name":{"kind":"Name","value":"imprint"}},{"kind":"Field","name":{"kind":"Name","value":"privacy"}},{"kind":"Field","name":{"kind":"Name","value":"accessibility"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<LegalTextsQuery, LegalTextsQueryVariables>;
export const UpdateLegalTextsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateLegalTexts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateLegalTextsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLegalTexts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalTexts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperationId"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationName"}},{"kind":"Field","name":{"kind":"Name","value":"imprint"}},{"kind":"Field","name":{"kind":"Name","value":"privacy"}},{"kind":"Field","name":{"kind":"Name","value":"accessibility"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateLegalTextsMutation, UpdateLegalTextsMutationVariables>;
export const CycleNominationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CycleNominations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awardCycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"isChair"}},{"kind":"Field","name":{"kind":"Name","value":"nominations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NominationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConflictFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jurorId"}},{"kind":"Field","name":{"kind":"Name","value":"jurorName"}},{"kind":"Field","name":{"kind":"Name","value":"nominationId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"setByChair"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NominationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Nomination"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cycleId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"companyAddress"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"nominatorName"}},{"kind":"Field","name":{"kind":"Name","value":"nominatorContactId"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"}},{"kind":"Field","name":{"kind":"Name","value":"eligibilityReason"}},{"kind":"Field","name":{"kind":"Name","value":"eligibilityDecidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"eligibilityDecidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"eligibilityHints"}},{"kind":"Field","name":{"kind":"Name","value":"myConflict"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConflictFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conflicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConflictFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CycleNominationsQuery, CycleNominationsQueryVariables>;
export const CycleJuryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CycleJury"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awardCycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationId"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"isChair"}},{"kind":"Field","name":{"kind":"Name","value":"jurors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JurorFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"turnout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TurnoutFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nominations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"}},{"kind":"Field","name":{"kind":"Name","value":"conflicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConflictFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JurorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Juror"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"isChair"}},{"kind":"Field","name":{"kind":"Name","value":"external"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TurnoutFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Turnout"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jurors"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"quorum"}},{"kind":"Field","name":{"kind":"Name","value":"quorumMet"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConflictFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jurorId"}},{"kind":"Field","name":{"kind":"Name","value":"jurorName"}},{"kind":"Field","name":{"kind":"Name","value":"nominationId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"setByChair"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CycleJuryQuery, CycleJuryQueryVariables>;
export const NominationOrganisationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NominationOrganisations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cooperationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cooperationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cooperationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}}]}}]} as unknown as DocumentNode<NominationOrganisationsQuery, NominationOrganisationsQueryVariables>;
export const NominatorContactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NominatorContacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cooperationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cooperationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cooperationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NominatorContactsQuery, NominatorContactsQueryVariables>;
export const JurorCandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JurorCandidates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cooperationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cooperationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cooperationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"active"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<JurorCandidatesQuery, JurorCandidatesQueryVariables>;
export const CreateNominationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateNomination"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateNominationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createNomination"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nomination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NominationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConflictFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jurorId"}},{"kind":"Field","name":{"kind":"Name","value":"jurorName"}},{"kind":"Field","name":{"kind":"Name","value":"nominationId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"setByChair"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NominationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Nomination"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cycleId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"companyAddress"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"nominatorName"}},{"kind":"Field","name":{"kind":"Name","value":"nominatorContactId"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"}},{"kind":"Field","name":{"kind":"Name","value":"eligibilityReason"}},{"kind":"Field","name":{"kind":"Name","value":"eligibilityDecidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"eligibilityDecidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"eligibilityHints"}},{"kind":"Field","name":{"kind":"Name","value":"myConflict"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConflictFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conflicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConflictFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CreateNominationMutation, CreateNominationMutationVariables>;
export const UpdateNominationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateNomination"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateNominationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateNomination"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nomination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NominationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConflictFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jurorId"}},{"kind":"Field","name":{"kind":"Name","value":"jurorName"}},{"kind":"Field","name":{"kind":"Name","value":"nominationId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"setByChair"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NominationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Nomination"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cycleId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"companyAddress"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"nominatorName"}},{"kind":"Field","name":{"kind":"Name","value":"nominatorContactId"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"}},{"kind":"Field","name":{"kind":"Name","value":"eligibilityReason"}},{"kind":"Field","name":{"kind":"Name","value":"eligibilityDecidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"eligibilityDecidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"eligibilityHints"}},{"kind":"Field","name":{"kind":"Name","value":"myConflict"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConflictFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conflicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConflictFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<UpdateNominationMutation, UpdateNominationMutationVariables>;
export const DeleteNominationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteNomination"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteNominationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteNomination"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteNominationMutation, DeleteNominationMutationVariables>;
export const DecideEligibilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideEligibility"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideEligibilityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideEligibility"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nomination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NominationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConflictFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jurorId"}},{"kind":"Field","name":{"kind":"Name","value":"jurorName"}},{"kind":"Field","name":{"kind":"Name","value":"nominationId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"setByChair"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NominationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Nomination"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cycleId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"companyAddress"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"nominatorName"}},{"kind":"Field","name":{"kind":"Name","value":"nominatorContactId"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"}},{"kind":"Field","name":{"kind":"Name","value":"eligibilityReason"}},{"kind":"Field","name":{"kind":"Name","value":"eligibilityDecidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"eligibilityDecidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"eligibilityHints"}},{"kind":"Field","name":{"kind":"Name","value":"myConflict"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConflictFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conflicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConflictFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<DecideEligibilityMutation, DecideEligibilityMutationVariables>;
export const AddJurorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddJuror"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddJurorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addJuror"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awardCycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JuryPayloadFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JurorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Juror"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"isChair"}},{"kind":"Field","name":{"kind":"Name","value":"external"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TurnoutFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Turnout"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jurors"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"quorum"}},{"kind":"Field","name":{"kind":"Name","value":"quorumMet"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JuryPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AwardCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isChair"}},{"kind":"Field","name":{"kind":"Name","value":"jurors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JurorFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"turnout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TurnoutFields"}}]}}]}}]} as unknown as DocumentNode<AddJurorMutation, AddJurorMutationVariables>;
export const RemoveJurorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveJuror"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveJurorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeJuror"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awardCycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JuryPayloadFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JurorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Juror"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"isChair"}},{"kind":"Field","name":{"kind":"Name","value":"external"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TurnoutFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Turnout"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jurors"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"quorum"}},{"kind":"Field","name":{"kind":"Name","value":"quorumMet"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JuryPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AwardCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isChair"}},{"kind":"Field","name":{"kind":"Name","value":"jurors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JurorFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"turnout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TurnoutFields"}}]}}]}}]} as unknown as DocumentNode<RemoveJurorMutation, RemoveJurorMutationVariables>;
export const SetJuryChairDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetJuryChair"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetJuryChairInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setJuryChair"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awardCycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JuryPayloadFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JurorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Juror"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"isChair"}},{"kind":"Field","name":{"kind":"Name","value":"external"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TurnoutFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Turnout"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jurors"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"quorum"}},{"kind":"Field","name":{"kind":"Name","value":"quorumMet"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JuryPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AwardCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isChair"}},{"kind":"Field","name":{"kind":"Name","value":"jurors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JurorFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"turnout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TurnoutFields"}}]}}]}}]} as unknown as DocumentNode<SetJuryChairMutation, SetJuryChairMutationVariables>;
export const SetConflictDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetConflict"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetConflictInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setConflict"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nomination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConflictPayloadFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConflictFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jurorId"}},{"kind":"Field","name":{"kind":"Name","value":"jurorName"}},{"kind":"Field","name":{"kind":"Name","value":"nominationId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"setByChair"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConflictPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Nomination"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"myConflict"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConflictFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conflicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConflictFields"}}]}}]}}]} as unknown as DocumentNode<SetConflictMutation, SetConflictMutationVariables>;
export const RemoveConflictDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveConflict"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveConflictInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeConflict"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nomination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConflictPayloadFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConflictFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jurorId"}},{"kind":"Field","name":{"kind":"Name","value":"jurorName"}},{"kind":"Field","name":{"kind":"Name","value":"nominationId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"setByChair"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConflictPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Nomination"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"myConflict"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConflictFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conflicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConflictFields"}}]}}]}}]} as unknown as DocumentNode<RemoveConflictMutation, RemoveConflictMutationVariables>;
export const PublicNominationFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicNominationForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicNominationForm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cycleId"}},{"kind":"Field","name":{"kind":"Name","value":"programmeName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationId"}}]}}]}}]} as unknown as DocumentNode<PublicNominationFormQuery, PublicNominationFormQueryVariables>;
export const SubmitPublicNominationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitPublicNomination"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublicNominationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitPublicNomination"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]} as unknown as DocumentNode<SubmitPublicNominationMutation, SubmitPublicNominationMutationVariables>;
export const UpdateMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMe"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMe"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionUser"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"isSystemAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"cooperation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateMeMutation, UpdateMeMutationVariables>;
export const ReminderSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReminderSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myReminderSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emailReminders"}}]}}]}}]} as unknown as DocumentNode<ReminderSettingsQuery, ReminderSettingsQueryVariables>;
export const UpdateReminderSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateReminderSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateReminderSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateReminderSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emailReminders"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateReminderSettingsMutation, UpdateReminderSettingsMutationVariables>;
export const RsvpByTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RsvpByToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rsvp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RsvpPageFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RsvpPageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Rsvp"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"guestName"}},{"kind":"Field","name":{"kind":"Name","value":"letterSalutation"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"plusOne"}},{"kind":"Field","name":{"kind":"Name","value":"plusOneName"}},{"kind":"Field","name":{"kind":"Name","value":"plusOnesAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"eventTitle"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"eventCancelled"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"closedReason"}},{"kind":"Field","name":{"kind":"Name","value":"optedOut"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationId"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationName"}}]}}]} as unknown as DocumentNode<RsvpByTokenQuery, RsvpByTokenQueryVariables>;
export const RsvpSubmitAnswerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RsvpSubmitAnswer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RsvpAnswerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerRsvp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rsvp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RsvpPageFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RsvpPageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Rsvp"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"guestName"}},{"kind":"Field","name":{"kind":"Name","value":"letterSalutation"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"plusOne"}},{"kind":"Field","name":{"kind":"Name","value":"plusOneName"}},{"kind":"Field","name":{"kind":"Name","value":"plusOnesAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"eventTitle"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"eventCancelled"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"closedReason"}},{"kind":"Field","name":{"kind":"Name","value":"optedOut"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationId"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationName"}}]}}]} as unknown as DocumentNode<RsvpSubmitAnswerMutation, RsvpSubmitAnswerMutationVariables>;
export const RsvpOptOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RsvpOptOut"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OptOutInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"optOut"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rsvp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RsvpPageFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RsvpPageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Rsvp"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"guestName"}},{"kind":"Field","name":{"kind":"Name","value":"letterSalutation"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"plusOne"}},{"kind":"Field","name":{"kind":"Name","value":"plusOneName"}},{"kind":"Field","name":{"kind":"Name","value":"plusOnesAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"eventTitle"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"eventCancelled"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"closedReason"}},{"kind":"Field","name":{"kind":"Name","value":"optedOut"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationId"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationName"}}]}}]} as unknown as DocumentNode<RsvpOptOutMutation, RsvpOptOutMutationVariables>;
export const SystemCooperationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SystemCooperations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SystemCooperation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SystemCooperation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cooperation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<SystemCooperationsQuery, SystemCooperationsQueryVariables>;
export const CreateCooperationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCooperation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCooperationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCooperation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SystemCooperation"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SystemCooperation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cooperation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<CreateCooperationMutation, CreateCooperationMutationVariables>;
export const WorkstreamsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Workstreams"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cooperationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkstreamFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workstreams"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cooperationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cooperationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkstreamCardFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkstreamCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workstream"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"openTaskCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"doneOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kpis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<WorkstreamsQuery, WorkstreamsQueryVariables>;
export const WorkstreamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Workstream"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workstream"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkstreamDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkstreamCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workstream"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"openTaskCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"doneOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kpis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MilestoneFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Milestone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"workstreamId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"doneOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Kpi"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"baselineOn"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetOn"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measurements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkstreamDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workstream"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkstreamCardFields"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"canReport"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MilestoneFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kpis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}}]}}]} as unknown as DocumentNode<WorkstreamQuery, WorkstreamQueryVariables>;
export const WorkstreamGoalOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkstreamGoalOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cooperationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"strategy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cooperationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cooperationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperationId"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}}]}}]}}]}}]} as unknown as DocumentNode<WorkstreamGoalOptionsQuery, WorkstreamGoalOptionsQueryVariables>;
export const CreateWorkstreamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWorkstream"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWorkstreamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWorkstream"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkstreamDetailFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkstreamCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workstream"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"openTaskCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"doneOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kpis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MilestoneFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Milestone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"workstreamId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"doneOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Kpi"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"baselineOn"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetOn"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measurements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkstreamDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workstream"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkstreamCardFields"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"canReport"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MilestoneFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kpis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}}]}}]} as unknown as DocumentNode<CreateWorkstreamMutation, CreateWorkstreamMutationVariables>;
export const UpdateWorkstreamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateWorkstream"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateWorkstreamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWorkstream"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkstreamDetailFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkstreamCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workstream"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"openTaskCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"doneOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kpis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MilestoneFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Milestone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"workstreamId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"doneOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Kpi"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"baselineOn"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetOn"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measurements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkstreamDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workstream"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkstreamCardFields"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"canReport"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MilestoneFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kpis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}}]}}]} as unknown as DocumentNode<UpdateWorkstreamMutation, UpdateWorkstreamMutationVariables>;
export const DeleteWorkstreamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteWorkstream"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteWorkstreamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteWorkstream"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteWorkstreamMutation, DeleteWorkstreamMutationVariables>;
export const CreateMilestoneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMilestone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMilestoneInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMilestone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkstreamDetailFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkstreamCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workstream"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"openTaskCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"doneOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kpis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MilestoneFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Milestone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"workstreamId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"doneOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Kpi"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"baselineOn"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetOn"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measurements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkstreamDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workstream"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkstreamCardFields"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"canReport"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MilestoneFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kpis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}}]}}]} as unknown as DocumentNode<CreateMilestoneMutation, CreateMilestoneMutationVariables>;
export const UpdateMilestoneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMilestone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMilestoneInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMilestone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkstreamDetailFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkstreamCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workstream"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"openTaskCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"doneOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kpis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MilestoneFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Milestone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"workstreamId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"doneOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Kpi"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"baselineOn"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetOn"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measurements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkstreamDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workstream"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkstreamCardFields"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"canReport"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MilestoneFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kpis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}}]}}]} as unknown as DocumentNode<UpdateMilestoneMutation, UpdateMilestoneMutationVariables>;
export const DeleteMilestoneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteMilestone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteMilestoneInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteMilestone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkstreamDetailFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkstreamCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workstream"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"openTaskCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"doneOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kpis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MilestoneFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Milestone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"workstreamId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"doneOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Kpi"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"baselineOn"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetOn"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measurements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkstreamDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workstream"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkstreamCardFields"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"canReport"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MilestoneFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kpis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}}]}}]} as unknown as DocumentNode<DeleteMilestoneMutation, DeleteMilestoneMutationVariables>;
export const AddStatusReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddStatusReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddStatusReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addStatusReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkstreamDetailFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkstreamCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workstream"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"openTaskCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"doneOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kpis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MilestoneFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Milestone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"workstreamId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"doneOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Kpi"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"baselineOn"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetOn"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measurements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkstreamDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workstream"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkstreamCardFields"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"canReport"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MilestoneFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kpis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}}]}}]} as unknown as DocumentNode<AddStatusReportMutation, AddStatusReportMutationVariables>;