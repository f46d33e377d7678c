import { graphql } from '../../../gql';

export const AwardCycleFields = graphql(`
  fragment AwardCycleFields on AwardCycle {
    id
    cooperationId
    programmeId
    programmeName
    year
    title
    categories
    nominationOpensAt
    nominationClosesAt
    votingClosesAt
    quorum
    tieBreakRule
    announcementEventId
    announcementEventTitle
    phase
    criteria {
      id
      name
      description
      weight
      scoreMin
      scoreMax
      position
    }
    approvals {
      partner {
        id
        organisation {
          id
          name
          shortName
        }
      }
      approvedByName
      approvedAt
    }
    allApproved
    allowedPhases
    canManage
    canApprove {
      id
      organisation {
        id
        name
        shortName
      }
    }
    version
    criteriaVersion
  }
`);

export const AwardProgrammesQuery = graphql(`
  query AwardProgrammes($cooperationId: ID!) {
    awardProgrammes(cooperationId: $cooperationId) {
      id
      name
      description
      winnerExclusionYears
      canManage
      version
      cycles {
        id
        year
        title
        phase
        allApproved
        criteria {
          id
        }
      }
    }
  }
`);

/** What the cycle page's header shows about the jury: the reader's ballot, the turnout, the links. */
export const AwardCycleStatusFields = graphql(`
  fragment AwardCycleStatusFields on AwardCycle {
    id
    isChair
    canClose
    closedByName
    closedAt
    publicNominationPath
    myBallot {
      submittedAt
      canEdit
    }
    turnout {
      jurors
      submitted
      quorum
      quorumMet
    }
  }
`);

export const AwardCycleQuery = graphql(`
  query AwardCycle($id: ID!) {
    awardCycle(id: $id) {
      ...AwardCycleFields
      ...AwardCycleStatusFields
    }
  }
`);

export const AwardEventsQuery = graphql(`
  query AwardEvents($cooperationId: ID!) {
    events(cooperationId: $cooperationId, limit: 200) {
      items {
        id
        title
        startsAt
      }
    }
  }
`);

export const CreateAwardProgrammeMutation = graphql(`
  mutation CreateAwardProgramme($input: CreateAwardProgrammeInput!) {
    createAwardProgramme(input: $input) {
      awardProgramme {
        id
        name
        description
        winnerExclusionYears
        version
      }
    }
  }
`);

export const UpdateAwardProgrammeMutation = graphql(`
  mutation UpdateAwardProgramme($input: UpdateAwardProgrammeInput!) {
    updateAwardProgramme(input: $input) {
      awardProgramme {
        id
        name
        description
        winnerExclusionYears
        version
      }
    }
  }
`);

export const CreateAwardCycleMutation = graphql(`
  mutation CreateAwardCycle($input: CreateAwardCycleInput!) {
    createAwardCycle(input: $input) {
      awardCycle {
        ...AwardCycleFields
      }
    }
  }
`);

export const UpdateAwardCycleMutation = graphql(`
  mutation UpdateAwardCycle($input: UpdateAwardCycleInput!) {
    updateAwardCycle(input: $input) {
      awardCycle {
        ...AwardCycleFields
      }
    }
  }
`);

export const AddCriterionMutation = graphql(`
  mutation AddCriterion($input: AddCriterionInput!) {
    addCriterion(input: $input) {
      awardCycle {
        ...AwardCycleFields
      }
    }
  }
`);

export const UpdateCriterionMutation = graphql(`
  mutation UpdateCriterion($input: UpdateCriterionInput!) {
    updateCriterion(input: $input) {
      awardCycle {
        ...AwardCycleFields
      }
    }
  }
`);

export const DeleteCriterionMutation = graphql(`
  mutation DeleteCriterion($input: DeleteCriterionInput!) {
    deleteCriterion(input: $input) {
      awardCycle {
        ...AwardCycleFields
      }
    }
  }
`);

export const ReorderCriteriaMutation = graphql(`
  mutation ReorderCriteria($input: ReorderCriteriaInput!) {
    reorderCriteria(input: $input) {
      awardCycle {
        ...AwardCycleFields
      }
    }
  }
`);

export const ApproveCriteriaMutation = graphql(`
  mutation ApproveCriteria($input: ApproveCriteriaInput!) {
    approveCriteria(input: $input) {
      awardCycle {
        ...AwardCycleFields
      }
    }
  }
`);

export const WithdrawCriteriaApprovalMutation = graphql(`
  mutation WithdrawCriteriaApproval($input: WithdrawCriteriaApprovalInput!) {
    withdrawCriteriaApproval(input: $input) {
      awardCycle {
        ...AwardCycleFields
      }
    }
  }
`);

export const ChangeAwardPhaseMutation = graphql(`
  mutation ChangeAwardPhase($input: ChangeAwardPhaseInput!) {
    changeAwardPhase(input: $input) {
      awardCycle {
        ...AwardCycleFields
      }
    }
  }
`);
