import { graphql } from '../../../gql';

export const AnnualReportQuery = graphql(`
  query AnnualReport($cooperationId: ID!, $year: Int!, $partnerId: ID) {
    annualReport(cooperationId: $cooperationId, year: $year, partnerId: $partnerId) {
      cooperationId
      year
      partner {
        id
        organisation {
          id
          name
          shortName
        }
      }
      generatedAt
      empty
      events {
        id
        title
        seriesName
        startsAt
        leadPartnerName
        invited
        accepted
        attended
        seatsAttended
      }
      totalGuests
      budget {
        partner {
          id
          position
          organisation {
            id
            name
            shortName
          }
        }
        plannedCents
        actualCents
      }
      awards {
        cycleId
        title
        phase
        nominationCount
        winners {
          category
          organisationName
        }
      }
      retreat {
        id
        title
        planYear
        startsOn
        status
        decisions {
          id
          text
          outcome
          ownerPartnerName
          dueOn
        }
      }
      workstreams {
        id
        title
        status
        leadPartnerNames
        milestones {
          title
          dueOn
          doneOn
        }
      }
      kpis {
        id
        name
        unit
        subject {
          kind
          id
          title
        }
        baseline
        value
        measuredOn
        target
        targetOn
        state
      }
      commitments {
        id
        title
        status
        fulfilledBy
      }
    }
  }
`);

/** Only the signed CSV link, asked for afresh on every click (it is valid for an hour). */
export const AnnualReportCsvQuery = graphql(`
  query AnnualReportCsv($cooperationId: ID!, $year: Int!, $partnerId: ID) {
    annualReport(cooperationId: $cooperationId, year: $year, partnerId: $partnerId) {
      cooperationId
      year
      csvUrl
    }
  }
`);
