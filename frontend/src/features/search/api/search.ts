import { graphql } from '../../../gql';

/** The header search: the best hits of each kind the reader may see. */
export const SearchQuery = graphql(`
  query Search($query: String!, $cooperationId: ID!, $limit: Int) {
    search(query: $query, cooperationId: $cooperationId, limit: $limit) {
      query
      totalCount
      groups {
        kind
        totalCount
        hits {
          kind
          id
          title
          snippet
          context
          parentId
          rank
        }
      }
    }
  }
`);
