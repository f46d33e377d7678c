import { graphql } from '../../../gql';

/** A participant as the retreat pages show them. */
export const RetreatParticipantFields = graphql(`
  fragment RetreatParticipantFields on RetreatParticipant {
    membershipId
    userId
    name
    isChair
    pointsUsed
    partner {
      ...PartnerFields
    }
  }
`);

/** A decision with what closing created for it. */
export const DecisionFields = graphql(`
  fragment DecisionFields on Decision {
    id
    retreatId
    outcome
    text
    dueOn
    version
    proposal {
      id
      title
      kind
    }
    ownerPartner {
      ...PartnerFields
    }
    planItems {
      kind
      targetId
      title
      detail
    }
  }
`);

/** A proposal as the board, the form and the detail show it. */
export const ProposalFields = graphql(`
  fragment ProposalFields on Proposal {
    id
    retreatId
    kind
    title
    description
    plannedOn
    priority
    submitterName
    createdAt
    points
    myPoints
    commentCount
    canEdit
    version
    series {
      id
      title
    }
    workstream {
      id
      title
    }
    goals {
      id
      code
      title
    }
    submitterPartner {
      ...PartnerFields
    }
    decision {
      id
      outcome
    }
  }
`);

/** Everything the retreat page shows. */
export const RetreatFields = graphql(`
  fragment RetreatFields on Retreat {
    id
    cooperationId
    title
    planYear
    startsAt
    endsOn
    place
    status
    votingOpen
    pointsBudget
    amParticipant
    canManage
    canChair
    canPropose
    canVote
    closedAt
    version
    chair {
      ...RetreatParticipantFields
    }
    participants {
      ...RetreatParticipantFields
    }
    agenda {
      id
      position
      title
      durationMinutes
      startsAt
      notes
      version
      presenter {
        membershipId
        name
        partner {
          ...PartnerFields
        }
      }
      proposals {
        id
        title
        kind
      }
    }
    proposals {
      ...ProposalFields
    }
    decisions {
      ...DecisionFields
    }
    tally {
      ...TallyFields
    }
  }
`);

export const RetreatsQuery = graphql(`
  query Retreats($cooperationId: ID!) {
    retreats(cooperationId: $cooperationId) {
      id
      title
      planYear
      startsAt
      endsOn
      place
      status
      votingOpen
      version
      chair {
        membershipId
        name
      }
      participants {
        membershipId
      }
    }
  }
`);

export const RetreatQuery = graphql(`
  query Retreat($id: ID!) {
    retreat(id: $id) {
      ...RetreatFields
    }
  }
`);

/** What a proposal may target: the event series, the workstreams and the goal tree. */
export const ProposalOptionsQuery = graphql(`
  query ProposalOptions($cooperationId: ID!) {
    eventSeries(cooperationId: $cooperationId) {
      id
      name
    }
    workstreams(cooperationId: $cooperationId) {
      id
      title
    }
    strategy(cooperationId: $cooperationId) {
      cooperationId
      goals {
        id
        code
        title
        depth
      }
    }
  }
`);

export const CreateRetreatMutation = graphql(`
  mutation CreateRetreat($input: CreateRetreatInput!) {
    createRetreat(input: $input) {
      retreat {
        ...RetreatFields
      }
    }
  }
`);

export const UpdateRetreatMutation = graphql(`
  mutation UpdateRetreat($input: UpdateRetreatInput!) {
    updateRetreat(input: $input) {
      retreat {
        ...RetreatFields
      }
    }
  }
`);

export const DeleteRetreatMutation = graphql(`
  mutation DeleteRetreat($input: RetreatStepInput!) {
    deleteRetreat(input: $input) {
      id
    }
  }
`);

export const StartRetreatSessionMutation = graphql(`
  mutation StartRetreatSession($input: RetreatStepInput!) {
    startRetreatSession(input: $input) {
      retreat {
        ...RetreatFields
      }
    }
  }
`);

export const OpenVotingMutation = graphql(`
  mutation OpenVoting($input: RetreatStepInput!) {
    openVoting(input: $input) {
      retreat {
        ...RetreatFields
      }
    }
  }
`);

export const CloseVotingMutation = graphql(`
  mutation CloseVoting($input: RetreatStepInput!) {
    closeVoting(input: $input) {
      retreat {
        ...RetreatFields
      }
    }
  }
`);

export const CloseRetreatMutation = graphql(`
  mutation CloseRetreat($input: RetreatStepInput!) {
    closeRetreat(input: $input) {
      retreat {
        ...RetreatFields
      }
    }
  }
`);

export const AddAgendaItemMutation = graphql(`
  mutation AddAgendaItem($input: AddAgendaItemInput!) {
    addAgendaItem(input: $input) {
      retreat {
        ...RetreatFields
      }
    }
  }
`);

export const UpdateAgendaItemMutation = graphql(`
  mutation UpdateAgendaItem($input: UpdateAgendaItemInput!) {
    updateAgendaItem(input: $input) {
      retreat {
        ...RetreatFields
      }
    }
  }
`);

export const MoveAgendaItemMutation = graphql(`
  mutation MoveAgendaItem($input: MoveAgendaItemInput!) {
    moveAgendaItem(input: $input) {
      retreat {
        ...RetreatFields
      }
    }
  }
`);

export const DeleteAgendaItemMutation = graphql(`
  mutation DeleteAgendaItem($id: ID!) {
    deleteAgendaItem(id: $id) {
      retreat {
        ...RetreatFields
      }
    }
  }
`);

export const SubmitProposalMutation = graphql(`
  mutation SubmitProposal($input: SubmitProposalInput!) {
    submitProposal(input: $input) {
      proposal {
        ...ProposalFields
      }
    }
  }
`);

export const UpdateProposalMutation = graphql(`
  mutation UpdateProposal($input: UpdateProposalInput!) {
    updateProposal(input: $input) {
      proposal {
        ...ProposalFields
      }
    }
  }
`);

export const WithdrawProposalMutation = graphql(`
  mutation WithdrawProposal($input: WithdrawProposalInput!) {
    withdrawProposal(input: $input) {
      retreat {
        ...RetreatFields
      }
    }
  }
`);

export const RecordDecisionMutation = graphql(`
  mutation RecordDecision($input: RecordDecisionInput!) {
    recordDecision(input: $input) {
      decision {
        ...DecisionFields
      }
    }
  }
`);

export const UpdateDecisionMutation = graphql(`
  mutation UpdateDecision($input: UpdateDecisionInput!) {
    updateDecision(input: $input) {
      decision {
        ...DecisionFields
      }
    }
  }
`);

export const DeleteDecisionMutation = graphql(`
  mutation DeleteDecision($id: ID!) {
    deleteDecision(id: $id) {
      retreat {
        ...RetreatFields
      }
    }
  }
`);
