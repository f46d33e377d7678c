import { graphql } from '../../../gql';

/** The whole start page of a cooperation in one request (the server reads it in a constant number of statements). */
export const DashboardQuery = graphql(`
  query Dashboard($cooperationId: ID!) {
    dashboard(cooperationId: $cooperationId) {
      cooperationId
      myRole
      today
      myOpenTaskCount
      myTasks {
        id
        title
        dueOn
        overdue
        event {
          id
          title
          startsAt
        }
        workstream {
          id
          title
        }
      }
      upcomingEvents {
        id
        title
        startsAt
        status
        leadPartnerName
        invited
        accepted
        declined
        waitlisted
        capacity
        openTaskCount
      }
      award {
        cycleId
        title
        year
        phase
        nextDeadline
        nextDeadlineLabel
        nominationCount
        myBallot {
          toScore
          scored
          submitted
        }
      }
      retreat {
        id
        title
        planYear
        startsOn
        status
        proposalCount
        decisionCount
        votingOpen
        participating
      }
      workstreamsAtRisk {
        id
        title
        status
        priority
        overdueMilestones
      }
      kpisOffTarget {
        id
        name
        unit
        subject {
          kind
          id
          title
        }
        latestValue
        target
        targetOn
        progress
        state
      }
      coverage {
        goalsWithoutMeasure
        measuresWithoutKpi
        measuresWithOnePartner
        goalsWithoutPriority
      }
      openCommitments {
        id
        agreementId
        title
        status
        reason
      }
    }
  }
`);
