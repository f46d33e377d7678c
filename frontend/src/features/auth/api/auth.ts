import { graphql } from '../../../gql';

export const SessionUserFragment = graphql(`
  fragment SessionUser on User {
    id
    email
    name
    locale
    isSystemAdmin
    memberships {
      id
      role
      active
      cooperation {
        id
        name
      }
      organisation {
        id
        name
        shortName
      }
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      accessToken
      expiresAt
      user {
        ...SessionUser
      }
    }
  }
`);

export const RefreshSessionMutation = graphql(`
  mutation RefreshSession {
    refreshSession {
      accessToken
      expiresAt
      user {
        ...SessionUser
      }
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout {
      ok
    }
  }
`);

export const PasswordTokenQuery = graphql(`
  query PasswordToken($token: String!) {
    passwordToken(token: $token) {
      email
      name
      purpose
      expiresAt
    }
  }
`);

export const SetPasswordMutation = graphql(`
  mutation SetPassword($input: SetPasswordInput!) {
    setPassword(input: $input) {
      accessToken
      expiresAt
      user {
        ...SessionUser
      }
    }
  }
`);

export const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input) {
      ok
    }
  }
`);
