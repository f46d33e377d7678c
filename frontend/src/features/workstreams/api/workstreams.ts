import { graphql } from '../../../gql';

/** A workstream as the board's card shows it. */
export const WorkstreamCardFields = graphql(`
  fragment WorkstreamCardFields on Workstream {
    id
    title
    status
    priority
    startsOn
    endsOn
    openTaskCount
    version
    partners {
      ...PartnerFields
    }
    leads {
      membershipId
      userId
      name
      partner {
        ...PartnerFields
      }
    }
    goals {
      id
      code
      title
    }
    milestones {
      id
      title
      dueOn
      doneOn
      overdue
    }
    kpis {
      id
      name
      state
    }
  }
`);

export const MilestoneFields = graphql(`
  fragment MilestoneFields on Milestone {
    id
    workstreamId
    title
    dueOn
    doneOn
    overdue
    version
  }
`);

/** Everything the detail page shows. */
export const WorkstreamDetailFields = graphql(`
  fragment WorkstreamDetailFields on Workstream {
    ...WorkstreamCardFields
    cooperationId
    description
    canManage
    canReport
    updatedAt
    milestones {
      ...MilestoneFields
    }
    kpis {
      ...KpiFields
    }
    statusReports {
      id
      status
      summary
      authorName
      createdAt
    }
    tasks {
      ...TaskFields
    }
  }
`);

export const WorkstreamsQuery = graphql(`
  query Workstreams($cooperationId: ID!, $filter: WorkstreamFilter) {
    workstreams(cooperationId: $cooperationId, filter: $filter) {
      ...WorkstreamCardFields
    }
  }
`);

export const WorkstreamQuery = graphql(`
  query Workstream($id: ID!) {
    workstream(id: $id) {
      ...WorkstreamDetailFields
    }
  }
`);

/** The goals a workstream may serve (for the filter and the form). */
export const WorkstreamGoalOptionsQuery = graphql(`
  query WorkstreamGoalOptions($cooperationId: ID!) {
    strategy(cooperationId: $cooperationId) {
      cooperationId
      goals {
        id
        code
        title
        depth
      }
    }
  }
`);

export const CreateWorkstreamMutation = graphql(`
  mutation CreateWorkstream($input: CreateWorkstreamInput!) {
    createWorkstream(input: $input) {
      workstream {
        ...WorkstreamDetailFields
      }
    }
  }
`);

export const UpdateWorkstreamMutation = graphql(`
  mutation UpdateWorkstream($input: UpdateWorkstreamInput!) {
    updateWorkstream(input: $input) {
      workstream {
        ...WorkstreamDetailFields
      }
    }
  }
`);

export const DeleteWorkstreamMutation = graphql(`
  mutation DeleteWorkstream($input: DeleteWorkstreamInput!) {
    deleteWorkstream(input: $input) {
      id
    }
  }
`);

export const CreateMilestoneMutation = graphql(`
  mutation CreateMilestone($input: CreateMilestoneInput!) {
    createMilestone(input: $input) {
      workstream {
        ...WorkstreamDetailFields
      }
    }
  }
`);

export const UpdateMilestoneMutation = graphql(`
  mutation UpdateMilestone($input: UpdateMilestoneInput!) {
    updateMilestone(input: $input) {
      workstream {
        ...WorkstreamDetailFields
      }
    }
  }
`);

export const DeleteMilestoneMutation = graphql(`
  mutation DeleteMilestone($input: DeleteMilestoneInput!) {
    deleteMilestone(input: $input) {
      workstream {
        ...WorkstreamDetailFields
      }
    }
  }
`);

export const AddStatusReportMutation = graphql(`
  mutation AddStatusReport($input: AddStatusReportInput!) {
    addStatusReport(input: $input) {
      workstream {
        ...WorkstreamDetailFields
      }
    }
  }
`);
