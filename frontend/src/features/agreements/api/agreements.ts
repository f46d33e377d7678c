import { graphql } from '../../../gql';

export const AgreementHeadFields = graphql(`
  fragment AgreementHeadFields on Agreement {
    id
    cooperationId
    title
    validFrom
    validUntil
    status
    predecessorId
    successorId
    signedAt
    canManage
  }
`);

export const AgreementFields = graphql(`
  fragment AgreementFields on Agreement {
    ...AgreementHeadFields
    body
    signedByName
    years
    canSign
    version
    parties {
      partner {
        id
        position
        organisation {
          id
          name
          shortName
        }
      }
      signatory
      signedOn
    }
    commitments {
      id
      agreementId
      position
      title
      description
      recurring
      carriedFromId
      version
      years {
        year
        status
        reason
        fulfilments {
          id
          year
          kind
          measureId
          title
          detail
          date
          state
        }
      }
    }
  }
`);

export const AgreementsQuery = graphql(`
  query Agreements($cooperationId: ID!) {
    agreements(cooperationId: $cooperationId) {
      ...AgreementHeadFields
      commitments {
        id
      }
    }
  }
`);

export const AgreementQuery = graphql(`
  query Agreement($id: ID!) {
    agreement(id: $id) {
      ...AgreementFields
    }
  }
`);

/** What a commitment can be fulfilled by: events of a span, award cycles, workstreams. */
export const FulfilmentOptionsQuery = graphql(`
  query FulfilmentOptions($cooperationId: ID!, $from: DateTime, $until: DateTime) {
    events(cooperationId: $cooperationId, filter: { from: $from, until: $until }, limit: 200) {
      totalCount
      items {
        id
        title
        startsAt
        status
      }
    }
    awardProgrammes(cooperationId: $cooperationId) {
      id
      name
      cycles {
        id
        year
        title
        phase
      }
    }
    workstreams(cooperationId: $cooperationId) {
      id
      title
      status
      startsOn
      endsOn
    }
    retreats(cooperationId: $cooperationId) {
      id
      title
      startsAt
      status
    }
  }
`);

export const CreateAgreementMutation = graphql(`
  mutation CreateAgreement($input: CreateAgreementInput!) {
    createAgreement(input: $input) {
      agreement {
        ...AgreementFields
      }
    }
  }
`);

export const UpdateAgreementMutation = graphql(`
  mutation UpdateAgreement($input: UpdateAgreementInput!) {
    updateAgreement(input: $input) {
      agreement {
        ...AgreementFields
      }
    }
  }
`);

export const SignAgreementMutation = graphql(`
  mutation SignAgreement($input: SignAgreementInput!) {
    signAgreement(input: $input) {
      agreement {
        ...AgreementFields
      }
    }
  }
`);

export const DeleteAgreementMutation = graphql(`
  mutation DeleteAgreement($input: DeleteAgreementInput!) {
    deleteAgreement(input: $input) {
      id
    }
  }
`);

export const CreateSuccessorAgreementMutation = graphql(`
  mutation CreateSuccessorAgreement($input: CreateSuccessorAgreementInput!) {
    createSuccessorAgreement(input: $input) {
      agreement {
        ...AgreementFields
      }
    }
  }
`);

export const CreateCommitmentMutation = graphql(`
  mutation CreateCommitment($input: CreateCommitmentInput!) {
    createCommitment(input: $input) {
      agreement {
        ...AgreementFields
      }
    }
  }
`);

export const UpdateCommitmentMutation = graphql(`
  mutation UpdateCommitment($input: UpdateCommitmentInput!) {
    updateCommitment(input: $input) {
      agreement {
        ...AgreementFields
      }
    }
  }
`);

export const DeleteCommitmentMutation = graphql(`
  mutation DeleteCommitment($input: DeleteCommitmentInput!) {
    deleteCommitment(input: $input) {
      agreement {
        ...AgreementFields
      }
    }
  }
`);

export const AddFulfilmentMutation = graphql(`
  mutation AddFulfilment($input: AddFulfilmentInput!) {
    addFulfilment(input: $input) {
      agreement {
        ...AgreementFields
      }
    }
  }
`);

export const RemoveFulfilmentMutation = graphql(`
  mutation RemoveFulfilment($id: ID!) {
    removeFulfilment(id: $id) {
      agreement {
        ...AgreementFields
      }
    }
  }
`);
