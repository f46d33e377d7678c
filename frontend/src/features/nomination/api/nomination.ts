import { graphql } from '../../../gql';

/** A conflict of interest as the lists show it. */
export const ConflictFields = graphql(`
  fragment ConflictFields on Conflict {
    jurorId
    jurorName
    nominationId
    reason
    setByChair
    createdAt
  }
`);

/** A nomination with what the list and its detail show. */
export const NominationFields = graphql(`
  fragment NominationFields on Nomination {
    id
    cycleId
    organisationId
    companyName
    companyAddress
    category
    nominatorName
    nominatorContactId
    justification
    source
    eligibility
    eligibilityReason
    eligibilityDecidedByName
    eligibilityDecidedAt
    eligibilityHints
    myConflict {
      ...ConflictFields
    }
    conflicts {
      ...ConflictFields
    }
    canManage
    createdAt
    version
  }
`);

/** The nominations of a cycle, with what the tab needs of the cycle. */
export const CycleNominationsQuery = graphql(`
  query CycleNominations($id: ID!) {
    awardCycle(id: $id) {
      id
      phase
      categories
      canManage
      isChair
      nominations {
        ...NominationFields
      }
    }
  }
`);

/** A juror as the jury tab shows them (never anything about scores). */
export const JurorFields = graphql(`
  fragment JurorFields on Juror {
    id
    userId
    name
    email
    isChair
    external
    submittedAt
  }
`);

export const TurnoutFields = graphql(`
  fragment TurnoutFields on Turnout {
    jurors
    submitted
    quorum
    quorumMet
  }
`);

/** The jury of a cycle with the turnout and, for the chair, the nominations to set conflicts on. */
export const CycleJuryQuery = graphql(`
  query CycleJury($id: ID!) {
    awardCycle(id: $id) {
      id
      cooperationId
      phase
      canManage
      isChair
      jurors {
        ...JurorFields
      }
      turnout {
        ...TurnoutFields
      }
      nominations {
        id
        companyName
        category
        eligibility
        conflicts {
          ...ConflictFields
        }
      }
    }
  }
`);

/** Organisations of the cooperation to pick the nominated company from. */
export const NominationOrganisationsQuery = graphql(`
  query NominationOrganisations($cooperationId: ID!, $query: String) {
    organisations(cooperationId: $cooperationId, filter: { query: $query }, limit: 20) {
      totalCount
      items {
        id
        name
        shortName
        kind
        city
      }
    }
  }
`);

/** Contacts of the cooperation to pick the nominator from. */
export const NominatorContactsQuery = graphql(`
  query NominatorContacts($cooperationId: ID!, $query: String) {
    contacts(cooperationId: $cooperationId, filter: { query: $query }, limit: 20) {
      totalCount
      items {
        id
        name
        organisation {
          id
          name
        }
      }
    }
  }
`);

/** Active members of the cooperation who could join the jury (EXTERNAL members included). */
export const JurorCandidatesQuery = graphql(`
  query JurorCandidates($cooperationId: ID!) {
    members(cooperationId: $cooperationId, filter: { active: true }, limit: 200) {
      totalCount
      items {
        id
        role
        user {
          id
          name
          email
        }
        organisation {
          id
          name
          shortName
        }
      }
    }
  }
`);

export const CreateNominationMutation = graphql(`
  mutation CreateNomination($input: CreateNominationInput!) {
    createNomination(input: $input) {
      nomination {
        ...NominationFields
      }
    }
  }
`);

export const UpdateNominationMutation = graphql(`
  mutation UpdateNomination($input: UpdateNominationInput!) {
    updateNomination(input: $input) {
      nomination {
        ...NominationFields
      }
    }
  }
`);

export const DeleteNominationMutation = graphql(`
  mutation DeleteNomination($input: DeleteNominationInput!) {
    deleteNomination(input: $input) {
      id
    }
  }
`);

export const DecideEligibilityMutation = graphql(`
  mutation DecideEligibility($input: DecideEligibilityInput!) {
    decideEligibility(input: $input) {
      nomination {
        ...NominationFields
      }
    }
  }
`);

/** What the jury tab shows after a change of the jury. */
export const JuryPayloadFields = graphql(`
  fragment JuryPayloadFields on AwardCycle {
    id
    isChair
    jurors {
      ...JurorFields
    }
    turnout {
      ...TurnoutFields
    }
  }
`);

export const AddJurorMutation = graphql(`
  mutation AddJuror($input: AddJurorInput!) {
    addJuror(input: $input) {
      awardCycle {
        ...JuryPayloadFields
      }
    }
  }
`);

export const RemoveJurorMutation = graphql(`
  mutation RemoveJuror($input: RemoveJurorInput!) {
    removeJuror(input: $input) {
      awardCycle {
        ...JuryPayloadFields
      }
    }
  }
`);

export const SetJuryChairMutation = graphql(`
  mutation SetJuryChair($input: SetJuryChairInput!) {
    setJuryChair(input: $input) {
      awardCycle {
        ...JuryPayloadFields
      }
    }
  }
`);

/** What a nomination shows after a change of its conflicts. */
export const ConflictPayloadFields = graphql(`
  fragment ConflictPayloadFields on Nomination {
    id
    version
    myConflict {
      ...ConflictFields
    }
    conflicts {
      ...ConflictFields
    }
  }
`);

export const SetConflictMutation = graphql(`
  mutation SetConflict($input: SetConflictInput!) {
    setConflict(input: $input) {
      nomination {
        ...ConflictPayloadFields
      }
    }
  }
`);

export const RemoveConflictMutation = graphql(`
  mutation RemoveConflict($input: RemoveConflictInput!) {
    removeConflict(input: $input) {
      nomination {
        ...ConflictPayloadFields
      }
    }
  }
`);

/** The public page's view of a cycle (no login). */
export const PublicNominationFormQuery = graphql(`
  query PublicNominationForm($cycleId: ID!) {
    publicNominationForm(cycleId: $cycleId) {
      cycleId
      programmeName
      title
      categories
      closesAt
      open
      cooperationId
    }
  }
`);

/** Sends a public nomination; files go as a multipart request (urql does that by itself). */
export const SubmitPublicNominationMutation = graphql(`
  mutation SubmitPublicNomination($input: PublicNominationInput!) {
    submitPublicNomination(input: $input) {
      reference
    }
  }
`);
