import { graphql } from '../../../gql';

export const UpdateMeMutation = graphql(`
  mutation UpdateMe($input: UpdateMeInput!) {
    updateMe(input: $input) {
      user {
        ...SessionUser
      }
    }
  }
`);
