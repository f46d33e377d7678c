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
    "\n  fragment MemberFields on Membership {\n    id\n    role\n    active\n    version\n    createdAt\n    invitationExpiresAt\n    user {\n      id\n      name\n      email\n      passwordSet\n      erased\n    }\n    organisation {\n      id\n      name\n      shortName\n    }\n  }\n": typeof types.MemberFieldsFragmentDoc,
    "\n  query Members($cooperationId: ID!, $filter: MemberFilter, $limit: Int, $offset: Int) {\n    members(cooperationId: $cooperationId, filter: $filter, limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        ...MemberFields\n      }\n    }\n  }\n": typeof types.MembersDocument,
    "\n  query OrganisationOptions($cooperationId: ID!) {\n    organisations(cooperationId: $cooperationId, limit: 200) {\n      totalCount\n      items {\n        id\n        name\n        shortName\n        isPartner\n      }\n    }\n  }\n": typeof types.OrganisationOptionsDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      membership {\n        ...MemberFields\n      }\n    }\n  }\n": typeof types.InviteMemberDocument,
    "\n  mutation UpdateMemberRole($input: UpdateMemberRoleInput!) {\n    updateMemberRole(input: $input) {\n      membership {\n        ...MemberFields\n      }\n    }\n  }\n": typeof types.UpdateMemberRoleDocument,
    "\n  mutation SetMemberActive($input: SetMemberActiveInput!) {\n    setMemberActive(input: $input) {\n      membership {\n        ...MemberFields\n      }\n    }\n  }\n": typeof types.SetMemberActiveDocument,
    "\n  mutation ResendInvitation($input: ResendInvitationInput!) {\n    resendInvitation(input: $input) {\n      membership {\n        id\n        version\n      }\n    }\n  }\n": typeof types.ResendInvitationDocument,
    "\n  fragment AgreementHeadFields on Agreement {\n    id\n    cooperationId\n    title\n    validFrom\n    validUntil\n    status\n    predecessorId\n    successorId\n    signedAt\n    canManage\n  }\n": typeof types.AgreementHeadFieldsFragmentDoc,
    "\n  fragment AgreementFields on Agreement {\n    ...AgreementHeadFields\n    body\n    signedByName\n    years\n    canSign\n    version\n    parties {\n      partner {\n        id\n        position\n        organisation {\n          id\n          name\n          shortName\n        }\n      }\n      signatory\n      signedOn\n    }\n    commitments {\n      id\n      agreementId\n      position\n      title\n      description\n      recurring\n      carriedFromId\n      version\n      years {\n        year\n        status\n        reason\n        fulfilments {\n          id\n          year\n          kind\n          measureId\n          title\n          detail\n          date\n          state\n        }\n      }\n    }\n  }\n": typeof types.AgreementFieldsFragmentDoc,
    "\n  query Agreements($cooperationId: ID!) {\n    agreements(cooperationId: $cooperationId) {\n      ...AgreementHeadFields\n      commitments {\n        id\n      }\n    }\n  }\n": typeof types.AgreementsDocument,
    "\n  query Agreement($id: ID!) {\n    agreement(id: $id) {\n      ...AgreementFields\n    }\n  }\n": typeof types.AgreementDocument,
    "\n  query FulfilmentOptions($cooperationId: ID!, $from: DateTime, $until: DateTime) {\n    events(cooperationId: $cooperationId, filter: { from: $from, until: $until }, limit: 200) {\n      totalCount\n      items {\n        id\n        title\n        startsAt\n        status\n      }\n    }\n    awardProgrammes(cooperationId: $cooperationId) {\n      id\n      name\n      cycles {\n        id\n        year\n        title\n        phase\n      }\n    }\n    workstreams(cooperationId: $cooperationId) {\n      id\n      title\n      status\n      startsOn\n      endsOn\n    }\n    retreats(cooperationId: $cooperationId) {\n      id\n      title\n      startsAt\n      status\n    }\n  }\n": typeof types.FulfilmentOptionsDocument,
    "\n  mutation CreateAgreement($input: CreateAgreementInput!) {\n    createAgreement(input: $input) {\n      agreement {\n        ...AgreementFields\n      }\n    }\n  }\n": typeof types.CreateAgreementDocument,
    "\n  mutation UpdateAgreement($input: UpdateAgreementInput!) {\n    updateAgreement(input: $input) {\n      agreement {\n        ...AgreementFields\n      }\n    }\n  }\n": typeof types.UpdateAgreementDocument,
    "\n  mutation SignAgreement($input: SignAgreementInput!) {\n    signAgreement(input: $input) {\n      agreement {\n        ...AgreementFields\n      }\n    }\n  }\n": typeof types.SignAgreementDocument,
    "\n  mutation DeleteAgreement($input: DeleteAgreementInput!) {\n    deleteAgreement(input: $input) {\n      id\n    }\n  }\n": typeof types.DeleteAgreementDocument,
    "\n  mutation CreateSuccessorAgreement($input: CreateSuccessorAgreementInput!) {\n    createSuccessorAgreement(input: $input) {\n      agreement {\n        ...AgreementFields\n      }\n    }\n  }\n": typeof types.CreateSuccessorAgreementDocument,
    "\n  mutation CreateCommitment($input: CreateCommitmentInput!) {\n    createCommitment(input: $input) {\n      agreement {\n        ...AgreementFields\n      }\n    }\n  }\n": typeof types.CreateCommitmentDocument,
    "\n  mutation UpdateCommitment($input: UpdateCommitmentInput!) {\n    updateCommitment(input: $input) {\n      agreement {\n        ...AgreementFields\n      }\n    }\n  }\n": typeof types.UpdateCommitmentDocument,
    "\n  mutation DeleteCommitment($input: DeleteCommitmentInput!) {\n    deleteCommitment(input: $input) {\n      agreement {\n        ...AgreementFields\n      }\n    }\n  }\n": typeof types.DeleteCommitmentDocument,
    "\n  mutation AddFulfilment($input: AddFulfilmentInput!) {\n    addFulfilment(input: $input) {\n      agreement {\n        ...AgreementFields\n      }\n    }\n  }\n": typeof types.AddFulfilmentDocument,
    "\n  mutation RemoveFulfilment($id: ID!) {\n    removeFulfilment(id: $id) {\n      agreement {\n        ...AgreementFields\n      }\n    }\n  }\n": typeof types.RemoveFulfilmentDocument,
    "\n  fragment SessionUser on User {\n    id\n    email\n    name\n    locale\n    isSystemAdmin\n    memberships {\n      id\n      role\n      active\n      cooperation {\n        id\n        name\n      }\n      organisation {\n        id\n        name\n        shortName\n      }\n    }\n  }\n": typeof types.SessionUserFragmentDoc,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresAt\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation RefreshSession {\n    refreshSession {\n      accessToken\n      expiresAt\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  mutation Logout {\n    logout {\n      ok\n    }\n  }\n": typeof types.LogoutDocument,
    "\n  query PasswordToken($token: String!) {\n    passwordToken(token: $token) {\n      email\n      name\n      purpose\n      expiresAt\n    }\n  }\n": typeof types.PasswordTokenDocument,
    "\n  mutation SetPassword($input: SetPasswordInput!) {\n    setPassword(input: $input) {\n      accessToken\n      expiresAt\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": typeof types.SetPasswordDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      ok\n    }\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  fragment AwardCycleFields on AwardCycle {\n    id\n    cooperationId\n    programmeId\n    programmeName\n    year\n    title\n    categories\n    nominationOpensAt\n    nominationClosesAt\n    votingClosesAt\n    quorum\n    tieBreakRule\n    announcementEventId\n    announcementEventTitle\n    phase\n    criteria {\n      id\n      name\n      description\n      weight\n      scoreMin\n      scoreMax\n      position\n    }\n    approvals {\n      partner {\n        id\n        organisation {\n          id\n          name\n          shortName\n        }\n      }\n      approvedByName\n      approvedAt\n    }\n    allApproved\n    allowedPhases\n    canManage\n    canApprove {\n      id\n      organisation {\n        id\n        name\n        shortName\n      }\n    }\n    version\n    criteriaVersion\n  }\n": typeof types.AwardCycleFieldsFragmentDoc,
    "\n  query AwardProgrammes($cooperationId: ID!) {\n    awardProgrammes(cooperationId: $cooperationId) {\n      id\n      name\n      description\n      winnerExclusionYears\n      canManage\n      version\n      cycles {\n        id\n        year\n        title\n        phase\n        allApproved\n        criteria {\n          id\n        }\n      }\n    }\n  }\n": typeof types.AwardProgrammesDocument,
    "\n  fragment AwardCycleStatusFields on AwardCycle {\n    id\n    isChair\n    canClose\n    closedByName\n    closedAt\n    publicNominationPath\n    myBallot {\n      submittedAt\n      canEdit\n    }\n    turnout {\n      jurors\n      submitted\n      quorum\n      quorumMet\n    }\n  }\n": typeof types.AwardCycleStatusFieldsFragmentDoc,
    "\n  query AwardCycle($id: ID!) {\n    awardCycle(id: $id) {\n      ...AwardCycleFields\n      ...AwardCycleStatusFields\n    }\n  }\n": typeof types.AwardCycleDocument,
    "\n  query AwardEvents($cooperationId: ID!) {\n    events(cooperationId: $cooperationId, limit: 200) {\n      items {\n        id\n        title\n        startsAt\n      }\n    }\n  }\n": typeof types.AwardEventsDocument,
    "\n  mutation CreateAwardProgramme($input: CreateAwardProgrammeInput!) {\n    createAwardProgramme(input: $input) {\n      awardProgramme {\n        id\n        name\n        description\n        winnerExclusionYears\n        version\n      }\n    }\n  }\n": typeof types.CreateAwardProgrammeDocument,
    "\n  mutation UpdateAwardProgramme($input: UpdateAwardProgrammeInput!) {\n    updateAwardProgramme(input: $input) {\n      awardProgramme {\n        id\n        name\n        description\n        winnerExclusionYears\n        version\n      }\n    }\n  }\n": typeof types.UpdateAwardProgrammeDocument,
    "\n  mutation CreateAwardCycle($input: CreateAwardCycleInput!) {\n    createAwardCycle(input: $input) {\n      awardCycle {\n        ...AwardCycleFields\n      }\n    }\n  }\n": typeof types.CreateAwardCycleDocument,
    "\n  mutation UpdateAwardCycle($input: UpdateAwardCycleInput!) {\n    updateAwardCycle(input: $input) {\n      awardCycle {\n        ...AwardCycleFields\n      }\n    }\n  }\n": typeof types.UpdateAwardCycleDocument,
    "\n  mutation AddCriterion($input: AddCriterionInput!) {\n    addCriterion(input: $input) {\n      awardCycle {\n        ...AwardCycleFields\n      }\n    }\n  }\n": typeof types.AddCriterionDocument,
    "\n  mutation UpdateCriterion($input: UpdateCriterionInput!) {\n    updateCriterion(input: $input) {\n      awardCycle {\n        ...AwardCycleFields\n      }\n    }\n  }\n": typeof types.UpdateCriterionDocument,
    "\n  mutation DeleteCriterion($input: DeleteCriterionInput!) {\n    deleteCriterion(input: $input) {\n      awardCycle {\n        ...AwardCycleFields\n      }\n    }\n  }\n": typeof types.DeleteCriterionDocument,
    "\n  mutation ReorderCriteria($input: ReorderCriteriaInput!) {\n    reorderCriteria(input: $input) {\n      awardCycle {\n        ...AwardCycleFields\n      }\n    }\n  }\n": typeof types.ReorderCriteriaDocument,
    "\n  mutation ApproveCriteria($input: ApproveCriteriaInput!) {\n    approveCriteria(input: $input) {\n      awardCycle {\n        ...AwardCycleFields\n      }\n    }\n  }\n": typeof types.ApproveCriteriaDocument,
    "\n  mutation WithdrawCriteriaApproval($input: WithdrawCriteriaApprovalInput!) {\n    withdrawCriteriaApproval(input: $input) {\n      awardCycle {\n        ...AwardCycleFields\n      }\n    }\n  }\n": typeof types.WithdrawCriteriaApprovalDocument,
    "\n  mutation ChangeAwardPhase($input: ChangeAwardPhaseInput!) {\n    changeAwardPhase(input: $input) {\n      awardCycle {\n        ...AwardCycleFields\n      }\n    }\n  }\n": typeof types.ChangeAwardPhaseDocument,
    "\n  fragment BudgetPartnerTotalFields on BudgetPartnerTotal {\n    plannedCents\n    actualCents\n    sponsorshipCents\n    netCents\n    partner {\n      id\n      position\n      organisation {\n        id\n        name\n        shortName\n      }\n    }\n  }\n": typeof types.BudgetPartnerTotalFieldsFragmentDoc,
    "\n  fragment EventBudgetFields on EventBudget {\n    eventId\n    plannedCents\n    actualCents\n    sponsorshipCents\n    inKindCents\n    netCents\n    lines {\n      id\n      category\n      description\n      plannedCents\n      actualCents\n      shareMode\n      version\n      shares {\n        basisPoints\n        amountCents\n        plannedCents\n        actualCents\n        partner {\n          id\n        }\n      }\n    }\n    sponsorships {\n      id\n      kind\n      amountCents\n      status\n      note\n      version\n      organisation {\n        id\n        name\n        shortName\n      }\n    }\n    partners {\n      ...BudgetPartnerTotalFields\n    }\n  }\n": typeof types.EventBudgetFieldsFragmentDoc,
    "\n  query EventBudget($id: ID!) {\n    event(id: $id) {\n      id\n      budget {\n        ...EventBudgetFields\n      }\n    }\n  }\n": typeof types.EventBudgetDocument,
    "\n  query BudgetSummary($cooperationId: ID!, $year: Int!) {\n    budgetSummary(cooperationId: $cooperationId, year: $year) {\n      year\n      plannedCents\n      actualCents\n      sponsorshipCents\n      netCents\n      partners {\n        ...BudgetPartnerTotalFields\n      }\n      events {\n        plannedCents\n        actualCents\n        sponsorshipCents\n        netCents\n        event {\n          id\n          title\n          startsAt\n          status\n        }\n      }\n    }\n  }\n": typeof types.BudgetSummaryDocument,
    "\n  query SponsorOptions($cooperationId: ID!) {\n    organisations(cooperationId: $cooperationId, limit: 200) {\n      items {\n        id\n        name\n        shortName\n        kind\n      }\n    }\n  }\n": typeof types.SponsorOptionsDocument,
    "\n  mutation CreateBudgetLine($input: CreateBudgetLineInput!) {\n    createBudgetLine(input: $input) {\n      budget {\n        ...EventBudgetFields\n      }\n    }\n  }\n": typeof types.CreateBudgetLineDocument,
    "\n  mutation UpdateBudgetLine($input: UpdateBudgetLineInput!) {\n    updateBudgetLine(input: $input) {\n      budget {\n        ...EventBudgetFields\n      }\n    }\n  }\n": typeof types.UpdateBudgetLineDocument,
    "\n  mutation DeleteBudgetLine($input: DeleteBudgetLineInput!) {\n    deleteBudgetLine(input: $input) {\n      id\n      budget {\n        ...EventBudgetFields\n      }\n    }\n  }\n": typeof types.DeleteBudgetLineDocument,
    "\n  mutation CreateSponsorship($input: CreateSponsorshipInput!) {\n    createSponsorship(input: $input) {\n      budget {\n        ...EventBudgetFields\n      }\n    }\n  }\n": typeof types.CreateSponsorshipDocument,
    "\n  mutation UpdateSponsorship($input: UpdateSponsorshipInput!) {\n    updateSponsorship(input: $input) {\n      budget {\n        ...EventBudgetFields\n      }\n    }\n  }\n": typeof types.UpdateSponsorshipDocument,
    "\n  mutation DeleteSponsorship($input: DeleteSponsorshipInput!) {\n    deleteSponsorship(input: $input) {\n      id\n      budget {\n        ...EventBudgetFields\n      }\n    }\n  }\n": typeof types.DeleteSponsorshipDocument,
    "\n  query EventIcsUrl($id: ID!) {\n    event(id: $id) {\n      id\n      icsUrl\n    }\n  }\n": typeof types.EventIcsUrlDocument,
    "\n  query CalendarFeed($cooperationId: ID!) {\n    calendarFeed(cooperationId: $cooperationId) {\n      createdAt\n      createdByName\n    }\n  }\n": typeof types.CalendarFeedDocument,
    "\n  mutation RotateCalendarFeed($input: RotateCalendarFeedInput!) {\n    rotateCalendarFeed(input: $input) {\n      url\n      calendarFeed {\n        createdAt\n        createdByName\n      }\n    }\n  }\n": typeof types.RotateCalendarFeedDocument,
    "\n  mutation DeleteCalendarFeed($input: DeleteCalendarFeedInput!) {\n    deleteCalendarFeed(input: $input) {\n      cooperationId\n    }\n  }\n": typeof types.DeleteCalendarFeedDocument,
    "\n  fragment ContactListFields on Contact {\n    id\n    salutation\n    title\n    firstName\n    lastName\n    name\n    function\n    email\n    phone\n    city\n    legalBasis\n    optedOutAt\n    detailsHidden\n    version\n    organisation {\n      id\n      name\n    }\n  }\n": typeof types.ContactListFieldsFragmentDoc,
    "\n  fragment ContactDetailFields on Contact {\n    id\n    salutation\n    title\n    firstName\n    lastName\n    name\n    letterSalutation\n    function\n    email\n    phone\n    street\n    postalCode\n    city\n    legalBasis\n    consentAt\n    note\n    optedOutAt\n    detailsHidden\n    createdAt\n    updatedAt\n    version\n    organisation {\n      id\n      name\n    }\n    distributionLists {\n      id\n      name\n    }\n  }\n": typeof types.ContactDetailFieldsFragmentDoc,
    "\n  fragment DistributionListFields on DistributionList {\n    id\n    name\n    description\n    memberCount\n    createdAt\n    version\n  }\n": typeof types.DistributionListFieldsFragmentDoc,
    "\n  query Contacts($cooperationId: ID!, $filter: ContactFilter, $limit: Int, $offset: Int) {\n    contacts(cooperationId: $cooperationId, filter: $filter, limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        ...ContactListFields\n      }\n    }\n  }\n": typeof types.ContactsDocument,
    "\n  query Contact($id: ID!) {\n    contact(id: $id) {\n      ...ContactDetailFields\n    }\n  }\n": typeof types.ContactDocument,
    "\n  query ContactOrganisations($cooperationId: ID!) {\n    organisations(cooperationId: $cooperationId, limit: 200) {\n      totalCount\n      items {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ContactOrganisationsDocument,
    "\n  query DistributionLists($cooperationId: ID!) {\n    distributionLists(cooperationId: $cooperationId) {\n      ...DistributionListFields\n    }\n  }\n": typeof types.DistributionListsDocument,
    "\n  query DistributionList($id: ID!) {\n    distributionList(id: $id) {\n      ...DistributionListFields\n    }\n  }\n": typeof types.DistributionListDocument,
    "\n  mutation CreateContact($input: CreateContactInput!) {\n    createContact(input: $input) {\n      contact {\n        ...ContactDetailFields\n      }\n    }\n  }\n": typeof types.CreateContactDocument,
    "\n  mutation UpdateContact($input: UpdateContactInput!) {\n    updateContact(input: $input) {\n      contact {\n        ...ContactDetailFields\n      }\n    }\n  }\n": typeof types.UpdateContactDocument,
    "\n  mutation DeleteContact($input: DeleteContactInput!) {\n    deleteContact(input: $input) {\n      id\n    }\n  }\n": typeof types.DeleteContactDocument,
    "\n  mutation CreateDistributionList($input: CreateDistributionListInput!) {\n    createDistributionList(input: $input) {\n      distributionList {\n        ...DistributionListFields\n      }\n    }\n  }\n": typeof types.CreateDistributionListDocument,
    "\n  mutation UpdateDistributionList($input: UpdateDistributionListInput!) {\n    updateDistributionList(input: $input) {\n      distributionList {\n        ...DistributionListFields\n      }\n    }\n  }\n": typeof types.UpdateDistributionListDocument,
    "\n  mutation DeleteDistributionList($input: DeleteDistributionListInput!) {\n    deleteDistributionList(input: $input) {\n      id\n    }\n  }\n": typeof types.DeleteDistributionListDocument,
    "\n  mutation AddContactsToList($input: ListContactsInput!) {\n    addContactsToList(input: $input) {\n      distributionList {\n        ...DistributionListFields\n      }\n    }\n  }\n": typeof types.AddContactsToListDocument,
    "\n  mutation RemoveContactsFromList($input: ListContactsInput!) {\n    removeContactsFromList(input: $input) {\n      distributionList {\n        ...DistributionListFields\n      }\n    }\n  }\n": typeof types.RemoveContactsFromListDocument,
    "\n  fragment ContactImportReportFields on ContactImportReport {\n    fileName\n    encoding\n    delimiter\n    unknownColumns\n    totalRows\n    newCount\n    duplicateCount\n    existsCount\n    errorCount\n    rows {\n      line\n      status\n      existingContactId\n      messages {\n        column\n        message\n      }\n      values {\n        salutation\n        title\n        firstName\n        lastName\n        organisationName\n        email\n        legalBasis\n        consentAt\n      }\n    }\n  }\n": typeof types.ContactImportReportFieldsFragmentDoc,
    "\n  query PreviewContactImport($input: PreviewContactImportInput!) {\n    previewContactImport(input: $input) {\n      ...ContactImportReportFields\n    }\n  }\n": typeof types.PreviewContactImportDocument,
    "\n  mutation ImportContacts($input: ImportContactsInput!) {\n    importContacts(input: $input) {\n      createdCount\n      updatedCount\n      skippedCount\n      organisationsCreated\n      distributionList {\n        ...DistributionListFields\n      }\n    }\n  }\n": typeof types.ImportContactsDocument,
    "\n  query Cooperations {\n    cooperations {\n      id\n      name\n    }\n  }\n": typeof types.CooperationsDocument,
    "\n  query Cooperation($id: ID!) {\n    cooperation(id: $id) {\n      id\n      name\n      description\n      myRole\n      version\n      partners {\n        id\n        position\n        organisation {\n          id\n          name\n          shortName\n          kind\n        }\n      }\n    }\n  }\n": typeof types.CooperationDocument,
    "\n  query Dashboard($cooperationId: ID!) {\n    dashboard(cooperationId: $cooperationId) {\n      cooperationId\n      myRole\n      today\n      myOpenTaskCount\n      myTasks {\n        id\n        title\n        dueOn\n        overdue\n        event {\n          id\n          title\n          startsAt\n        }\n        workstream {\n          id\n          title\n        }\n      }\n      upcomingEvents {\n        id\n        title\n        startsAt\n        status\n        leadPartnerName\n        invited\n        accepted\n        declined\n        waitlisted\n        capacity\n        openTaskCount\n      }\n      award {\n        cycleId\n        title\n        year\n        phase\n        nextDeadline\n        nextDeadlineLabel\n        nominationCount\n        myBallot {\n          toScore\n          scored\n          submitted\n        }\n      }\n      retreat {\n        id\n        title\n        planYear\n        startsOn\n        status\n        proposalCount\n        decisionCount\n        votingOpen\n        participating\n      }\n      workstreamsAtRisk {\n        id\n        title\n        status\n        priority\n        overdueMilestones\n      }\n      kpisOffTarget {\n        id\n        name\n        unit\n        subject {\n          kind\n          id\n          title\n        }\n        latestValue\n        target\n        targetOn\n        progress\n        state\n      }\n      coverage {\n        goalsWithoutMeasure\n        measuresWithoutKpi\n        measuresWithOnePartner\n        goalsWithoutPriority\n      }\n      openCommitments {\n        id\n        agreementId\n        title\n        status\n        reason\n      }\n    }\n  }\n": typeof types.DashboardDocument,
    "\n  fragment CommentFields on Comment {\n    id\n    body\n    authorName\n    authorId\n    createdAt\n    editedAt\n    version\n    canEdit\n    canDelete\n  }\n": typeof types.CommentFieldsFragmentDoc,
    "\n  fragment AttachmentFields on Attachment {\n    id\n    fileName\n    contentType\n    sizeBytes\n    description\n    uploaderName\n    createdAt\n    canDelete\n    downloadUrl\n  }\n": typeof types.AttachmentFieldsFragmentDoc,
    "\n  query Comments($subject: SubjectInput!) {\n    comments(subject: $subject) {\n      ...CommentFields\n    }\n  }\n": typeof types.CommentsDocument,
    "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      comment {\n        ...CommentFields\n      }\n    }\n  }\n": typeof types.AddCommentDocument,
    "\n  mutation EditComment($input: EditCommentInput!) {\n    editComment(input: $input) {\n      comment {\n        ...CommentFields\n      }\n    }\n  }\n": typeof types.EditCommentDocument,
    "\n  mutation DeleteComment($input: DeleteCommentInput!) {\n    deleteComment(input: $input) {\n      id\n    }\n  }\n": typeof types.DeleteCommentDocument,
    "\n  query Attachments($subject: SubjectInput!) {\n    attachments(subject: $subject) {\n      ...AttachmentFields\n    }\n  }\n": typeof types.AttachmentsDocument,
    "\n  mutation UploadAttachment($input: UploadAttachmentInput!) {\n    uploadAttachment(input: $input) {\n      attachment {\n        ...AttachmentFields\n      }\n    }\n  }\n": typeof types.UploadAttachmentDocument,
    "\n  mutation DeleteAttachment($input: DeleteAttachmentInput!) {\n    deleteAttachment(input: $input) {\n      id\n    }\n  }\n": typeof types.DeleteAttachmentDocument,
    "\n  fragment PartnerFields on Partner {\n    id\n    organisation {\n      id\n      name\n      shortName\n    }\n  }\n": typeof types.PartnerFieldsFragmentDoc,
    "\n  fragment SeriesFields on EventSeries {\n    id\n    name\n    description\n    usualMonth\n    eventCount\n    version\n    defaultLeadPartner {\n      ...PartnerFields\n    }\n    taskTemplate {\n      title\n      daysBefore\n      ownerPartner {\n        ...PartnerFields\n      }\n    }\n  }\n": typeof types.SeriesFieldsFragmentDoc,
    "\n  fragment EventListFields on Event {\n    id\n    title\n    startsAt\n    endsAt\n    venue\n    status\n    openTaskCount\n    version\n    series {\n      id\n      name\n    }\n    leadPartner {\n      ...PartnerFields\n    }\n    warnings {\n      kind\n    }\n  }\n": typeof types.EventListFieldsFragmentDoc,
    "\n  fragment PlanningWarningFields on PlanningWarning {\n    kind\n    message\n    date\n    holidayName\n    otherEvent {\n      id\n      title\n      startsAt\n      endsAt\n      venue\n    }\n  }\n": typeof types.PlanningWarningFieldsFragmentDoc,
    "\n  fragment TaskFields on Task {\n    id\n    title\n    dueOn\n    done\n    doneAt\n    cooperationId\n    version\n    assignee {\n      id\n      name\n    }\n    ownerPartner {\n      ...PartnerFields\n    }\n    event {\n      id\n      title\n      startsAt\n    }\n  }\n": typeof types.TaskFieldsFragmentDoc,
    "\n  fragment EventDetailFields on Event {\n    ...EventListFields\n    address\n    capacity\n    description\n    allowedTransitions\n    createdAt\n    awardWinners {\n      cycleTitle\n      category\n      companyName\n      nominationId\n    }\n    organisers {\n      membership {\n        id\n        user {\n          id\n          name\n        }\n        organisation {\n          id\n          name\n          shortName\n        }\n      }\n    }\n    tasks {\n      ...TaskFields\n    }\n    warnings {\n      ...PlanningWarningFields\n    }\n  }\n": typeof types.EventDetailFieldsFragmentDoc,
    "\n  query PlanningWarnings($input: PlanningCheckInput!) {\n    planningWarnings(input: $input) {\n      ...PlanningWarningFields\n    }\n  }\n": typeof types.PlanningWarningsDocument,
    "\n  query PublicHolidays($from: Date!, $to: Date!) {\n    publicHolidays(from: $from, to: $to) {\n      date\n      name\n    }\n  }\n": typeof types.PublicHolidaysDocument,
    "\n  query EventSeries($cooperationId: ID!) {\n    eventSeries(cooperationId: $cooperationId) {\n      ...SeriesFields\n    }\n  }\n": typeof types.EventSeriesDocument,
    "\n  query SeriesWithKpis($cooperationId: ID!) {\n    eventSeries(cooperationId: $cooperationId) {\n      ...SeriesFields\n      kpis {\n        ...KpiFields\n      }\n    }\n  }\n": typeof types.SeriesWithKpisDocument,
    "\n  query Events($cooperationId: ID!, $filter: EventFilter, $orderBy: EventOrder, $limit: Int, $offset: Int) {\n    events(cooperationId: $cooperationId, filter: $filter, orderBy: $orderBy, limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        ...EventListFields\n      }\n    }\n  }\n": typeof types.EventsDocument,
    "\n  query CalendarEvents($cooperationId: ID!, $filter: EventFilter) {\n    events(cooperationId: $cooperationId, filter: $filter, limit: 200) {\n      totalCount\n      items {\n        id\n        title\n        startsAt\n        endsAt\n        status\n      }\n    }\n  }\n": typeof types.CalendarEventsDocument,
    "\n  query Event($id: ID!) {\n    event(id: $id) {\n      ...EventDetailFields\n    }\n  }\n": typeof types.EventDocument,
    "\n  query AssigneeOptions($cooperationId: ID!) {\n    members(cooperationId: $cooperationId, filter: { active: true }, limit: 200) {\n      totalCount\n      items {\n        id\n        role\n        user {\n          id\n          name\n        }\n        organisation {\n          id\n          shortName\n          name\n        }\n      }\n    }\n  }\n": typeof types.AssigneeOptionsDocument,
    "\n  mutation CreateEventSeries($input: CreateEventSeriesInput!) {\n    createEventSeries(input: $input) {\n      eventSeries {\n        ...SeriesFields\n      }\n    }\n  }\n": typeof types.CreateEventSeriesDocument,
    "\n  mutation UpdateEventSeries($input: UpdateEventSeriesInput!) {\n    updateEventSeries(input: $input) {\n      eventSeries {\n        ...SeriesFields\n      }\n    }\n  }\n": typeof types.UpdateEventSeriesDocument,
    "\n  mutation CreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      event {\n        ...EventDetailFields\n      }\n    }\n  }\n": typeof types.CreateEventDocument,
    "\n  mutation UpdateEvent($input: UpdateEventInput!) {\n    updateEvent(input: $input) {\n      event {\n        ...EventDetailFields\n      }\n    }\n  }\n": typeof types.UpdateEventDocument,
    "\n  mutation ChangeEventStatus($input: ChangeEventStatusInput!) {\n    changeEventStatus(input: $input) {\n      event {\n        id\n        status\n        allowedTransitions\n        version\n      }\n    }\n  }\n": typeof types.ChangeEventStatusDocument,
    "\n  mutation CreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      task {\n        ...TaskFields\n      }\n    }\n  }\n": typeof types.CreateTaskDocument,
    "\n  mutation UpdateTask($input: UpdateTaskInput!) {\n    updateTask(input: $input) {\n      task {\n        ...TaskFields\n      }\n    }\n  }\n": typeof types.UpdateTaskDocument,
    "\n  mutation DeleteTask($input: DeleteTaskInput!) {\n    deleteTask(input: $input) {\n      id\n    }\n  }\n": typeof types.DeleteTaskDocument,
    "\n  mutation DeleteEvent($input: DeleteEventInput!) {\n    deleteEvent(input: $input) {\n      id\n    }\n  }\n": typeof types.DeleteEventDocument,
    "\n  mutation DeleteEventSeries($input: DeleteEventSeriesInput!) {\n    deleteEventSeries(input: $input) {\n      id\n    }\n  }\n": typeof types.DeleteEventSeriesDocument,
    "\n  fragment MeasureFields on Measure {\n    kind\n    id\n    title\n    workstreamStatus\n    kpiCount\n    goalCount\n    partners {\n      id\n      organisation {\n        id\n        name\n        shortName\n      }\n    }\n  }\n": typeof types.MeasureFieldsFragmentDoc,
    "\n  fragment GoalFields on Goal {\n    id\n    parentId\n    position\n    code\n    depth\n    title\n    description\n    priority\n    covered\n    childCount\n    version\n    measures {\n      ...MeasureFields\n    }\n    kpis {\n      ...KpiFields\n    }\n  }\n": typeof types.GoalFieldsFragmentDoc,
    "\n  fragment StrategyFields on Strategy {\n    cooperationId\n    missionStatement\n    version\n    canManage\n    goals {\n      ...GoalFields\n    }\n  }\n": typeof types.StrategyFieldsFragmentDoc,
    "\n  query Strategy($cooperationId: ID!) {\n    strategy(cooperationId: $cooperationId) {\n      ...StrategyFields\n    }\n  }\n": typeof types.StrategyDocument,
    "\n  query Coverage($cooperationId: ID!, $year: Int) {\n    coverage(cooperationId: $cooperationId, year: $year) {\n      cooperationId\n      year\n      goalsWithoutMeasure {\n        id\n        code\n        title\n      }\n      goalsWithoutPriority {\n        id\n        code\n        title\n      }\n      measuresWithoutKpi {\n        ...MeasureFields\n      }\n      measuresWithOnePartner {\n        ...MeasureFields\n      }\n      partnerBalance {\n        partner {\n          id\n          position\n          organisation {\n            id\n            name\n            shortName\n          }\n        }\n        eventsLed\n        eventsCoOrganised\n        workstreamsLed\n        plannedCents\n        actualCents\n        attendees\n      }\n    }\n  }\n": typeof types.CoverageDocument,
    "\n  query MeasureOptions($cooperationId: ID!) {\n    workstreams(cooperationId: $cooperationId) {\n      id\n      title\n      status\n      startsOn\n      endsOn\n    }\n    eventSeries(cooperationId: $cooperationId) {\n      id\n      name\n    }\n  }\n": typeof types.MeasureOptionsDocument,
    "\n  mutation UpdateMissionStatement($input: UpdateMissionStatementInput!) {\n    updateMissionStatement(input: $input) {\n      strategy {\n        ...StrategyFields\n      }\n    }\n  }\n": typeof types.UpdateMissionStatementDocument,
    "\n  mutation CreateGoal($input: CreateGoalInput!) {\n    createGoal(input: $input) {\n      goal {\n        ...GoalFields\n      }\n    }\n  }\n": typeof types.CreateGoalDocument,
    "\n  mutation UpdateGoal($input: UpdateGoalInput!) {\n    updateGoal(input: $input) {\n      goal {\n        ...GoalFields\n      }\n    }\n  }\n": typeof types.UpdateGoalDocument,
    "\n  mutation DeleteGoal($input: DeleteGoalInput!) {\n    deleteGoal(input: $input) {\n      id\n    }\n  }\n": typeof types.DeleteGoalDocument,
    "\n  mutation LinkGoalMeasure($input: GoalMeasureInput!) {\n    linkGoalMeasure(input: $input) {\n      goal {\n        ...GoalFields\n      }\n    }\n  }\n": typeof types.LinkGoalMeasureDocument,
    "\n  mutation UnlinkGoalMeasure($input: GoalMeasureInput!) {\n    unlinkGoalMeasure(input: $input) {\n      goal {\n        ...GoalFields\n      }\n    }\n  }\n": typeof types.UnlinkGoalMeasureDocument,
    "\n  mutation CreateGoalWorkstream($input: CreateWorkstreamInput!) {\n    createWorkstream(input: $input) {\n      workstream {\n        id\n        title\n        status\n        startsOn\n        endsOn\n        version\n      }\n    }\n  }\n": typeof types.CreateGoalWorkstreamDocument,
    "\n  fragment GuestCountsFields on GuestCounts {\n    draft\n    invited\n    accepted\n    declined\n    waitlisted\n    attended\n    noShow\n    seatsTaken\n    seatsAttended\n    capacity\n    seatsFree\n  }\n": typeof types.GuestCountsFieldsFragmentDoc,
    "\n  fragment GuestFields on Invitation {\n    id\n    status\n    guestName\n    plusOne\n    plusOneName\n    seats\n    invitedAt\n    answeredAt\n    waitlistPosition\n    checkedInAt\n    walkIn\n    version\n    contact {\n      id\n      name\n      function\n      email\n      optedOutAt\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.GuestFieldsFragmentDoc,
    "\n  query Guests($eventId: ID!) {\n    guests(eventId: $eventId) {\n      event {\n        id\n        title\n        status\n        capacity\n        plusOnesAllowed\n        rsvpDeadline\n        startsAt\n        version\n      }\n      items {\n        ...GuestFields\n      }\n      counts {\n        ...GuestCountsFields\n      }\n    }\n  }\n": typeof types.GuestsDocument,
    "\n  query GuestListCsv($id: ID!) {\n    event(id: $id) {\n      id\n      guestListCsvUrl\n    }\n  }\n": typeof types.GuestListCsvDocument,
    "\n  query InviteSources($cooperationId: ID!) {\n    distributionLists(cooperationId: $cooperationId) {\n      id\n      name\n      memberCount\n    }\n    events(cooperationId: $cooperationId, orderBy: STARTS_AT_DESC, limit: 100) {\n      items {\n        id\n        title\n        startsAt\n        guestCounts {\n          accepted\n          attended\n          noShow\n        }\n      }\n    }\n  }\n": typeof types.InviteSourcesDocument,
    "\n  mutation InviteGuests($input: InviteGuestsInput!) {\n    inviteGuests(input: $input) {\n      added {\n        id\n      }\n      skipped {\n        contactId\n        name\n        reason\n      }\n    }\n  }\n": typeof types.InviteGuestsDocument,
    "\n  mutation SendInvitations($input: SendInvitationsInput!) {\n    sendInvitations(input: $input) {\n      sent\n      skipped {\n        contactId\n        name\n        reason\n      }\n    }\n  }\n": typeof types.SendInvitationsDocument,
    "\n  mutation RecordAnswer($input: RecordAnswerInput!) {\n    recordAnswer(input: $input) {\n      invitation {\n        ...GuestFields\n      }\n    }\n  }\n": typeof types.RecordAnswerDocument,
    "\n  mutation DeleteInvitation($input: DeleteInvitationInput!) {\n    deleteInvitation(input: $input) {\n      id\n    }\n  }\n": typeof types.DeleteInvitationDocument,
    "\n  mutation CheckIn($input: CheckInInput!) {\n    checkIn(input: $input) {\n      invitation {\n        ...GuestFields\n      }\n    }\n  }\n": typeof types.CheckInDocument,
    "\n  mutation AddWalkIn($input: AddWalkInInput!) {\n    addWalkIn(input: $input) {\n      invitation {\n        ...GuestFields\n      }\n    }\n  }\n": typeof types.AddWalkInDocument,
    "\n  fragment PrintGuestFields on Invitation {\n    id\n    status\n    guestName\n    plusOne\n    plusOneName\n    seats\n    waitlistPosition\n    checkedInAt\n    walkIn\n    contact {\n      id\n      function\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.PrintGuestFieldsFragmentDoc,
    "\n  fragment PrintEventFields on Event {\n    id\n    title\n    startsAt\n    endsAt\n    venue\n    address\n    capacity\n    status\n    leadPartner {\n      id\n    }\n  }\n": typeof types.PrintEventFieldsFragmentDoc,
    "\n  query GuestListPrint($eventId: ID!) {\n    guests(eventId: $eventId, filter: { statuses: [ACCEPTED, ATTENDED, WAITLISTED, INVITED] }) {\n      event {\n        ...PrintEventFields\n      }\n      items {\n        ...PrintGuestFields\n      }\n      counts {\n        invited\n        accepted\n        declined\n        waitlisted\n        attended\n        seatsTaken\n        capacity\n        seatsFree\n      }\n    }\n  }\n": typeof types.GuestListPrintDocument,
    "\n  query BadgesPrint($eventId: ID!) {\n    guests(eventId: $eventId, filter: { statuses: [ACCEPTED, ATTENDED] }) {\n      event {\n        ...PrintEventFields\n      }\n      items {\n        ...PrintGuestFields\n      }\n    }\n  }\n": typeof types.BadgesPrintDocument,
    "\n  fragment JuryBallotFields on Ballot {\n    juror {\n      id\n      name\n      isChair\n    }\n    scores {\n      nominationId\n      criterionId\n      value\n      comment\n      updatedAt\n    }\n    conflicts {\n      jurorId\n      nominationId\n      reason\n      setByChair\n    }\n    required\n    scored\n    submittedAt\n    canEdit\n    version\n  }\n": typeof types.JuryBallotFieldsFragmentDoc,
    "\n  query JuryScoring($id: ID!) {\n    awardCycle(id: $id) {\n      id\n      cooperationId\n      programmeName\n      title\n      year\n      phase\n      votingClosesAt\n      criteria {\n        id\n        name\n        description\n        weight\n        scoreMin\n        scoreMax\n        position\n      }\n      nominations {\n        id\n        companyName\n        companyAddress\n        category\n        justification\n        eligibility\n        attachments {\n          id\n          fileName\n          contentType\n          sizeBytes\n          description\n          downloadUrl\n        }\n        myConflict {\n          jurorId\n          nominationId\n          reason\n          setByChair\n        }\n      }\n      myBallot {\n        ...JuryBallotFields\n      }\n    }\n  }\n": typeof types.JuryScoringDocument,
    "\n  mutation JurySaveScores($input: SaveScoresInput!) {\n    saveScores(input: $input) {\n      ballot {\n        ...JuryBallotFields\n      }\n    }\n  }\n": typeof types.JurySaveScoresDocument,
    "\n  mutation JurySubmitBallot($input: SubmitBallotInput!) {\n    submitBallot(input: $input) {\n      ballot {\n        ...JuryBallotFields\n      }\n    }\n  }\n": typeof types.JurySubmitBallotDocument,
    "\n  mutation JuryDeclareConflict($input: DeclareConflictInput!) {\n    declareConflict(input: $input) {\n      nomination {\n        id\n        myConflict {\n          jurorId\n          nominationId\n          reason\n          setByChair\n        }\n      }\n    }\n  }\n": typeof types.JuryDeclareConflictDocument,
    "\n  fragment JuryResultFields on AwardResult {\n    closedByName\n    closedAt\n    needsCastingVote\n    castingVote\n    categories {\n      category\n      winnerTie\n      ranking {\n        nomination {\n          id\n          companyName\n          companyAddress\n          category\n          justification\n        }\n        rank\n        mean\n        meanText\n        median\n        jurors\n        topRanks\n        decidedBy\n        criterionMeans {\n          criterionId\n          mean\n        }\n        breakdown {\n          jurorName\n          conflicted\n          weighted\n          scores {\n            nominationId\n            criterionId\n            value\n            comment\n          }\n        }\n      }\n    }\n  }\n": typeof types.JuryResultFieldsFragmentDoc,
    "\n  fragment JuryCycleResultFields on AwardCycle {\n    id\n    cooperationId\n    programmeName\n    title\n    year\n    phase\n    categories\n    quorum\n    tieBreakRule\n    announcementEventId\n    announcementEventTitle\n    votingClosesAt\n    version\n    isChair\n    canClose\n    closedByName\n    closedAt\n    criteria {\n      id\n      name\n      weight\n      scoreMin\n      scoreMax\n      position\n    }\n    turnout {\n      jurors\n      submitted\n      quorum\n      quorumMet\n    }\n    result {\n      ...JuryResultFields\n    }\n  }\n": typeof types.JuryCycleResultFieldsFragmentDoc,
    "\n  query JuryResult($id: ID!) {\n    awardCycle(id: $id) {\n      ...JuryCycleResultFields\n      myBallot {\n        submittedAt\n        canEdit\n      }\n    }\n  }\n": typeof types.JuryResultDocument,
    "\n  query JuryPrint($id: ID!) {\n    awardCycle(id: $id) {\n      ...JuryCycleResultFields\n      nominations {\n        id\n        category\n      }\n    }\n  }\n": typeof types.JuryPrintDocument,
    "\n  mutation JuryCloseVoting($input: CloseAwardVotingInput!) {\n    closeAwardVoting(input: $input) {\n      awardCycle {\n        ...JuryCycleResultFields\n      }\n    }\n  }\n": typeof types.JuryCloseVotingDocument,
    "\n  mutation JuryCastingVote($input: RecordCastingVoteInput!) {\n    recordCastingVote(input: $input) {\n      awardCycle {\n        ...JuryCycleResultFields\n      }\n    }\n  }\n": typeof types.JuryCastingVoteDocument,
    "\n  fragment KpiFields on Kpi {\n    id\n    name\n    unit\n    baseline\n    baselineOn\n    target\n    targetOn\n    direction\n    progress\n    state\n    version\n    subject {\n      kind\n      id\n      title\n    }\n    measurements {\n      id\n      measuredOn\n      value\n      note\n      recordedByName\n    }\n    latest {\n      id\n      measuredOn\n      value\n    }\n  }\n": typeof types.KpiFieldsFragmentDoc,
    "\n  mutation CreateKpi($input: CreateKpiInput!) {\n    createKpi(input: $input) {\n      kpi {\n        ...KpiFields\n      }\n    }\n  }\n": typeof types.CreateKpiDocument,
    "\n  mutation UpdateKpi($input: UpdateKpiInput!) {\n    updateKpi(input: $input) {\n      kpi {\n        ...KpiFields\n      }\n    }\n  }\n": typeof types.UpdateKpiDocument,
    "\n  mutation DeleteKpi($input: DeleteKpiInput!) {\n    deleteKpi(input: $input) {\n      id\n    }\n  }\n": typeof types.DeleteKpiDocument,
    "\n  mutation RecordMeasurement($input: RecordMeasurementInput!) {\n    recordMeasurement(input: $input) {\n      kpi {\n        ...KpiFields\n      }\n    }\n  }\n": typeof types.RecordMeasurementDocument,
    "\n  mutation DeleteMeasurement($id: ID!) {\n    deleteMeasurement(id: $id) {\n      kpi {\n        ...KpiFields\n      }\n    }\n  }\n": typeof types.DeleteMeasurementDocument,
    "\n  query LegalTexts($cooperationId: ID!) {\n    legalTexts(cooperationId: $cooperationId) {\n      cooperationId\n      cooperationName\n      imprint\n      privacy\n      accessibility\n      updatedAt\n      version\n    }\n  }\n": typeof types.LegalTextsDocument,
    "\n  mutation UpdateLegalTexts($input: UpdateLegalTextsInput!) {\n    updateLegalTexts(input: $input) {\n      legalTexts {\n        cooperationId\n        cooperationName\n        imprint\n        privacy\n        accessibility\n        updatedAt\n        version\n      }\n    }\n  }\n": typeof types.UpdateLegalTextsDocument,
    "\n  fragment ConflictFields on Conflict {\n    jurorId\n    jurorName\n    nominationId\n    reason\n    setByChair\n    createdAt\n  }\n": typeof types.ConflictFieldsFragmentDoc,
    "\n  fragment NominationFields on Nomination {\n    id\n    cycleId\n    organisationId\n    companyName\n    companyAddress\n    category\n    nominatorName\n    nominatorContactId\n    justification\n    source\n    eligibility\n    eligibilityReason\n    eligibilityDecidedByName\n    eligibilityDecidedAt\n    eligibilityHints\n    myConflict {\n      ...ConflictFields\n    }\n    conflicts {\n      ...ConflictFields\n    }\n    canManage\n    createdAt\n    version\n  }\n": typeof types.NominationFieldsFragmentDoc,
    "\n  query CycleNominations($id: ID!) {\n    awardCycle(id: $id) {\n      id\n      phase\n      categories\n      canManage\n      isChair\n      nominations {\n        ...NominationFields\n      }\n    }\n  }\n": typeof types.CycleNominationsDocument,
    "\n  fragment JurorFields on Juror {\n    id\n    userId\n    name\n    email\n    isChair\n    external\n    submittedAt\n  }\n": typeof types.JurorFieldsFragmentDoc,
    "\n  fragment TurnoutFields on Turnout {\n    jurors\n    submitted\n    quorum\n    quorumMet\n  }\n": typeof types.TurnoutFieldsFragmentDoc,
    "\n  query CycleJury($id: ID!) {\n    awardCycle(id: $id) {\n      id\n      cooperationId\n      phase\n      canManage\n      isChair\n      jurors {\n        ...JurorFields\n      }\n      turnout {\n        ...TurnoutFields\n      }\n      nominations {\n        id\n        companyName\n        category\n        eligibility\n        conflicts {\n          ...ConflictFields\n        }\n      }\n    }\n  }\n": typeof types.CycleJuryDocument,
    "\n  query NominationOrganisations($cooperationId: ID!, $query: String) {\n    organisations(cooperationId: $cooperationId, filter: { query: $query }, limit: 20) {\n      totalCount\n      items {\n        id\n        name\n        shortName\n        kind\n        city\n      }\n    }\n  }\n": typeof types.NominationOrganisationsDocument,
    "\n  query NominatorContacts($cooperationId: ID!, $query: String) {\n    contacts(cooperationId: $cooperationId, filter: { query: $query }, limit: 20) {\n      totalCount\n      items {\n        id\n        name\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.NominatorContactsDocument,
    "\n  query JurorCandidates($cooperationId: ID!) {\n    members(cooperationId: $cooperationId, filter: { active: true }, limit: 200) {\n      totalCount\n      items {\n        id\n        role\n        user {\n          id\n          name\n          email\n        }\n        organisation {\n          id\n          name\n          shortName\n        }\n      }\n    }\n  }\n": typeof types.JurorCandidatesDocument,
    "\n  mutation CreateNomination($input: CreateNominationInput!) {\n    createNomination(input: $input) {\n      nomination {\n        ...NominationFields\n      }\n    }\n  }\n": typeof types.CreateNominationDocument,
    "\n  mutation UpdateNomination($input: UpdateNominationInput!) {\n    updateNomination(input: $input) {\n      nomination {\n        ...NominationFields\n      }\n    }\n  }\n": typeof types.UpdateNominationDocument,
    "\n  mutation DeleteNomination($input: DeleteNominationInput!) {\n    deleteNomination(input: $input) {\n      id\n    }\n  }\n": typeof types.DeleteNominationDocument,
    "\n  mutation DecideEligibility($input: DecideEligibilityInput!) {\n    decideEligibility(input: $input) {\n      nomination {\n        ...NominationFields\n      }\n    }\n  }\n": typeof types.DecideEligibilityDocument,
    "\n  fragment JuryPayloadFields on AwardCycle {\n    id\n    isChair\n    jurors {\n      ...JurorFields\n    }\n    turnout {\n      ...TurnoutFields\n    }\n  }\n": typeof types.JuryPayloadFieldsFragmentDoc,
    "\n  mutation AddJuror($input: AddJurorInput!) {\n    addJuror(input: $input) {\n      awardCycle {\n        ...JuryPayloadFields\n      }\n    }\n  }\n": typeof types.AddJurorDocument,
    "\n  mutation RemoveJuror($input: RemoveJurorInput!) {\n    removeJuror(input: $input) {\n      awardCycle {\n        ...JuryPayloadFields\n      }\n    }\n  }\n": typeof types.RemoveJurorDocument,
    "\n  mutation SetJuryChair($input: SetJuryChairInput!) {\n    setJuryChair(input: $input) {\n      awardCycle {\n        ...JuryPayloadFields\n      }\n    }\n  }\n": typeof types.SetJuryChairDocument,
    "\n  fragment ConflictPayloadFields on Nomination {\n    id\n    version\n    myConflict {\n      ...ConflictFields\n    }\n    conflicts {\n      ...ConflictFields\n    }\n  }\n": typeof types.ConflictPayloadFieldsFragmentDoc,
    "\n  mutation SetConflict($input: SetConflictInput!) {\n    setConflict(input: $input) {\n      nomination {\n        ...ConflictPayloadFields\n      }\n    }\n  }\n": typeof types.SetConflictDocument,
    "\n  mutation RemoveConflict($input: RemoveConflictInput!) {\n    removeConflict(input: $input) {\n      nomination {\n        ...ConflictPayloadFields\n      }\n    }\n  }\n": typeof types.RemoveConflictDocument,
    "\n  query PublicNominationForm($cycleId: ID!) {\n    publicNominationForm(cycleId: $cycleId) {\n      cycleId\n      programmeName\n      title\n      categories\n      closesAt\n      open\n      cooperationId\n    }\n  }\n": typeof types.PublicNominationFormDocument,
    "\n  mutation SubmitPublicNomination($input: PublicNominationInput!) {\n    submitPublicNomination(input: $input) {\n      reference\n    }\n  }\n": typeof types.SubmitPublicNominationDocument,
    "\n  mutation ExportPersonalData($input: ExportPersonalDataInput!) {\n    exportPersonalData(input: $input) {\n      fileName\n      json\n    }\n  }\n": typeof types.ExportPersonalDataDocument,
    "\n  query ErasurePlan($person: PersonInput!) {\n    erasurePlan(person: $person) {\n      name\n      effects\n      blockers\n    }\n  }\n": typeof types.ErasurePlanDocument,
    "\n  mutation ErasePerson($input: ErasePersonInput!) {\n    erasePerson(input: $input) {\n      effects\n    }\n  }\n": typeof types.ErasePersonDocument,
    "\n  fragment RetentionReviewFields on RetentionReview {\n    years\n    cutoff\n    candidates {\n      contact {\n        id\n        name\n        firstName\n        lastName\n        createdAt\n        organisation {\n          id\n          name\n        }\n      }\n      lastInvitedAt\n    }\n  }\n": typeof types.RetentionReviewFieldsFragmentDoc,
    "\n  query RetentionReview($cooperationId: ID!) {\n    retentionReview(cooperationId: $cooperationId) {\n      ...RetentionReviewFields\n    }\n  }\n": typeof types.RetentionReviewDocument,
    "\n  mutation SetContactRetention($input: SetContactRetentionInput!) {\n    setContactRetention(input: $input) {\n      review {\n        ...RetentionReviewFields\n      }\n    }\n  }\n": typeof types.SetContactRetentionDocument,
    "\n  mutation ApplyContactRetention($input: ApplyContactRetentionInput!) {\n    applyContactRetention(input: $input) {\n      erased\n      review {\n        ...RetentionReviewFields\n      }\n    }\n  }\n": typeof types.ApplyContactRetentionDocument,
    "\n  mutation UpdateMe($input: UpdateMeInput!) {\n    updateMe(input: $input) {\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": typeof types.UpdateMeDocument,
    "\n  query ReminderSettings {\n    myReminderSettings {\n      emailReminders\n    }\n  }\n": typeof types.ReminderSettingsDocument,
    "\n  mutation UpdateReminderSettings($input: UpdateReminderSettingsInput!) {\n    updateReminderSettings(input: $input) {\n      settings {\n        emailReminders\n      }\n    }\n  }\n": typeof types.UpdateReminderSettingsDocument,
    "\n  query AnnualReport($cooperationId: ID!, $year: Int!, $partnerId: ID) {\n    annualReport(cooperationId: $cooperationId, year: $year, partnerId: $partnerId) {\n      cooperationId\n      year\n      partner {\n        id\n        organisation {\n          id\n          name\n          shortName\n        }\n      }\n      generatedAt\n      empty\n      events {\n        id\n        title\n        seriesName\n        startsAt\n        leadPartnerName\n        invited\n        accepted\n        attended\n        seatsAttended\n      }\n      totalGuests\n      budget {\n        partner {\n          id\n          position\n          organisation {\n            id\n            name\n            shortName\n          }\n        }\n        plannedCents\n        actualCents\n      }\n      awards {\n        cycleId\n        title\n        phase\n        nominationCount\n        winners {\n          category\n          organisationName\n        }\n      }\n      retreat {\n        id\n        title\n        planYear\n        startsOn\n        status\n        decisions {\n          id\n          text\n          outcome\n          ownerPartnerName\n          dueOn\n        }\n      }\n      workstreams {\n        id\n        title\n        status\n        leadPartnerNames\n        milestones {\n          title\n          dueOn\n          doneOn\n        }\n      }\n      kpis {\n        id\n        name\n        unit\n        subject {\n          kind\n          id\n          title\n        }\n        baseline\n        value\n        measuredOn\n        target\n        targetOn\n        state\n      }\n      commitments {\n        id\n        title\n        status\n        fulfilledBy\n      }\n    }\n  }\n": typeof types.AnnualReportDocument,
    "\n  query AnnualReportCsv($cooperationId: ID!, $year: Int!, $partnerId: ID) {\n    annualReport(cooperationId: $cooperationId, year: $year, partnerId: $partnerId) {\n      cooperationId\n      year\n      csvUrl\n    }\n  }\n": typeof types.AnnualReportCsvDocument,
    "\n  fragment RetreatParticipantFields on RetreatParticipant {\n    membershipId\n    userId\n    name\n    isChair\n    pointsUsed\n    partner {\n      ...PartnerFields\n    }\n  }\n": typeof types.RetreatParticipantFieldsFragmentDoc,
    "\n  fragment DecisionFields on Decision {\n    id\n    retreatId\n    outcome\n    text\n    dueOn\n    version\n    proposal {\n      id\n      title\n      kind\n    }\n    ownerPartner {\n      ...PartnerFields\n    }\n    planItems {\n      kind\n      targetId\n      title\n      detail\n    }\n  }\n": typeof types.DecisionFieldsFragmentDoc,
    "\n  fragment ProposalFields on Proposal {\n    id\n    retreatId\n    kind\n    title\n    description\n    plannedOn\n    priority\n    submitterName\n    createdAt\n    points\n    myPoints\n    commentCount\n    canEdit\n    version\n    series {\n      id\n      title\n    }\n    workstream {\n      id\n      title\n    }\n    goals {\n      id\n      code\n      title\n    }\n    submitterPartner {\n      ...PartnerFields\n    }\n    decision {\n      id\n      outcome\n    }\n  }\n": typeof types.ProposalFieldsFragmentDoc,
    "\n  fragment RetreatFields on Retreat {\n    id\n    cooperationId\n    title\n    planYear\n    startsAt\n    endsOn\n    place\n    status\n    votingOpen\n    pointsBudget\n    amParticipant\n    canManage\n    canChair\n    canPropose\n    canVote\n    closedAt\n    version\n    chair {\n      ...RetreatParticipantFields\n    }\n    participants {\n      ...RetreatParticipantFields\n    }\n    agenda {\n      id\n      position\n      title\n      durationMinutes\n      startsAt\n      notes\n      version\n      presenter {\n        membershipId\n        name\n        partner {\n          ...PartnerFields\n        }\n      }\n      proposals {\n        id\n        title\n        kind\n      }\n    }\n    proposals {\n      ...ProposalFields\n    }\n    decisions {\n      ...DecisionFields\n    }\n    tally {\n      ...TallyFields\n    }\n  }\n": typeof types.RetreatFieldsFragmentDoc,
    "\n  query Retreats($cooperationId: ID!) {\n    retreats(cooperationId: $cooperationId) {\n      id\n      title\n      planYear\n      startsAt\n      endsOn\n      place\n      status\n      votingOpen\n      version\n      chair {\n        membershipId\n        name\n      }\n      participants {\n        membershipId\n      }\n    }\n  }\n": typeof types.RetreatsDocument,
    "\n  query Retreat($id: ID!) {\n    retreat(id: $id) {\n      ...RetreatFields\n    }\n  }\n": typeof types.RetreatDocument,
    "\n  query ProposalOptions($cooperationId: ID!) {\n    eventSeries(cooperationId: $cooperationId) {\n      id\n      name\n    }\n    workstreams(cooperationId: $cooperationId) {\n      id\n      title\n    }\n    strategy(cooperationId: $cooperationId) {\n      cooperationId\n      goals {\n        id\n        code\n        title\n        depth\n      }\n    }\n  }\n": typeof types.ProposalOptionsDocument,
    "\n  mutation CreateRetreat($input: CreateRetreatInput!) {\n    createRetreat(input: $input) {\n      retreat {\n        ...RetreatFields\n      }\n    }\n  }\n": typeof types.CreateRetreatDocument,
    "\n  mutation UpdateRetreat($input: UpdateRetreatInput!) {\n    updateRetreat(input: $input) {\n      retreat {\n        ...RetreatFields\n      }\n    }\n  }\n": typeof types.UpdateRetreatDocument,
    "\n  mutation DeleteRetreat($input: RetreatStepInput!) {\n    deleteRetreat(input: $input) {\n      id\n    }\n  }\n": typeof types.DeleteRetreatDocument,
    "\n  mutation StartRetreatSession($input: RetreatStepInput!) {\n    startRetreatSession(input: $input) {\n      retreat {\n        ...RetreatFields\n      }\n    }\n  }\n": typeof types.StartRetreatSessionDocument,
    "\n  mutation OpenVoting($input: RetreatStepInput!) {\n    openVoting(input: $input) {\n      retreat {\n        ...RetreatFields\n      }\n    }\n  }\n": typeof types.OpenVotingDocument,
    "\n  mutation CloseVoting($input: RetreatStepInput!) {\n    closeVoting(input: $input) {\n      retreat {\n        ...RetreatFields\n      }\n    }\n  }\n": typeof types.CloseVotingDocument,
    "\n  mutation CloseRetreat($input: RetreatStepInput!) {\n    closeRetreat(input: $input) {\n      retreat {\n        ...RetreatFields\n      }\n    }\n  }\n": typeof types.CloseRetreatDocument,
    "\n  mutation AddAgendaItem($input: AddAgendaItemInput!) {\n    addAgendaItem(input: $input) {\n      retreat {\n        ...RetreatFields\n      }\n    }\n  }\n": typeof types.AddAgendaItemDocument,
    "\n  mutation UpdateAgendaItem($input: UpdateAgendaItemInput!) {\n    updateAgendaItem(input: $input) {\n      retreat {\n        ...RetreatFields\n      }\n    }\n  }\n": typeof types.UpdateAgendaItemDocument,
    "\n  mutation MoveAgendaItem($input: MoveAgendaItemInput!) {\n    moveAgendaItem(input: $input) {\n      retreat {\n        ...RetreatFields\n      }\n    }\n  }\n": typeof types.MoveAgendaItemDocument,
    "\n  mutation DeleteAgendaItem($id: ID!) {\n    deleteAgendaItem(id: $id) {\n      retreat {\n        ...RetreatFields\n      }\n    }\n  }\n": typeof types.DeleteAgendaItemDocument,
    "\n  mutation SubmitProposal($input: SubmitProposalInput!) {\n    submitProposal(input: $input) {\n      proposal {\n        ...ProposalFields\n      }\n    }\n  }\n": typeof types.SubmitProposalDocument,
    "\n  mutation UpdateProposal($input: UpdateProposalInput!) {\n    updateProposal(input: $input) {\n      proposal {\n        ...ProposalFields\n      }\n    }\n  }\n": typeof types.UpdateProposalDocument,
    "\n  mutation WithdrawProposal($input: WithdrawProposalInput!) {\n    withdrawProposal(input: $input) {\n      retreat {\n        ...RetreatFields\n      }\n    }\n  }\n": typeof types.WithdrawProposalDocument,
    "\n  mutation RecordDecision($input: RecordDecisionInput!) {\n    recordDecision(input: $input) {\n      decision {\n        ...DecisionFields\n      }\n    }\n  }\n": typeof types.RecordDecisionDocument,
    "\n  mutation UpdateDecision($input: UpdateDecisionInput!) {\n    updateDecision(input: $input) {\n      decision {\n        ...DecisionFields\n      }\n    }\n  }\n": typeof types.UpdateDecisionDocument,
    "\n  mutation DeleteDecision($id: ID!) {\n    deleteDecision(id: $id) {\n      retreat {\n        ...RetreatFields\n      }\n    }\n  }\n": typeof types.DeleteDecisionDocument,
    "\n  fragment TallyFields on Tally {\n    retreatId\n    revision\n    status\n    votingOpen\n    pointsBudget\n    myPointsLeft\n    totalPoints\n    voterCount\n    participantCount\n    entries {\n      proposalId\n      title\n      kind\n      points\n      voters\n      rank\n      myPoints\n    }\n  }\n": typeof types.TallyFieldsFragmentDoc,
    "\n  query LiveRetreat($id: ID!) {\n    retreat(id: $id) {\n      id\n      cooperationId\n      title\n      planYear\n      place\n      status\n      votingOpen\n      pointsBudget\n      amParticipant\n      canVote\n      canChair\n      proposals {\n        id\n        kind\n        title\n        description\n      }\n      tally {\n        ...TallyFields\n      }\n    }\n  }\n": typeof types.LiveRetreatDocument,
    "\n  mutation LiveCastVote($input: CastVoteInput!) {\n    castVote(input: $input) {\n      tally {\n        ...TallyFields\n      }\n    }\n  }\n": typeof types.LiveCastVoteDocument,
    "\n  subscription LiveTallyChanged($retreatId: ID!) {\n    tallyChanged(retreatId: $retreatId) {\n      ...TallyFields\n    }\n  }\n": typeof types.LiveTallyChangedDocument,
    "\n  fragment RsvpPageFields on Rsvp {\n    guestName\n    letterSalutation\n    status\n    plusOne\n    plusOneName\n    plusOnesAllowed\n    waitlistPosition\n    eventTitle\n    startsAt\n    endsAt\n    venue\n    address\n    description\n    eventCancelled\n    deadline\n    open\n    closedReason\n    optedOut\n    cooperationId\n    cooperationName\n  }\n": typeof types.RsvpPageFieldsFragmentDoc,
    "\n  query RsvpByToken($token: String!) {\n    rsvp(token: $token) {\n      ...RsvpPageFields\n    }\n  }\n": typeof types.RsvpByTokenDocument,
    "\n  mutation RsvpSubmitAnswer($input: RsvpAnswerInput!) {\n    answerRsvp(input: $input) {\n      rsvp {\n        ...RsvpPageFields\n      }\n    }\n  }\n": typeof types.RsvpSubmitAnswerDocument,
    "\n  mutation RsvpOptOut($input: OptOutInput!) {\n    optOut(input: $input) {\n      rsvp {\n        ...RsvpPageFields\n      }\n    }\n  }\n": typeof types.RsvpOptOutDocument,
    "\n  query Search($query: String!, $cooperationId: ID!, $limit: Int) {\n    search(query: $query, cooperationId: $cooperationId, limit: $limit) {\n      query\n      totalCount\n      groups {\n        kind\n        totalCount\n        hits {\n          kind\n          id\n          title\n          snippet\n          context\n          parentId\n          rank\n        }\n      }\n    }\n  }\n": typeof types.SearchDocument,
    "\n  fragment SystemCooperation on Cooperation {\n    id\n    name\n    description\n    createdAt\n    partners {\n      id\n      organisation {\n        id\n        name\n        shortName\n        kind\n      }\n    }\n  }\n": typeof types.SystemCooperationFragmentDoc,
    "\n  query SystemCooperations {\n    cooperations {\n      ...SystemCooperation\n    }\n  }\n": typeof types.SystemCooperationsDocument,
    "\n  mutation CreateCooperation($input: CreateCooperationInput!) {\n    createCooperation(input: $input) {\n      cooperation {\n        ...SystemCooperation\n      }\n    }\n  }\n": typeof types.CreateCooperationDocument,
    "\n  fragment WorkstreamCardFields on Workstream {\n    id\n    title\n    status\n    priority\n    startsOn\n    endsOn\n    openTaskCount\n    version\n    partners {\n      ...PartnerFields\n    }\n    leads {\n      membershipId\n      userId\n      name\n      partner {\n        ...PartnerFields\n      }\n    }\n    goals {\n      id\n      code\n      title\n    }\n    milestones {\n      id\n      title\n      dueOn\n      doneOn\n      overdue\n    }\n    kpis {\n      id\n      name\n      state\n    }\n  }\n": typeof types.WorkstreamCardFieldsFragmentDoc,
    "\n  fragment MilestoneFields on Milestone {\n    id\n    workstreamId\n    title\n    dueOn\n    doneOn\n    overdue\n    version\n  }\n": typeof types.MilestoneFieldsFragmentDoc,
    "\n  fragment WorkstreamDetailFields on Workstream {\n    ...WorkstreamCardFields\n    cooperationId\n    description\n    canManage\n    canReport\n    updatedAt\n    milestones {\n      ...MilestoneFields\n    }\n    kpis {\n      ...KpiFields\n    }\n    statusReports {\n      id\n      status\n      summary\n      authorName\n      createdAt\n    }\n    tasks {\n      ...TaskFields\n    }\n  }\n": typeof types.WorkstreamDetailFieldsFragmentDoc,
    "\n  query Workstreams($cooperationId: ID!, $filter: WorkstreamFilter) {\n    workstreams(cooperationId: $cooperationId, filter: $filter) {\n      ...WorkstreamCardFields\n    }\n  }\n": typeof types.WorkstreamsDocument,
    "\n  query Workstream($id: ID!) {\n    workstream(id: $id) {\n      ...WorkstreamDetailFields\n    }\n  }\n": typeof types.WorkstreamDocument,
    "\n  query WorkstreamGoalOptions($cooperationId: ID!) {\n    strategy(cooperationId: $cooperationId) {\n      cooperationId\n      goals {\n        id\n        code\n        title\n        depth\n      }\n    }\n  }\n": typeof types.WorkstreamGoalOptionsDocument,
    "\n  mutation CreateWorkstream($input: CreateWorkstreamInput!) {\n    createWorkstream(input: $input) {\n      workstream {\n        ...WorkstreamDetailFields\n      }\n    }\n  }\n": typeof types.CreateWorkstreamDocument,
    "\n  mutation UpdateWorkstream($input: UpdateWorkstreamInput!) {\n    updateWorkstream(input: $input) {\n      workstream {\n        ...WorkstreamDetailFields\n      }\n    }\n  }\n": typeof types.UpdateWorkstreamDocument,
    "\n  mutation DeleteWorkstream($input: DeleteWorkstreamInput!) {\n    deleteWorkstream(input: $input) {\n      id\n    }\n  }\n": typeof types.DeleteWorkstreamDocument,
    "\n  mutation CreateMilestone($input: CreateMilestoneInput!) {\n    createMilestone(input: $input) {\n      workstream {\n        ...WorkstreamDetailFields\n      }\n    }\n  }\n": typeof types.CreateMilestoneDocument,
    "\n  mutation UpdateMilestone($input: UpdateMilestoneInput!) {\n    updateMilestone(input: $input) {\n      workstream {\n        ...WorkstreamDetailFields\n      }\n    }\n  }\n": typeof types.UpdateMilestoneDocument,
    "\n  mutation DeleteMilestone($input: DeleteMilestoneInput!) {\n    deleteMilestone(input: $input) {\n      workstream {\n        ...WorkstreamDetailFields\n      }\n    }\n  }\n": typeof types.DeleteMilestoneDocument,
    "\n  mutation AddStatusReport($input: AddStatusReportInput!) {\n    addStatusReport(input: $input) {\n      workstream {\n        ...WorkstreamDetailFields\n      }\n    }\n  }\n": typeof types.AddStatusReportDocument,
};
const documents: Documents = {
    "\n  query AuditEntries($cooperationId: ID!, $filter: AuditFilter, $limit: Int, $offset: Int) {\n    auditEntries(cooperationId: $cooperationId, filter: $filter, limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        id\n        at\n        actorName\n        action\n        entityType\n        entityId\n        changes {\n          field\n          old\n          new\n          redacted\n        }\n      }\n    }\n  }\n": types.AuditEntriesDocument,
    "\n  fragment MemberFields on Membership {\n    id\n    role\n    active\n    version\n    createdAt\n    invitationExpiresAt\n    user {\n      id\n      name\n      email\n      passwordSet\n      erased\n    }\n    organisation {\n      id\n      name\n      shortName\n    }\n  }\n": types.MemberFieldsFragmentDoc,
    "\n  query Members($cooperationId: ID!, $filter: MemberFilter, $limit: Int, $offset: Int) {\n    members(cooperationId: $cooperationId, filter: $filter, limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        ...MemberFields\n      }\n    }\n  }\n": types.MembersDocument,
    "\n  query OrganisationOptions($cooperationId: ID!) {\n    organisations(cooperationId: $cooperationId, limit: 200) {\n      totalCount\n      items {\n        id\n        name\n        shortName\n        isPartner\n      }\n    }\n  }\n": types.OrganisationOptionsDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      membership {\n        ...MemberFields\n      }\n    }\n  }\n": types.InviteMemberDocument,
    "\n  mutation UpdateMemberRole($input: UpdateMemberRoleInput!) {\n    updateMemberRole(input: $input) {\n      membership {\n        ...MemberFields\n      }\n    }\n  }\n": types.UpdateMemberRoleDocument,
    "\n  mutation SetMemberActive($input: SetMemberActiveInput!) {\n    setMemberActive(input: $input) {\n      membership {\n        ...MemberFields\n      }\n    }\n  }\n": types.SetMemberActiveDocument,
    "\n  mutation ResendInvitation($input: ResendInvitationInput!) {\n    resendInvitation(input: $input) {\n      membership {\n        id\n        version\n      }\n    }\n  }\n": types.ResendInvitationDocument,
    "\n  fragment AgreementHeadFields on Agreement {\n    id\n    cooperationId\n    title\n    validFrom\n    validUntil\n    status\n    predecessorId\n    successorId\n    signedAt\n    canManage\n  }\n": types.AgreementHeadFieldsFragmentDoc,
    "\n  fragment AgreementFields on Agreement {\n    ...AgreementHeadFields\n    body\n    signedByName\n    years\n    canSign\n    version\n    parties {\n      partner {\n        id\n        position\n        organisation {\n          id\n          name\n          shortName\n        }\n      }\n      signatory\n      signedOn\n    }\n    commitments {\n      id\n      agreementId\n      position\n      title\n      description\n      recurring\n      carriedFromId\n      version\n      years {\n        year\n        status\n        reason\n        fulfilments {\n          id\n          year\n          kind\n          measureId\n          title\n          detail\n          date\n          state\n        }\n      }\n    }\n  }\n": types.AgreementFieldsFragmentDoc,
    "\n  query Agreements($cooperationId: ID!) {\n    agreements(cooperationId: $cooperationId) {\n      ...AgreementHeadFields\n      commitments {\n        id\n      }\n    }\n  }\n": types.AgreementsDocument,
    "\n  query Agreement($id: ID!) {\n    agreement(id: $id) {\n      ...AgreementFields\n    }\n  }\n": types.AgreementDocument,
    "\n  query FulfilmentOptions($cooperationId: ID!, $from: DateTime, $until: DateTime) {\n    events(cooperationId: $cooperationId, filter: { from: $from, until: $until }, limit: 200) {\n      totalCount\n      items {\n        id\n        title\n        startsAt\n        status\n      }\n    }\n    awardProgrammes(cooperationId: $cooperationId) {\n      id\n      name\n      cycles {\n        id\n        year\n        title\n        phase\n      }\n    }\n    workstreams(cooperationId: $cooperationId) {\n      id\n      title\n      status\n      startsOn\n      endsOn\n    }\n    retreats(cooperationId: $cooperationId) {\n      id\n      title\n      startsAt\n      status\n    }\n  }\n": types.FulfilmentOptionsDocument,
    "\n  mutation CreateAgreement($input: CreateAgreementInput!) {\n    createAgreement(input: $input) {\n      agreement {\n        ...AgreementFields\n      }\n    }\n  }\n": types.CreateAgreementDocument,
    "\n  mutation UpdateAgreement($input: UpdateAgreementInput!) {\n    updateAgreement(input: $input) {\n      agreement {\n        ...AgreementFields\n      }\n    }\n  }\n": types.UpdateAgreementDocument,
    "\n  mutation SignAgreement($input: SignAgreementInput!) {\n    signAgreement(input: $input) {\n      agreement {\n        ...AgreementFields\n      }\n    }\n  }\n": types.SignAgreementDocument,
    "\n  mutation DeleteAgreement($input: DeleteAgreementInput!) {\n    deleteAgreement(input: $input) {\n      id\n    }\n  }\n": types.DeleteAgreementDocument,
    "\n  mutation CreateSuccessorAgreement($input: CreateSuccessorAgreementInput!) {\n    createSuccessorAgreement(input: $input) {\n      agreement {\n        ...AgreementFields\n      }\n    }\n  }\n": types.CreateSuccessorAgreementDocument,
    "\n  mutation CreateCommitment($input: CreateCommitmentInput!) {\n    createCommitment(input: $input) {\n      agreement {\n        ...AgreementFields\n      }\n    }\n  }\n": types.CreateCommitmentDocument,
    "\n  mutation UpdateCommitment($input: UpdateCommitmentInput!) {\n    updateCommitment(input: $input) {\n      agreement {\n        ...AgreementFields\n      }\n    }\n  }\n": types.UpdateCommitmentDocument,
    "\n  mutation DeleteCommitment($input: DeleteCommitmentInput!) {\n    deleteCommitment(input: $input) {\n      agreement {\n        ...AgreementFields\n      }\n    }\n  }\n": types.DeleteCommitmentDocument,
    "\n  mutation AddFulfilment($input: AddFulfilmentInput!) {\n    addFulfilment(input: $input) {\n      agreement {\n        ...AgreementFields\n      }\n    }\n  }\n": types.AddFulfilmentDocument,
    "\n  mutation RemoveFulfilment($id: ID!) {\n    removeFulfilment(id: $id) {\n      agreement {\n        ...AgreementFields\n      }\n    }\n  }\n": types.RemoveFulfilmentDocument,
    "\n  fragment SessionUser on User {\n    id\n    email\n    name\n    locale\n    isSystemAdmin\n    memberships {\n      id\n      role\n      active\n      cooperation {\n        id\n        name\n      }\n      organisation {\n        id\n        name\n        shortName\n      }\n    }\n  }\n": types.SessionUserFragmentDoc,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresAt\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation RefreshSession {\n    refreshSession {\n      accessToken\n      expiresAt\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  mutation Logout {\n    logout {\n      ok\n    }\n  }\n": types.LogoutDocument,
    "\n  query PasswordToken($token: String!) {\n    passwordToken(token: $token) {\n      email\n      name\n      purpose\n      expiresAt\n    }\n  }\n": types.PasswordTokenDocument,
    "\n  mutation SetPassword($input: SetPasswordInput!) {\n    setPassword(input: $input) {\n      accessToken\n      expiresAt\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": types.SetPasswordDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      ok\n    }\n  }\n": types.RequestPasswordResetDocument,
    "\n  fragment AwardCycleFields on AwardCycle {\n    id\n    cooperationId\n    programmeId\n    programmeName\n    year\n    title\n    categories\n    nominationOpensAt\n    nominationClosesAt\n    votingClosesAt\n    quorum\n    tieBreakRule\n    announcementEventId\n    announcementEventTitle\n    phase\n    criteria {\n      id\n      name\n      description\n      weight\n      scoreMin\n      scoreMax\n      position\n    }\n    approvals {\n      partner {\n        id\n        organisation {\n          id\n          name\n          shortName\n        }\n      }\n      approvedByName\n      approvedAt\n    }\n    allApproved\n    allowedPhases\n    canManage\n    canApprove {\n      id\n      organisation {\n        id\n        name\n        shortName\n      }\n    }\n    version\n    criteriaVersion\n  }\n": types.AwardCycleFieldsFragmentDoc,
    "\n  query AwardProgrammes($cooperationId: ID!) {\n    awardProgrammes(cooperationId: $cooperationId) {\n      id\n      name\n      description\n      winnerExclusionYears\n      canManage\n      version\n      cycles {\n        id\n        year\n        title\n        phase\n        allApproved\n        criteria {\n          id\n        }\n      }\n    }\n  }\n": types.AwardProgrammesDocument,
    "\n  fragment AwardCycleStatusFields on AwardCycle {\n    id\n    isChair\n    canClose\n    closedByName\n    closedAt\n    publicNominationPath\n    myBallot {\n      submittedAt\n      canEdit\n    }\n    turnout {\n      jurors\n      submitted\n      quorum\n      quorumMet\n    }\n  }\n": types.AwardCycleStatusFieldsFragmentDoc,
    "\n  query AwardCycle($id: ID!) {\n    awardCycle(id: $id) {\n      ...AwardCycleFields\n      ...AwardCycleStatusFields\n    }\n  }\n": types.AwardCycleDocument,
    "\n  query AwardEvents($cooperationId: ID!) {\n    events(cooperationId: $cooperationId, limit: 200) {\n      items {\n        id\n        title\n        startsAt\n      }\n    }\n  }\n": types.AwardEventsDocument,
    "\n  mutation CreateAwardProgramme($input: CreateAwardProgrammeInput!) {\n    createAwardProgramme(input: $input) {\n      awardProgramme {\n        id\n        name\n        description\n        winnerExclusionYears\n        version\n      }\n    }\n  }\n": types.CreateAwardProgrammeDocument,
    "\n  mutation UpdateAwardProgramme($input: UpdateAwardProgrammeInput!) {\n    updateAwardProgramme(input: $input) {\n      awardProgramme {\n        id\n        name\n        description\n        winnerExclusionYears\n        version\n      }\n    }\n  }\n": types.UpdateAwardProgrammeDocument,
    "\n  mutation CreateAwardCycle($input: CreateAwardCycleInput!) {\n    createAwardCycle(input: $input) {\n      awardCycle {\n        ...AwardCycleFields\n      }\n    }\n  }\n": types.CreateAwardCycleDocument,
    "\n  mutation UpdateAwardCycle($input: UpdateAwardCycleInput!) {\n    updateAwardCycle(input: $input) {\n      awardCycle {\n        ...AwardCycleFields\n      }\n    }\n  }\n": types.UpdateAwardCycleDocument,
    "\n  mutation AddCriterion($input: AddCriterionInput!) {\n    addCriterion(input: $input) {\n      awardCycle {\n        ...AwardCycleFields\n      }\n    }\n  }\n": types.AddCriterionDocument,
    "\n  mutation UpdateCriterion($input: UpdateCriterionInput!) {\n    updateCriterion(input: $input) {\n      awardCycle {\n        ...AwardCycleFields\n      }\n    }\n  }\n": types.UpdateCriterionDocument,
    "\n  mutation DeleteCriterion($input: DeleteCriterionInput!) {\n    deleteCriterion(input: $input) {\n      awardCycle {\n        ...AwardCycleFields\n      }\n    }\n  }\n": types.DeleteCriterionDocument,
    "\n  mutation ReorderCriteria($input: ReorderCriteriaInput!) {\n    reorderCriteria(input: $input) {\n      awardCycle {\n        ...AwardCycleFields\n      }\n    }\n  }\n": types.ReorderCriteriaDocument,
    "\n  mutation ApproveCriteria($input: ApproveCriteriaInput!) {\n    approveCriteria(input: $input) {\n      awardCycle {\n        ...AwardCycleFields\n      }\n    }\n  }\n": types.ApproveCriteriaDocument,
    "\n  mutation WithdrawCriteriaApproval($input: WithdrawCriteriaApprovalInput!) {\n    withdrawCriteriaApproval(input: $input) {\n      awardCycle {\n        ...AwardCycleFields\n      }\n    }\n  }\n": types.WithdrawCriteriaApprovalDocument,
    "\n  mutation ChangeAwardPhase($input: ChangeAwardPhaseInput!) {\n    changeAwardPhase(input: $input) {\n      awardCycle {\n        ...AwardCycleFields\n      }\n    }\n  }\n": types.ChangeAwardPhaseDocument,
    "\n  fragment BudgetPartnerTotalFields on BudgetPartnerTotal {\n    plannedCents\n    actualCents\n    sponsorshipCents\n    netCents\n    partner {\n      id\n      position\n      organisation {\n        id\n        name\n        shortName\n      }\n    }\n  }\n": types.BudgetPartnerTotalFieldsFragmentDoc,
    "\n  fragment EventBudgetFields on EventBudget {\n    eventId\n    plannedCents\n    actualCents\n    sponsorshipCents\n    inKindCents\n    netCents\n    lines {\n      id\n      category\n      description\n      plannedCents\n      actualCents\n      shareMode\n      version\n      shares {\n        basisPoints\n        amountCents\n        plannedCents\n        actualCents\n        partner {\n          id\n        }\n      }\n    }\n    sponsorships {\n      id\n      kind\n      amountCents\n      status\n      note\n      version\n      organisation {\n        id\n        name\n        shortName\n      }\n    }\n    partners {\n      ...BudgetPartnerTotalFields\n    }\n  }\n": types.EventBudgetFieldsFragmentDoc,
    "\n  query EventBudget($id: ID!) {\n    event(id: $id) {\n      id\n      budget {\n        ...EventBudgetFields\n      }\n    }\n  }\n": types.EventBudgetDocument,
    "\n  query BudgetSummary($cooperationId: ID!, $year: Int!) {\n    budgetSummary(cooperationId: $cooperationId, year: $year) {\n      year\n      plannedCents\n      actualCents\n      sponsorshipCents\n      netCents\n      partners {\n        ...BudgetPartnerTotalFields\n      }\n      events {\n        plannedCents\n        actualCents\n        sponsorshipCents\n        netCents\n        event {\n          id\n          title\n          startsAt\n          status\n        }\n      }\n    }\n  }\n": types.BudgetSummaryDocument,
    "\n  query SponsorOptions($cooperationId: ID!) {\n    organisations(cooperationId: $cooperationId, limit: 200) {\n      items {\n        id\n        name\n        shortName\n        kind\n      }\n    }\n  }\n": types.SponsorOptionsDocument,
    "\n  mutation CreateBudgetLine($input: CreateBudgetLineInput!) {\n    createBudgetLine(input: $input) {\n      budget {\n        ...EventBudgetFields\n      }\n    }\n  }\n": types.CreateBudgetLineDocument,
    "\n  mutation UpdateBudgetLine($input: UpdateBudgetLineInput!) {\n    updateBudgetLine(input: $input) {\n      budget {\n        ...EventBudgetFields\n      }\n    }\n  }\n": types.UpdateBudgetLineDocument,
    "\n  mutation DeleteBudgetLine($input: DeleteBudgetLineInput!) {\n    deleteBudgetLine(input: $input) {\n      id\n      budget {\n        ...EventBudgetFields\n      }\n    }\n  }\n": types.DeleteBudgetLineDocument,
    "\n  mutation CreateSponsorship($input: CreateSponsorshipInput!) {\n    createSponsorship(input: $input) {\n      budget {\n        ...EventBudgetFields\n      }\n    }\n  }\n": types.CreateSponsorshipDocument,
    "\n  mutation UpdateSponsorship($input: UpdateSponsorshipInput!) {\n    updateSponsorship(input: $input) {\n      budget {\n        ...EventBudgetFields\n      }\n    }\n  }\n": types.UpdateSponsorshipDocument,
    "\n  mutation DeleteSponsorship($input: DeleteSponsorshipInput!) {\n    deleteSponsorship(input: $input) {\n      id\n      budget {\n        ...EventBudgetFields\n      }\n    }\n  }\n": types.DeleteSponsorshipDocument,
    "\n  query EventIcsUrl($id: ID!) {\n    event(id: $id) {\n      id\n      icsUrl\n    }\n  }\n": types.EventIcsUrlDocument,
    "\n  query CalendarFeed($cooperationId: ID!) {\n    calendarFeed(cooperationId: $cooperationId) {\n      createdAt\n      createdByName\n    }\n  }\n": types.CalendarFeedDocument,
    "\n  mutation RotateCalendarFeed($input: RotateCalendarFeedInput!) {\n    rotateCalendarFeed(input: $input) {\n      url\n      calendarFeed {\n        createdAt\n        createdByName\n      }\n    }\n  }\n": types.RotateCalendarFeedDocument,
    "\n  mutation DeleteCalendarFeed($input: DeleteCalendarFeedInput!) {\n    deleteCalendarFeed(input: $input) {\n      cooperationId\n    }\n  }\n": types.DeleteCalendarFeedDocument,
    "\n  fragment ContactListFields on Contact {\n    id\n    salutation\n    title\n    firstName\n    lastName\n    name\n    function\n    email\n    phone\n    city\n    legalBasis\n    optedOutAt\n    detailsHidden\n    version\n    organisation {\n      id\n      name\n    }\n  }\n": types.ContactListFieldsFragmentDoc,
    "\n  fragment ContactDetailFields on Contact {\n    id\n    salutation\n    title\n    firstName\n    lastName\n    name\n    letterSalutation\n    function\n    email\n    phone\n    street\n    postalCode\n    city\n    legalBasis\n    consentAt\n    note\n    optedOutAt\n    detailsHidden\n    createdAt\n    updatedAt\n    version\n    organisation {\n      id\n      name\n    }\n    distributionLists {\n      id\n      name\n    }\n  }\n": types.ContactDetailFieldsFragmentDoc,
    "\n  fragment DistributionListFields on DistributionList {\n    id\n    name\n    description\n    memberCount\n    createdAt\n    version\n  }\n": types.DistributionListFieldsFragmentDoc,
    "\n  query Contacts($cooperationId: ID!, $filter: ContactFilter, $limit: Int, $offset: Int) {\n    contacts(cooperationId: $cooperationId, filter: $filter, limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        ...ContactListFields\n      }\n    }\n  }\n": types.ContactsDocument,
    "\n  query Contact($id: ID!) {\n    contact(id: $id) {\n      ...ContactDetailFields\n    }\n  }\n": types.ContactDocument,
    "\n  query ContactOrganisations($cooperationId: ID!) {\n    organisations(cooperationId: $cooperationId, limit: 200) {\n      totalCount\n      items {\n        id\n        name\n      }\n    }\n  }\n": types.ContactOrganisationsDocument,
    "\n  query DistributionLists($cooperationId: ID!) {\n    distributionLists(cooperationId: $cooperationId) {\n      ...DistributionListFields\n    }\n  }\n": types.DistributionListsDocument,
    "\n  query DistributionList($id: ID!) {\n    distributionList(id: $id) {\n      ...DistributionListFields\n    }\n  }\n": types.DistributionListDocument,
    "\n  mutation CreateContact($input: CreateContactInput!) {\n    createContact(input: $input) {\n      contact {\n        ...ContactDetailFields\n      }\n    }\n  }\n": types.CreateContactDocument,
    "\n  mutation UpdateContact($input: UpdateContactInput!) {\n    updateContact(input: $input) {\n      contact {\n        ...ContactDetailFields\n      }\n    }\n  }\n": types.UpdateContactDocument,
    "\n  mutation DeleteContact($input: DeleteContactInput!) {\n    deleteContact(input: $input) {\n      id\n    }\n  }\n": types.DeleteContactDocument,
    "\n  mutation CreateDistributionList($input: CreateDistributionListInput!) {\n    createDistributionList(input: $input) {\n      distributionList {\n        ...DistributionListFields\n      }\n    }\n  }\n": types.CreateDistributionListDocument,
    "\n  mutation UpdateDistributionList($input: UpdateDistributionListInput!) {\n    updateDistributionList(input: $input) {\n      distributionList {\n        ...DistributionListFields\n      }\n    }\n  }\n": types.UpdateDistributionListDocument,
    "\n  mutation DeleteDistributionList($input: DeleteDistributionListInput!) {\n    deleteDistributionList(input: $input) {\n      id\n    }\n  }\n": types.DeleteDistributionListDocument,
    "\n  mutation AddContactsToList($input: ListContactsInput!) {\n    addContactsToList(input: $input) {\n      distributionList {\n        ...DistributionListFields\n      }\n    }\n  }\n": types.AddContactsToListDocument,
    "\n  mutation RemoveContactsFromList($input: ListContactsInput!) {\n    removeContactsFromList(input: $input) {\n      distributionList {\n        ...DistributionListFields\n      }\n    }\n  }\n": types.RemoveContactsFromListDocument,
    "\n  fragment ContactImportReportFields on ContactImportReport {\n    fileName\n    encoding\n    delimiter\n    unknownColumns\n    totalRows\n    newCount\n    duplicateCount\n    existsCount\n    errorCount\n    rows {\n      line\n      status\n      existingContactId\n      messages {\n        column\n        message\n      }\n      values {\n        salutation\n        title\n        firstName\n        lastName\n        organisationName\n        email\n        legalBasis\n        consentAt\n      }\n    }\n  }\n": types.ContactImportReportFieldsFragmentDoc,
    "\n  query PreviewContactImport($input: PreviewContactImportInput!) {\n    previewContactImport(input: $input) {\n      ...ContactImportReportFields\n    }\n  }\n": types.PreviewContactImportDocument,
    "\n  mutation ImportContacts($input: ImportContactsInput!) {\n    importContacts(input: $input) {\n      createdCount\n      updatedCount\n      skippedCount\n      organisationsCreated\n      distributionList {\n        ...DistributionListFields\n      }\n    }\n  }\n": types.ImportContactsDocument,
    "\n  query Cooperations {\n    cooperations {\n      id\n      name\n    }\n  }\n": types.CooperationsDocument,
    "\n  query Cooperation($id: ID!) {\n    cooperation(id: $id) {\n      id\n      name\n      description\n      myRole\n      version\n      partners {\n        id\n        position\n        organisation {\n          id\n          name\n          shortName\n          kind\n        }\n      }\n    }\n  }\n": types.CooperationDocument,
    "\n  query Dashboard($cooperationId: ID!) {\n    dashboard(cooperationId: $cooperationId) {\n      cooperationId\n      myRole\n      today\n      myOpenTaskCount\n      myTasks {\n        id\n        title\n        dueOn\n        overdue\n        event {\n          id\n          title\n          startsAt\n        }\n        workstream {\n          id\n          title\n        }\n      }\n      upcomingEvents {\n        id\n        title\n        startsAt\n        status\n        leadPartnerName\n        invited\n        accepted\n        declined\n        waitlisted\n        capacity\n        openTaskCount\n      }\n      award {\n        cycleId\n        title\n        year\n        phase\n        nextDeadline\n        nextDeadlineLabel\n        nominationCount\n        myBallot {\n          toScore\n          scored\n          submitted\n        }\n      }\n      retreat {\n        id\n        title\n        planYear\n        startsOn\n        status\n        proposalCount\n        decisionCount\n        votingOpen\n        participating\n      }\n      workstreamsAtRisk {\n        id\n        title\n        status\n        priority\n        overdueMilestones\n      }\n      kpisOffTarget {\n        id\n        name\n        unit\n        subject {\n          kind\n          id\n          title\n        }\n        latestValue\n        target\n        targetOn\n        progress\n        state\n      }\n      coverage {\n        goalsWithoutMeasure\n        measuresWithoutKpi\n        measuresWithOnePartner\n        goalsWithoutPriority\n      }\n      openCommitments {\n        id\n        agreementId\n        title\n        status\n        reason\n      }\n    }\n  }\n": types.DashboardDocument,
    "\n  fragment CommentFields on Comment {\n    id\n    body\n    authorName\n    authorId\n    createdAt\n    editedAt\n    version\n    canEdit\n    canDelete\n  }\n": types.CommentFieldsFragmentDoc,
    "\n  fragment AttachmentFields on Attachment {\n    id\n    fileName\n    contentType\n    sizeBytes\n    description\n    uploaderName\n    createdAt\n    canDelete\n    downloadUrl\n  }\n": types.AttachmentFieldsFragmentDoc,
    "\n  query Comments($subject: SubjectInput!) {\n    comments(subject: $subject) {\n      ...CommentFields\n    }\n  }\n": types.CommentsDocument,
    "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      comment {\n        ...CommentFields\n      }\n    }\n  }\n": types.AddCommentDocument,
    "\n  mutation EditComment($input: EditCommentInput!) {\n    editComment(input: $input) {\n      comment {\n        ...CommentFields\n      }\n    }\n  }\n": types.EditCommentDocument,
    "\n  mutation DeleteComment($input: DeleteCommentInput!) {\n    deleteComment(input: $input) {\n      id\n    }\n  }\n": types.DeleteCommentDocument,
    "\n  query Attachments($subject: SubjectInput!) {\n    attachments(subject: $subject) {\n      ...AttachmentFields\n    }\n  }\n": types.AttachmentsDocument,
    "\n  mutation UploadAttachment($input: UploadAttachmentInput!) {\n    uploadAttachment(input: $input) {\n      attachment {\n        ...AttachmentFields\n      }\n    }\n  }\n": types.UploadAttachmentDocument,
    "\n  mutation DeleteAttachment($input: DeleteAttachmentInput!) {\n    deleteAttachment(input: $input) {\n      id\n    }\n  }\n": types.DeleteAttachmentDocument,
    "\n  fragment PartnerFields on Partner {\n    id\n    organisation {\n      id\n      name\n      shortName\n    }\n  }\n": types.PartnerFieldsFragmentDoc,
    "\n  fragment SeriesFields on EventSeries {\n    id\n    name\n    description\n    usualMonth\n    eventCount\n    version\n    defaultLeadPartner {\n      ...PartnerFields\n    }\n    taskTemplate {\n      title\n      daysBefore\n      ownerPartner {\n        ...PartnerFields\n      }\n    }\n  }\n": types.SeriesFieldsFragmentDoc,
    "\n  fragment EventListFields on Event {\n    id\n    title\n    startsAt\n    endsAt\n    venue\n    status\n    openTaskCount\n    version\n    series {\n      id\n      name\n    }\n    leadPartner {\n      ...PartnerFields\n    }\n    warnings {\n      kind\n    }\n  }\n": types.EventListFieldsFragmentDoc,
    "\n  fragment PlanningWarningFields on PlanningWarning {\n    kind\n    message\n    date\n    holidayName\n    otherEvent {\n      id\n      title\n      startsAt\n      endsAt\n      venue\n    }\n  }\n": types.PlanningWarningFieldsFragmentDoc,
    "\n  fragment TaskFields on Task {\n    id\n    title\n    dueOn\n    done\n    doneAt\n    cooperationId\n    version\n    assignee {\n      id\n      name\n    }\n    ownerPartner {\n      ...PartnerFields\n    }\n    event {\n      id\n      title\n      startsAt\n    }\n  }\n": types.TaskFieldsFragmentDoc,
    "\n  fragment EventDetailFields on Event {\n    ...EventListFields\n    address\n    capacity\n    description\n    allowedTransitions\n    createdAt\n    awardWinners {\n      cycleTitle\n      category\n      companyName\n      nominationId\n    }\n    organisers {\n      membership {\n        id\n        user {\n          id\n          name\n        }\n        organisation {\n          id\n          name\n          shortName\n        }\n      }\n    }\n    tasks {\n      ...TaskFields\n    }\n    warnings {\n      ...PlanningWarningFields\n    }\n  }\n": types.EventDetailFieldsFragmentDoc,
    "\n  query PlanningWarnings($input: PlanningCheckInput!) {\n    planningWarnings(input: $input) {\n      ...PlanningWarningFields\n    }\n  }\n": types.PlanningWarningsDocument,
    "\n  query PublicHolidays($from: Date!, $to: Date!) {\n    publicHolidays(from: $from, to: $to) {\n      date\n      name\n    }\n  }\n": types.PublicHolidaysDocument,
    "\n  query EventSeries($cooperationId: ID!) {\n    eventSeries(cooperationId: $cooperationId) {\n      ...SeriesFields\n    }\n  }\n": types.EventSeriesDocument,
    "\n  query SeriesWithKpis($cooperationId: ID!) {\n    eventSeries(cooperationId: $cooperationId) {\n      ...SeriesFields\n      kpis {\n        ...KpiFields\n      }\n    }\n  }\n": types.SeriesWithKpisDocument,
    "\n  query Events($cooperationId: ID!, $filter: EventFilter, $orderBy: EventOrder, $limit: Int, $offset: Int) {\n    events(cooperationId: $cooperationId, filter: $filter, orderBy: $orderBy, limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        ...EventListFields\n      }\n    }\n  }\n": types.EventsDocument,
    "\n  query CalendarEvents($cooperationId: ID!, $filter: EventFilter) {\n    events(cooperationId: $cooperationId, filter: $filter, limit: 200) {\n      totalCount\n      items {\n        id\n        title\n        startsAt\n        endsAt\n        status\n      }\n    }\n  }\n": types.CalendarEventsDocument,
    "\n  query Event($id: ID!) {\n    event(id: $id) {\n      ...EventDetailFields\n    }\n  }\n": types.EventDocument,
    "\n  query AssigneeOptions($cooperationId: ID!) {\n    members(cooperationId: $cooperationId, filter: { active: true }, limit: 200) {\n      totalCount\n      items {\n        id\n        role\n        user {\n          id\n          name\n        }\n        organisation {\n          id\n          shortName\n          name\n        }\n      }\n    }\n  }\n": types.AssigneeOptionsDocument,
    "\n  mutation CreateEventSeries($input: CreateEventSeriesInput!) {\n    createEventSeries(input: $input) {\n      eventSeries {\n        ...SeriesFields\n      }\n    }\n  }\n": types.CreateEventSeriesDocument,
    "\n  mutation UpdateEventSeries($input: UpdateEventSeriesInput!) {\n    updateEventSeries(input: $input) {\n      eventSeries {\n        ...SeriesFields\n      }\n    }\n  }\n": types.UpdateEventSeriesDocument,
    "\n  mutation CreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      event {\n        ...EventDetailFields\n      }\n    }\n  }\n": types.CreateEventDocument,
    "\n  mutation UpdateEvent($input: UpdateEventInput!) {\n    updateEvent(input: $input) {\n      event {\n        ...EventDetailFields\n      }\n    }\n  }\n": types.UpdateEventDocument,
    "\n  mutation ChangeEventStatus($input: ChangeEventStatusInput!) {\n    changeEventStatus(input: $input) {\n      event {\n        id\n        status\n        allowedTransitions\n        version\n      }\n    }\n  }\n": types.ChangeEventStatusDocument,
    "\n  mutation CreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      task {\n        ...TaskFields\n      }\n    }\n  }\n": types.CreateTaskDocument,
    "\n  mutation UpdateTask($input: UpdateTaskInput!) {\n    updateTask(input: $input) {\n      task {\n        ...TaskFields\n      }\n    }\n  }\n": types.UpdateTaskDocument,
    "\n  mutation DeleteTask($input: DeleteTaskInput!) {\n    deleteTask(input: $input) {\n      id\n    }\n  }\n": types.DeleteTaskDocument,
    "\n  mutation DeleteEvent($input: DeleteEventInput!) {\n    deleteEvent(input: $input) {\n      id\n    }\n  }\n": types.DeleteEventDocument,
    "\n  mutation DeleteEventSeries($input: DeleteEventSeriesInput!) {\n    deleteEventSeries(input: $input) {\n      id\n    }\n  }\n": types.DeleteEventSeriesDocument,
    "\n  fragment MeasureFields on Measure {\n    kind\n    id\n    title\n    workstreamStatus\n    kpiCount\n    goalCount\n    partners {\n      id\n      organisation {\n        id\n        name\n        shortName\n      }\n    }\n  }\n": types.MeasureFieldsFragmentDoc,
    "\n  fragment GoalFields on Goal {\n    id\n    parentId\n    position\n    code\n    depth\n    title\n    description\n    priority\n    covered\n    childCount\n    version\n    measures {\n      ...MeasureFields\n    }\n    kpis {\n      ...KpiFields\n    }\n  }\n": types.GoalFieldsFragmentDoc,
    "\n  fragment StrategyFields on Strategy {\n    cooperationId\n    missionStatement\n    version\n    canManage\n    goals {\n      ...GoalFields\n    }\n  }\n": types.StrategyFieldsFragmentDoc,
    "\n  query Strategy($cooperationId: ID!) {\n    strategy(cooperationId: $cooperationId) {\n      ...StrategyFields\n    }\n  }\n": types.StrategyDocument,
    "\n  query Coverage($cooperationId: ID!, $year: Int) {\n    coverage(cooperationId: $cooperationId, year: $year) {\n      cooperationId\n      year\n      goalsWithoutMeasure {\n        id\n        code\n        title\n      }\n      goalsWithoutPriority {\n        id\n        code\n        title\n      }\n      measuresWithoutKpi {\n        ...MeasureFields\n      }\n      measuresWithOnePartner {\n        ...MeasureFields\n      }\n      partnerBalance {\n        partner {\n          id\n          position\n          organisation {\n            id\n            name\n            shortName\n          }\n        }\n        eventsLed\n        eventsCoOrganised\n        workstreamsLed\n        plannedCents\n        actualCents\n        attendees\n      }\n    }\n  }\n": types.CoverageDocument,
    "\n  query MeasureOptions($cooperationId: ID!) {\n    workstreams(cooperationId: $cooperationId) {\n      id\n      title\n      status\n      startsOn\n      endsOn\n    }\n    eventSeries(cooperationId: $cooperationId) {\n      id\n      name\n    }\n  }\n": types.MeasureOptionsDocument,
    "\n  mutation UpdateMissionStatement($input: UpdateMissionStatementInput!) {\n    updateMissionStatement(input: $input) {\n      strategy {\n        ...StrategyFields\n      }\n    }\n  }\n": types.UpdateMissionStatementDocument,
    "\n  mutation CreateGoal($input: CreateGoalInput!) {\n    createGoal(input: $input) {\n      goal {\n        ...GoalFields\n      }\n    }\n  }\n": types.CreateGoalDocument,
    "\n  mutation UpdateGoal($input: UpdateGoalInput!) {\n    updateGoal(input: $input) {\n      goal {\n        ...GoalFields\n      }\n    }\n  }\n": types.UpdateGoalDocument,
    "\n  mutation DeleteGoal($input: DeleteGoalInput!) {\n    deleteGoal(input: $input) {\n      id\n    }\n  }\n": types.DeleteGoalDocument,
    "\n  mutation LinkGoalMeasure($input: GoalMeasureInput!) {\n    linkGoalMeasure(input: $input) {\n      goal {\n        ...GoalFields\n      }\n    }\n  }\n": types.LinkGoalMeasureDocument,
    "\n  mutation UnlinkGoalMeasure($input: GoalMeasureInput!) {\n    unlinkGoalMeasure(input: $input) {\n      goal {\n        ...GoalFields\n      }\n    }\n  }\n": types.UnlinkGoalMeasureDocument,
    "\n  mutation CreateGoalWorkstream($input: CreateWorkstreamInput!) {\n    createWorkstream(input: $input) {\n      workstream {\n        id\n        title\n        status\n        startsOn\n        endsOn\n        version\n      }\n    }\n  }\n": types.CreateGoalWorkstreamDocument,
    "\n  fragment GuestCountsFields on GuestCounts {\n    draft\n    invited\n    accepted\n    declined\n    waitlisted\n    attended\n    noShow\n    seatsTaken\n    seatsAttended\n    capacity\n    seatsFree\n  }\n": types.GuestCountsFieldsFragmentDoc,
    "\n  fragment GuestFields on Invitation {\n    id\n    status\n    guestName\n    plusOne\n    plusOneName\n    seats\n    invitedAt\n    answeredAt\n    waitlistPosition\n    checkedInAt\n    walkIn\n    version\n    contact {\n      id\n      name\n      function\n      email\n      optedOutAt\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.GuestFieldsFragmentDoc,
    "\n  query Guests($eventId: ID!) {\n    guests(eventId: $eventId) {\n      event {\n        id\n        title\n        status\n        capacity\n        plusOnesAllowed\n        rsvpDeadline\n        startsAt\n        version\n      }\n      items {\n        ...GuestFields\n      }\n      counts {\n        ...GuestCountsFields\n      }\n    }\n  }\n": types.GuestsDocument,
    "\n  query GuestListCsv($id: ID!) {\n    event(id: $id) {\n      id\n      guestListCsvUrl\n    }\n  }\n": types.GuestListCsvDocument,
    "\n  query InviteSources($cooperationId: ID!) {\n    distributionLists(cooperationId: $cooperationId) {\n      id\n      name\n      memberCount\n    }\n    events(cooperationId: $cooperationId, orderBy: STARTS_AT_DESC, limit: 100) {\n      items {\n        id\n        title\n        startsAt\n        guestCounts {\n          accepted\n          attended\n          noShow\n        }\n      }\n    }\n  }\n": types.InviteSourcesDocument,
    "\n  mutation InviteGuests($input: InviteGuestsInput!) {\n    inviteGuests(input: $input) {\n      added {\n        id\n      }\n      skipped {\n        contactId\n        name\n        reason\n      }\n    }\n  }\n": types.InviteGuestsDocument,
    "\n  mutation SendInvitations($input: SendInvitationsInput!) {\n    sendInvitations(input: $input) {\n      sent\n      skipped {\n        contactId\n        name\n        reason\n      }\n    }\n  }\n": types.SendInvitationsDocument,
    "\n  mutation RecordAnswer($input: RecordAnswerInput!) {\n    recordAnswer(input: $input) {\n      invitation {\n        ...GuestFields\n      }\n    }\n  }\n": types.RecordAnswerDocument,
    "\n  mutation DeleteInvitation($input: DeleteInvitationInput!) {\n    deleteInvitation(input: $input) {\n      id\n    }\n  }\n": types.DeleteInvitationDocument,
    "\n  mutation CheckIn($input: CheckInInput!) {\n    checkIn(input: $input) {\n      invitation {\n        ...GuestFields\n      }\n    }\n  }\n": types.CheckInDocument,
    "\n  mutation AddWalkIn($input: AddWalkInInput!) {\n    addWalkIn(input: $input) {\n      invitation {\n        ...GuestFields\n      }\n    }\n  }\n": types.AddWalkInDocument,
    "\n  fragment PrintGuestFields on Invitation {\n    id\n    status\n    guestName\n    plusOne\n    plusOneName\n    seats\n    waitlistPosition\n    checkedInAt\n    walkIn\n    contact {\n      id\n      function\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.PrintGuestFieldsFragmentDoc,
    "\n  fragment PrintEventFields on Event {\n    id\n    title\n    startsAt\n    endsAt\n    venue\n    address\n    capacity\n    status\n    leadPartner {\n      id\n    }\n  }\n": types.PrintEventFieldsFragmentDoc,
    "\n  query GuestListPrint($eventId: ID!) {\n    guests(eventId: $eventId, filter: { statuses: [ACCEPTED, ATTENDED, WAITLISTED, INVITED] }) {\n      event {\n        ...PrintEventFields\n      }\n      items {\n        ...PrintGuestFields\n      }\n      counts {\n        invited\n        accepted\n        declined\n        waitlisted\n        attended\n        seatsTaken\n        capacity\n        seatsFree\n      }\n    }\n  }\n": types.GuestListPrintDocument,
    "\n  query BadgesPrint($eventId: ID!) {\n    guests(eventId: $eventId, filter: { statuses: [ACCEPTED, ATTENDED] }) {\n      event {\n        ...PrintEventFields\n      }\n      items {\n        ...PrintGuestFields\n      }\n    }\n  }\n": types.BadgesPrintDocument,
    "\n  fragment JuryBallotFields on Ballot {\n    juror {\n      id\n      name\n      isChair\n    }\n    scores {\n      nominationId\n      criterionId\n      value\n      comment\n      updatedAt\n    }\n    conflicts {\n      jurorId\n      nominationId\n      reason\n      setByChair\n    }\n    required\n    scored\n    submittedAt\n    canEdit\n    version\n  }\n": types.JuryBallotFieldsFragmentDoc,
    "\n  query JuryScoring($id: ID!) {\n    awardCycle(id: $id) {\n      id\n      cooperationId\n      programmeName\n      title\n      year\n      phase\n      votingClosesAt\n      criteria {\n        id\n        name\n        description\n        weight\n        scoreMin\n        scoreMax\n        position\n      }\n      nominations {\n        id\n        companyName\n        companyAddress\n        category\n        justification\n        eligibility\n        attachments {\n          id\n          fileName\n          contentType\n          sizeBytes\n          description\n          downloadUrl\n        }\n        myConflict {\n          jurorId\n          nominationId\n          reason\n          setByChair\n        }\n      }\n      myBallot {\n        ...JuryBallotFields\n      }\n    }\n  }\n": types.JuryScoringDocument,
    "\n  mutation JurySaveScores($input: SaveScoresInput!) {\n    saveScores(input: $input) {\n      ballot {\n        ...JuryBallotFields\n      }\n    }\n  }\n": types.JurySaveScoresDocument,
    "\n  mutation JurySubmitBallot($input: SubmitBallotInput!) {\n    submitBallot(input: $input) {\n      ballot {\n        ...JuryBallotFields\n      }\n    }\n  }\n": types.JurySubmitBallotDocument,
    "\n  mutation JuryDeclareConflict($input: DeclareConflictInput!) {\n    declareConflict(input: $input) {\n      nomination {\n        id\n        myConflict {\n          jurorId\n          nominationId\n          reason\n          setByChair\n        }\n      }\n    }\n  }\n": types.JuryDeclareConflictDocument,
    "\n  fragment JuryResultFields on AwardResult {\n    closedByName\n    closedAt\n    needsCastingVote\n    castingVote\n    categories {\n      category\n      winnerTie\n      ranking {\n        nomination {\n          id\n          companyName\n          companyAddress\n          category\n          justification\n        }\n        rank\n        mean\n        meanText\n        median\n        jurors\n        topRanks\n        decidedBy\n        criterionMeans {\n          criterionId\n          mean\n        }\n        breakdown {\n          jurorName\n          conflicted\n          weighted\n          scores {\n            nominationId\n            criterionId\n            value\n            comment\n          }\n        }\n      }\n    }\n  }\n": types.JuryResultFieldsFragmentDoc,
    "\n  fragment JuryCycleResultFields on AwardCycle {\n    id\n    cooperationId\n    programmeName\n    title\n    year\n    phase\n    categories\n    quorum\n    tieBreakRule\n    announcementEventId\n    announcementEventTitle\n    votingClosesAt\n    version\n    isChair\n    canClose\n    closedByName\n    closedAt\n    criteria {\n      id\n      name\n      weight\n      scoreMin\n      scoreMax\n      position\n    }\n    turnout {\n      jurors\n      submitted\n      quorum\n      quorumMet\n    }\n    result {\n      ...JuryResultFields\n    }\n  }\n": types.JuryCycleResultFieldsFragmentDoc,
    "\n  query JuryResult($id: ID!) {\n    awardCycle(id: $id) {\n      ...JuryCycleResultFields\n      myBallot {\n        submittedAt\n        canEdit\n      }\n    }\n  }\n": types.JuryResultDocument,
    "\n  query JuryPrint($id: ID!) {\n    awardCycle(id: $id) {\n      ...JuryCycleResultFields\n      nominations {\n        id\n        category\n      }\n    }\n  }\n": types.JuryPrintDocument,
    "\n  mutation JuryCloseVoting($input: CloseAwardVotingInput!) {\n    closeAwardVoting(input: $input) {\n      awardCycle {\n        ...JuryCycleResultFields\n      }\n    }\n  }\n": types.JuryCloseVotingDocument,
    "\n  mutation JuryCastingVote($input: RecordCastingVoteInput!) {\n    recordCastingVote(input: $input) {\n      awardCycle {\n        ...JuryCycleResultFields\n      }\n    }\n  }\n": types.JuryCastingVoteDocument,
    "\n  fragment KpiFields on Kpi {\n    id\n    name\n    unit\n    baseline\n    baselineOn\n    target\n    targetOn\n    direction\n    progress\n    state\n    version\n    subject {\n      kind\n      id\n      title\n    }\n    measurements {\n      id\n      measuredOn\n      value\n      note\n      recordedByName\n    }\n    latest {\n      id\n      measuredOn\n      value\n    }\n  }\n": types.KpiFieldsFragmentDoc,
    "\n  mutation CreateKpi($input: CreateKpiInput!) {\n    createKpi(input: $input) {\n      kpi {\n        ...KpiFields\n      }\n    }\n  }\n": types.CreateKpiDocument,
    "\n  mutation UpdateKpi($input: UpdateKpiInput!) {\n    updateKpi(input: $input) {\n      kpi {\n        ...KpiFields\n      }\n    }\n  }\n": types.UpdateKpiDocument,
    "\n  mutation DeleteKpi($input: DeleteKpiInput!) {\n    deleteKpi(input: $input) {\n      id\n    }\n  }\n": types.DeleteKpiDocument,
    "\n  mutation RecordMeasurement($input: RecordMeasurementInput!) {\n    recordMeasurement(input: $input) {\n      kpi {\n        ...KpiFields\n      }\n    }\n  }\n": types.RecordMeasurementDocument,
    "\n  mutation DeleteMeasurement($id: ID!) {\n    deleteMeasurement(id: $id) {\n      kpi {\n        ...KpiFields\n      }\n    }\n  }\n": types.DeleteMeasurementDocument,
    "\n  query LegalTexts($cooperationId: ID!) {\n    legalTexts(cooperationId: $cooperationId) {\n      cooperationId\n      cooperationName\n      imprint\n      privacy\n      accessibility\n      updatedAt\n      version\n    }\n  }\n": types.LegalTextsDocument,
    "\n  mutation UpdateLegalTexts($input: UpdateLegalTextsInput!) {\n    updateLegalTexts(input: $input) {\n      legalTexts {\n        cooperationId\n        cooperationName\n        imprint\n        privacy\n        accessibility\n        updatedAt\n        version\n      }\n    }\n  }\n": types.UpdateLegalTextsDocument,
    "\n  fragment ConflictFields on Conflict {\n    jurorId\n    jurorName\n    nominationId\n    reason\n    setByChair\n    createdAt\n  }\n": types.ConflictFieldsFragmentDoc,
    "\n  fragment NominationFields on Nomination {\n    id\n    cycleId\n    organisationId\n    companyName\n    companyAddress\n    category\n    nominatorName\n    nominatorContactId\n    justification\n    source\n    eligibility\n    eligibilityReason\n    eligibilityDecidedByName\n    eligibilityDecidedAt\n    eligibilityHints\n    myConflict {\n      ...ConflictFields\n    }\n    conflicts {\n      ...ConflictFields\n    }\n    canManage\n    createdAt\n    version\n  }\n": types.NominationFieldsFragmentDoc,
    "\n  query CycleNominations($id: ID!) {\n    awardCycle(id: $id) {\n      id\n      phase\n      categories\n      canManage\n      isChair\n      nominations {\n        ...NominationFields\n      }\n    }\n  }\n": types.CycleNominationsDocument,
    "\n  fragment JurorFields on Juror {\n    id\n    userId\n    name\n    email\n    isChair\n    external\n    submittedAt\n  }\n": types.JurorFieldsFragmentDoc,
    "\n  fragment TurnoutFields on Turnout {\n    jurors\n    submitted\n    quorum\n    quorumMet\n  }\n": types.TurnoutFieldsFragmentDoc,
    "\n  query CycleJury($id: ID!) {\n    awardCycle(id: $id) {\n      id\n      cooperationId\n      phase\n      canManage\n      isChair\n      jurors {\n        ...JurorFields\n      }\n      turnout {\n        ...TurnoutFields\n      }\n      nominations {\n        id\n        companyName\n        category\n        eligibility\n        conflicts {\n          ...ConflictFields\n        }\n      }\n    }\n  }\n": types.CycleJuryDocument,
    "\n  query NominationOrganisations($cooperationId: ID!, $query: String) {\n    organisations(cooperationId: $cooperationId, filter: { query: $query }, limit: 20) {\n      totalCount\n      items {\n        id\n        name\n        shortName\n        kind\n        city\n      }\n    }\n  }\n": types.NominationOrganisationsDocument,
    "\n  query NominatorContacts($cooperationId: ID!, $query: String) {\n    contacts(cooperationId: $cooperationId, filter: { query: $query }, limit: 20) {\n      totalCount\n      items {\n        id\n        name\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.NominatorContactsDocument,
    "\n  query JurorCandidates($cooperationId: ID!) {\n    members(cooperationId: $cooperationId, filter: { active: true }, limit: 200) {\n      totalCount\n      items {\n        id\n        role\n        user {\n          id\n          name\n          email\n        }\n        organisation {\n          id\n          name\n          shortName\n        }\n      }\n    }\n  }\n": types.JurorCandidatesDocument,
    "\n  mutation CreateNomination($input: CreateNominationInput!) {\n    createNomination(input: $input) {\n      nomination {\n        ...NominationFields\n      }\n    }\n  }\n": types.CreateNominationDocument,
    "\n  mutation UpdateNomination($input: UpdateNominationInput!) {\n    updateNomination(input: $input) {\n      nomination {\n        ...NominationFields\n      }\n    }\n  }\n": types.UpdateNominationDocument,
    "\n  mutation DeleteNomination($input: DeleteNominationInput!) {\n    deleteNomination(input: $input) {\n      id\n    }\n  }\n": types.DeleteNominationDocument,
    "\n  mutation DecideEligibility($input: DecideEligibilityInput!) {\n    decideEligibility(input: $input) {\n      nomination {\n        ...NominationFields\n      }\n    }\n  }\n": types.DecideEligibilityDocument,
    "\n  fragment JuryPayloadFields on AwardCycle {\n    id\n    isChair\n    jurors {\n      ...JurorFields\n    }\n    turnout {\n      ...TurnoutFields\n    }\n  }\n": types.JuryPayloadFieldsFragmentDoc,
    "\n  mutation AddJuror($input: AddJurorInput!) {\n    addJuror(input: $input) {\n      awardCycle {\n        ...JuryPayloadFields\n      }\n    }\n  }\n": types.AddJurorDocument,
    "\n  mutation RemoveJuror($input: RemoveJurorInput!) {\n    removeJuror(input: $input) {\n      awardCycle {\n        ...JuryPayloadFields\n      }\n    }\n  }\n": types.RemoveJurorDocument,
    "\n  mutation SetJuryChair($input: SetJuryChairInput!) {\n    setJuryChair(input: $input) {\n      awardCycle {\n        ...JuryPayloadFields\n      }\n    }\n  }\n": types.SetJuryChairDocument,
    "\n  fragment ConflictPayloadFields on Nomination {\n    id\n    version\n    myConflict {\n      ...ConflictFields\n    }\n    conflicts {\n      ...ConflictFields\n    }\n  }\n": types.ConflictPayloadFieldsFragmentDoc,
    "\n  mutation SetConflict($input: SetConflictInput!) {\n    setConflict(input: $input) {\n      nomination {\n        ...ConflictPayloadFields\n      }\n    }\n  }\n": types.SetConflictDocument,
    "\n  mutation RemoveConflict($input: RemoveConflictInput!) {\n    removeConflict(input: $input) {\n      nomination {\n        ...ConflictPayloadFields\n      }\n    }\n  }\n": types.RemoveConflictDocument,
    "\n  query PublicNominationForm($cycleId: ID!) {\n    publicNominationForm(cycleId: $cycleId) {\n      cycleId\n      programmeName\n      title\n      categories\n      closesAt\n      open\n      cooperationId\n    }\n  }\n": types.PublicNominationFormDocument,
    "\n  mutation SubmitPublicNomination($input: PublicNominationInput!) {\n    submitPublicNomination(input: $input) {\n      reference\n    }\n  }\n": types.SubmitPublicNominationDocument,
    "\n  mutation ExportPersonalData($input: ExportPersonalDataInput!) {\n    exportPersonalData(input: $input) {\n      fileName\n      json\n    }\n  }\n": types.ExportPersonalDataDocument,
    "\n  query ErasurePlan($person: PersonInput!) {\n    erasurePlan(person: $person) {\n      name\n      effects\n      blockers\n    }\n  }\n": types.ErasurePlanDocument,
    "\n  mutation ErasePerson($input: ErasePersonInput!) {\n    erasePerson(input: $input) {\n      effects\n    }\n  }\n": types.ErasePersonDocument,
    "\n  fragment RetentionReviewFields on RetentionReview {\n    years\n    cutoff\n    candidates {\n      contact {\n        id\n        name\n        firstName\n        lastName\n        createdAt\n        organisation {\n          id\n          name\n        }\n      }\n      lastInvitedAt\n    }\n  }\n": types.RetentionReviewFieldsFragmentDoc,
    "\n  query RetentionReview($cooperationId: ID!) {\n    retentionReview(cooperationId: $cooperationId) {\n      ...RetentionReviewFields\n    }\n  }\n": types.RetentionReviewDocument,
    "\n  mutation SetContactRetention($input: SetContactRetentionInput!) {\n    setContactRetention(input: $input) {\n      review {\n        ...RetentionReviewFields\n      }\n    }\n  }\n": types.SetContactRetentionDocument,
    "\n  mutation ApplyContactRetention($input: ApplyContactRetentionInput!) {\n    applyContactRetention(input: $input) {\n      erased\n      review {\n        ...RetentionReviewFields\n      }\n    }\n  }\n": types.ApplyContactRetentionDocument,
    "\n  mutation UpdateMe($input: UpdateMeInput!) {\n    updateMe(input: $input) {\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": types.UpdateMeDocument,
    "\n  query ReminderSettings {\n    myReminderSettings {\n      emailReminders\n    }\n  }\n": types.ReminderSettingsDocument,
    "\n  mutation UpdateReminderSettings($input: UpdateReminderSettingsInput!) {\n    updateReminderSettings(input: $input) {\n      settings {\n        emailReminders\n      }\n    }\n  }\n": types.UpdateReminderSettingsDocument,
    "\n  query AnnualReport($cooperationId: ID!, $year: Int!, $partnerId: ID) {\n    annualReport(cooperationId: $cooperationId, year: $year, partnerId: $partnerId) {\n      cooperationId\n      year\n      partner {\n        id\n        organisation {\n          id\n          name\n          shortName\n        }\n      }\n      generatedAt\n      empty\n      events {\n        id\n        title\n        seriesName\n        startsAt\n        leadPartnerName\n        invited\n        accepted\n        attended\n        seatsAttended\n      }\n      totalGuests\n      budget {\n        partner {\n          id\n          position\n          organisation {\n            id\n            name\n            shortName\n          }\n        }\n        plannedCents\n        actualCents\n      }\n      awards {\n        cycleId\n        title\n        phase\n        nominationCount\n        winners {\n          category\n          organisationName\n        }\n      }\n      retreat {\n        id\n        title\n        planYear\n        startsOn\n        status\n        decisions {\n          id\n          text\n          outcome\n          ownerPartnerName\n          dueOn\n        }\n      }\n      workstreams {\n        id\n        title\n        status\n        leadPartnerNames\n        milestones {\n          title\n          dueOn\n          doneOn\n        }\n      }\n      kpis {\n        id\n        name\n        unit\n        subject {\n          kind\n          id\n          title\n        }\n        baseline\n        value\n        measuredOn\n        target\n        targetOn\n        state\n      }\n      commitments {\n        id\n        title\n        status\n        fulfilledBy\n      }\n    }\n  }\n": types.AnnualReportDocument,
    "\n  query AnnualReportCsv($cooperationId: ID!, $year: Int!, $partnerId: ID) {\n    annualReport(cooperationId: $cooperationId, year: $year, partnerId: $partnerId) {\n      cooperationId\n      year\n      csvUrl\n    }\n  }\n": types.AnnualReportCsvDocument,
    "\n  fragment RetreatParticipantFields on RetreatParticipant {\n    membershipId\n    userId\n    name\n    isChair\n    pointsUsed\n    partner {\n      ...PartnerFields\n    }\n  }\n": types.RetreatParticipantFieldsFragmentDoc,
    "\n  fragment DecisionFields on Decision {\n    id\n    retreatId\n    outcome\n    text\n    dueOn\n    version\n    proposal {\n      id\n      title\n      kind\n    }\n    ownerPartner {\n      ...PartnerFields\n    }\n    planItems {\n      kind\n      targetId\n      title\n      detail\n    }\n  }\n": types.DecisionFieldsFragmentDoc,
    "\n  fragment ProposalFields on Proposal {\n    id\n    retreatId\n    kind\n    title\n    description\n    plannedOn\n    priority\n    submitterName\n    createdAt\n    points\n    myPoints\n    commentCount\n    canEdit\n    version\n    series {\n      id\n      title\n    }\n    workstream {\n      id\n      title\n    }\n    goals {\n      id\n      code\n      title\n    }\n    submitterPartner {\n      ...PartnerFields\n    }\n    decision {\n      id\n      outcome\n    }\n  }\n": types.ProposalFieldsFragmentDoc,
    "\n  fragment RetreatFields on Retreat {\n    id\n    cooperationId\n    title\n    planYear\n    startsAt\n    endsOn\n    place\n    status\n    votingOpen\n    pointsBudget\n    amParticipant\n    canManage\n    canChair\n    canPropose\n    canVote\n    closedAt\n    version\n    chair {\n      ...RetreatParticipantFields\n    }\n    participants {\n      ...RetreatParticipantFields\n    }\n    agenda {\n      id\n      position\n      title\n      durationMinutes\n      startsAt\n      notes\n      version\n      presenter {\n        membershipId\n        name\n        partner {\n          ...PartnerFields\n        }\n      }\n      proposals {\n        id\n        title\n        kind\n      }\n    }\n    proposals {\n      ...ProposalFields\n    }\n    decisions {\n      ...DecisionFields\n    }\n    tally {\n      ...TallyFields\n    }\n  }\n": types.RetreatFieldsFragmentDoc,
    "\n  query Retreats($cooperationId: ID!) {\n    retreats(cooperationId: $cooperationId) {\n      id\n      title\n      planYear\n      startsAt\n      endsOn\n      place\n      status\n      votingOpen\n      version\n      chair {\n        membershipId\n        name\n      }\n      participants {\n        membershipId\n      }\n    }\n  }\n": types.RetreatsDocument,
    "\n  query Retreat($id: ID!) {\n    retreat(id: $id) {\n      ...RetreatFields\n    }\n  }\n": types.RetreatDocument,
    "\n  query ProposalOptions($cooperationId: ID!) {\n    eventSeries(cooperationId: $cooperationId) {\n      id\n      name\n    }\n    workstreams(cooperationId: $cooperationId) {\n      id\n      title\n    }\n    strategy(cooperationId: $cooperationId) {\n      cooperationId\n      goals {\n        id\n        code\n        title\n        depth\n      }\n    }\n  }\n": types.ProposalOptionsDocument,
    "\n  mutation CreateRetreat($input: CreateRetreatInput!) {\n    createRetreat(input: $input) {\n      retreat {\n        ...RetreatFields\n      }\n    }\n  }\n": types.CreateRetreatDocument,
    "\n  mutation UpdateRetreat($input: UpdateRetreatInput!) {\n    updateRetreat(input: $input) {\n      retreat {\n        ...RetreatFields\n      }\n    }\n  }\n": types.UpdateRetreatDocument,
    "\n  mutation DeleteRetreat($input: RetreatStepInput!) {\n    deleteRetreat(input: $input) {\n      id\n    }\n  }\n": types.DeleteRetreatDocument,
    "\n  mutation StartRetreatSession($input: RetreatStepInput!) {\n    startRetreatSession(input: $input) {\n      retreat {\n        ...RetreatFields\n      }\n    }\n  }\n": types.StartRetreatSessionDocument,
    "\n  mutation OpenVoting($input: RetreatStepInput!) {\n    openVoting(input: $input) {\n      retreat {\n        ...RetreatFields\n      }\n    }\n  }\n": types.OpenVotingDocument,
    "\n  mutation CloseVoting($input: RetreatStepInput!) {\n    closeVoting(input: $input) {\n      retreat {\n        ...RetreatFields\n      }\n    }\n  }\n": types.CloseVotingDocument,
    "\n  mutation CloseRetreat($input: RetreatStepInput!) {\n    closeRetreat(input: $input) {\n      retreat {\n        ...RetreatFields\n      }\n    }\n  }\n": types.CloseRetreatDocument,
    "\n  mutation AddAgendaItem($input: AddAgendaItemInput!) {\n    addAgendaItem(input: $input) {\n      retreat {\n        ...RetreatFields\n      }\n    }\n  }\n": types.AddAgendaItemDocument,
    "\n  mutation UpdateAgendaItem($input: UpdateAgendaItemInput!) {\n    updateAgendaItem(input: $input) {\n      retreat {\n        ...RetreatFields\n      }\n    }\n  }\n": types.UpdateAgendaItemDocument,
    "\n  mutation MoveAgendaItem($input: MoveAgendaItemInput!) {\n    moveAgendaItem(input: $input) {\n      retreat {\n        ...RetreatFields\n      }\n    }\n  }\n": types.MoveAgendaItemDocument,
    "\n  mutation DeleteAgendaItem($id: ID!) {\n    deleteAgendaItem(id: $id) {\n      retreat {\n        ...RetreatFields\n      }\n    }\n  }\n": types.DeleteAgendaItemDocument,
    "\n  mutation SubmitProposal($input: SubmitProposalInput!) {\n    submitProposal(input: $input) {\n      proposal {\n        ...ProposalFields\n      }\n    }\n  }\n": types.SubmitProposalDocument,
    "\n  mutation UpdateProposal($input: UpdateProposalInput!) {\n    updateProposal(input: $input) {\n      proposal {\n        ...ProposalFields\n      }\n    }\n  }\n": types.UpdateProposalDocument,
    "\n  mutation WithdrawProposal($input: WithdrawProposalInput!) {\n    withdrawProposal(input: $input) {\n      retreat {\n        ...RetreatFields\n      }\n    }\n  }\n": types.WithdrawProposalDocument,
    "\n  mutation RecordDecision($input: RecordDecisionInput!) {\n    recordDecision(input: $input) {\n      decision {\n        ...DecisionFields\n      }\n    }\n  }\n": types.RecordDecisionDocument,
    "\n  mutation UpdateDecision($input: UpdateDecisionInput!) {\n    updateDecision(input: $input) {\n      decision {\n        ...DecisionFields\n      }\n    }\n  }\n": types.UpdateDecisionDocument,
    "\n  mutation DeleteDecision($id: ID!) {\n    deleteDecision(id: $id) {\n      retreat {\n        ...RetreatFields\n      }\n    }\n  }\n": types.DeleteDecisionDocument,
    "\n  fragment TallyFields on Tally {\n    retreatId\n    revision\n    status\n    votingOpen\n    pointsBudget\n    myPointsLeft\n    totalPoints\n    voterCount\n    participantCount\n    entries {\n      proposalId\n      title\n      kind\n      points\n      voters\n      rank\n      myPoints\n    }\n  }\n": types.TallyFieldsFragmentDoc,
    "\n  query LiveRetreat($id: ID!) {\n    retreat(id: $id) {\n      id\n      cooperationId\n      title\n      planYear\n      place\n      status\n      votingOpen\n      pointsBudget\n      amParticipant\n      canVote\n      canChair\n      proposals {\n        id\n        kind\n        title\n        description\n      }\n      tally {\n        ...TallyFields\n      }\n    }\n  }\n": types.LiveRetreatDocument,
    "\n  mutation LiveCastVote($input: CastVoteInput!) {\n    castVote(input: $input) {\n      tally {\n        ...TallyFields\n      }\n    }\n  }\n": types.LiveCastVoteDocument,
    "\n  subscription LiveTallyChanged($retreatId: ID!) {\n    tallyChanged(retreatId: $retreatId) {\n      ...TallyFields\n    }\n  }\n": types.LiveTallyChangedDocument,
    "\n  fragment RsvpPageFields on Rsvp {\n    guestName\n    letterSalutation\n    status\n    plusOne\n    plusOneName\n    plusOnesAllowed\n    waitlistPosition\n    eventTitle\n    startsAt\n    endsAt\n    venue\n    address\n    description\n    eventCancelled\n    deadline\n    open\n    closedReason\n    optedOut\n    cooperationId\n    cooperationName\n  }\n": types.RsvpPageFieldsFragmentDoc,
    "\n  query RsvpByToken($token: String!) {\n    rsvp(token: $token) {\n      ...RsvpPageFields\n    }\n  }\n": types.RsvpByTokenDocument,
    "\n  mutation RsvpSubmitAnswer($input: RsvpAnswerInput!) {\n    answerRsvp(input: $input) {\n      rsvp {\n        ...RsvpPageFields\n      }\n    }\n  }\n": types.RsvpSubmitAnswerDocument,
    "\n  mutation RsvpOptOut($input: OptOutInput!) {\n    optOut(input: $input) {\n      rsvp {\n        ...RsvpPageFields\n      }\n    }\n  }\n": types.RsvpOptOutDocument,
    "\n  query Search($query: String!, $cooperationId: ID!, $limit: Int) {\n    search(query: $query, cooperationId: $cooperationId, limit: $limit) {\n      query\n      totalCount\n      groups {\n        kind\n        totalCount\n        hits {\n          kind\n          id\n          title\n          snippet\n          context\n          parentId\n          rank\n        }\n      }\n    }\n  }\n": types.SearchDocument,
    "\n  fragment SystemCooperation on Cooperation {\n    id\n    name\n    description\n    createdAt\n    partners {\n      id\n      organisation {\n        id\n        name\n        shortName\n        kind\n      }\n    }\n  }\n": types.SystemCooperationFragmentDoc,
    "\n  query SystemCooperations {\n    cooperations {\n      ...SystemCooperation\n    }\n  }\n": types.SystemCooperationsDocument,
    "\n  mutation CreateCooperation($input: CreateCooperationInput!) {\n    createCooperation(input: $input) {\n      cooperation {\n        ...SystemCooperation\n      }\n    }\n  }\n": types.CreateCooperationDocument,
    "\n  fragment WorkstreamCardFields on Workstream {\n    id\n    title\n    status\n    priority\n    startsOn\n    endsOn\n    openTaskCount\n    version\n    partners {\n      ...PartnerFields\n    }\n    leads {\n      membershipId\n      userId\n      name\n      partner {\n        ...PartnerFields\n      }\n    }\n    goals {\n      id\n      code\n      title\n    }\n    milestones {\n      id\n      title\n      dueOn\n      doneOn\n      overdue\n    }\n    kpis {\n      id\n      name\n      state\n    }\n  }\n": types.WorkstreamCardFieldsFragmentDoc,
    "\n  fragment MilestoneFields on Milestone {\n    id\n    workstreamId\n    title\n    dueOn\n    doneOn\n    overdue\n    version\n  }\n": types.MilestoneFieldsFragmentDoc,
    "\n  fragment WorkstreamDetailFields on Workstream {\n    ...WorkstreamCardFields\n    cooperationId\n    description\n    canManage\n    canReport\n    updatedAt\n    milestones {\n      ...MilestoneFields\n    }\n    kpis {\n      ...KpiFields\n    }\n    statusReports {\n      id\n      status\n      summary\n      authorName\n      createdAt\n    }\n    tasks {\n      ...TaskFields\n    }\n  }\n": types.WorkstreamDetailFieldsFragmentDoc,
    "\n  query Workstreams($cooperationId: ID!, $filter: WorkstreamFilter) {\n    workstreams(cooperationId: $cooperationId, filter: $filter) {\n      ...WorkstreamCardFields\n    }\n  }\n": types.WorkstreamsDocument,
    "\n  query Workstream($id: ID!) {\n    workstream(id: $id) {\n      ...WorkstreamDetailFields\n    }\n  }\n": types.WorkstreamDocument,
    "\n  query WorkstreamGoalOptions($cooperationId: ID!) {\n    strategy(cooperationId: $cooperationId) {\n      cooperationId\n      goals {\n        id\n        code\n        title\n        depth\n      }\n    }\n  }\n": types.WorkstreamGoalOptionsDocument,
    "\n  mutation CreateWorkstream($input: CreateWorkstreamInput!) {\n    createWorkstream(input: $input) {\n      workstream {\n        ...WorkstreamDetailFields\n      }\n    }\n  }\n": types.CreateWorkstreamDocument,
    "\n  mutation UpdateWorkstream($input: UpdateWorkstreamInput!) {\n    updateWorkstream(input: $input) {\n      workstream {\n        ...WorkstreamDetailFields\n      }\n    }\n  }\n": types.UpdateWorkstreamDocument,
    "\n  mutation DeleteWorkstream($input: DeleteWorkstreamInput!) {\n    deleteWorkstream(input: $input) {\n      id\n    }\n  }\n": types.DeleteWorkstreamDocument,
    "\n  mutation CreateMilestone($input: CreateMilestoneInput!) {\n    createMilestone(input: $input) {\n      workstream {\n        ...WorkstreamDetailFields\n      }\n    }\n  }\n": types.CreateMilestoneDocument,
    "\n  mutation UpdateMilestone($input: UpdateMilestoneInput!) {\n    updateMilestone(input: $input) {\n      workstream {\n        ...WorkstreamDetailFields\n      }\n    }\n  }\n": types.UpdateMilestoneDocument,
    "\n  mutation DeleteMilestone($input: DeleteMilestoneInput!) {\n    deleteMilestone(input: $input) {\n      workstream {\n        ...WorkstreamDetailFields\n      }\n    }\n  }\n": types.DeleteMilestoneDocument,
    "\n  mutation AddStatusReport($input: AddStatusReportInput!) {\n    addStatusReport(input: $input) {\n      workstream {\n        ...WorkstreamDetailFields\n      }\n    }\n  }\n": types.AddStatusReportDocument,
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
export function graphql(source: "\n  fragment MemberFields on Membership {\n    id\n    role\n    active\n    version\n    createdAt\n    invitationExpiresAt\n    user {\n      id\n      name\n      email\n      passwordSet\n      erased\n    }\n    organisation {\n      id\n      name\n      shortName\n    }\n  }\n"): (typeof documents)["\n  fragment MemberFields on Membership {\n    id\n    role\n    active\n    version\n    createdAt\n    invitationExpiresAt\n    user {\n      id\n      name\n      email\n      passwordSet\n      erased\n    }\n    organisation {\n      id\n      name\n      shortName\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment AgreementHeadFields on Agreement {\n    id\n    cooperationId\n    title\n    validFrom\n    validUntil\n    status\n    predecessorId\n    successorId\n    signedAt\n    canManage\n  }\n"): (typeof documents)["\n  fragment AgreementHeadFields on Agreement {\n    id\n    cooperationId\n    title\n    validFrom\n    validUntil\n    status\n    predecessorId\n    successorId\n    signedAt\n    canManage\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgreementFields on Agreement {\n    ...AgreementHeadFields\n    body\n    signedByName\n    years\n    canSign\n    version\n    parties {\n      partner {\n        id\n        position\n        organisation {\n          id\n          name\n          shortName\n        }\n      }\n      signatory\n      signedOn\n    }\n    commitments {\n      id\n      agreementId\n      position\n      title\n      description\n      recurring\n      carriedFromId\n      version\n      years {\n        year\n        status\n        reason\n        fulfilments {\n          id\n          year\n          kind\n          measureId\n          title\n          detail\n          date\n          state\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment AgreementFields on Agreement {\n    ...AgreementHeadFields\n    body\n    signedByName\n    years\n    canSign\n    version\n    parties {\n      partner {\n        id\n        position\n        organisation {\n          id\n          name\n          shortName\n        }\n      }\n      signatory\n      signedOn\n    }\n    commitments {\n      id\n      agreementId\n      position\n      title\n      description\n      recurring\n      carriedFromId\n      version\n      years {\n        year\n        status\n        reason\n        fulfilments {\n          id\n          year\n          kind\n          measureId\n          title\n          detail\n          date\n          state\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Agreements($cooperationId: ID!) {\n    agreements(cooperationId: $cooperationId) {\n      ...AgreementHeadFields\n      commitments {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query Agreements($cooperationId: ID!) {\n    agreements(cooperationId: $cooperationId) {\n      ...AgreementHeadFields\n      commitments {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Agreement($id: ID!) {\n    agreement(id: $id) {\n      ...AgreementFields\n    }\n  }\n"): (typeof documents)["\n  query Agreement($id: ID!) {\n    agreement(id: $id) {\n      ...AgreementFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FulfilmentOptions($cooperationId: ID!, $from: DateTime, $until: DateTime) {\n    events(cooperationId: $cooperationId, filter: { from: $from, until: $until }, limit: 200) {\n      totalCount\n      items {\n        id\n        title\n        startsAt\n        status\n      }\n    }\n    awardProgrammes(cooperationId: $cooperationId) {\n      id\n      name\n      cycles {\n        id\n        year\n        title\n        phase\n      }\n    }\n    workstreams(cooperationId: $cooperationId) {\n      id\n      title\n      status\n      startsOn\n      endsOn\n    }\n    retreats(cooperationId: $cooperationId) {\n      id\n      title\n      startsAt\n      status\n    }\n  }\n"): (typeof documents)["\n  query FulfilmentOptions($cooperationId: ID!, $from: DateTime, $until: DateTime) {\n    events(cooperationId: $cooperationId, filter: { from: $from, until: $until }, limit: 200) {\n      totalCount\n      items {\n        id\n        title\n        startsAt\n        status\n      }\n    }\n    awardProgrammes(cooperationId: $cooperationId) {\n      id\n      name\n      cycles {\n        id\n        year\n        title\n        phase\n      }\n    }\n    workstreams(cooperationId: $cooperationId) {\n      id\n      title\n      status\n      startsOn\n      endsOn\n    }\n    retreats(cooperationId: $cooperationId) {\n      id\n      title\n      startsAt\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAgreement($input: CreateAgreementInput!) {\n    createAgreement(input: $input) {\n      agreement {\n        ...AgreementFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAgreement($input: CreateAgreementInput!) {\n    createAgreement(input: $input) {\n      agreement {\n        ...AgreementFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAgreement($input: UpdateAgreementInput!) {\n    updateAgreement(input: $input) {\n      agreement {\n        ...AgreementFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAgreement($input: UpdateAgreementInput!) {\n    updateAgreement(input: $input) {\n      agreement {\n        ...AgreementFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignAgreement($input: SignAgreementInput!) {\n    signAgreement(input: $input) {\n      agreement {\n        ...AgreementFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignAgreement($input: SignAgreementInput!) {\n    signAgreement(input: $input) {\n      agreement {\n        ...AgreementFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAgreement($input: DeleteAgreementInput!) {\n    deleteAgreement(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteAgreement($input: DeleteAgreementInput!) {\n    deleteAgreement(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSuccessorAgreement($input: CreateSuccessorAgreementInput!) {\n    createSuccessorAgreement(input: $input) {\n      agreement {\n        ...AgreementFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSuccessorAgreement($input: CreateSuccessorAgreementInput!) {\n    createSuccessorAgreement(input: $input) {\n      agreement {\n        ...AgreementFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCommitment($input: CreateCommitmentInput!) {\n    createCommitment(input: $input) {\n      agreement {\n        ...AgreementFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCommitment($input: CreateCommitmentInput!) {\n    createCommitment(input: $input) {\n      agreement {\n        ...AgreementFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCommitment($input: UpdateCommitmentInput!) {\n    updateCommitment(input: $input) {\n      agreement {\n        ...AgreementFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCommitment($input: UpdateCommitmentInput!) {\n    updateCommitment(input: $input) {\n      agreement {\n        ...AgreementFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCommitment($input: DeleteCommitmentInput!) {\n    deleteCommitment(input: $input) {\n      agreement {\n        ...AgreementFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteCommitment($input: DeleteCommitmentInput!) {\n    deleteCommitment(input: $input) {\n      agreement {\n        ...AgreementFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddFulfilment($input: AddFulfilmentInput!) {\n    addFulfilment(input: $input) {\n      agreement {\n        ...AgreementFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddFulfilment($input: AddFulfilmentInput!) {\n    addFulfilment(input: $input) {\n      agreement {\n        ...AgreementFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveFulfilment($id: ID!) {\n    removeFulfilment(id: $id) {\n      agreement {\n        ...AgreementFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveFulfilment($id: ID!) {\n    removeFulfilment(id: $id) {\n      agreement {\n        ...AgreementFields\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment AwardCycleFields on AwardCycle {\n    id\n    cooperationId\n    programmeId\n    programmeName\n    year\n    title\n    categories\n    nominationOpensAt\n    nominationClosesAt\n    votingClosesAt\n    quorum\n    tieBreakRule\n    announcementEventId\n    announcementEventTitle\n    phase\n    criteria {\n      id\n      name\n      description\n      weight\n      scoreMin\n      scoreMax\n      position\n    }\n    approvals {\n      partner {\n        id\n        organisation {\n          id\n          name\n          shortName\n        }\n      }\n      approvedByName\n      approvedAt\n    }\n    allApproved\n    allowedPhases\n    canManage\n    canApprove {\n      id\n      organisation {\n        id\n        name\n        shortName\n      }\n    }\n    version\n    criteriaVersion\n  }\n"): (typeof documents)["\n  fragment AwardCycleFields on AwardCycle {\n    id\n    cooperationId\n    programmeId\n    programmeName\n    year\n    title\n    categories\n    nominationOpensAt\n    nominationClosesAt\n    votingClosesAt\n    quorum\n    tieBreakRule\n    announcementEventId\n    announcementEventTitle\n    phase\n    criteria {\n      id\n      name\n      description\n      weight\n      scoreMin\n      scoreMax\n      position\n    }\n    approvals {\n      partner {\n        id\n        organisation {\n          id\n          name\n          shortName\n        }\n      }\n      approvedByName\n      approvedAt\n    }\n    allApproved\n    allowedPhases\n    canManage\n    canApprove {\n      id\n      organisation {\n        id\n        name\n        shortName\n      }\n    }\n    version\n    criteriaVersion\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AwardProgrammes($cooperationId: ID!) {\n    awardProgrammes(cooperationId: $cooperationId) {\n      id\n      name\n      description\n      winnerExclusionYears\n      canManage\n      version\n      cycles {\n        id\n        year\n        title\n        phase\n        allApproved\n        criteria {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AwardProgrammes($cooperationId: ID!) {\n    awardProgrammes(cooperationId: $cooperationId) {\n      id\n      name\n      description\n      winnerExclusionYears\n      canManage\n      version\n      cycles {\n        id\n        year\n        title\n        phase\n        allApproved\n        criteria {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AwardCycleStatusFields on AwardCycle {\n    id\n    isChair\n    canClose\n    closedByName\n    closedAt\n    publicNominationPath\n    myBallot {\n      submittedAt\n      canEdit\n    }\n    turnout {\n      jurors\n      submitted\n      quorum\n      quorumMet\n    }\n  }\n"): (typeof documents)["\n  fragment AwardCycleStatusFields on AwardCycle {\n    id\n    isChair\n    canClose\n    closedByName\n    closedAt\n    publicNominationPath\n    myBallot {\n      submittedAt\n      canEdit\n    }\n    turnout {\n      jurors\n      submitted\n      quorum\n      quorumMet\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AwardCycle($id: ID!) {\n    awardCycle(id: $id) {\n      ...AwardCycleFields\n      ...AwardCycleStatusFields\n    }\n  }\n"): (typeof documents)["\n  query AwardCycle($id: ID!) {\n    awardCycle(id: $id) {\n      ...AwardCycleFields\n      ...AwardCycleStatusFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AwardEvents($cooperationId: ID!) {\n    events(cooperationId: $cooperationId, limit: 200) {\n      items {\n        id\n        title\n        startsAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query AwardEvents($cooperationId: ID!) {\n    events(cooperationId: $cooperationId, limit: 200) {\n      items {\n        id\n        title\n        startsAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAwardProgramme($input: CreateAwardProgrammeInput!) {\n    createAwardProgramme(input: $input) {\n      awardProgramme {\n        id\n        name\n        description\n        winnerExclusionYears\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAwardProgramme($input: CreateAwardProgrammeInput!) {\n    createAwardProgramme(input: $input) {\n      awardProgramme {\n        id\n        name\n        description\n        winnerExclusionYears\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAwardProgramme($input: UpdateAwardProgrammeInput!) {\n    updateAwardProgramme(input: $input) {\n      awardProgramme {\n        id\n        name\n        description\n        winnerExclusionYears\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAwardProgramme($input: UpdateAwardProgrammeInput!) {\n    updateAwardProgramme(input: $input) {\n      awardProgramme {\n        id\n        name\n        description\n        winnerExclusionYears\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAwardCycle($input: CreateAwardCycleInput!) {\n    createAwardCycle(input: $input) {\n      awardCycle {\n        ...AwardCycleFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAwardCycle($input: CreateAwardCycleInput!) {\n    createAwardCycle(input: $input) {\n      awardCycle {\n        ...AwardCycleFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAwardCycle($input: UpdateAwardCycleInput!) {\n    updateAwardCycle(input: $input) {\n      awardCycle {\n        ...AwardCycleFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAwardCycle($input: UpdateAwardCycleInput!) {\n    updateAwardCycle(input: $input) {\n      awardCycle {\n        ...AwardCycleFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCriterion($input: AddCriterionInput!) {\n    addCriterion(input: $input) {\n      awardCycle {\n        ...AwardCycleFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddCriterion($input: AddCriterionInput!) {\n    addCriterion(input: $input) {\n      awardCycle {\n        ...AwardCycleFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCriterion($input: UpdateCriterionInput!) {\n    updateCriterion(input: $input) {\n      awardCycle {\n        ...AwardCycleFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCriterion($input: UpdateCriterionInput!) {\n    updateCriterion(input: $input) {\n      awardCycle {\n        ...AwardCycleFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCriterion($input: DeleteCriterionInput!) {\n    deleteCriterion(input: $input) {\n      awardCycle {\n        ...AwardCycleFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteCriterion($input: DeleteCriterionInput!) {\n    deleteCriterion(input: $input) {\n      awardCycle {\n        ...AwardCycleFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderCriteria($input: ReorderCriteriaInput!) {\n    reorderCriteria(input: $input) {\n      awardCycle {\n        ...AwardCycleFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReorderCriteria($input: ReorderCriteriaInput!) {\n    reorderCriteria(input: $input) {\n      awardCycle {\n        ...AwardCycleFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveCriteria($input: ApproveCriteriaInput!) {\n    approveCriteria(input: $input) {\n      awardCycle {\n        ...AwardCycleFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveCriteria($input: ApproveCriteriaInput!) {\n    approveCriteria(input: $input) {\n      awardCycle {\n        ...AwardCycleFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawCriteriaApproval($input: WithdrawCriteriaApprovalInput!) {\n    withdrawCriteriaApproval(input: $input) {\n      awardCycle {\n        ...AwardCycleFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawCriteriaApproval($input: WithdrawCriteriaApprovalInput!) {\n    withdrawCriteriaApproval(input: $input) {\n      awardCycle {\n        ...AwardCycleFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeAwardPhase($input: ChangeAwardPhaseInput!) {\n    changeAwardPhase(input: $input) {\n      awardCycle {\n        ...AwardCycleFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeAwardPhase($input: ChangeAwardPhaseInput!) {\n    changeAwardPhase(input: $input) {\n      awardCycle {\n        ...AwardCycleFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BudgetPartnerTotalFields on BudgetPartnerTotal {\n    plannedCents\n    actualCents\n    sponsorshipCents\n    netCents\n    partner {\n      id\n      position\n      organisation {\n        id\n        name\n        shortName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment BudgetPartnerTotalFields on BudgetPartnerTotal {\n    plannedCents\n    actualCents\n    sponsorshipCents\n    netCents\n    partner {\n      id\n      position\n      organisation {\n        id\n        name\n        shortName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EventBudgetFields on EventBudget {\n    eventId\n    plannedCents\n    actualCents\n    sponsorshipCents\n    inKindCents\n    netCents\n    lines {\n      id\n      category\n      description\n      plannedCents\n      actualCents\n      shareMode\n      version\n      shares {\n        basisPoints\n        amountCents\n        plannedCents\n        actualCents\n        partner {\n          id\n        }\n      }\n    }\n    sponsorships {\n      id\n      kind\n      amountCents\n      status\n      note\n      version\n      organisation {\n        id\n        name\n        shortName\n      }\n    }\n    partners {\n      ...BudgetPartnerTotalFields\n    }\n  }\n"): (typeof documents)["\n  fragment EventBudgetFields on EventBudget {\n    eventId\n    plannedCents\n    actualCents\n    sponsorshipCents\n    inKindCents\n    netCents\n    lines {\n      id\n      category\n      description\n      plannedCents\n      actualCents\n      shareMode\n      version\n      shares {\n        basisPoints\n        amountCents\n        plannedCents\n        actualCents\n        partner {\n          id\n        }\n      }\n    }\n    sponsorships {\n      id\n      kind\n      amountCents\n      status\n      note\n      version\n      organisation {\n        id\n        name\n        shortName\n      }\n    }\n    partners {\n      ...BudgetPartnerTotalFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventBudget($id: ID!) {\n    event(id: $id) {\n      id\n      budget {\n        ...EventBudgetFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query EventBudget($id: ID!) {\n    event(id: $id) {\n      id\n      budget {\n        ...EventBudgetFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BudgetSummary($cooperationId: ID!, $year: Int!) {\n    budgetSummary(cooperationId: $cooperationId, year: $year) {\n      year\n      plannedCents\n      actualCents\n      sponsorshipCents\n      netCents\n      partners {\n        ...BudgetPartnerTotalFields\n      }\n      events {\n        plannedCents\n        actualCents\n        sponsorshipCents\n        netCents\n        event {\n          id\n          title\n          startsAt\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BudgetSummary($cooperationId: ID!, $year: Int!) {\n    budgetSummary(cooperationId: $cooperationId, year: $year) {\n      year\n      plannedCents\n      actualCents\n      sponsorshipCents\n      netCents\n      partners {\n        ...BudgetPartnerTotalFields\n      }\n      events {\n        plannedCents\n        actualCents\n        sponsorshipCents\n        netCents\n        event {\n          id\n          title\n          startsAt\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SponsorOptions($cooperationId: ID!) {\n    organisations(cooperationId: $cooperationId, limit: 200) {\n      items {\n        id\n        name\n        shortName\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  query SponsorOptions($cooperationId: ID!) {\n    organisations(cooperationId: $cooperationId, limit: 200) {\n      items {\n        id\n        name\n        shortName\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateBudgetLine($input: CreateBudgetLineInput!) {\n    createBudgetLine(input: $input) {\n      budget {\n        ...EventBudgetFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateBudgetLine($input: CreateBudgetLineInput!) {\n    createBudgetLine(input: $input) {\n      budget {\n        ...EventBudgetFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateBudgetLine($input: UpdateBudgetLineInput!) {\n    updateBudgetLine(input: $input) {\n      budget {\n        ...EventBudgetFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateBudgetLine($input: UpdateBudgetLineInput!) {\n    updateBudgetLine(input: $input) {\n      budget {\n        ...EventBudgetFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteBudgetLine($input: DeleteBudgetLineInput!) {\n    deleteBudgetLine(input: $input) {\n      id\n      budget {\n        ...EventBudgetFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteBudgetLine($input: DeleteBudgetLineInput!) {\n    deleteBudgetLine(input: $input) {\n      id\n      budget {\n        ...EventBudgetFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSponsorship($input: CreateSponsorshipInput!) {\n    createSponsorship(input: $input) {\n      budget {\n        ...EventBudgetFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSponsorship($input: CreateSponsorshipInput!) {\n    createSponsorship(input: $input) {\n      budget {\n        ...EventBudgetFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSponsorship($input: UpdateSponsorshipInput!) {\n    updateSponsorship(input: $input) {\n      budget {\n        ...EventBudgetFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSponsorship($input: UpdateSponsorshipInput!) {\n    updateSponsorship(input: $input) {\n      budget {\n        ...EventBudgetFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSponsorship($input: DeleteSponsorshipInput!) {\n    deleteSponsorship(input: $input) {\n      id\n      budget {\n        ...EventBudgetFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteSponsorship($input: DeleteSponsorshipInput!) {\n    deleteSponsorship(input: $input) {\n      id\n      budget {\n        ...EventBudgetFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventIcsUrl($id: ID!) {\n    event(id: $id) {\n      id\n      icsUrl\n    }\n  }\n"): (typeof documents)["\n  query EventIcsUrl($id: ID!) {\n    event(id: $id) {\n      id\n      icsUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarFeed($cooperationId: ID!) {\n    calendarFeed(cooperationId: $cooperationId) {\n      createdAt\n      createdByName\n    }\n  }\n"): (typeof documents)["\n  query CalendarFeed($cooperationId: ID!) {\n    calendarFeed(cooperationId: $cooperationId) {\n      createdAt\n      createdByName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateCalendarFeed($input: RotateCalendarFeedInput!) {\n    rotateCalendarFeed(input: $input) {\n      url\n      calendarFeed {\n        createdAt\n        createdByName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RotateCalendarFeed($input: RotateCalendarFeedInput!) {\n    rotateCalendarFeed(input: $input) {\n      url\n      calendarFeed {\n        createdAt\n        createdByName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCalendarFeed($input: DeleteCalendarFeedInput!) {\n    deleteCalendarFeed(input: $input) {\n      cooperationId\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteCalendarFeed($input: DeleteCalendarFeedInput!) {\n    deleteCalendarFeed(input: $input) {\n      cooperationId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactListFields on Contact {\n    id\n    salutation\n    title\n    firstName\n    lastName\n    name\n    function\n    email\n    phone\n    city\n    legalBasis\n    optedOutAt\n    detailsHidden\n    version\n    organisation {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ContactListFields on Contact {\n    id\n    salutation\n    title\n    firstName\n    lastName\n    name\n    function\n    email\n    phone\n    city\n    legalBasis\n    optedOutAt\n    detailsHidden\n    version\n    organisation {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactDetailFields on Contact {\n    id\n    salutation\n    title\n    firstName\n    lastName\n    name\n    letterSalutation\n    function\n    email\n    phone\n    street\n    postalCode\n    city\n    legalBasis\n    consentAt\n    note\n    optedOutAt\n    detailsHidden\n    createdAt\n    updatedAt\n    version\n    organisation {\n      id\n      name\n    }\n    distributionLists {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ContactDetailFields on Contact {\n    id\n    salutation\n    title\n    firstName\n    lastName\n    name\n    letterSalutation\n    function\n    email\n    phone\n    street\n    postalCode\n    city\n    legalBasis\n    consentAt\n    note\n    optedOutAt\n    detailsHidden\n    createdAt\n    updatedAt\n    version\n    organisation {\n      id\n      name\n    }\n    distributionLists {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DistributionListFields on DistributionList {\n    id\n    name\n    description\n    memberCount\n    createdAt\n    version\n  }\n"): (typeof documents)["\n  fragment DistributionListFields on DistributionList {\n    id\n    name\n    description\n    memberCount\n    createdAt\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Contacts($cooperationId: ID!, $filter: ContactFilter, $limit: Int, $offset: Int) {\n    contacts(cooperationId: $cooperationId, filter: $filter, limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        ...ContactListFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Contacts($cooperationId: ID!, $filter: ContactFilter, $limit: Int, $offset: Int) {\n    contacts(cooperationId: $cooperationId, filter: $filter, limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        ...ContactListFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Contact($id: ID!) {\n    contact(id: $id) {\n      ...ContactDetailFields\n    }\n  }\n"): (typeof documents)["\n  query Contact($id: ID!) {\n    contact(id: $id) {\n      ...ContactDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactOrganisations($cooperationId: ID!) {\n    organisations(cooperationId: $cooperationId, limit: 200) {\n      totalCount\n      items {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ContactOrganisations($cooperationId: ID!) {\n    organisations(cooperationId: $cooperationId, limit: 200) {\n      totalCount\n      items {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DistributionLists($cooperationId: ID!) {\n    distributionLists(cooperationId: $cooperationId) {\n      ...DistributionListFields\n    }\n  }\n"): (typeof documents)["\n  query DistributionLists($cooperationId: ID!) {\n    distributionLists(cooperationId: $cooperationId) {\n      ...DistributionListFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DistributionList($id: ID!) {\n    distributionList(id: $id) {\n      ...DistributionListFields\n    }\n  }\n"): (typeof documents)["\n  query DistributionList($id: ID!) {\n    distributionList(id: $id) {\n      ...DistributionListFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateContact($input: CreateContactInput!) {\n    createContact(input: $input) {\n      contact {\n        ...ContactDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateContact($input: CreateContactInput!) {\n    createContact(input: $input) {\n      contact {\n        ...ContactDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateContact($input: UpdateContactInput!) {\n    updateContact(input: $input) {\n      contact {\n        ...ContactDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateContact($input: UpdateContactInput!) {\n    updateContact(input: $input) {\n      contact {\n        ...ContactDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteContact($input: DeleteContactInput!) {\n    deleteContact(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteContact($input: DeleteContactInput!) {\n    deleteContact(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDistributionList($input: CreateDistributionListInput!) {\n    createDistributionList(input: $input) {\n      distributionList {\n        ...DistributionListFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDistributionList($input: CreateDistributionListInput!) {\n    createDistributionList(input: $input) {\n      distributionList {\n        ...DistributionListFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDistributionList($input: UpdateDistributionListInput!) {\n    updateDistributionList(input: $input) {\n      distributionList {\n        ...DistributionListFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDistributionList($input: UpdateDistributionListInput!) {\n    updateDistributionList(input: $input) {\n      distributionList {\n        ...DistributionListFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteDistributionList($input: DeleteDistributionListInput!) {\n    deleteDistributionList(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteDistributionList($input: DeleteDistributionListInput!) {\n    deleteDistributionList(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddContactsToList($input: ListContactsInput!) {\n    addContactsToList(input: $input) {\n      distributionList {\n        ...DistributionListFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddContactsToList($input: ListContactsInput!) {\n    addContactsToList(input: $input) {\n      distributionList {\n        ...DistributionListFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveContactsFromList($input: ListContactsInput!) {\n    removeContactsFromList(input: $input) {\n      distributionList {\n        ...DistributionListFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveContactsFromList($input: ListContactsInput!) {\n    removeContactsFromList(input: $input) {\n      distributionList {\n        ...DistributionListFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactImportReportFields on ContactImportReport {\n    fileName\n    encoding\n    delimiter\n    unknownColumns\n    totalRows\n    newCount\n    duplicateCount\n    existsCount\n    errorCount\n    rows {\n      line\n      status\n      existingContactId\n      messages {\n        column\n        message\n      }\n      values {\n        salutation\n        title\n        firstName\n        lastName\n        organisationName\n        email\n        legalBasis\n        consentAt\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ContactImportReportFields on ContactImportReport {\n    fileName\n    encoding\n    delimiter\n    unknownColumns\n    totalRows\n    newCount\n    duplicateCount\n    existsCount\n    errorCount\n    rows {\n      line\n      status\n      existingContactId\n      messages {\n        column\n        message\n      }\n      values {\n        salutation\n        title\n        firstName\n        lastName\n        organisationName\n        email\n        legalBasis\n        consentAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewContactImport($input: PreviewContactImportInput!) {\n    previewContactImport(input: $input) {\n      ...ContactImportReportFields\n    }\n  }\n"): (typeof documents)["\n  query PreviewContactImport($input: PreviewContactImportInput!) {\n    previewContactImport(input: $input) {\n      ...ContactImportReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportContacts($input: ImportContactsInput!) {\n    importContacts(input: $input) {\n      createdCount\n      updatedCount\n      skippedCount\n      organisationsCreated\n      distributionList {\n        ...DistributionListFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportContacts($input: ImportContactsInput!) {\n    importContacts(input: $input) {\n      createdCount\n      updatedCount\n      skippedCount\n      organisationsCreated\n      distributionList {\n        ...DistributionListFields\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query Dashboard($cooperationId: ID!) {\n    dashboard(cooperationId: $cooperationId) {\n      cooperationId\n      myRole\n      today\n      myOpenTaskCount\n      myTasks {\n        id\n        title\n        dueOn\n        overdue\n        event {\n          id\n          title\n          startsAt\n        }\n        workstream {\n          id\n          title\n        }\n      }\n      upcomingEvents {\n        id\n        title\n        startsAt\n        status\n        leadPartnerName\n        invited\n        accepted\n        declined\n        waitlisted\n        capacity\n        openTaskCount\n      }\n      award {\n        cycleId\n        title\n        year\n        phase\n        nextDeadline\n        nextDeadlineLabel\n        nominationCount\n        myBallot {\n          toScore\n          scored\n          submitted\n        }\n      }\n      retreat {\n        id\n        title\n        planYear\n        startsOn\n        status\n        proposalCount\n        decisionCount\n        votingOpen\n        participating\n      }\n      workstreamsAtRisk {\n        id\n        title\n        status\n        priority\n        overdueMilestones\n      }\n      kpisOffTarget {\n        id\n        name\n        unit\n        subject {\n          kind\n          id\n          title\n        }\n        latestValue\n        target\n        targetOn\n        progress\n        state\n      }\n      coverage {\n        goalsWithoutMeasure\n        measuresWithoutKpi\n        measuresWithOnePartner\n        goalsWithoutPriority\n      }\n      openCommitments {\n        id\n        agreementId\n        title\n        status\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  query Dashboard($cooperationId: ID!) {\n    dashboard(cooperationId: $cooperationId) {\n      cooperationId\n      myRole\n      today\n      myOpenTaskCount\n      myTasks {\n        id\n        title\n        dueOn\n        overdue\n        event {\n          id\n          title\n          startsAt\n        }\n        workstream {\n          id\n          title\n        }\n      }\n      upcomingEvents {\n        id\n        title\n        startsAt\n        status\n        leadPartnerName\n        invited\n        accepted\n        declined\n        waitlisted\n        capacity\n        openTaskCount\n      }\n      award {\n        cycleId\n        title\n        year\n        phase\n        nextDeadline\n        nextDeadlineLabel\n        nominationCount\n        myBallot {\n          toScore\n          scored\n          submitted\n        }\n      }\n      retreat {\n        id\n        title\n        planYear\n        startsOn\n        status\n        proposalCount\n        decisionCount\n        votingOpen\n        participating\n      }\n      workstreamsAtRisk {\n        id\n        title\n        status\n        priority\n        overdueMilestones\n      }\n      kpisOffTarget {\n        id\n        name\n        unit\n        subject {\n          kind\n          id\n          title\n        }\n        latestValue\n        target\n        targetOn\n        progress\n        state\n      }\n      coverage {\n        goalsWithoutMeasure\n        measuresWithoutKpi\n        measuresWithOnePartner\n        goalsWithoutPriority\n      }\n      openCommitments {\n        id\n        agreementId\n        title\n        status\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommentFields on Comment {\n    id\n    body\n    authorName\n    authorId\n    createdAt\n    editedAt\n    version\n    canEdit\n    canDelete\n  }\n"): (typeof documents)["\n  fragment CommentFields on Comment {\n    id\n    body\n    authorName\n    authorId\n    createdAt\n    editedAt\n    version\n    canEdit\n    canDelete\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AttachmentFields on Attachment {\n    id\n    fileName\n    contentType\n    sizeBytes\n    description\n    uploaderName\n    createdAt\n    canDelete\n    downloadUrl\n  }\n"): (typeof documents)["\n  fragment AttachmentFields on Attachment {\n    id\n    fileName\n    contentType\n    sizeBytes\n    description\n    uploaderName\n    createdAt\n    canDelete\n    downloadUrl\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Comments($subject: SubjectInput!) {\n    comments(subject: $subject) {\n      ...CommentFields\n    }\n  }\n"): (typeof documents)["\n  query Comments($subject: SubjectInput!) {\n    comments(subject: $subject) {\n      ...CommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      comment {\n        ...CommentFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      comment {\n        ...CommentFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditComment($input: EditCommentInput!) {\n    editComment(input: $input) {\n      comment {\n        ...CommentFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EditComment($input: EditCommentInput!) {\n    editComment(input: $input) {\n      comment {\n        ...CommentFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteComment($input: DeleteCommentInput!) {\n    deleteComment(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteComment($input: DeleteCommentInput!) {\n    deleteComment(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Attachments($subject: SubjectInput!) {\n    attachments(subject: $subject) {\n      ...AttachmentFields\n    }\n  }\n"): (typeof documents)["\n  query Attachments($subject: SubjectInput!) {\n    attachments(subject: $subject) {\n      ...AttachmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UploadAttachment($input: UploadAttachmentInput!) {\n    uploadAttachment(input: $input) {\n      attachment {\n        ...AttachmentFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UploadAttachment($input: UploadAttachmentInput!) {\n    uploadAttachment(input: $input) {\n      attachment {\n        ...AttachmentFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAttachment($input: DeleteAttachmentInput!) {\n    deleteAttachment(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteAttachment($input: DeleteAttachmentInput!) {\n    deleteAttachment(input: $input) {\n      id\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment EventListFields on Event {\n    id\n    title\n    startsAt\n    endsAt\n    venue\n    status\n    openTaskCount\n    version\n    series {\n      id\n      name\n    }\n    leadPartner {\n      ...PartnerFields\n    }\n    warnings {\n      kind\n    }\n  }\n"): (typeof documents)["\n  fragment EventListFields on Event {\n    id\n    title\n    startsAt\n    endsAt\n    venue\n    status\n    openTaskCount\n    version\n    series {\n      id\n      name\n    }\n    leadPartner {\n      ...PartnerFields\n    }\n    warnings {\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanningWarningFields on PlanningWarning {\n    kind\n    message\n    date\n    holidayName\n    otherEvent {\n      id\n      title\n      startsAt\n      endsAt\n      venue\n    }\n  }\n"): (typeof documents)["\n  fragment PlanningWarningFields on PlanningWarning {\n    kind\n    message\n    date\n    holidayName\n    otherEvent {\n      id\n      title\n      startsAt\n      endsAt\n      venue\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TaskFields on Task {\n    id\n    title\n    dueOn\n    done\n    doneAt\n    cooperationId\n    version\n    assignee {\n      id\n      name\n    }\n    ownerPartner {\n      ...PartnerFields\n    }\n    event {\n      id\n      title\n      startsAt\n    }\n  }\n"): (typeof documents)["\n  fragment TaskFields on Task {\n    id\n    title\n    dueOn\n    done\n    doneAt\n    cooperationId\n    version\n    assignee {\n      id\n      name\n    }\n    ownerPartner {\n      ...PartnerFields\n    }\n    event {\n      id\n      title\n      startsAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EventDetailFields on Event {\n    ...EventListFields\n    address\n    capacity\n    description\n    allowedTransitions\n    createdAt\n    awardWinners {\n      cycleTitle\n      category\n      companyName\n      nominationId\n    }\n    organisers {\n      membership {\n        id\n        user {\n          id\n          name\n        }\n        organisation {\n          id\n          name\n          shortName\n        }\n      }\n    }\n    tasks {\n      ...TaskFields\n    }\n    warnings {\n      ...PlanningWarningFields\n    }\n  }\n"): (typeof documents)["\n  fragment EventDetailFields on Event {\n    ...EventListFields\n    address\n    capacity\n    description\n    allowedTransitions\n    createdAt\n    awardWinners {\n      cycleTitle\n      category\n      companyName\n      nominationId\n    }\n    organisers {\n      membership {\n        id\n        user {\n          id\n          name\n        }\n        organisation {\n          id\n          name\n          shortName\n        }\n      }\n    }\n    tasks {\n      ...TaskFields\n    }\n    warnings {\n      ...PlanningWarningFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanningWarnings($input: PlanningCheckInput!) {\n    planningWarnings(input: $input) {\n      ...PlanningWarningFields\n    }\n  }\n"): (typeof documents)["\n  query PlanningWarnings($input: PlanningCheckInput!) {\n    planningWarnings(input: $input) {\n      ...PlanningWarningFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicHolidays($from: Date!, $to: Date!) {\n    publicHolidays(from: $from, to: $to) {\n      date\n      name\n    }\n  }\n"): (typeof documents)["\n  query PublicHolidays($from: Date!, $to: Date!) {\n    publicHolidays(from: $from, to: $to) {\n      date\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventSeries($cooperationId: ID!) {\n    eventSeries(cooperationId: $cooperationId) {\n      ...SeriesFields\n    }\n  }\n"): (typeof documents)["\n  query EventSeries($cooperationId: ID!) {\n    eventSeries(cooperationId: $cooperationId) {\n      ...SeriesFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeriesWithKpis($cooperationId: ID!) {\n    eventSeries(cooperationId: $cooperationId) {\n      ...SeriesFields\n      kpis {\n        ...KpiFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query SeriesWithKpis($cooperationId: ID!) {\n    eventSeries(cooperationId: $cooperationId) {\n      ...SeriesFields\n      kpis {\n        ...KpiFields\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation DeleteEvent($input: DeleteEventInput!) {\n    deleteEvent(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteEvent($input: DeleteEventInput!) {\n    deleteEvent(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteEventSeries($input: DeleteEventSeriesInput!) {\n    deleteEventSeries(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteEventSeries($input: DeleteEventSeriesInput!) {\n    deleteEventSeries(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeasureFields on Measure {\n    kind\n    id\n    title\n    workstreamStatus\n    kpiCount\n    goalCount\n    partners {\n      id\n      organisation {\n        id\n        name\n        shortName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment MeasureFields on Measure {\n    kind\n    id\n    title\n    workstreamStatus\n    kpiCount\n    goalCount\n    partners {\n      id\n      organisation {\n        id\n        name\n        shortName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GoalFields on Goal {\n    id\n    parentId\n    position\n    code\n    depth\n    title\n    description\n    priority\n    covered\n    childCount\n    version\n    measures {\n      ...MeasureFields\n    }\n    kpis {\n      ...KpiFields\n    }\n  }\n"): (typeof documents)["\n  fragment GoalFields on Goal {\n    id\n    parentId\n    position\n    code\n    depth\n    title\n    description\n    priority\n    covered\n    childCount\n    version\n    measures {\n      ...MeasureFields\n    }\n    kpis {\n      ...KpiFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StrategyFields on Strategy {\n    cooperationId\n    missionStatement\n    version\n    canManage\n    goals {\n      ...GoalFields\n    }\n  }\n"): (typeof documents)["\n  fragment StrategyFields on Strategy {\n    cooperationId\n    missionStatement\n    version\n    canManage\n    goals {\n      ...GoalFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Strategy($cooperationId: ID!) {\n    strategy(cooperationId: $cooperationId) {\n      ...StrategyFields\n    }\n  }\n"): (typeof documents)["\n  query Strategy($cooperationId: ID!) {\n    strategy(cooperationId: $cooperationId) {\n      ...StrategyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Coverage($cooperationId: ID!, $year: Int) {\n    coverage(cooperationId: $cooperationId, year: $year) {\n      cooperationId\n      year\n      goalsWithoutMeasure {\n        id\n        code\n        title\n      }\n      goalsWithoutPriority {\n        id\n        code\n        title\n      }\n      measuresWithoutKpi {\n        ...MeasureFields\n      }\n      measuresWithOnePartner {\n        ...MeasureFields\n      }\n      partnerBalance {\n        partner {\n          id\n          position\n          organisation {\n            id\n            name\n            shortName\n          }\n        }\n        eventsLed\n        eventsCoOrganised\n        workstreamsLed\n        plannedCents\n        actualCents\n        attendees\n      }\n    }\n  }\n"): (typeof documents)["\n  query Coverage($cooperationId: ID!, $year: Int) {\n    coverage(cooperationId: $cooperationId, year: $year) {\n      cooperationId\n      year\n      goalsWithoutMeasure {\n        id\n        code\n        title\n      }\n      goalsWithoutPriority {\n        id\n        code\n        title\n      }\n      measuresWithoutKpi {\n        ...MeasureFields\n      }\n      measuresWithOnePartner {\n        ...MeasureFields\n      }\n      partnerBalance {\n        partner {\n          id\n          position\n          organisation {\n            id\n            name\n            shortName\n          }\n        }\n        eventsLed\n        eventsCoOrganised\n        workstreamsLed\n        plannedCents\n        actualCents\n        attendees\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeasureOptions($cooperationId: ID!) {\n    workstreams(cooperationId: $cooperationId) {\n      id\n      title\n      status\n      startsOn\n      endsOn\n    }\n    eventSeries(cooperationId: $cooperationId) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query MeasureOptions($cooperationId: ID!) {\n    workstreams(cooperationId: $cooperationId) {\n      id\n      title\n      status\n      startsOn\n      endsOn\n    }\n    eventSeries(cooperationId: $cooperationId) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMissionStatement($input: UpdateMissionStatementInput!) {\n    updateMissionStatement(input: $input) {\n      strategy {\n        ...StrategyFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMissionStatement($input: UpdateMissionStatementInput!) {\n    updateMissionStatement(input: $input) {\n      strategy {\n        ...StrategyFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateGoal($input: CreateGoalInput!) {\n    createGoal(input: $input) {\n      goal {\n        ...GoalFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateGoal($input: CreateGoalInput!) {\n    createGoal(input: $input) {\n      goal {\n        ...GoalFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateGoal($input: UpdateGoalInput!) {\n    updateGoal(input: $input) {\n      goal {\n        ...GoalFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateGoal($input: UpdateGoalInput!) {\n    updateGoal(input: $input) {\n      goal {\n        ...GoalFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteGoal($input: DeleteGoalInput!) {\n    deleteGoal(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteGoal($input: DeleteGoalInput!) {\n    deleteGoal(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkGoalMeasure($input: GoalMeasureInput!) {\n    linkGoalMeasure(input: $input) {\n      goal {\n        ...GoalFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LinkGoalMeasure($input: GoalMeasureInput!) {\n    linkGoalMeasure(input: $input) {\n      goal {\n        ...GoalFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlinkGoalMeasure($input: GoalMeasureInput!) {\n    unlinkGoalMeasure(input: $input) {\n      goal {\n        ...GoalFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UnlinkGoalMeasure($input: GoalMeasureInput!) {\n    unlinkGoalMeasure(input: $input) {\n      goal {\n        ...GoalFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateGoalWorkstream($input: CreateWorkstreamInput!) {\n    createWorkstream(input: $input) {\n      workstream {\n        id\n        title\n        status\n        startsOn\n        endsOn\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateGoalWorkstream($input: CreateWorkstreamInput!) {\n    createWorkstream(input: $input) {\n      workstream {\n        id\n        title\n        status\n        startsOn\n        endsOn\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GuestCountsFields on GuestCounts {\n    draft\n    invited\n    accepted\n    declined\n    waitlisted\n    attended\n    noShow\n    seatsTaken\n    seatsAttended\n    capacity\n    seatsFree\n  }\n"): (typeof documents)["\n  fragment GuestCountsFields on GuestCounts {\n    draft\n    invited\n    accepted\n    declined\n    waitlisted\n    attended\n    noShow\n    seatsTaken\n    seatsAttended\n    capacity\n    seatsFree\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GuestFields on Invitation {\n    id\n    status\n    guestName\n    plusOne\n    plusOneName\n    seats\n    invitedAt\n    answeredAt\n    waitlistPosition\n    checkedInAt\n    walkIn\n    version\n    contact {\n      id\n      name\n      function\n      email\n      optedOutAt\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment GuestFields on Invitation {\n    id\n    status\n    guestName\n    plusOne\n    plusOneName\n    seats\n    invitedAt\n    answeredAt\n    waitlistPosition\n    checkedInAt\n    walkIn\n    version\n    contact {\n      id\n      name\n      function\n      email\n      optedOutAt\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Guests($eventId: ID!) {\n    guests(eventId: $eventId) {\n      event {\n        id\n        title\n        status\n        capacity\n        plusOnesAllowed\n        rsvpDeadline\n        startsAt\n        version\n      }\n      items {\n        ...GuestFields\n      }\n      counts {\n        ...GuestCountsFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Guests($eventId: ID!) {\n    guests(eventId: $eventId) {\n      event {\n        id\n        title\n        status\n        capacity\n        plusOnesAllowed\n        rsvpDeadline\n        startsAt\n        version\n      }\n      items {\n        ...GuestFields\n      }\n      counts {\n        ...GuestCountsFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GuestListCsv($id: ID!) {\n    event(id: $id) {\n      id\n      guestListCsvUrl\n    }\n  }\n"): (typeof documents)["\n  query GuestListCsv($id: ID!) {\n    event(id: $id) {\n      id\n      guestListCsvUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InviteSources($cooperationId: ID!) {\n    distributionLists(cooperationId: $cooperationId) {\n      id\n      name\n      memberCount\n    }\n    events(cooperationId: $cooperationId, orderBy: STARTS_AT_DESC, limit: 100) {\n      items {\n        id\n        title\n        startsAt\n        guestCounts {\n          accepted\n          attended\n          noShow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InviteSources($cooperationId: ID!) {\n    distributionLists(cooperationId: $cooperationId) {\n      id\n      name\n      memberCount\n    }\n    events(cooperationId: $cooperationId, orderBy: STARTS_AT_DESC, limit: 100) {\n      items {\n        id\n        title\n        startsAt\n        guestCounts {\n          accepted\n          attended\n          noShow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteGuests($input: InviteGuestsInput!) {\n    inviteGuests(input: $input) {\n      added {\n        id\n      }\n      skipped {\n        contactId\n        name\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InviteGuests($input: InviteGuestsInput!) {\n    inviteGuests(input: $input) {\n      added {\n        id\n      }\n      skipped {\n        contactId\n        name\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendInvitations($input: SendInvitationsInput!) {\n    sendInvitations(input: $input) {\n      sent\n      skipped {\n        contactId\n        name\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SendInvitations($input: SendInvitationsInput!) {\n    sendInvitations(input: $input) {\n      sent\n      skipped {\n        contactId\n        name\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAnswer($input: RecordAnswerInput!) {\n    recordAnswer(input: $input) {\n      invitation {\n        ...GuestFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordAnswer($input: RecordAnswerInput!) {\n    recordAnswer(input: $input) {\n      invitation {\n        ...GuestFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteInvitation($input: DeleteInvitationInput!) {\n    deleteInvitation(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteInvitation($input: DeleteInvitationInput!) {\n    deleteInvitation(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckIn($input: CheckInInput!) {\n    checkIn(input: $input) {\n      invitation {\n        ...GuestFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CheckIn($input: CheckInInput!) {\n    checkIn(input: $input) {\n      invitation {\n        ...GuestFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddWalkIn($input: AddWalkInInput!) {\n    addWalkIn(input: $input) {\n      invitation {\n        ...GuestFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddWalkIn($input: AddWalkInInput!) {\n    addWalkIn(input: $input) {\n      invitation {\n        ...GuestFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PrintGuestFields on Invitation {\n    id\n    status\n    guestName\n    plusOne\n    plusOneName\n    seats\n    waitlistPosition\n    checkedInAt\n    walkIn\n    contact {\n      id\n      function\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PrintGuestFields on Invitation {\n    id\n    status\n    guestName\n    plusOne\n    plusOneName\n    seats\n    waitlistPosition\n    checkedInAt\n    walkIn\n    contact {\n      id\n      function\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PrintEventFields on Event {\n    id\n    title\n    startsAt\n    endsAt\n    venue\n    address\n    capacity\n    status\n    leadPartner {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment PrintEventFields on Event {\n    id\n    title\n    startsAt\n    endsAt\n    venue\n    address\n    capacity\n    status\n    leadPartner {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GuestListPrint($eventId: ID!) {\n    guests(eventId: $eventId, filter: { statuses: [ACCEPTED, ATTENDED, WAITLISTED, INVITED] }) {\n      event {\n        ...PrintEventFields\n      }\n      items {\n        ...PrintGuestFields\n      }\n      counts {\n        invited\n        accepted\n        declined\n        waitlisted\n        attended\n        seatsTaken\n        capacity\n        seatsFree\n      }\n    }\n  }\n"): (typeof documents)["\n  query GuestListPrint($eventId: ID!) {\n    guests(eventId: $eventId, filter: { statuses: [ACCEPTED, ATTENDED, WAITLISTED, INVITED] }) {\n      event {\n        ...PrintEventFields\n      }\n      items {\n        ...PrintGuestFields\n      }\n      counts {\n        invited\n        accepted\n        declined\n        waitlisted\n        attended\n        seatsTaken\n        capacity\n        seatsFree\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BadgesPrint($eventId: ID!) {\n    guests(eventId: $eventId, filter: { statuses: [ACCEPTED, ATTENDED] }) {\n      event {\n        ...PrintEventFields\n      }\n      items {\n        ...PrintGuestFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query BadgesPrint($eventId: ID!) {\n    guests(eventId: $eventId, filter: { statuses: [ACCEPTED, ATTENDED] }) {\n      event {\n        ...PrintEventFields\n      }\n      items {\n        ...PrintGuestFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment JuryBallotFields on Ballot {\n    juror {\n      id\n      name\n      isChair\n    }\n    scores {\n      nominationId\n      criterionId\n      value\n      comment\n      updatedAt\n    }\n    conflicts {\n      jurorId\n      nominationId\n      reason\n      setByChair\n    }\n    required\n    scored\n    submittedAt\n    canEdit\n    version\n  }\n"): (typeof documents)["\n  fragment JuryBallotFields on Ballot {\n    juror {\n      id\n      name\n      isChair\n    }\n    scores {\n      nominationId\n      criterionId\n      value\n      comment\n      updatedAt\n    }\n    conflicts {\n      jurorId\n      nominationId\n      reason\n      setByChair\n    }\n    required\n    scored\n    submittedAt\n    canEdit\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JuryScoring($id: ID!) {\n    awardCycle(id: $id) {\n      id\n      cooperationId\n      programmeName\n      title\n      year\n      phase\n      votingClosesAt\n      criteria {\n        id\n        name\n        description\n        weight\n        scoreMin\n        scoreMax\n        position\n      }\n      nominations {\n        id\n        companyName\n        companyAddress\n        category\n        justification\n        eligibility\n        attachments {\n          id\n          fileName\n          contentType\n          sizeBytes\n          description\n          downloadUrl\n        }\n        myConflict {\n          jurorId\n          nominationId\n          reason\n          setByChair\n        }\n      }\n      myBallot {\n        ...JuryBallotFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query JuryScoring($id: ID!) {\n    awardCycle(id: $id) {\n      id\n      cooperationId\n      programmeName\n      title\n      year\n      phase\n      votingClosesAt\n      criteria {\n        id\n        name\n        description\n        weight\n        scoreMin\n        scoreMax\n        position\n      }\n      nominations {\n        id\n        companyName\n        companyAddress\n        category\n        justification\n        eligibility\n        attachments {\n          id\n          fileName\n          contentType\n          sizeBytes\n          description\n          downloadUrl\n        }\n        myConflict {\n          jurorId\n          nominationId\n          reason\n          setByChair\n        }\n      }\n      myBallot {\n        ...JuryBallotFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JurySaveScores($input: SaveScoresInput!) {\n    saveScores(input: $input) {\n      ballot {\n        ...JuryBallotFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation JurySaveScores($input: SaveScoresInput!) {\n    saveScores(input: $input) {\n      ballot {\n        ...JuryBallotFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JurySubmitBallot($input: SubmitBallotInput!) {\n    submitBallot(input: $input) {\n      ballot {\n        ...JuryBallotFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation JurySubmitBallot($input: SubmitBallotInput!) {\n    submitBallot(input: $input) {\n      ballot {\n        ...JuryBallotFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JuryDeclareConflict($input: DeclareConflictInput!) {\n    declareConflict(input: $input) {\n      nomination {\n        id\n        myConflict {\n          jurorId\n          nominationId\n          reason\n          setByChair\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation JuryDeclareConflict($input: DeclareConflictInput!) {\n    declareConflict(input: $input) {\n      nomination {\n        id\n        myConflict {\n          jurorId\n          nominationId\n          reason\n          setByChair\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment JuryResultFields on AwardResult {\n    closedByName\n    closedAt\n    needsCastingVote\n    castingVote\n    categories {\n      category\n      winnerTie\n      ranking {\n        nomination {\n          id\n          companyName\n          companyAddress\n          category\n          justification\n        }\n        rank\n        mean\n        meanText\n        median\n        jurors\n        topRanks\n        decidedBy\n        criterionMeans {\n          criterionId\n          mean\n        }\n        breakdown {\n          jurorName\n          conflicted\n          weighted\n          scores {\n            nominationId\n            criterionId\n            value\n            comment\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment JuryResultFields on AwardResult {\n    closedByName\n    closedAt\n    needsCastingVote\n    castingVote\n    categories {\n      category\n      winnerTie\n      ranking {\n        nomination {\n          id\n          companyName\n          companyAddress\n          category\n          justification\n        }\n        rank\n        mean\n        meanText\n        median\n        jurors\n        topRanks\n        decidedBy\n        criterionMeans {\n          criterionId\n          mean\n        }\n        breakdown {\n          jurorName\n          conflicted\n          weighted\n          scores {\n            nominationId\n            criterionId\n            value\n            comment\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment JuryCycleResultFields on AwardCycle {\n    id\n    cooperationId\n    programmeName\n    title\n    year\n    phase\n    categories\n    quorum\n    tieBreakRule\n    announcementEventId\n    announcementEventTitle\n    votingClosesAt\n    version\n    isChair\n    canClose\n    closedByName\n    closedAt\n    criteria {\n      id\n      name\n      weight\n      scoreMin\n      scoreMax\n      position\n    }\n    turnout {\n      jurors\n      submitted\n      quorum\n      quorumMet\n    }\n    result {\n      ...JuryResultFields\n    }\n  }\n"): (typeof documents)["\n  fragment JuryCycleResultFields on AwardCycle {\n    id\n    cooperationId\n    programmeName\n    title\n    year\n    phase\n    categories\n    quorum\n    tieBreakRule\n    announcementEventId\n    announcementEventTitle\n    votingClosesAt\n    version\n    isChair\n    canClose\n    closedByName\n    closedAt\n    criteria {\n      id\n      name\n      weight\n      scoreMin\n      scoreMax\n      position\n    }\n    turnout {\n      jurors\n      submitted\n      quorum\n      quorumMet\n    }\n    result {\n      ...JuryResultFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JuryResult($id: ID!) {\n    awardCycle(id: $id) {\n      ...JuryCycleResultFields\n      myBallot {\n        submittedAt\n        canEdit\n      }\n    }\n  }\n"): (typeof documents)["\n  query JuryResult($id: ID!) {\n    awardCycle(id: $id) {\n      ...JuryCycleResultFields\n      myBallot {\n        submittedAt\n        canEdit\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JuryPrint($id: ID!) {\n    awardCycle(id: $id) {\n      ...JuryCycleResultFields\n      nominations {\n        id\n        category\n      }\n    }\n  }\n"): (typeof documents)["\n  query JuryPrint($id: ID!) {\n    awardCycle(id: $id) {\n      ...JuryCycleResultFields\n      nominations {\n        id\n        category\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JuryCloseVoting($input: CloseAwardVotingInput!) {\n    closeAwardVoting(input: $input) {\n      awardCycle {\n        ...JuryCycleResultFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation JuryCloseVoting($input: CloseAwardVotingInput!) {\n    closeAwardVoting(input: $input) {\n      awardCycle {\n        ...JuryCycleResultFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JuryCastingVote($input: RecordCastingVoteInput!) {\n    recordCastingVote(input: $input) {\n      awardCycle {\n        ...JuryCycleResultFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation JuryCastingVote($input: RecordCastingVoteInput!) {\n    recordCastingVote(input: $input) {\n      awardCycle {\n        ...JuryCycleResultFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KpiFields on Kpi {\n    id\n    name\n    unit\n    baseline\n    baselineOn\n    target\n    targetOn\n    direction\n    progress\n    state\n    version\n    subject {\n      kind\n      id\n      title\n    }\n    measurements {\n      id\n      measuredOn\n      value\n      note\n      recordedByName\n    }\n    latest {\n      id\n      measuredOn\n      value\n    }\n  }\n"): (typeof documents)["\n  fragment KpiFields on Kpi {\n    id\n    name\n    unit\n    baseline\n    baselineOn\n    target\n    targetOn\n    direction\n    progress\n    state\n    version\n    subject {\n      kind\n      id\n      title\n    }\n    measurements {\n      id\n      measuredOn\n      value\n      note\n      recordedByName\n    }\n    latest {\n      id\n      measuredOn\n      value\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateKpi($input: CreateKpiInput!) {\n    createKpi(input: $input) {\n      kpi {\n        ...KpiFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateKpi($input: CreateKpiInput!) {\n    createKpi(input: $input) {\n      kpi {\n        ...KpiFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateKpi($input: UpdateKpiInput!) {\n    updateKpi(input: $input) {\n      kpi {\n        ...KpiFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateKpi($input: UpdateKpiInput!) {\n    updateKpi(input: $input) {\n      kpi {\n        ...KpiFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteKpi($input: DeleteKpiInput!) {\n    deleteKpi(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteKpi($input: DeleteKpiInput!) {\n    deleteKpi(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordMeasurement($input: RecordMeasurementInput!) {\n    recordMeasurement(input: $input) {\n      kpi {\n        ...KpiFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordMeasurement($input: RecordMeasurementInput!) {\n    recordMeasurement(input: $input) {\n      kpi {\n        ...KpiFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMeasurement($id: ID!) {\n    deleteMeasurement(id: $id) {\n      kpi {\n        ...KpiFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteMeasurement($id: ID!) {\n    deleteMeasurement(id: $id) {\n      kpi {\n        ...KpiFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LegalTexts($cooperationId: ID!) {\n    legalTexts(cooperationId: $cooperationId) {\n      cooperationId\n      cooperationName\n      imprint\n      privacy\n      accessibility\n      updatedAt\n      version\n    }\n  }\n"): (typeof documents)["\n  query LegalTexts($cooperationId: ID!) {\n    legalTexts(cooperationId: $cooperationId) {\n      cooperationId\n      cooperationName\n      imprint\n      privacy\n      accessibility\n      updatedAt\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLegalTexts($input: UpdateLegalTextsInput!) {\n    updateLegalTexts(input: $input) {\n      legalTexts {\n        cooperationId\n        cooperationName\n        imprint\n        privacy\n        accessibility\n        updatedAt\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateLegalTexts($input: UpdateLegalTextsInput!) {\n    updateLegalTexts(input: $input) {\n      legalTexts {\n        cooperationId\n        cooperationName\n        imprint\n        privacy\n        accessibility\n        updatedAt\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConflictFields on Conflict {\n    jurorId\n    jurorName\n    nominationId\n    reason\n    setByChair\n    createdAt\n  }\n"): (typeof documents)["\n  fragment ConflictFields on Conflict {\n    jurorId\n    jurorName\n    nominationId\n    reason\n    setByChair\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NominationFields on Nomination {\n    id\n    cycleId\n    organisationId\n    companyName\n    companyAddress\n    category\n    nominatorName\n    nominatorContactId\n    justification\n    source\n    eligibility\n    eligibilityReason\n    eligibilityDecidedByName\n    eligibilityDecidedAt\n    eligibilityHints\n    myConflict {\n      ...ConflictFields\n    }\n    conflicts {\n      ...ConflictFields\n    }\n    canManage\n    createdAt\n    version\n  }\n"): (typeof documents)["\n  fragment NominationFields on Nomination {\n    id\n    cycleId\n    organisationId\n    companyName\n    companyAddress\n    category\n    nominatorName\n    nominatorContactId\n    justification\n    source\n    eligibility\n    eligibilityReason\n    eligibilityDecidedByName\n    eligibilityDecidedAt\n    eligibilityHints\n    myConflict {\n      ...ConflictFields\n    }\n    conflicts {\n      ...ConflictFields\n    }\n    canManage\n    createdAt\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CycleNominations($id: ID!) {\n    awardCycle(id: $id) {\n      id\n      phase\n      categories\n      canManage\n      isChair\n      nominations {\n        ...NominationFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query CycleNominations($id: ID!) {\n    awardCycle(id: $id) {\n      id\n      phase\n      categories\n      canManage\n      isChair\n      nominations {\n        ...NominationFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment JurorFields on Juror {\n    id\n    userId\n    name\n    email\n    isChair\n    external\n    submittedAt\n  }\n"): (typeof documents)["\n  fragment JurorFields on Juror {\n    id\n    userId\n    name\n    email\n    isChair\n    external\n    submittedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TurnoutFields on Turnout {\n    jurors\n    submitted\n    quorum\n    quorumMet\n  }\n"): (typeof documents)["\n  fragment TurnoutFields on Turnout {\n    jurors\n    submitted\n    quorum\n    quorumMet\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CycleJury($id: ID!) {\n    awardCycle(id: $id) {\n      id\n      cooperationId\n      phase\n      canManage\n      isChair\n      jurors {\n        ...JurorFields\n      }\n      turnout {\n        ...TurnoutFields\n      }\n      nominations {\n        id\n        companyName\n        category\n        eligibility\n        conflicts {\n          ...ConflictFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CycleJury($id: ID!) {\n    awardCycle(id: $id) {\n      id\n      cooperationId\n      phase\n      canManage\n      isChair\n      jurors {\n        ...JurorFields\n      }\n      turnout {\n        ...TurnoutFields\n      }\n      nominations {\n        id\n        companyName\n        category\n        eligibility\n        conflicts {\n          ...ConflictFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NominationOrganisations($cooperationId: ID!, $query: String) {\n    organisations(cooperationId: $cooperationId, filter: { query: $query }, limit: 20) {\n      totalCount\n      items {\n        id\n        name\n        shortName\n        kind\n        city\n      }\n    }\n  }\n"): (typeof documents)["\n  query NominationOrganisations($cooperationId: ID!, $query: String) {\n    organisations(cooperationId: $cooperationId, filter: { query: $query }, limit: 20) {\n      totalCount\n      items {\n        id\n        name\n        shortName\n        kind\n        city\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NominatorContacts($cooperationId: ID!, $query: String) {\n    contacts(cooperationId: $cooperationId, filter: { query: $query }, limit: 20) {\n      totalCount\n      items {\n        id\n        name\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NominatorContacts($cooperationId: ID!, $query: String) {\n    contacts(cooperationId: $cooperationId, filter: { query: $query }, limit: 20) {\n      totalCount\n      items {\n        id\n        name\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JurorCandidates($cooperationId: ID!) {\n    members(cooperationId: $cooperationId, filter: { active: true }, limit: 200) {\n      totalCount\n      items {\n        id\n        role\n        user {\n          id\n          name\n          email\n        }\n        organisation {\n          id\n          name\n          shortName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query JurorCandidates($cooperationId: ID!) {\n    members(cooperationId: $cooperationId, filter: { active: true }, limit: 200) {\n      totalCount\n      items {\n        id\n        role\n        user {\n          id\n          name\n          email\n        }\n        organisation {\n          id\n          name\n          shortName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateNomination($input: CreateNominationInput!) {\n    createNomination(input: $input) {\n      nomination {\n        ...NominationFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateNomination($input: CreateNominationInput!) {\n    createNomination(input: $input) {\n      nomination {\n        ...NominationFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNomination($input: UpdateNominationInput!) {\n    updateNomination(input: $input) {\n      nomination {\n        ...NominationFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateNomination($input: UpdateNominationInput!) {\n    updateNomination(input: $input) {\n      nomination {\n        ...NominationFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteNomination($input: DeleteNominationInput!) {\n    deleteNomination(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteNomination($input: DeleteNominationInput!) {\n    deleteNomination(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideEligibility($input: DecideEligibilityInput!) {\n    decideEligibility(input: $input) {\n      nomination {\n        ...NominationFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DecideEligibility($input: DecideEligibilityInput!) {\n    decideEligibility(input: $input) {\n      nomination {\n        ...NominationFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment JuryPayloadFields on AwardCycle {\n    id\n    isChair\n    jurors {\n      ...JurorFields\n    }\n    turnout {\n      ...TurnoutFields\n    }\n  }\n"): (typeof documents)["\n  fragment JuryPayloadFields on AwardCycle {\n    id\n    isChair\n    jurors {\n      ...JurorFields\n    }\n    turnout {\n      ...TurnoutFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddJuror($input: AddJurorInput!) {\n    addJuror(input: $input) {\n      awardCycle {\n        ...JuryPayloadFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddJuror($input: AddJurorInput!) {\n    addJuror(input: $input) {\n      awardCycle {\n        ...JuryPayloadFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveJuror($input: RemoveJurorInput!) {\n    removeJuror(input: $input) {\n      awardCycle {\n        ...JuryPayloadFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveJuror($input: RemoveJurorInput!) {\n    removeJuror(input: $input) {\n      awardCycle {\n        ...JuryPayloadFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetJuryChair($input: SetJuryChairInput!) {\n    setJuryChair(input: $input) {\n      awardCycle {\n        ...JuryPayloadFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetJuryChair($input: SetJuryChairInput!) {\n    setJuryChair(input: $input) {\n      awardCycle {\n        ...JuryPayloadFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConflictPayloadFields on Nomination {\n    id\n    version\n    myConflict {\n      ...ConflictFields\n    }\n    conflicts {\n      ...ConflictFields\n    }\n  }\n"): (typeof documents)["\n  fragment ConflictPayloadFields on Nomination {\n    id\n    version\n    myConflict {\n      ...ConflictFields\n    }\n    conflicts {\n      ...ConflictFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetConflict($input: SetConflictInput!) {\n    setConflict(input: $input) {\n      nomination {\n        ...ConflictPayloadFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetConflict($input: SetConflictInput!) {\n    setConflict(input: $input) {\n      nomination {\n        ...ConflictPayloadFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveConflict($input: RemoveConflictInput!) {\n    removeConflict(input: $input) {\n      nomination {\n        ...ConflictPayloadFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveConflict($input: RemoveConflictInput!) {\n    removeConflict(input: $input) {\n      nomination {\n        ...ConflictPayloadFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicNominationForm($cycleId: ID!) {\n    publicNominationForm(cycleId: $cycleId) {\n      cycleId\n      programmeName\n      title\n      categories\n      closesAt\n      open\n      cooperationId\n    }\n  }\n"): (typeof documents)["\n  query PublicNominationForm($cycleId: ID!) {\n    publicNominationForm(cycleId: $cycleId) {\n      cycleId\n      programmeName\n      title\n      categories\n      closesAt\n      open\n      cooperationId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitPublicNomination($input: PublicNominationInput!) {\n    submitPublicNomination(input: $input) {\n      reference\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitPublicNomination($input: PublicNominationInput!) {\n    submitPublicNomination(input: $input) {\n      reference\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportPersonalData($input: ExportPersonalDataInput!) {\n    exportPersonalData(input: $input) {\n      fileName\n      json\n    }\n  }\n"): (typeof documents)["\n  mutation ExportPersonalData($input: ExportPersonalDataInput!) {\n    exportPersonalData(input: $input) {\n      fileName\n      json\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ErasurePlan($person: PersonInput!) {\n    erasurePlan(person: $person) {\n      name\n      effects\n      blockers\n    }\n  }\n"): (typeof documents)["\n  query ErasurePlan($person: PersonInput!) {\n    erasurePlan(person: $person) {\n      name\n      effects\n      blockers\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ErasePerson($input: ErasePersonInput!) {\n    erasePerson(input: $input) {\n      effects\n    }\n  }\n"): (typeof documents)["\n  mutation ErasePerson($input: ErasePersonInput!) {\n    erasePerson(input: $input) {\n      effects\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RetentionReviewFields on RetentionReview {\n    years\n    cutoff\n    candidates {\n      contact {\n        id\n        name\n        firstName\n        lastName\n        createdAt\n        organisation {\n          id\n          name\n        }\n      }\n      lastInvitedAt\n    }\n  }\n"): (typeof documents)["\n  fragment RetentionReviewFields on RetentionReview {\n    years\n    cutoff\n    candidates {\n      contact {\n        id\n        name\n        firstName\n        lastName\n        createdAt\n        organisation {\n          id\n          name\n        }\n      }\n      lastInvitedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RetentionReview($cooperationId: ID!) {\n    retentionReview(cooperationId: $cooperationId) {\n      ...RetentionReviewFields\n    }\n  }\n"): (typeof documents)["\n  query RetentionReview($cooperationId: ID!) {\n    retentionReview(cooperationId: $cooperationId) {\n      ...RetentionReviewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetContactRetention($input: SetContactRetentionInput!) {\n    setContactRetention(input: $input) {\n      review {\n        ...RetentionReviewFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetContactRetention($input: SetContactRetentionInput!) {\n    setContactRetention(input: $input) {\n      review {\n        ...RetentionReviewFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyContactRetention($input: ApplyContactRetentionInput!) {\n    applyContactRetention(input: $input) {\n      erased\n      review {\n        ...RetentionReviewFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ApplyContactRetention($input: ApplyContactRetentionInput!) {\n    applyContactRetention(input: $input) {\n      erased\n      review {\n        ...RetentionReviewFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMe($input: UpdateMeInput!) {\n    updateMe(input: $input) {\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMe($input: UpdateMeInput!) {\n    updateMe(input: $input) {\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReminderSettings {\n    myReminderSettings {\n      emailReminders\n    }\n  }\n"): (typeof documents)["\n  query ReminderSettings {\n    myReminderSettings {\n      emailReminders\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateReminderSettings($input: UpdateReminderSettingsInput!) {\n    updateReminderSettings(input: $input) {\n      settings {\n        emailReminders\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateReminderSettings($input: UpdateReminderSettingsInput!) {\n    updateReminderSettings(input: $input) {\n      settings {\n        emailReminders\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnnualReport($cooperationId: ID!, $year: Int!, $partnerId: ID) {\n    annualReport(cooperationId: $cooperationId, year: $year, partnerId: $partnerId) {\n      cooperationId\n      year\n      partner {\n        id\n        organisation {\n          id\n          name\n          shortName\n        }\n      }\n      generatedAt\n      empty\n      events {\n        id\n        title\n        seriesName\n        startsAt\n        leadPartnerName\n        invited\n        accepted\n        attended\n        seatsAttended\n      }\n      totalGuests\n      budget {\n        partner {\n          id\n          position\n          organisation {\n            id\n            name\n            shortName\n          }\n        }\n        plannedCents\n        actualCents\n      }\n      awards {\n        cycleId\n        title\n        phase\n        nominationCount\n        winners {\n          category\n          organisationName\n        }\n      }\n      retreat {\n        id\n        title\n        planYear\n        startsOn\n        status\n        decisions {\n          id\n          text\n          outcome\n          ownerPartnerName\n          dueOn\n        }\n      }\n      workstreams {\n        id\n        title\n        status\n        leadPartnerNames\n        milestones {\n          title\n          dueOn\n          doneOn\n        }\n      }\n      kpis {\n        id\n        name\n        unit\n        subject {\n          kind\n          id\n          title\n        }\n        baseline\n        value\n        measuredOn\n        target\n        targetOn\n        state\n      }\n      commitments {\n        id\n        title\n        status\n        fulfilledBy\n      }\n    }\n  }\n"): (typeof documents)["\n  query AnnualReport($cooperationId: ID!, $year: Int!, $partnerId: ID) {\n    annualReport(cooperationId: $cooperationId, year: $year, partnerId: $partnerId) {\n      cooperationId\n      year\n      partner {\n        id\n        organisation {\n          id\n          name\n          shortName\n        }\n      }\n      generatedAt\n      empty\n      events {\n        id\n        title\n        seriesName\n        startsAt\n        leadPartnerName\n        invited\n        accepted\n        attended\n        seatsAttended\n      }\n      totalGuests\n      budget {\n        partner {\n          id\n          position\n          organisation {\n            id\n            name\n            shortName\n          }\n        }\n        plannedCents\n        actualCents\n      }\n      awards {\n        cycleId\n        title\n        phase\n        nominationCount\n        winners {\n          category\n          organisationName\n        }\n      }\n      retreat {\n        id\n        title\n        planYear\n        startsOn\n        status\n        decisions {\n          id\n          text\n          outcome\n          ownerPartnerName\n          dueOn\n        }\n      }\n      workstreams {\n        id\n        title\n        status\n        leadPartnerNames\n        milestones {\n          title\n          dueOn\n          doneOn\n        }\n      }\n      kpis {\n        id\n        name\n        unit\n        subject {\n          kind\n          id\n          title\n        }\n        baseline\n        value\n        measuredOn\n        target\n        targetOn\n        state\n      }\n      commitments {\n        id\n        title\n        status\n        fulfilledBy\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnnualReportCsv($cooperationId: ID!, $year: Int!, $partnerId: ID) {\n    annualReport(cooperationId: $cooperationId, year: $year, partnerId: $partnerId) {\n      cooperationId\n      year\n      csvUrl\n    }\n  }\n"): (typeof documents)["\n  query AnnualReportCsv($cooperationId: ID!, $year: Int!, $partnerId: ID) {\n    annualReport(cooperationId: $cooperationId, year: $year, partnerId: $partnerId) {\n      cooperationId\n      year\n      csvUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RetreatParticipantFields on RetreatParticipant {\n    membershipId\n    userId\n    name\n    isChair\n    pointsUsed\n    partner {\n      ...PartnerFields\n    }\n  }\n"): (typeof documents)["\n  fragment RetreatParticipantFields on RetreatParticipant {\n    membershipId\n    userId\n    name\n    isChair\n    pointsUsed\n    partner {\n      ...PartnerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DecisionFields on Decision {\n    id\n    retreatId\n    outcome\n    text\n    dueOn\n    version\n    proposal {\n      id\n      title\n      kind\n    }\n    ownerPartner {\n      ...PartnerFields\n    }\n    planItems {\n      kind\n      targetId\n      title\n      detail\n    }\n  }\n"): (typeof documents)["\n  fragment DecisionFields on Decision {\n    id\n    retreatId\n    outcome\n    text\n    dueOn\n    version\n    proposal {\n      id\n      title\n      kind\n    }\n    ownerPartner {\n      ...PartnerFields\n    }\n    planItems {\n      kind\n      targetId\n      title\n      detail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProposalFields on Proposal {\n    id\n    retreatId\n    kind\n    title\n    description\n    plannedOn\n    priority\n    submitterName\n    createdAt\n    points\n    myPoints\n    commentCount\n    canEdit\n    version\n    series {\n      id\n      title\n    }\n    workstream {\n      id\n      title\n    }\n    goals {\n      id\n      code\n      title\n    }\n    submitterPartner {\n      ...PartnerFields\n    }\n    decision {\n      id\n      outcome\n    }\n  }\n"): (typeof documents)["\n  fragment ProposalFields on Proposal {\n    id\n    retreatId\n    kind\n    title\n    description\n    plannedOn\n    priority\n    submitterName\n    createdAt\n    points\n    myPoints\n    commentCount\n    canEdit\n    version\n    series {\n      id\n      title\n    }\n    workstream {\n      id\n      title\n    }\n    goals {\n      id\n      code\n      title\n    }\n    submitterPartner {\n      ...PartnerFields\n    }\n    decision {\n      id\n      outcome\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RetreatFields on Retreat {\n    id\n    cooperationId\n    title\n    planYear\n    startsAt\n    endsOn\n    place\n    status\n    votingOpen\n    pointsBudget\n    amParticipant\n    canManage\n    canChair\n    canPropose\n    canVote\n    closedAt\n    version\n    chair {\n      ...RetreatParticipantFields\n    }\n    participants {\n      ...RetreatParticipantFields\n    }\n    agenda {\n      id\n      position\n      title\n      durationMinutes\n      startsAt\n      notes\n      version\n      presenter {\n        membershipId\n        name\n        partner {\n          ...PartnerFields\n        }\n      }\n      proposals {\n        id\n        title\n        kind\n      }\n    }\n    proposals {\n      ...ProposalFields\n    }\n    decisions {\n      ...DecisionFields\n    }\n    tally {\n      ...TallyFields\n    }\n  }\n"): (typeof documents)["\n  fragment RetreatFields on Retreat {\n    id\n    cooperationId\n    title\n    planYear\n    startsAt\n    endsOn\n    place\n    status\n    votingOpen\n    pointsBudget\n    amParticipant\n    canManage\n    canChair\n    canPropose\n    canVote\n    closedAt\n    version\n    chair {\n      ...RetreatParticipantFields\n    }\n    participants {\n      ...RetreatParticipantFields\n    }\n    agenda {\n      id\n      position\n      title\n      durationMinutes\n      startsAt\n      notes\n      version\n      presenter {\n        membershipId\n        name\n        partner {\n          ...PartnerFields\n        }\n      }\n      proposals {\n        id\n        title\n        kind\n      }\n    }\n    proposals {\n      ...ProposalFields\n    }\n    decisions {\n      ...DecisionFields\n    }\n    tally {\n      ...TallyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Retreats($cooperationId: ID!) {\n    retreats(cooperationId: $cooperationId) {\n      id\n      title\n      planYear\n      startsAt\n      endsOn\n      place\n      status\n      votingOpen\n      version\n      chair {\n        membershipId\n        name\n      }\n      participants {\n        membershipId\n      }\n    }\n  }\n"): (typeof documents)["\n  query Retreats($cooperationId: ID!) {\n    retreats(cooperationId: $cooperationId) {\n      id\n      title\n      planYear\n      startsAt\n      endsOn\n      place\n      status\n      votingOpen\n      version\n      chair {\n        membershipId\n        name\n      }\n      participants {\n        membershipId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Retreat($id: ID!) {\n    retreat(id: $id) {\n      ...RetreatFields\n    }\n  }\n"): (typeof documents)["\n  query Retreat($id: ID!) {\n    retreat(id: $id) {\n      ...RetreatFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProposalOptions($cooperationId: ID!) {\n    eventSeries(cooperationId: $cooperationId) {\n      id\n      name\n    }\n    workstreams(cooperationId: $cooperationId) {\n      id\n      title\n    }\n    strategy(cooperationId: $cooperationId) {\n      cooperationId\n      goals {\n        id\n        code\n        title\n        depth\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProposalOptions($cooperationId: ID!) {\n    eventSeries(cooperationId: $cooperationId) {\n      id\n      name\n    }\n    workstreams(cooperationId: $cooperationId) {\n      id\n      title\n    }\n    strategy(cooperationId: $cooperationId) {\n      cooperationId\n      goals {\n        id\n        code\n        title\n        depth\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRetreat($input: CreateRetreatInput!) {\n    createRetreat(input: $input) {\n      retreat {\n        ...RetreatFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateRetreat($input: CreateRetreatInput!) {\n    createRetreat(input: $input) {\n      retreat {\n        ...RetreatFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRetreat($input: UpdateRetreatInput!) {\n    updateRetreat(input: $input) {\n      retreat {\n        ...RetreatFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRetreat($input: UpdateRetreatInput!) {\n    updateRetreat(input: $input) {\n      retreat {\n        ...RetreatFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteRetreat($input: RetreatStepInput!) {\n    deleteRetreat(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteRetreat($input: RetreatStepInput!) {\n    deleteRetreat(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartRetreatSession($input: RetreatStepInput!) {\n    startRetreatSession(input: $input) {\n      retreat {\n        ...RetreatFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StartRetreatSession($input: RetreatStepInput!) {\n    startRetreatSession(input: $input) {\n      retreat {\n        ...RetreatFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenVoting($input: RetreatStepInput!) {\n    openVoting(input: $input) {\n      retreat {\n        ...RetreatFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OpenVoting($input: RetreatStepInput!) {\n    openVoting(input: $input) {\n      retreat {\n        ...RetreatFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseVoting($input: RetreatStepInput!) {\n    closeVoting(input: $input) {\n      retreat {\n        ...RetreatFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CloseVoting($input: RetreatStepInput!) {\n    closeVoting(input: $input) {\n      retreat {\n        ...RetreatFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseRetreat($input: RetreatStepInput!) {\n    closeRetreat(input: $input) {\n      retreat {\n        ...RetreatFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CloseRetreat($input: RetreatStepInput!) {\n    closeRetreat(input: $input) {\n      retreat {\n        ...RetreatFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAgendaItem($input: AddAgendaItemInput!) {\n    addAgendaItem(input: $input) {\n      retreat {\n        ...RetreatFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddAgendaItem($input: AddAgendaItemInput!) {\n    addAgendaItem(input: $input) {\n      retreat {\n        ...RetreatFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAgendaItem($input: UpdateAgendaItemInput!) {\n    updateAgendaItem(input: $input) {\n      retreat {\n        ...RetreatFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAgendaItem($input: UpdateAgendaItemInput!) {\n    updateAgendaItem(input: $input) {\n      retreat {\n        ...RetreatFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveAgendaItem($input: MoveAgendaItemInput!) {\n    moveAgendaItem(input: $input) {\n      retreat {\n        ...RetreatFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MoveAgendaItem($input: MoveAgendaItemInput!) {\n    moveAgendaItem(input: $input) {\n      retreat {\n        ...RetreatFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAgendaItem($id: ID!) {\n    deleteAgendaItem(id: $id) {\n      retreat {\n        ...RetreatFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteAgendaItem($id: ID!) {\n    deleteAgendaItem(id: $id) {\n      retreat {\n        ...RetreatFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitProposal($input: SubmitProposalInput!) {\n    submitProposal(input: $input) {\n      proposal {\n        ...ProposalFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitProposal($input: SubmitProposalInput!) {\n    submitProposal(input: $input) {\n      proposal {\n        ...ProposalFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProposal($input: UpdateProposalInput!) {\n    updateProposal(input: $input) {\n      proposal {\n        ...ProposalFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProposal($input: UpdateProposalInput!) {\n    updateProposal(input: $input) {\n      proposal {\n        ...ProposalFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawProposal($input: WithdrawProposalInput!) {\n    withdrawProposal(input: $input) {\n      retreat {\n        ...RetreatFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawProposal($input: WithdrawProposalInput!) {\n    withdrawProposal(input: $input) {\n      retreat {\n        ...RetreatFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordDecision($input: RecordDecisionInput!) {\n    recordDecision(input: $input) {\n      decision {\n        ...DecisionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordDecision($input: RecordDecisionInput!) {\n    recordDecision(input: $input) {\n      decision {\n        ...DecisionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDecision($input: UpdateDecisionInput!) {\n    updateDecision(input: $input) {\n      decision {\n        ...DecisionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDecision($input: UpdateDecisionInput!) {\n    updateDecision(input: $input) {\n      decision {\n        ...DecisionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteDecision($id: ID!) {\n    deleteDecision(id: $id) {\n      retreat {\n        ...RetreatFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteDecision($id: ID!) {\n    deleteDecision(id: $id) {\n      retreat {\n        ...RetreatFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TallyFields on Tally {\n    retreatId\n    revision\n    status\n    votingOpen\n    pointsBudget\n    myPointsLeft\n    totalPoints\n    voterCount\n    participantCount\n    entries {\n      proposalId\n      title\n      kind\n      points\n      voters\n      rank\n      myPoints\n    }\n  }\n"): (typeof documents)["\n  fragment TallyFields on Tally {\n    retreatId\n    revision\n    status\n    votingOpen\n    pointsBudget\n    myPointsLeft\n    totalPoints\n    voterCount\n    participantCount\n    entries {\n      proposalId\n      title\n      kind\n      points\n      voters\n      rank\n      myPoints\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LiveRetreat($id: ID!) {\n    retreat(id: $id) {\n      id\n      cooperationId\n      title\n      planYear\n      place\n      status\n      votingOpen\n      pointsBudget\n      amParticipant\n      canVote\n      canChair\n      proposals {\n        id\n        kind\n        title\n        description\n      }\n      tally {\n        ...TallyFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query LiveRetreat($id: ID!) {\n    retreat(id: $id) {\n      id\n      cooperationId\n      title\n      planYear\n      place\n      status\n      votingOpen\n      pointsBudget\n      amParticipant\n      canVote\n      canChair\n      proposals {\n        id\n        kind\n        title\n        description\n      }\n      tally {\n        ...TallyFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveCastVote($input: CastVoteInput!) {\n    castVote(input: $input) {\n      tally {\n        ...TallyFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LiveCastVote($input: CastVoteInput!) {\n    castVote(input: $input) {\n      tally {\n        ...TallyFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveTallyChanged($retreatId: ID!) {\n    tallyChanged(retreatId: $retreatId) {\n      ...TallyFields\n    }\n  }\n"): (typeof documents)["\n  subscription LiveTallyChanged($retreatId: ID!) {\n    tallyChanged(retreatId: $retreatId) {\n      ...TallyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RsvpPageFields on Rsvp {\n    guestName\n    letterSalutation\n    status\n    plusOne\n    plusOneName\n    plusOnesAllowed\n    waitlistPosition\n    eventTitle\n    startsAt\n    endsAt\n    venue\n    address\n    description\n    eventCancelled\n    deadline\n    open\n    closedReason\n    optedOut\n    cooperationId\n    cooperationName\n  }\n"): (typeof documents)["\n  fragment RsvpPageFields on Rsvp {\n    guestName\n    letterSalutation\n    status\n    plusOne\n    plusOneName\n    plusOnesAllowed\n    waitlistPosition\n    eventTitle\n    startsAt\n    endsAt\n    venue\n    address\n    description\n    eventCancelled\n    deadline\n    open\n    closedReason\n    optedOut\n    cooperationId\n    cooperationName\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RsvpByToken($token: String!) {\n    rsvp(token: $token) {\n      ...RsvpPageFields\n    }\n  }\n"): (typeof documents)["\n  query RsvpByToken($token: String!) {\n    rsvp(token: $token) {\n      ...RsvpPageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RsvpSubmitAnswer($input: RsvpAnswerInput!) {\n    answerRsvp(input: $input) {\n      rsvp {\n        ...RsvpPageFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RsvpSubmitAnswer($input: RsvpAnswerInput!) {\n    answerRsvp(input: $input) {\n      rsvp {\n        ...RsvpPageFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RsvpOptOut($input: OptOutInput!) {\n    optOut(input: $input) {\n      rsvp {\n        ...RsvpPageFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RsvpOptOut($input: OptOutInput!) {\n    optOut(input: $input) {\n      rsvp {\n        ...RsvpPageFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($query: String!, $cooperationId: ID!, $limit: Int) {\n    search(query: $query, cooperationId: $cooperationId, limit: $limit) {\n      query\n      totalCount\n      groups {\n        kind\n        totalCount\n        hits {\n          kind\n          id\n          title\n          snippet\n          context\n          parentId\n          rank\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Search($query: String!, $cooperationId: ID!, $limit: Int) {\n    search(query: $query, cooperationId: $cooperationId, limit: $limit) {\n      query\n      totalCount\n      groups {\n        kind\n        totalCount\n        hits {\n          kind\n          id\n          title\n          snippet\n          context\n          parentId\n          rank\n        }\n      }\n    }\n  }\n"];
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkstreamCardFields on Workstream {\n    id\n    title\n    status\n    priority\n    startsOn\n    endsOn\n    openTaskCount\n    version\n    partners {\n      ...PartnerFields\n    }\n    leads {\n      membershipId\n      userId\n      name\n      partner {\n        ...PartnerFields\n      }\n    }\n    goals {\n      id\n      code\n      title\n    }\n    milestones {\n      id\n      title\n      dueOn\n      doneOn\n      overdue\n    }\n    kpis {\n      id\n      name\n      state\n    }\n  }\n"): (typeof documents)["\n  fragment WorkstreamCardFields on Workstream {\n    id\n    title\n    status\n    priority\n    startsOn\n    endsOn\n    openTaskCount\n    version\n    partners {\n      ...PartnerFields\n    }\n    leads {\n      membershipId\n      userId\n      name\n      partner {\n        ...PartnerFields\n      }\n    }\n    goals {\n      id\n      code\n      title\n    }\n    milestones {\n      id\n      title\n      dueOn\n      doneOn\n      overdue\n    }\n    kpis {\n      id\n      name\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MilestoneFields on Milestone {\n    id\n    workstreamId\n    title\n    dueOn\n    doneOn\n    overdue\n    version\n  }\n"): (typeof documents)["\n  fragment MilestoneFields on Milestone {\n    id\n    workstreamId\n    title\n    dueOn\n    doneOn\n    overdue\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkstreamDetailFields on Workstream {\n    ...WorkstreamCardFields\n    cooperationId\n    description\n    canManage\n    canReport\n    updatedAt\n    milestones {\n      ...MilestoneFields\n    }\n    kpis {\n      ...KpiFields\n    }\n    statusReports {\n      id\n      status\n      summary\n      authorName\n      createdAt\n    }\n    tasks {\n      ...TaskFields\n    }\n  }\n"): (typeof documents)["\n  fragment WorkstreamDetailFields on Workstream {\n    ...WorkstreamCardFields\n    cooperationId\n    description\n    canManage\n    canReport\n    updatedAt\n    milestones {\n      ...MilestoneFields\n    }\n    kpis {\n      ...KpiFields\n    }\n    statusReports {\n      id\n      status\n      summary\n      authorName\n      createdAt\n    }\n    tasks {\n      ...TaskFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Workstreams($cooperationId: ID!, $filter: WorkstreamFilter) {\n    workstreams(cooperationId: $cooperationId, filter: $filter) {\n      ...WorkstreamCardFields\n    }\n  }\n"): (typeof documents)["\n  query Workstreams($cooperationId: ID!, $filter: WorkstreamFilter) {\n    workstreams(cooperationId: $cooperationId, filter: $filter) {\n      ...WorkstreamCardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Workstream($id: ID!) {\n    workstream(id: $id) {\n      ...WorkstreamDetailFields\n    }\n  }\n"): (typeof documents)["\n  query Workstream($id: ID!) {\n    workstream(id: $id) {\n      ...WorkstreamDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkstreamGoalOptions($cooperationId: ID!) {\n    strategy(cooperationId: $cooperationId) {\n      cooperationId\n      goals {\n        id\n        code\n        title\n        depth\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkstreamGoalOptions($cooperationId: ID!) {\n    strategy(cooperationId: $cooperationId) {\n      cooperationId\n      goals {\n        id\n        code\n        title\n        depth\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWorkstream($input: CreateWorkstreamInput!) {\n    createWorkstream(input: $input) {\n      workstream {\n        ...WorkstreamDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateWorkstream($input: CreateWorkstreamInput!) {\n    createWorkstream(input: $input) {\n      workstream {\n        ...WorkstreamDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateWorkstream($input: UpdateWorkstreamInput!) {\n    updateWorkstream(input: $input) {\n      workstream {\n        ...WorkstreamDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateWorkstream($input: UpdateWorkstreamInput!) {\n    updateWorkstream(input: $input) {\n      workstream {\n        ...WorkstreamDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteWorkstream($input: DeleteWorkstreamInput!) {\n    deleteWorkstream(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteWorkstream($input: DeleteWorkstreamInput!) {\n    deleteWorkstream(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMilestone($input: CreateMilestoneInput!) {\n    createMilestone(input: $input) {\n      workstream {\n        ...WorkstreamDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMilestone($input: CreateMilestoneInput!) {\n    createMilestone(input: $input) {\n      workstream {\n        ...WorkstreamDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMilestone($input: UpdateMilestoneInput!) {\n    updateMilestone(input: $input) {\n      workstream {\n        ...WorkstreamDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMilestone($input: UpdateMilestoneInput!) {\n    updateMilestone(input: $input) {\n      workstream {\n        ...WorkstreamDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMilestone($input: DeleteMilestoneInput!) {\n    deleteMilestone(input: $input) {\n      workstream {\n        ...WorkstreamDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteMilestone($input: DeleteMilestoneInput!) {\n    deleteMilestone(input: $input) {\n      workstream {\n        ...WorkstreamDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddStatusReport($input: AddStatusReportInput!) {\n    addStatusReport(input: $input) {\n      workstream {\n        ...WorkstreamDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddStatusReport($input: AddStatusReportInput!) {\n    addStatusReport(input: $input) {\n      workstream {\n        ...WorkstreamDetailFields\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;