import { graphql } from '../../../gql';

export const ExportPersonalDataMutation = graphql(`
  mutation ExportPersonalData($input: ExportPersonalDataInput!) {
    exportPersonalData(input: $input) {
      fileName
      json
    }
  }
`);

export const ErasurePlanQuery = graphql(`
  query ErasurePlan($person: PersonInput!) {
    erasurePlan(person: $person) {
      name
      effects
      blockers
    }
  }
`);

export const ErasePersonMutation = graphql(`
  mutation ErasePerson($input: ErasePersonInput!) {
    erasePerson(input: $input) {
      effects
    }
  }
`);

export const RetentionReviewFields = graphql(`
  fragment RetentionReviewFields on RetentionReview {
    years
    cutoff
    candidates {
      contact {
        id
        name
        firstName
        lastName
        createdAt
        organisation {
          id
          name
        }
      }
      lastInvitedAt
    }
  }
`);

export const RetentionReviewQuery = graphql(`
  query RetentionReview($cooperationId: ID!) {
    retentionReview(cooperationId: $cooperationId) {
      ...RetentionReviewFields
    }
  }
`);

export const SetContactRetentionMutation = graphql(`
  mutation SetContactRetention($input: SetContactRetentionInput!) {
    setContactRetention(input: $input) {
      review {
        ...RetentionReviewFields
      }
    }
  }
`);

export const ApplyContactRetentionMutation = graphql(`
  mutation ApplyContactRetention($input: ApplyContactRetentionInput!) {
    applyContactRetention(input: $input) {
      erased
      review {
        ...RetentionReviewFields
      }
    }
  }
`);
