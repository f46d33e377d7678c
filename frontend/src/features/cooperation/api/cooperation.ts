import { graphql } from '../../../gql';

export const CooperationsQuery = graphql(`
  query Cooperations {
    cooperations {
      id
      name
    }
  }
`);

export const CooperationQuery = graphql(`
  query Cooperation($id: ID!) {
    cooperation(id: $id) {
      id
      name
      description
      myRole
      version
      partners {
        id
        position
        organisation {
          id
          name
          shortName
          kind
        }
      }
    }
  }
`);
