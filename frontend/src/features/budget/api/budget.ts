import { graphql } from '../../../gql';

export const BudgetPartnerTotalFields = graphql(`
  fragment BudgetPartnerTotalFields on BudgetPartnerTotal {
    plannedCents
    actualCents
    sponsorshipCents
    netCents
    partner {
      id
      position
      organisation {
        id
        name
        shortName
      }
    }
  }
`);

export const EventBudgetFields = graphql(`
  fragment EventBudgetFields on EventBudget {
    eventId
    plannedCents
    actualCents
    sponsorshipCents
    inKindCents
    netCents
    lines {
      id
      category
      description
      plannedCents
      actualCents
      shareMode
      version
      shares {
        basisPoints
        amountCents
        plannedCents
        actualCents
        partner {
          id
        }
      }
    }
    sponsorships {
      id
      kind
      amountCents
      status
      note
      version
      organisation {
        id
        name
        shortName
      }
    }
    partners {
      ...BudgetPartnerTotalFields
    }
  }
`);

export const EventBudgetQuery = graphql(`
  query EventBudget($id: ID!) {
    event(id: $id) {
      id
      budget {
        ...EventBudgetFields
      }
    }
  }
`);

export const BudgetSummaryQuery = graphql(`
  query BudgetSummary($cooperationId: ID!, $year: Int!) {
    budgetSummary(cooperationId: $cooperationId, year: $year) {
      year
      plannedCents
      actualCents
      sponsorshipCents
      netCents
      partners {
        ...BudgetPartnerTotalFields
      }
      events {
        plannedCents
        actualCents
        sponsorshipCents
        netCents
        event {
          id
          title
          startsAt
          status
        }
      }
    }
  }
`);

export const SponsorOptionsQuery = graphql(`
  query SponsorOptions($cooperationId: ID!) {
    organisations(cooperationId: $cooperationId, limit: 200) {
      items {
        id
        name
        shortName
        kind
      }
    }
  }
`);

export const CreateBudgetLineMutation = graphql(`
  mutation CreateBudgetLine($input: CreateBudgetLineInput!) {
    createBudgetLine(input: $input) {
      budget {
        ...EventBudgetFields
      }
    }
  }
`);

export const UpdateBudgetLineMutation = graphql(`
  mutation UpdateBudgetLine($input: UpdateBudgetLineInput!) {
    updateBudgetLine(input: $input) {
      budget {
        ...EventBudgetFields
      }
    }
  }
`);

export const DeleteBudgetLineMutation = graphql(`
  mutation DeleteBudgetLine($input: DeleteBudgetLineInput!) {
    deleteBudgetLine(input: $input) {
      id
      budget {
        ...EventBudgetFields
      }
    }
  }
`);

export const CreateSponsorshipMutation = graphql(`
  mutation CreateSponsorship($input: CreateSponsorshipInput!) {
    createSponsorship(input: $input) {
      budget {
        ...EventBudgetFields
      }
    }
  }
`);

export const UpdateSponsorshipMutation = graphql(`
  mutation UpdateSponsorship($input: UpdateSponsorshipInput!) {
    updateSponsorship(input: $input) {
      budget {
        ...EventBudgetFields
      }
    }
  }
`);

export const DeleteSponsorshipMutation = graphql(`
  mutation DeleteSponsorship($input: DeleteSponsorshipInput!) {
    deleteSponsorship(input: $input) {
      id
      budget {
        ...EventBudgetFields
      }
    }
  }
`);
