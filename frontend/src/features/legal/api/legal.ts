import { graphql } from '../../../gql';

export const LegalTextsQuery = graphql(`
  query LegalTexts($cooperationId: ID!) {
    legalTexts(cooperationId: $cooperationId) {
      cooperationId
      cooperationName
      imprint
      privacy
      accessibility
      updatedAt
      version
    }
  }
`);

export const UpdateLegalTextsMutation = graphql(`
  mutation UpdateLegalTexts($input: UpdateLegalTextsInput!) {
    updateLegalTexts(input: $input) {
      legalTexts {
        cooperationId
        cooperationName
        imprint
        privacy
        accessibility
        updatedAt
        version
      }
    }
  }
`);
