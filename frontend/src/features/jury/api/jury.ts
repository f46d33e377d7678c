import { graphql } from '../../../gql';

/** The reader's own ballot: only ever the reader's scores. */
export const JuryBallotFields = graphql(`
  fragment JuryBallotFields on Ballot {
    juror {
      id
      name
      isChair
    }
    scores {
      nominationId
      criterionId
      value
      comment
      updatedAt
    }
    conflicts {
      jurorId
      nominationId
      reason
      setByChair
    }
    required
    scored
    submittedAt
    canEdit
    version
  }
`);

/** What a juror needs to score: the criteria, the nominations with documents and the own ballot. */
export const JuryScoringQuery = graphql(`
  query JuryScoring($id: ID!) {
    awardCycle(id: $id) {
      id
      cooperationId
      programmeName
      title
      year
      phase
      votingClosesAt
      criteria {
        id
        name
        description
        weight
        scoreMin
        scoreMax
        position
      }
      nominations {
        id
        companyName
        companyAddress
        category
        justification
        eligibility
        attachments {
          id
          fileName
          contentType
          sizeBytes
          description
          downloadUrl
        }
        myConflict {
          jurorId
          nominationId
          reason
          setByChair
        }
      }
      myBallot {
        ...JuryBallotFields
      }
    }
  }
`);

export const JurySaveScoresMutation = graphql(`
  mutation JurySaveScores($input: SaveScoresInput!) {
    saveScores(input: $input) {
      ballot {
        ...JuryBallotFields
      }
    }
  }
`);

export const JurySubmitBallotMutation = graphql(`
  mutation JurySubmitBallot($input: SubmitBallotInput!) {
    submitBallot(input: $input) {
      ballot {
        ...JuryBallotFields
      }
    }
  }
`);

export const JuryDeclareConflictMutation = graphql(`
  mutation JuryDeclareConflict($input: DeclareConflictInput!) {
    declareConflict(input: $input) {
      nomination {
        id
        myConflict {
          jurorId
          nominationId
          reason
          setByChair
        }
      }
    }
  }
`);

/** The locked result with its breakdown (jury and managers, after the close). */
export const JuryResultFields = graphql(`
  fragment JuryResultFields on AwardResult {
    closedByName
    closedAt
    needsCastingVote
    castingVote
    categories {
      category
      winnerTie
      ranking {
        nomination {
          id
          companyName
          companyAddress
          category
          justification
        }
        rank
        mean
        meanText
        median
        jurors
        topRanks
        decidedBy
        criterionMeans {
          criterionId
          mean
        }
        breakdown {
          jurorName
          conflicted
          weighted
          scores {
            nominationId
            criterionId
            value
            comment
          }
        }
      }
    }
  }
`);

/** A cycle as the result page and the print views read it. */
export const JuryCycleResultFields = graphql(`
  fragment JuryCycleResultFields on AwardCycle {
    id
    cooperationId
    programmeName
    title
    year
    phase
    categories
    quorum
    tieBreakRule
    announcementEventId
    announcementEventTitle
    votingClosesAt
    version
    isChair
    canClose
    closedByName
    closedAt
    criteria {
      id
      name
      weight
      scoreMin
      scoreMax
      position
    }
    turnout {
      jurors
      submitted
      quorum
      quorumMet
    }
    result {
      ...JuryResultFields
    }
  }
`);

export const JuryResultQuery = graphql(`
  query JuryResult($id: ID!) {
    awardCycle(id: $id) {
      ...JuryCycleResultFields
      myBallot {
        submittedAt
        canEdit
      }
    }
  }
`);

/** The print views: the result plus the counts for the press summary. */
export const JuryPrintQuery = graphql(`
  query JuryPrint($id: ID!) {
    awardCycle(id: $id) {
      ...JuryCycleResultFields
      nominations {
        id
        category
      }
    }
  }
`);

export const JuryCloseVotingMutation = graphql(`
  mutation JuryCloseVoting($input: CloseAwardVotingInput!) {
    closeAwardVoting(input: $input) {
      awardCycle {
        ...JuryCycleResultFields
      }
    }
  }
`);

export const JuryCastingVoteMutation = graphql(`
  mutation JuryCastingVote($input: RecordCastingVoteInput!) {
    recordCastingVote(input: $input) {
      awardCycle {
        ...JuryCycleResultFields
      }
    }
  }
`);
