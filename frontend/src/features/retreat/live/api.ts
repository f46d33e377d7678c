import { graphql } from '../../../gql';

/** The tally as every retreat screen reads it (the live pages, the decisions editor, the minutes). */
export const TallyFields = graphql(`
  fragment TallyFields on Tally {
    retreatId
    revision
    status
    votingOpen
    pointsBudget
    myPointsLeft
    totalPoints
    voterCount
    participantCount
    entries {
      proposalId
      title
      kind
      points
      voters
      rank
      myPoints
    }
  }
`);

/** A retreat with its proposals and the tally to start from, before the first live message. */
export const LiveRetreatQuery = graphql(`
  query LiveRetreat($id: ID!) {
    retreat(id: $id) {
      id
      cooperationId
      title
      planYear
      place
      status
      votingOpen
      pointsBudget
      amParticipant
      canVote
      canChair
      proposals {
        id
        kind
        title
        description
      }
      tally {
        ...TallyFields
      }
    }
  }
`);

/** Sets the reader's points on one proposal (0 takes them back); answers with the tally. */
export const LiveCastVoteMutation = graphql(`
  mutation LiveCastVote($input: CastVoteInput!) {
    castVote(input: $input) {
      tally {
        ...TallyFields
      }
    }
  }
`);

/** The tally, at once on subscribing and again on every change from any server process. */
export const LiveTallySubscription = graphql(`
  subscription LiveTallyChanged($retreatId: ID!) {
    tallyChanged(retreatId: $retreatId) {
      ...TallyFields
    }
  }
`);
