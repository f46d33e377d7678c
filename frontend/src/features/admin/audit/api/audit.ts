import { graphql } from '../../../../gql';

export const AuditEntriesQuery = graphql(`
  query AuditEntries($cooperationId: ID!, $filter: AuditFilter, $limit: Int, $offset: Int) {
    auditEntries(cooperationId: $cooperationId, filter: $filter, limit: $limit, offset: $offset) {
      totalCount
      items {
        id
        at
        actorName
        action
        entityType
        entityId
        changes {
          field
          old
          new
          redacted
        }
      }
    }
  }
`);
