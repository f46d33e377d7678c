import { graphql } from '../../../gql';

export const MeasureFields = graphql(`
  fragment MeasureFields on Measure {
    kind
    id
    title
    workstreamStatus
    kpiCount
    goalCount
    partners {
      id
      organisation {
        id
        name
        shortName
      }
    }
  }
`);

export const GoalFields = graphql(`
  fragment GoalFields on Goal {
    id
    parentId
    position
    code
    depth
    title
    description
    priority
    covered
    childCount
    version
    measures {
      ...MeasureFields
    }
    kpis {
      ...KpiFields
    }
  }
`);

export const StrategyFields = graphql(`
  fragment StrategyFields on Strategy {
    cooperationId
    missionStatement
    version
    canManage
    goals {
      ...GoalFields
    }
  }
`);

export const StrategyQuery = graphql(`
  query Strategy($cooperationId: ID!) {
    strategy(cooperationId: $cooperationId) {
      ...StrategyFields
    }
  }
`);

export const CoverageQuery = graphql(`
  query Coverage($cooperationId: ID!, $year: Int) {
    coverage(cooperationId: $cooperationId, year: $year) {
      cooperationId
      year
      goalsWithoutMeasure {
        id
        code
        title
      }
      goalsWithoutPriority {
        id
        code
        title
      }
      measuresWithoutKpi {
        ...MeasureFields
      }
      measuresWithOnePartner {
        ...MeasureFields
      }
      partnerBalance {
        partner {
          id
          position
          organisation {
            id
            name
            shortName
          }
        }
        eventsLed
        eventsCoOrganised
        workstreamsLed
        plannedCents
        actualCents
        attendees
      }
    }
  }
`);

/** What the "Maßnahme verknüpfen" dialog offers: the workstreams and the event series. */
export const MeasureOptionsQuery = graphql(`
  query MeasureOptions($cooperationId: ID!) {
    workstreams(cooperationId: $cooperationId) {
      id
      title
      status
      startsOn
      endsOn
    }
    eventSeries(cooperationId: $cooperationId) {
      id
      name
    }
  }
`);

export const UpdateMissionStatementMutation = graphql(`
  mutation UpdateMissionStatement($input: UpdateMissionStatementInput!) {
    updateMissionStatement(input: $input) {
      strategy {
        ...StrategyFields
      }
    }
  }
`);

export const CreateGoalMutation = graphql(`
  mutation CreateGoal($input: CreateGoalInput!) {
    createGoal(input: $input) {
      goal {
        ...GoalFields
      }
    }
  }
`);

export const UpdateGoalMutation = graphql(`
  mutation UpdateGoal($input: UpdateGoalInput!) {
    updateGoal(input: $input) {
      goal {
        ...GoalFields
      }
    }
  }
`);

export const DeleteGoalMutation = graphql(`
  mutation DeleteGoal($input: DeleteGoalInput!) {
    deleteGoal(input: $input) {
      id
    }
  }
`);

export const LinkGoalMeasureMutation = graphql(`
  mutation LinkGoalMeasure($input: GoalMeasureInput!) {
    linkGoalMeasure(input: $input) {
      goal {
        ...GoalFields
      }
    }
  }
`);

export const UnlinkGoalMeasureMutation = graphql(`
  mutation UnlinkGoalMeasure($input: GoalMeasureInput!) {
    unlinkGoalMeasure(input: $input) {
      goal {
        ...GoalFields
      }
    }
  }
`);

/** Creates a workstream for a goal right from the goal tree (the board has the full form). */
export const CreateGoalWorkstreamMutation = graphql(`
  mutation CreateGoalWorkstream($input: CreateWorkstreamInput!) {
    createWorkstream(input: $input) {
      workstream {
        id
        title
        status
        startsOn
        endsOn
        version
      }
    }
  }
`);
