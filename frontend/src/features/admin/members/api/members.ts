import { graphql } from '../../../../gql';

export const MemberFields = graphql(`
  fragment MemberFields on Membership {
    id
    role
    active
    version
    createdAt
    invitationExpiresAt
    user {
      id
      name
      email
      passwordSet
      erased
    }
    organisation {
      id
      name
      shortName
    }
  }
`);

export const MembersQuery = graphql(`
  query Members($cooperationId: ID!, $filter: MemberFilter, $limit: Int, $offset: Int) {
    members(cooperationId: $cooperationId, filter: $filter, limit: $limit, offset: $offset) {
      totalCount
      items {
        ...MemberFields
      }
    }
  }
`);

export const OrganisationOptionsQuery = graphql(`
  query OrganisationOptions($cooperationId: ID!) {
    organisations(cooperationId: $cooperationId, limit: 200) {
      totalCount
      items {
        id
        name
        shortName
        isPartner
      }
    }
  }
`);

export const InviteMemberMutation = graphql(`
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      membership {
        ...MemberFields
      }
    }
  }
`);

export const UpdateMemberRoleMutation = graphql(`
  mutation UpdateMemberRole($input: UpdateMemberRoleInput!) {
    updateMemberRole(input: $input) {
      membership {
        ...MemberFields
      }
    }
  }
`);

export const SetMemberActiveMutation = graphql(`
  mutation SetMemberActive($input: SetMemberActiveInput!) {
    setMemberActive(input: $input) {
      membership {
        ...MemberFields
      }
    }
  }
`);

export const ResendInvitationMutation = graphql(`
  mutation ResendInvitation($input: ResendInvitationInput!) {
    resendInvitation(input: $input) {
      membership {
        id
        version
      }
    }
  }
`);
