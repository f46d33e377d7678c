import { graphql } from '../../../gql';

graphql(`
  fragment SystemCooperation on Cooperation {
    id
    name
    description
    createdAt
    partners {
      id
      organisation {
        id
        name
        shortName
        kind
      }
    }
  }
`);

export const SystemCooperationsQuery = graphql(`
  query SystemCooperations {
    cooperations {
      ...SystemCooperation
    }
  }
`);

export const CreateCooperationMutation = graphql(`
  mutation CreateCooperation($input: CreateCooperationInput!) {
    createCooperation(input: $input) {
      cooperation {
        ...SystemCooperation
      }
    }
  }
`);
