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
};

/** The created task. */
export type CreateTaskPayload = {
  __typename?: 'CreateTaskPayload';
  /** The new task. */
  task: Task;
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

/** An occurrence of a joint event. */
export type Event = {
  __typename?: 'Event';
  /** Venue address. */
  address: Scalars['String']['output'];
  /** The statuses the event may move to next. */
  allowedTransitions: Array<EventStatus>;
  /** How many guests fit (plus-ones included); null when unlimited. */
  capacity?: Maybe<Scalars['Int']['output']>;
  /** When the event was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Free text. */
  description: Scalars['String']['output'];
  /** End; after the start. */
  endsAt: Scalars['DateTime']['output'];
  /** Opaque ID. */
  id: Scalars['ID']['output'];
  /** The partner that leads the event. */
  leadPartner: Partner;
  /** How many of its tasks are still open. */
  openTaskCount: Scalars['Int']['output'];
  /** The organisers from each partner. */
  organisers: Array<EventOrganiser>;
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

/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Makes an organisation a partner (ADMIN). */
  addPartner: AddPartnerPayload;
  /** Moves an event along IDEA → PLANNING → CONFIRMED → INVITATIONS_SENT → HELD → DOCUMENTED, or to CANCELLED. */
  changeEventStatus: ChangeEventStatusPayload;
  /** Creates a cooperation with its partners and first admin (system admins only). */
  createCooperation: CreateCooperationPayload;
  /** Creates an event with the tasks of its series' checklist. */
  createEvent: CreateEventPayload;
  /** Creates an event series. */
  createEventSeries: CreateEventSeriesPayload;
  /** Creates an organisation (COORDINATOR or ADMIN). */
  createOrganisation: CreateOrganisationPayload;
  /** Creates a task. */
  createTask: CreateTaskPayload;
  /** Deletes a task. */
  deleteTask: DeleteTaskPayload;
  /** Invites a person into the cooperation (ADMIN). */
  inviteMember: InviteMemberPayload;
  /** Logs in; sets the refresh cookie. Throttled after repeated failures. */
  login: LoginPayload;
  /** Revokes the current session at once and clears the refresh cookie. */
  logout: LogoutPayload;
  /** Reads and rotates the refresh cookie and returns a new access token. */
  refreshSession: LoginPayload;
  /** Ends a partnership (ADMIN). */
  removePartner: RemovePartnerPayload;
  /** Sends a one-time reset link if the address has an active account; always answers ok. */
  requestPasswordReset: RequestPasswordResetPayload;
  /** Sends a fresh invitation link (ADMIN). */
  resendInvitation: ResendInvitationPayload;
  /** Deactivates or reactivates a membership (ADMIN). */
  setMemberActive: SetMemberActivePayload;
  /** Sets the password from a one-time link, revokes the user's other sessions and logs in. */
  setPassword: LoginPayload;
  /** Deactivates or reactivates a user everywhere (system admins only). */
  setUserActive: SetUserActivePayload;
  /** Changes a cooperation's name or description (ADMIN). */
  updateCooperation: UpdateCooperationPayload;
  /** Changes an event. */
  updateEvent: UpdateEventPayload;
  /** Changes an event series. */
  updateEventSeries: UpdateEventSeriesPayload;
  /** Changes the logged-in user's name or language. */
  updateMe: UpdateMePayload;
  /** Changes a member's role (ADMIN); takes effect on the member's next request. */
  updateMemberRole: UpdateMemberRolePayload;
  /** Changes an organisation (COORDINATOR or ADMIN). */
  updateOrganisation: UpdateOrganisationPayload;
  /** Changes a task, takes it or marks it done. */
  updateTask: UpdateTaskPayload;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationAddPartnerArgs = {
  input: AddPartnerInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationChangeEventStatusArgs = {
  input: ChangeEventStatusInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationCreateCooperationArgs = {
  input: CreateCooperationInput;
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
export type MutationCreateOrganisationArgs = {
  input: CreateOrganisationInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationCreateTaskArgs = {
  input: CreateTaskInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationDeleteTaskArgs = {
  input: DeleteTaskInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationInviteMemberArgs = {
  input: InviteMemberInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationLoginArgs = {
  input: LoginInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationRemovePartnerArgs = {
  input: RemovePartnerInput;
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
export type MutationUpdateCooperationArgs = {
  input: UpdateCooperationInput;
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
export type MutationUpdateMeArgs = {
  input: UpdateMeInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationUpdateMemberRoleArgs = {
  input: UpdateMemberRoleInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationUpdateOrganisationArgs = {
  input: UpdateOrganisationInput;
};


/** The root of all writes. Every mutation is one transaction and writes an audit entry. */
export type MutationUpdateTaskArgs = {
  input: UpdateTaskInput;
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

/** The root of all reads. */
export type Query = {
  __typename?: 'Query';
  /** The audit trail of a cooperation (ADMIN), newest first. */
  auditEntries: AuditEntryList;
  /** One cooperation; NOT_FOUND when it does not exist or the user may not see it. */
  cooperation: Cooperation;
  /** The cooperations the logged-in user belongs to (a system admin sees all). */
  cooperations: Array<Cooperation>;
  /** One event. */
  event: Event;
  /** The event series of a cooperation, by name (not for EXTERNAL members). */
  eventSeries: Array<EventSeries>;
  /** One series. */
  eventSeriesById: EventSeries;
  /** The events of a cooperation (not for EXTERNAL members). */
  events: EventList;
  /** The logged-in user, or null when the request carries no valid access token. */
  me?: Maybe<User>;
  /** The members of a cooperation (ADMIN, COORDINATOR, MEMBER, VIEWER). */
  members: MembershipList;
  /** The logged-in user's tasks across all their cooperations, soonest due first. */
  myTasks: TaskList;
  /** The organisations of a cooperation (not for EXTERNAL members). */
  organisations: OrganisationList;
  /**
   * What a set-password link is for, so the page can greet the user. NOT_FOUND when the token is
   * unknown, used or expired.
   */
  passwordToken: PasswordTokenInfo;
};


/** The root of all reads. */
export type QueryAuditEntriesArgs = {
  cooperationId: Scalars['ID']['input'];
  filter?: InputMaybe<AuditFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


/** The root of all reads. */
export type QueryCooperationArgs = {
  id: Scalars['ID']['input'];
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

/** Changes an event (COORDINATOR or ADMIN); omitted fields stay. */
export type UpdateEventInput = {
  /** Venue address. */
  address?: InputMaybe<Scalars['String']['input']>;
  /** Capacity; 0 means unlimited. */
  capacity?: InputMaybe<Scalars['Int']['input']>;
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

export type CooperationsQueryVariables = Exact<{ [key: string]: never; }>;


export type CooperationsQuery = { __typename?: 'Query', cooperations: Array<{ __typename?: 'Cooperation', id: string, name: string }> };

export type CooperationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CooperationQuery = { __typename?: 'Query', cooperation: { __typename?: 'Cooperation', id: string, name: string, description: string, myRole: Role, version: number, partners: Array<{ __typename?: 'Partner', id: string, position: number, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string, kind: OrganisationKind } }> } };

export type PartnerFieldsFragment = { __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } };

export type SeriesFieldsFragment = { __typename?: 'EventSeries', id: string, name: string, description: string, usualMonth?: number | null, eventCount: number, version: number, defaultLeadPartner?: { __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } | null, taskTemplate: Array<{ __typename?: 'TaskTemplateItem', title: string, daysBefore: number, ownerPartner?: { __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } | null }> };

export type EventListFieldsFragment = { __typename?: 'Event', id: string, title: string, startsAt: string, endsAt: string, venue: string, status: EventStatus, openTaskCount: number, version: number, series?: { __typename?: 'EventSeries', id: string, name: string } | null, leadPartner: { __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } };

export type TaskFieldsFragment = { __typename?: 'Task', id: string, title: string, dueOn?: string | null, done: boolean, doneAt?: string | null, cooperationId: string, version: number, assignee?: { __typename?: 'TaskAssignee', id: string, name: string } | null, ownerPartner?: { __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } | null, event?: { __typename?: 'TaskEvent', id: string, title: string, startsAt: string } | null };

export type EventDetailFieldsFragment = { __typename?: 'Event', address: string, capacity?: number | null, description: string, allowedTransitions: Array<EventStatus>, createdAt: string, id: string, title: string, startsAt: string, endsAt: string, venue: string, status: EventStatus, openTaskCount: number, version: number, organisers: Array<{ __typename?: 'EventOrganiser', membership: { __typename?: 'Membership', id: string, user: { __typename?: 'User', id: string, name: string }, organisation?: { __typename?: 'Organisation', id: string, name: string, shortName: string } | null } }>, tasks: Array<{ __typename?: 'Task', id: string, title: string, dueOn?: string | null, done: boolean, doneAt?: string | null, cooperationId: string, version: number, assignee?: { __typename?: 'TaskAssignee', id: string, name: string } | null, ownerPartner?: { __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } | null, event?: { __typename?: 'TaskEvent', id: string, title: string, startsAt: string } | null }>, series?: { __typename?: 'EventSeries', id: string, name: string } | null, leadPartner: { __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } };

export type EventSeriesQueryVariables = Exact<{
  cooperationId: Scalars['ID']['input'];
}>;


export type EventSeriesQuery = { __typename?: 'Query', eventSeries: Array<{ __typename?: 'EventSeries', id: string, name: string, description: string, usualMonth?: number | null, eventCount: number, version: number, defaultLeadPartner?: { __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } | null, taskTemplate: Array<{ __typename?: 'TaskTemplateItem', title: string, daysBefore: number, ownerPartner?: { __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } | null }> }> };

export type EventsQueryVariables = Exact<{
  cooperationId: Scalars['ID']['input'];
  filter?: InputMaybe<EventFilter>;
  orderBy?: InputMaybe<EventOrder>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
}>;


export type EventsQuery = { __typename?: 'Query', events: { __typename?: 'EventList', totalCount: number, items: Array<{ __typename?: 'Event', id: string, title: string, startsAt: string, endsAt: string, venue: string, status: EventStatus, openTaskCount: number, version: number, series?: { __typename?: 'EventSeries', id: string, name: string } | null, leadPartner: { __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } }> } };

export type CalendarEventsQueryVariables = Exact<{
  cooperationId: Scalars['ID']['input'];
  filter?: InputMaybe<EventFilter>;
}>;


export type CalendarEventsQuery = { __typename?: 'Query', events: { __typename?: 'EventList', totalCount: number, items: Array<{ __typename?: 'Event', id: string, title: string, startsAt: string, endsAt: string, status: EventStatus }> } };

export type EventQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EventQuery = { __typename?: 'Query', event: { __typename?: 'Event', address: string, capacity?: number | null, description: string, allowedTransitions: Array<EventStatus>, createdAt: string, id: string, title: string, startsAt: string, endsAt: string, venue: string, status: EventStatus, openTaskCount: number, version: number, organisers: Array<{ __typename?: 'EventOrganiser', membership: { __typename?: 'Membership', id: string, user: { __typename?: 'User', id: string, name: string }, organisation?: { __typename?: 'Organisation', id: string, name: string, shortName: string } | null } }>, tasks: Array<{ __typename?: 'Task', id: string, title: string, dueOn?: string | null, done: boolean, doneAt?: string | null, cooperationId: string, version: number, assignee?: { __typename?: 'TaskAssignee', id: string, name: string } | null, ownerPartner?: { __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } | null, event?: { __typename?: 'TaskEvent', id: string, title: string, startsAt: string } | null }>, series?: { __typename?: 'EventSeries', id: string, name: string } | null, leadPartner: { __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } } };

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


export type CreateEventMutation = { __typename?: 'Mutation', createEvent: { __typename?: 'CreateEventPayload', event: { __typename?: 'Event', address: string, capacity?: number | null, description: string, allowedTransitions: Array<EventStatus>, createdAt: string, id: string, title: string, startsAt: string, endsAt: string, venue: string, status: EventStatus, openTaskCount: number, version: number, organisers: Array<{ __typename?: 'EventOrganiser', membership: { __typename?: 'Membership', id: string, user: { __typename?: 'User', id: string, name: string }, organisation?: { __typename?: 'Organisation', id: string, name: string, shortName: string } | null } }>, tasks: Array<{ __typename?: 'Task', id: string, title: string, dueOn?: string | null, done: boolean, doneAt?: string | null, cooperationId: string, version: number, assignee?: { __typename?: 'TaskAssignee', id: string, name: string } | null, ownerPartner?: { __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } | null, event?: { __typename?: 'TaskEvent', id: string, title: string, startsAt: string } | null }>, series?: { __typename?: 'EventSeries', id: string, name: string } | null, leadPartner: { __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } } } };

export type UpdateEventMutationVariables = Exact<{
  input: UpdateEventInput;
}>;


export type UpdateEventMutation = { __typename?: 'Mutation', updateEvent: { __typename?: 'UpdateEventPayload', event: { __typename?: 'Event', address: string, capacity?: number | null, description: string, allowedTransitions: Array<EventStatus>, createdAt: string, id: string, title: string, startsAt: string, endsAt: string, venue: string, status: EventStatus, openTaskCount: number, version: number, organisers: Array<{ __typename?: 'EventOrganiser', membership: { __typename?: 'Membership', id: string, user: { __typename?: 'User', id: string, name: string }, organisation?: { __typename?: 'Organisation', id: string, name: string, shortName: string } | null } }>, tasks: Array<{ __typename?: 'Task', id: string, title: string, dueOn?: string | null, done: boolean, doneAt?: string | null, cooperationId: string, version: number, assignee?: { __typename?: 'TaskAssignee', id: string, name: string } | null, ownerPartner?: { __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } | null, event?: { __typename?: 'TaskEvent', id: string, title: string, startsAt: string } | null }>, series?: { __typename?: 'EventSeries', id: string, name: string } | null, leadPartner: { __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string } } } } };

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

export type UpdateMeMutationVariables = Exact<{
  input: UpdateMeInput;
}>;


export type UpdateMeMutation = { __typename?: 'Mutation', updateMe: { __typename?: 'UpdateMePayload', user: { __typename?: 'User', id: string, email: string, name: string, locale: Locale, isSystemAdmin: boolean, memberships: Array<{ __typename?: 'Membership', id: string, role: Role, active: boolean, cooperation: { __typename?: 'Cooperation', id: string, name: string }, organisation?: { __typename?: 'Organisation', id: string, name: string, shortName: string } | null }> } } };

export type SystemCooperationFragment = { __typename?: 'Cooperation', id: string, name: string, description: string, createdAt: string, partners: Array<{ __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string, kind: OrganisationKind } }> };

export type SystemCooperationsQueryVariables = Exact<{ [key: string]: never; }>;


export type SystemCooperationsQuery = { __typename?: 'Query', cooperations: Array<{ __typename?: 'Cooperation', id: string, name: string, description: string, createdAt: string, partners: Array<{ __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string, kind: OrganisationKind } }> }> };

export type CreateCooperationMutationVariables = Exact<{
  input: CreateCooperationInput;
}>;


export type CreateCooperationMutation = { __typename?: 'Mutation', createCooperation: { __typename?: 'CreateCooperationPayload', cooperation: { __typename?: 'Cooperation', id: string, name: string, description: string, createdAt: string, partners: Array<{ __typename?: 'Partner', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, shortName: string, kind: OrganisationKind } }> } } };

export const MemberFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Membership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitationExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"passwordSet"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]} as unknown as DocumentNode<MemberFieldsFragment, unknown>;
export const SessionUserFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"isSystemAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"cooperation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}}]} as unknown as DocumentNode<SessionUserFragment, unknown>;
export const PartnerFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]} as unknown as DocumentNode<PartnerFieldsFragment, unknown>;
export const SeriesFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SeriesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventSeries"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"usualMonth"}},{"kind":"Field","name":{"kind":"Name","value":"eventCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"defaultLeadPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taskTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"daysBefore"}},{"kind":"Field","name":{"kind":"Name","value":"ownerPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]} as unknown as DocumentNode<SeriesFieldsFragment, unknown>;
export const EventListFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openTaskCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]} as unknown as DocumentNode<EventListFieldsFragment, unknown>;
export const TaskFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]} as unknown as DocumentNode<TaskFieldsFragment, unknown>;
export const EventDetailFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventListFields"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openTaskCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}}]} as unknown as DocumentNode<EventDetailFieldsFragment, unknown>;
export const SystemCooperationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SystemCooperation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cooperation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<SystemCooperationFragment, unknown>;
export const AuditEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cooperationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cooperationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cooperationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"old"}},{"kind":"Field","name":{"kind":"Name","value":"new"}},{"kind":"Field","name":{"kind":"Name","value":"redacted"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditEntriesQuery, AuditEntriesQueryVariables>;
export const MembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Members"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cooperationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MemberFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cooperationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cooperationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Membership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitationExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"passwordSet"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]} as unknown as DocumentNode<MembersQuery, MembersQueryVariables>;
export const OrganisationOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cooperationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cooperationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cooperationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"isPartner"}}]}}]}}]}}]} as unknown as DocumentNode<OrganisationOptionsQuery, OrganisationOptionsQueryVariables>;
export const InviteMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Membership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitationExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"passwordSet"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]} as unknown as DocumentNode<InviteMemberMutation, InviteMemberMutationVariables>;
export const UpdateMemberRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMemberRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMemberRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMemberRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Membership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitationExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"passwordSet"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]} as unknown as DocumentNode<UpdateMemberRoleMutation, UpdateMemberRoleMutationVariables>;
export const SetMemberActiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMemberActive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetMemberActiveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMemberActive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Membership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitationExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"passwordSet"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]} as unknown as DocumentNode<SetMemberActiveMutation, SetMemberActiveMutationVariables>;
export const ResendInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResendInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResendInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<ResendInvitationMutation, ResendInvitationMutationVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionUser"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"isSystemAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"cooperation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const RefreshSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionUser"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"isSystemAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"cooperation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}}]} as unknown as DocumentNode<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}}]}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const PasswordTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PasswordToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passwordToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<PasswordTokenQuery, PasswordTokenQueryVariables>;
export const SetPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionUser"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"isSystemAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"cooperation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}}]} as unknown as DocumentNode<SetPasswordMutation, SetPasswordMutationVariables>;
export const RequestPasswordResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestPasswordResetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}}]}}]}}]} as unknown as DocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const CooperationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Cooperations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CooperationsQuery, CooperationsQueryVariables>;
export const CooperationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Cooperation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"myRole"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CooperationQuery, CooperationQueryVariables>;
export const EventSeriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventSeries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cooperationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cooperationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cooperationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SeriesFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SeriesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventSeries"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"usualMonth"}},{"kind":"Field","name":{"kind":"Name","value":"eventCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"defaultLeadPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taskTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"daysBefore"}},{"kind":"Field","name":{"kind":"Name","value":"ownerPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerFields"}}]}}]}}]}}]} as unknown as DocumentNode<EventSeriesQuery, EventSeriesQueryVariables>;
export const EventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Events"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cooperationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EventFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EventOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cooperationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cooperationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventListFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openTaskCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerFields"}}]}}]}}]} as unknown as DocumentNode<EventsQuery, EventsQueryVariables>;
export const CalendarEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CalendarEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cooperationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EventFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cooperationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cooperationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<CalendarEventsQuery, CalendarEventsQueryVariables>;
export const EventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Event"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openTaskCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventListFields"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}}]}}]} as unknown as DocumentNode<EventQuery, EventQueryVariables>;
export const MyTasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyTasks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"done"},"value":{"kind":"BooleanValue","value":false}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}}]} as unknown as DocumentNode<MyTasksQuery, MyTasksQueryVariables>;
export const AssigneeOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssigneeOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cooperationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cooperationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cooperationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"active"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AssigneeOptionsQuery, AssigneeOptionsQueryVariables>;
export const CreateEventSeriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateEventSeries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEventSeriesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEventSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventSeries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SeriesFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SeriesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventSeries"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"usualMonth"}},{"kind":"Field","name":{"kind":"Name","value":"eventCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"defaultLeadPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taskTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"daysBefore"}},{"kind":"Field","name":{"kind":"Name","value":"ownerPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerFields"}}]}}]}}]}}]} as unknown as DocumentNode<CreateEventSeriesMutation, CreateEventSeriesMutationVariables>;
export const UpdateEventSeriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateEventSeries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEventSeriesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEventSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventSeries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SeriesFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SeriesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventSeries"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"usualMonth"}},{"kind":"Field","name":{"kind":"Name","value":"eventCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"defaultLeadPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taskTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"daysBefore"}},{"kind":"Field","name":{"kind":"Name","value":"ownerPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerFields"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateEventSeriesMutation, UpdateEventSeriesMutationVariables>;
export const CreateEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventDetailFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openTaskCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventListFields"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}}]}}]} as unknown as DocumentNode<CreateEventMutation, CreateEventMutationVariables>;
export const UpdateEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventDetailFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openTaskCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventListFields"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}}]}}]} as unknown as DocumentNode<UpdateEventMutation, UpdateEventMutationVariables>;
export const ChangeEventStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeEventStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeEventStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeEventStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<ChangeEventStatusMutation, ChangeEventStatusMutationVariables>;
export const CreateTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}}]} as unknown as DocumentNode<CreateTaskMutation, CreateTaskMutationVariables>;
export const UpdateTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}}]} as unknown as DocumentNode<UpdateTaskMutation, UpdateTaskMutationVariables>;
export const DeleteTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteTaskMutation, DeleteTaskMutationVariables>;
export const UpdateMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMe"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMe"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionUser"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"isSystemAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"cooperation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateMeMutation, UpdateMeMutationVariables>;
export const SystemCooperationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SystemCooperations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SystemCooperation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SystemCooperation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cooperation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<SystemCooperationsQuery, SystemCooperationsQueryVariables>;
export const CreateCooperationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCooperation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCooperationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCooperation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SystemCooperation"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SystemCooperation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cooperation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<CreateCooperationMutation, CreateCooperationMutationVariables>;