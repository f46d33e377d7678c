/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AuditEntries($cooperationId: ID!, $filter: AuditFilter, $limit: Int, $offset: Int) {\n    auditEntries(cooperationId: $cooperationId, filter: $filter, limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        id\n        at\n        actorName\n        action\n        entityType\n        entityId\n        changes {\n          field\n          old\n          new\n          redacted\n        }\n      }\n    }\n  }\n": typeof types.AuditEntriesDocument,
    "\n  fragment MemberFields on Membership {\n    id\n    role\n    active\n    version\n    createdAt\n    invitationExpiresAt\n    user {\n      id\n      name\n      email\n      passwordSet\n    }\n    organisation {\n      id\n      name\n      shortName\n    }\n  }\n": typeof types.MemberFieldsFragmentDoc,
    "\n  query Members($cooperationId: ID!, $filter: MemberFilter, $limit: Int, $offset: Int) {\n    members(cooperationId: $cooperationId, filter: $filter, limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        ...MemberFields\n      }\n    }\n  }\n": typeof types.MembersDocument,
    "\n  query OrganisationOptions($cooperationId: ID!) {\n    organisations(cooperationId: $cooperationId, limit: 200) {\n      totalCount\n      items {\n        id\n        name\n        shortName\n        isPartner\n      }\n    }\n  }\n": typeof types.OrganisationOptionsDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      membership {\n        ...MemberFields\n      }\n    }\n  }\n": typeof types.InviteMemberDocument,
    "\n  mutation UpdateMemberRole($input: UpdateMemberRoleInput!) {\n    updateMemberRole(input: $input) {\n      membership {\n        ...MemberFields\n      }\n    }\n  }\n": typeof types.UpdateMemberRoleDocument,
    "\n  mutation SetMemberActive($input: SetMemberActiveInput!) {\n    setMemberActive(input: $input) {\n      membership {\n        ...MemberFields\n      }\n    }\n  }\n": typeof types.SetMemberActiveDocument,
    "\n  mutation ResendInvitation($input: ResendInvitationInput!) {\n    resendInvitation(input: $input) {\n      membership {\n        id\n        version\n      }\n    }\n  }\n": typeof types.ResendInvitationDocument,
    "\n  fragment SessionUser on User {\n    id\n    email\n    name\n    locale\n    isSystemAdmin\n    memberships {\n      id\n      role\n      active\n      cooperation {\n        id\n        name\n      }\n      organisation {\n        id\n        name\n        shortName\n      }\n    }\n  }\n": typeof types.SessionUserFragmentDoc,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresAt\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation RefreshSession {\n    refreshSession {\n      accessToken\n      expiresAt\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  mutation Logout {\n    logout {\n      ok\n    }\n  }\n": typeof types.LogoutDocument,
    "\n  query PasswordToken($token: String!) {\n    passwordToken(token: $token) {\n      email\n      name\n      purpose\n      expiresAt\n    }\n  }\n": typeof types.PasswordTokenDocument,
    "\n  mutation SetPassword($input: SetPasswordInput!) {\n    setPassword(input: $input) {\n      accessToken\n      expiresAt\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": typeof types.SetPasswordDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      ok\n    }\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  query Cooperations {\n    cooperations {\n      id\n      name\n    }\n  }\n": typeof types.CooperationsDocument,
    "\n  query Cooperation($id: ID!) {\n    cooperation(id: $id) {\n      id\n      name\n      description\n      myRole\n      version\n      partners {\n        id\n        position\n        organisation {\n          id\n          name\n          shortName\n          kind\n        }\n      }\n    }\n  }\n": typeof types.CooperationDocument,
    "\n  fragment PartnerFields on Partner {\n    id\n    organisation {\n      id\n      name\n      shortName\n    }\n  }\n": typeof types.PartnerFieldsFragmentDoc,
    "\n  fragment SeriesFields on EventSeries {\n    id\n    name\n    description\n    usualMonth\n    eventCount\n    version\n    defaultLeadPartner {\n      ...PartnerFields\n    }\n    taskTemplate {\n      title\n      daysBefore\n      ownerPartner {\n        ...PartnerFields\n      }\n    }\n  }\n": typeof types.SeriesFieldsFragmentDoc,
    "\n  fragment EventListFields on Event {\n    id\n    title\n    startsAt\n    endsAt\n    venue\n    status\n    openTaskCount\n    version\n    series {\n      id\n      name\n    }\n    leadPartner {\n      ...PartnerFields\n    }\n  }\n": typeof types.EventListFieldsFragmentDoc,
    "\n  fragment TaskFields on Task {\n    id\n    title\n    dueOn\n    done\n    doneAt\n    cooperationId\n    version\n    assignee {\n      id\n      name\n    }\n    ownerPartner {\n      ...PartnerFields\n    }\n    event {\n      id\n      title\n      startsAt\n    }\n  }\n": typeof types.TaskFieldsFragmentDoc,
    "\n  fragment EventDetailFields on Event {\n    ...EventListFields\n    address\n    capacity\n    description\n    allowedTransitions\n    createdAt\n    organisers {\n      membership {\n        id\n        user {\n          id\n          name\n        }\n        organisation {\n          id\n          name\n          shortName\n        }\n      }\n    }\n    tasks {\n      ...TaskFields\n    }\n  }\n": typeof types.EventDetailFieldsFragmentDoc,
    "\n  query EventSeries($cooperationId: ID!) {\n    eventSeries(cooperationId: $cooperationId) {\n      ...SeriesFields\n    }\n  }\n": typeof types.EventSeriesDocument,
    "\n  query Events($cooperationId: ID!, $filter: EventFilter, $orderBy: EventOrder, $limit: Int, $offset: Int) {\n    events(cooperationId: $cooperationId, filter: $filter, orderBy: $orderBy, limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        ...EventListFields\n      }\n    }\n  }\n": typeof types.EventsDocument,
    "\n  query CalendarEvents($cooperationId: ID!, $filter: EventFilter) {\n    events(cooperationId: $cooperationId, filter: $filter, limit: 200) {\n      totalCount\n      items {\n        id\n        title\n        startsAt\n        endsAt\n        status\n      }\n    }\n  }\n": typeof types.CalendarEventsDocument,
    "\n  query Event($id: ID!) {\n    event(id: $id) {\n      ...EventDetailFields\n    }\n  }\n": typeof types.EventDocument,
    "\n  query MyTasks($limit: Int) {\n    myTasks(done: false, limit: $limit) {\n      totalCount\n      items {\n        ...TaskFields\n      }\n    }\n  }\n": typeof types.MyTasksDocument,
    "\n  query AssigneeOptions($cooperationId: ID!) {\n    members(cooperationId: $cooperationId, filter: { active: true }, limit: 200) {\n      totalCount\n      items {\n        id\n        role\n        user {\n          id\n          name\n        }\n        organisation {\n          id\n          shortName\n          name\n        }\n      }\n    }\n  }\n": typeof types.AssigneeOptionsDocument,
    "\n  mutation CreateEventSeries($input: CreateEventSeriesInput!) {\n    createEventSeries(input: $input) {\n      eventSeries {\n        ...SeriesFields\n      }\n    }\n  }\n": typeof types.CreateEventSeriesDocument,
    "\n  mutation UpdateEventSeries($input: UpdateEventSeriesInput!) {\n    updateEventSeries(input: $input) {\n      eventSeries {\n        ...SeriesFields\n      }\n    }\n  }\n": typeof types.UpdateEventSeriesDocument,
    "\n  mutation CreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      event {\n        ...EventDetailFields\n      }\n    }\n  }\n": typeof types.CreateEventDocument,
    "\n  mutation UpdateEvent($input: UpdateEventInput!) {\n    updateEvent(input: $input) {\n      event {\n        ...EventDetailFields\n      }\n    }\n  }\n": typeof types.UpdateEventDocument,
    "\n  mutation ChangeEventStatus($input: ChangeEventStatusInput!) {\n    changeEventStatus(input: $input) {\n      event {\n        id\n        status\n        allowedTransitions\n        version\n      }\n    }\n  }\n": typeof types.ChangeEventStatusDocument,
    "\n  mutation CreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      task {\n        ...TaskFields\n      }\n    }\n  }\n": typeof types.CreateTaskDocument,
    "\n  mutation UpdateTask($input: UpdateTaskInput!) {\n    updateTask(input: $input) {\n      task {\n        ...TaskFields\n      }\n    }\n  }\n": typeof types.UpdateTaskDocument,
    "\n  mutation DeleteTask($input: DeleteTaskInput!) {\n    deleteTask(input: $input) {\n      id\n    }\n  }\n": typeof types.DeleteTaskDocument,
    "\n  mutation UpdateMe($input: UpdateMeInput!) {\n    updateMe(input: $input) {\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": typeof types.UpdateMeDocument,
    "\n  fragment SystemCooperation on Cooperation {\n    id\n    name\n    description\n    createdAt\n    partners {\n      id\n      organisation {\n        id\n        name\n        shortName\n        kind\n      }\n    }\n  }\n": typeof types.SystemCooperationFragmentDoc,
    "\n  query SystemCooperations {\n    cooperations {\n      ...SystemCooperation\n    }\n  }\n": typeof types.SystemCooperationsDocument,
    "\n  mutation CreateCooperation($input: CreateCooperationInput!) {\n    createCooperation(input: $input) {\n      cooperation {\n        ...SystemCooperation\n      }\n    }\n  }\n": typeof types.CreateCooperationDocument,
};
const documents: Documents = {
    "\n  query AuditEntries($cooperationId: ID!, $filter: AuditFilter, $limit: Int, $offset: Int) {\n    auditEntries(cooperationId: $cooperationId, filter: $filter, limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        id\n        at\n        actorName\n        action\n        entityType\n        entityId\n        changes {\n          field\n          old\n          new\n          redacted\n        }\n      }\n    }\n  }\n": types.AuditEntriesDocument,
    "\n  fragment MemberFields on Membership {\n    id\n    role\n    active\n    version\n    createdAt\n    invitationExpiresAt\n    user {\n      id\n      name\n      email\n      passwordSet\n    }\n    organisation {\n      id\n      name\n      shortName\n    }\n  }\n": types.MemberFieldsFragmentDoc,
    "\n  query Members($cooperationId: ID!, $filter: MemberFilter, $limit: Int, $offset: Int) {\n    members(cooperationId: $cooperationId, filter: $filter, limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        ...MemberFields\n      }\n    }\n  }\n": types.MembersDocument,
    "\n  query OrganisationOptions($cooperationId: ID!) {\n    organisations(cooperationId: $cooperationId, limit: 200) {\n      totalCount\n      items {\n        id\n        name\n        shortName\n        isPartner\n      }\n    }\n  }\n": types.OrganisationOptionsDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      membership {\n        ...MemberFields\n      }\n    }\n  }\n": types.InviteMemberDocument,
    "\n  mutation UpdateMemberRole($input: UpdateMemberRoleInput!) {\n    updateMemberRole(input: $input) {\n      membership {\n        ...MemberFields\n      }\n    }\n  }\n": types.UpdateMemberRoleDocument,
    "\n  mutation SetMemberActive($input: SetMemberActiveInput!) {\n    setMemberActive(input: $input) {\n      membership {\n        ...MemberFields\n      }\n    }\n  }\n": types.SetMemberActiveDocument,
    "\n  mutation ResendInvitation($input: ResendInvitationInput!) {\n    resendInvitation(input: $input) {\n      membership {\n        id\n        version\n      }\n    }\n  }\n": types.ResendInvitationDocument,
    "\n  fragment SessionUser on User {\n    id\n    email\n    name\n    locale\n    isSystemAdmin\n    memberships {\n      id\n      role\n      active\n      cooperation {\n        id\n        name\n      }\n      organisation {\n        id\n        name\n        shortName\n      }\n    }\n  }\n": types.SessionUserFragmentDoc,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresAt\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation RefreshSession {\n    refreshSession {\n      accessToken\n      expiresAt\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  mutation Logout {\n    logout {\n      ok\n    }\n  }\n": types.LogoutDocument,
    "\n  query PasswordToken($token: String!) {\n    passwordToken(token: $token) {\n      email\n      name\n      purpose\n      expiresAt\n    }\n  }\n": types.PasswordTokenDocument,
    "\n  mutation SetPassword($input: SetPasswordInput!) {\n    setPassword(input: $input) {\n      accessToken\n      expiresAt\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": types.SetPasswordDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      ok\n    }\n  }\n": types.RequestPasswordResetDocument,
    "\n  query Cooperations {\n    cooperations {\n      id\n      name\n    }\n  }\n": types.CooperationsDocument,
    "\n  query Cooperation($id: ID!) {\n    cooperation(id: $id) {\n      id\n      name\n      description\n      myRole\n      version\n      partners {\n        id\n        position\n        organisation {\n          id\n          name\n          shortName\n          kind\n        }\n      }\n    }\n  }\n": types.CooperationDocument,
    "\n  fragment PartnerFields on Partner {\n    id\n    organisation {\n      id\n      name\n      shortName\n    }\n  }\n": types.PartnerFieldsFragmentDoc,
    "\n  fragment SeriesFields on EventSeries {\n    id\n    name\n    description\n    usualMonth\n    eventCount\n    version\n    defaultLeadPartner {\n      ...PartnerFields\n    }\n    taskTemplate {\n      title\n      daysBefore\n      ownerPartner {\n        ...PartnerFields\n      }\n    }\n  }\n": types.SeriesFieldsFragmentDoc,
    "\n  fragment EventListFields on Event {\n    id\n    title\n    startsAt\n    endsAt\n    venue\n    status\n    openTaskCount\n    version\n    series {\n      id\n      name\n    }\n    leadPartner {\n      ...PartnerFields\n    }\n  }\n": types.EventListFieldsFragmentDoc,
    "\n  fragment TaskFields on Task {\n    id\n    title\n    dueOn\n    done\n    doneAt\n    cooperationId\n    version\n    assignee {\n      id\n      name\n    }\n    ownerPartner {\n      ...PartnerFields\n    }\n    event {\n      id\n      title\n      startsAt\n    }\n  }\n": types.TaskFieldsFragmentDoc,
    "\n  fragment EventDetailFields on Event {\n    ...EventListFields\n    address\n    capacity\n    description\n    allowedTransitions\n    createdAt\n    organisers {\n      membership {\n        id\n        user {\n          id\n          name\n        }\n        organisation {\n          id\n          name\n          shortName\n        }\n      }\n    }\n    tasks {\n      ...TaskFields\n    }\n  }\n": types.EventDetailFieldsFragmentDoc,
    "\n  query EventSeries($cooperationId: ID!) {\n    eventSeries(cooperationId: $cooperationId) {\n      ...SeriesFields\n    }\n  }\n": types.EventSeriesDocument,
    "\n  query Events($cooperationId: ID!, $filter: EventFilter, $orderBy: EventOrder, $limit: Int, $offset: Int) {\n    events(cooperationId: $cooperationId, filter: $filter, orderBy: $orderBy, limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        ...EventListFields\n      }\n    }\n  }\n": types.EventsDocument,
    "\n  query CalendarEvents($cooperationId: ID!, $filter: EventFilter) {\n    events(cooperationId: $cooperationId, filter: $filter, limit: 200) {\n      totalCount\n      items {\n        id\n        title\n        startsAt\n        endsAt\n        status\n      }\n    }\n  }\n": types.CalendarEventsDocument,
    "\n  query Event($id: ID!) {\n    event(id: $id) {\n      ...EventDetailFields\n    }\n  }\n": types.EventDocument,
    "\n  query MyTasks($limit: Int) {\n    myTasks(done: false, limit: $limit) {\n      totalCount\n      items {\n        ...TaskFields\n      }\n    }\n  }\n": types.MyTasksDocument,
    "\n  query AssigneeOptions($cooperationId: ID!) {\n    members(cooperationId: $cooperationId, filter: { active: true }, limit: 200) {\n      totalCount\n      items {\n        id\n        role\n        user {\n          id\n          name\n        }\n        organisation {\n          id\n          shortName\n          name\n        }\n      }\n    }\n  }\n": types.AssigneeOptionsDocument,
    "\n  mutation CreateEventSeries($input: CreateEventSeriesInput!) {\n    createEventSeries(input: $input) {\n      eventSeries {\n        ...SeriesFields\n      }\n    }\n  }\n": types.CreateEventSeriesDocument,
    "\n  mutation UpdateEventSeries($input: UpdateEventSeriesInput!) {\n    updateEventSeries(input: $input) {\n      eventSeries {\n        ...SeriesFields\n      }\n    }\n  }\n": types.UpdateEventSeriesDocument,
    "\n  mutation CreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      event {\n        ...EventDetailFields\n      }\n    }\n  }\n": types.CreateEventDocument,
    "\n  mutation UpdateEvent($input: UpdateEventInput!) {\n    updateEvent(input: $input) {\n      event {\n        ...EventDetailFields\n      }\n    }\n  }\n": types.UpdateEventDocument,
    "\n  mutation ChangeEventStatus($input: ChangeEventStatusInput!) {\n    changeEventStatus(input: $input) {\n      event {\n        id\n        status\n        allowedTransitions\n        version\n      }\n    }\n  }\n": types.ChangeEventStatusDocument,
    "\n  mutation CreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      task {\n        ...TaskFields\n      }\n    }\n  }\n": types.CreateTaskDocument,
    "\n  mutation UpdateTask($input: UpdateTaskInput!) {\n    updateTask(input: $input) {\n      task {\n        ...TaskFields\n      }\n    }\n  }\n": types.UpdateTaskDocument,
    "\n  mutation DeleteTask($input: DeleteTaskInput!) {\n    deleteTask(input: $input) {\n      id\n    }\n  }\n": types.DeleteTaskDocument,
    "\n  mutation UpdateMe($input: UpdateMeInput!) {\n    updateMe(input: $input) {\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": types.UpdateMeDocument,
    "\n  fragment SystemCooperation on Cooperation {\n    id\n    name\n    description\n    createdAt\n    partners {\n      id\n      organisation {\n        id\n        name\n        shortName\n        kind\n      }\n    }\n  }\n": types.SystemCooperationFragmentDoc,
    "\n  query SystemCooperations {\n    cooperations {\n      ...SystemCooperation\n    }\n  }\n": types.SystemCooperationsDocument,
    "\n  mutation CreateCooperation($input: CreateCooperationInput!) {\n    createCooperation(input: $input) {\n      cooperation {\n        ...SystemCooperation\n      }\n    }\n  }\n": types.CreateCooperationDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEntries($cooperationId: ID!, $filter: AuditFilter, $limit: Int, $offset: Int) {\n    auditEntries(cooperationId: $cooperationId, filter: $filter, limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        id\n        at\n        actorName\n        action\n        entityType\n        entityId\n        changes {\n          field\n          old\n          new\n          redacted\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditEntries($cooperationId: ID!, $filter: AuditFilter, $limit: Int, $offset: Int) {\n    auditEntries(cooperationId: $cooperationId, filter: $filter, limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        id\n        at\n        actorName\n        action\n        entityType\n        entityId\n        changes {\n          field\n          old\n          new\n          redacted\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberFields on Membership {\n    id\n    role\n    active\n    version\n    createdAt\n    invitationExpiresAt\n    user {\n      id\n      name\n      email\n      passwordSet\n    }\n    organisation {\n      id\n      name\n      shortName\n    }\n  }\n"): (typeof documents)["\n  fragment MemberFields on Membership {\n    id\n    role\n    active\n    version\n    createdAt\n    invitationExpiresAt\n    user {\n      id\n      name\n      email\n      passwordSet\n    }\n    organisation {\n      id\n      name\n      shortName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Members($cooperationId: ID!, $filter: MemberFilter, $limit: Int, $offset: Int) {\n    members(cooperationId: $cooperationId, filter: $filter, limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        ...MemberFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Members($cooperationId: ID!, $filter: MemberFilter, $limit: Int, $offset: Int) {\n    members(cooperationId: $cooperationId, filter: $filter, limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        ...MemberFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationOptions($cooperationId: ID!) {\n    organisations(cooperationId: $cooperationId, limit: 200) {\n      totalCount\n      items {\n        id\n        name\n        shortName\n        isPartner\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganisationOptions($cooperationId: ID!) {\n    organisations(cooperationId: $cooperationId, limit: 200) {\n      totalCount\n      items {\n        id\n        name\n        shortName\n        isPartner\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      membership {\n        ...MemberFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      membership {\n        ...MemberFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMemberRole($input: UpdateMemberRoleInput!) {\n    updateMemberRole(input: $input) {\n      membership {\n        ...MemberFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMemberRole($input: UpdateMemberRoleInput!) {\n    updateMemberRole(input: $input) {\n      membership {\n        ...MemberFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMemberActive($input: SetMemberActiveInput!) {\n    setMemberActive(input: $input) {\n      membership {\n        ...MemberFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetMemberActive($input: SetMemberActiveInput!) {\n    setMemberActive(input: $input) {\n      membership {\n        ...MemberFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendInvitation($input: ResendInvitationInput!) {\n    resendInvitation(input: $input) {\n      membership {\n        id\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResendInvitation($input: ResendInvitationInput!) {\n    resendInvitation(input: $input) {\n      membership {\n        id\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionUser on User {\n    id\n    email\n    name\n    locale\n    isSystemAdmin\n    memberships {\n      id\n      role\n      active\n      cooperation {\n        id\n        name\n      }\n      organisation {\n        id\n        name\n        shortName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SessionUser on User {\n    id\n    email\n    name\n    locale\n    isSystemAdmin\n    memberships {\n      id\n      role\n      active\n      cooperation {\n        id\n        name\n      }\n      organisation {\n        id\n        name\n        shortName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresAt\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresAt\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession {\n    refreshSession {\n      accessToken\n      expiresAt\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshSession {\n    refreshSession {\n      accessToken\n      expiresAt\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout {\n      ok\n    }\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout {\n      ok\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PasswordToken($token: String!) {\n    passwordToken(token: $token) {\n      email\n      name\n      purpose\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query PasswordToken($token: String!) {\n    passwordToken(token: $token) {\n      email\n      name\n      purpose\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPassword($input: SetPasswordInput!) {\n    setPassword(input: $input) {\n      accessToken\n      expiresAt\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetPassword($input: SetPasswordInput!) {\n    setPassword(input: $input) {\n      accessToken\n      expiresAt\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      ok\n    }\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      ok\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Cooperations {\n    cooperations {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query Cooperations {\n    cooperations {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Cooperation($id: ID!) {\n    cooperation(id: $id) {\n      id\n      name\n      description\n      myRole\n      version\n      partners {\n        id\n        position\n        organisation {\n          id\n          name\n          shortName\n          kind\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Cooperation($id: ID!) {\n    cooperation(id: $id) {\n      id\n      name\n      description\n      myRole\n      version\n      partners {\n        id\n        position\n        organisation {\n          id\n          name\n          shortName\n          kind\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartnerFields on Partner {\n    id\n    organisation {\n      id\n      name\n      shortName\n    }\n  }\n"): (typeof documents)["\n  fragment PartnerFields on Partner {\n    id\n    organisation {\n      id\n      name\n      shortName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SeriesFields on EventSeries {\n    id\n    name\n    description\n    usualMonth\n    eventCount\n    version\n    defaultLeadPartner {\n      ...PartnerFields\n    }\n    taskTemplate {\n      title\n      daysBefore\n      ownerPartner {\n        ...PartnerFields\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SeriesFields on EventSeries {\n    id\n    name\n    description\n    usualMonth\n    eventCount\n    version\n    defaultLeadPartner {\n      ...PartnerFields\n    }\n    taskTemplate {\n      title\n      daysBefore\n      ownerPartner {\n        ...PartnerFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EventListFields on Event {\n    id\n    title\n    startsAt\n    endsAt\n    venue\n    status\n    openTaskCount\n    version\n    series {\n      id\n      name\n    }\n    leadPartner {\n      ...PartnerFields\n    }\n  }\n"): (typeof documents)["\n  fragment EventListFields on Event {\n    id\n    title\n    startsAt\n    endsAt\n    venue\n    status\n    openTaskCount\n    version\n    series {\n      id\n      name\n    }\n    leadPartner {\n      ...PartnerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TaskFields on Task {\n    id\n    title\n    dueOn\n    done\n    doneAt\n    cooperationId\n    version\n    assignee {\n      id\n      name\n    }\n    ownerPartner {\n      ...PartnerFields\n    }\n    event {\n      id\n      title\n      startsAt\n    }\n  }\n"): (typeof documents)["\n  fragment TaskFields on Task {\n    id\n    title\n    dueOn\n    done\n    doneAt\n    cooperationId\n    version\n    assignee {\n      id\n      name\n    }\n    ownerPartner {\n      ...PartnerFields\n    }\n    event {\n      id\n      title\n      startsAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EventDetailFields on Event {\n    ...EventListFields\n    address\n    capacity\n    description\n    allowedTransitions\n    createdAt\n    organisers {\n      membership {\n        id\n        user {\n          id\n          name\n        }\n        organisation {\n          id\n          name\n          shortName\n        }\n      }\n    }\n    tasks {\n      ...TaskFields\n    }\n  }\n"): (typeof documents)["\n  fragment EventDetailFields on Event {\n    ...EventListFields\n    address\n    capacity\n    description\n    allowedTransitions\n    createdAt\n    organisers {\n      membership {\n        id\n        user {\n          id\n          name\n        }\n        organisation {\n          id\n          name\n          shortName\n        }\n      }\n    }\n    tasks {\n      ...TaskFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventSeries($cooperationId: ID!) {\n    eventSeries(cooperationId: $cooperationId) {\n      ...SeriesFields\n    }\n  }\n"): (typeof documents)["\n  query EventSeries($cooperationId: ID!) {\n    eventSeries(cooperationId: $cooperationId) {\n      ...SeriesFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Events($cooperationId: ID!, $filter: EventFilter, $orderBy: EventOrder, $limit: Int, $offset: Int) {\n    events(cooperationId: $cooperationId, filter: $filter, orderBy: $orderBy, limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        ...EventListFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Events($cooperationId: ID!, $filter: EventFilter, $orderBy: EventOrder, $limit: Int, $offset: Int) {\n    events(cooperationId: $cooperationId, filter: $filter, orderBy: $orderBy, limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        ...EventListFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarEvents($cooperationId: ID!, $filter: EventFilter) {\n    events(cooperationId: $cooperationId, filter: $filter, limit: 200) {\n      totalCount\n      items {\n        id\n        title\n        startsAt\n        endsAt\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query CalendarEvents($cooperationId: ID!, $filter: EventFilter) {\n    events(cooperationId: $cooperationId, filter: $filter, limit: 200) {\n      totalCount\n      items {\n        id\n        title\n        startsAt\n        endsAt\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Event($id: ID!) {\n    event(id: $id) {\n      ...EventDetailFields\n    }\n  }\n"): (typeof documents)["\n  query Event($id: ID!) {\n    event(id: $id) {\n      ...EventDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTasks($limit: Int) {\n    myTasks(done: false, limit: $limit) {\n      totalCount\n      items {\n        ...TaskFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyTasks($limit: Int) {\n    myTasks(done: false, limit: $limit) {\n      totalCount\n      items {\n        ...TaskFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssigneeOptions($cooperationId: ID!) {\n    members(cooperationId: $cooperationId, filter: { active: true }, limit: 200) {\n      totalCount\n      items {\n        id\n        role\n        user {\n          id\n          name\n        }\n        organisation {\n          id\n          shortName\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AssigneeOptions($cooperationId: ID!) {\n    members(cooperationId: $cooperationId, filter: { active: true }, limit: 200) {\n      totalCount\n      items {\n        id\n        role\n        user {\n          id\n          name\n        }\n        organisation {\n          id\n          shortName\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateEventSeries($input: CreateEventSeriesInput!) {\n    createEventSeries(input: $input) {\n      eventSeries {\n        ...SeriesFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateEventSeries($input: CreateEventSeriesInput!) {\n    createEventSeries(input: $input) {\n      eventSeries {\n        ...SeriesFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEventSeries($input: UpdateEventSeriesInput!) {\n    updateEventSeries(input: $input) {\n      eventSeries {\n        ...SeriesFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateEventSeries($input: UpdateEventSeriesInput!) {\n    updateEventSeries(input: $input) {\n      eventSeries {\n        ...SeriesFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      event {\n        ...EventDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      event {\n        ...EventDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEvent($input: UpdateEventInput!) {\n    updateEvent(input: $input) {\n      event {\n        ...EventDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateEvent($input: UpdateEventInput!) {\n    updateEvent(input: $input) {\n      event {\n        ...EventDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeEventStatus($input: ChangeEventStatusInput!) {\n    changeEventStatus(input: $input) {\n      event {\n        id\n        status\n        allowedTransitions\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeEventStatus($input: ChangeEventStatusInput!) {\n    changeEventStatus(input: $input) {\n      event {\n        id\n        status\n        allowedTransitions\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      task {\n        ...TaskFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      task {\n        ...TaskFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTask($input: UpdateTaskInput!) {\n    updateTask(input: $input) {\n      task {\n        ...TaskFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTask($input: UpdateTaskInput!) {\n    updateTask(input: $input) {\n      task {\n        ...TaskFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteTask($input: DeleteTaskInput!) {\n    deleteTask(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteTask($input: DeleteTaskInput!) {\n    deleteTask(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMe($input: UpdateMeInput!) {\n    updateMe(input: $input) {\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMe($input: UpdateMeInput!) {\n    updateMe(input: $input) {\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SystemCooperation on Cooperation {\n    id\n    name\n    description\n    createdAt\n    partners {\n      id\n      organisation {\n        id\n        name\n        shortName\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SystemCooperation on Cooperation {\n    id\n    name\n    description\n    createdAt\n    partners {\n      id\n      organisation {\n        id\n        name\n        shortName\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SystemCooperations {\n    cooperations {\n      ...SystemCooperation\n    }\n  }\n"): (typeof documents)["\n  query SystemCooperations {\n    cooperations {\n      ...SystemCooperation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCooperation($input: CreateCooperationInput!) {\n    createCooperation(input: $input) {\n      cooperation {\n        ...SystemCooperation\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCooperation($input: CreateCooperationInput!) {\n    createCooperation(input: $input) {\n      cooperation {\n        ...SystemCooperation\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;