import { graphql } from '../../../gql';

export const PartnerFields = graphql(`
  fragment PartnerFields on Partner {
    id
    organisation {
      id
      name
      shortName
    }
  }
`);

export const SeriesFields = graphql(`
  fragment SeriesFields on EventSeries {
    id
    name
    description
    usualMonth
    eventCount
    version
    defaultLeadPartner {
      ...PartnerFields
    }
    taskTemplate {
      title
      daysBefore
      ownerPartner {
        ...PartnerFields
      }
    }
  }
`);

export const EventListFields = graphql(`
  fragment EventListFields on Event {
    id
    title
    startsAt
    endsAt
    venue
    status
    openTaskCount
    version
    series {
      id
      name
    }
    leadPartner {
      ...PartnerFields
    }
    warnings {
      kind
    }
  }
`);

export const PlanningWarningFields = graphql(`
  fragment PlanningWarningFields on PlanningWarning {
    kind
    message
    date
    holidayName
    otherEvent {
      id
      title
      startsAt
      endsAt
      venue
    }
  }
`);

export const TaskFields = graphql(`
  fragment TaskFields on Task {
    id
    title
    dueOn
    done
    doneAt
    cooperationId
    version
    assignee {
      id
      name
    }
    ownerPartner {
      ...PartnerFields
    }
    event {
      id
      title
      startsAt
    }
  }
`);

export const EventDetailFields = graphql(`
  fragment EventDetailFields on Event {
    ...EventListFields
    address
    capacity
    description
    allowedTransitions
    createdAt
    awardWinners {
      cycleTitle
      category
      companyName
      nominationId
    }
    organisers {
      membership {
        id
        user {
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
    tasks {
      ...TaskFields
    }
    warnings {
      ...PlanningWarningFields
    }
  }
`);

export const PlanningWarningsQuery = graphql(`
  query PlanningWarnings($input: PlanningCheckInput!) {
    planningWarnings(input: $input) {
      ...PlanningWarningFields
    }
  }
`);

export const PublicHolidaysQuery = graphql(`
  query PublicHolidays($from: Date!, $to: Date!) {
    publicHolidays(from: $from, to: $to) {
      date
      name
    }
  }
`);

export const EventSeriesQuery = graphql(`
  query EventSeries($cooperationId: ID!) {
    eventSeries(cooperationId: $cooperationId) {
      ...SeriesFields
    }
  }
`);

/** The series page: every series with its KPIs (the cards' figures and measurements). */
export const SeriesWithKpisQuery = graphql(`
  query SeriesWithKpis($cooperationId: ID!) {
    eventSeries(cooperationId: $cooperationId) {
      ...SeriesFields
      kpis {
        ...KpiFields
      }
    }
  }
`);

export const EventsQuery = graphql(`
  query Events($cooperationId: ID!, $filter: EventFilter, $orderBy: EventOrder, $limit: Int, $offset: Int) {
    events(cooperationId: $cooperationId, filter: $filter, orderBy: $orderBy, limit: $limit, offset: $offset) {
      totalCount
      items {
        ...EventListFields
      }
    }
  }
`);

export const CalendarEventsQuery = graphql(`
  query CalendarEvents($cooperationId: ID!, $filter: EventFilter) {
    events(cooperationId: $cooperationId, filter: $filter, limit: 200) {
      totalCount
      items {
        id
        title
        startsAt
        endsAt
        status
      }
    }
  }
`);

export const EventQuery = graphql(`
  query Event($id: ID!) {
    event(id: $id) {
      ...EventDetailFields
    }
  }
`);

export const AssigneeOptionsQuery = graphql(`
  query AssigneeOptions($cooperationId: ID!) {
    members(cooperationId: $cooperationId, filter: { active: true }, limit: 200) {
      totalCount
      items {
        id
        role
        user {
          id
          name
        }
        organisation {
          id
          shortName
          name
        }
      }
    }
  }
`);

export const CreateEventSeriesMutation = graphql(`
  mutation CreateEventSeries($input: CreateEventSeriesInput!) {
    createEventSeries(input: $input) {
      eventSeries {
        ...SeriesFields
      }
    }
  }
`);

export const UpdateEventSeriesMutation = graphql(`
  mutation UpdateEventSeries($input: UpdateEventSeriesInput!) {
    updateEventSeries(input: $input) {
      eventSeries {
        ...SeriesFields
      }
    }
  }
`);

export const CreateEventMutation = graphql(`
  mutation CreateEvent($input: CreateEventInput!) {
    createEvent(input: $input) {
      event {
        ...EventDetailFields
      }
    }
  }
`);

export const UpdateEventMutation = graphql(`
  mutation UpdateEvent($input: UpdateEventInput!) {
    updateEvent(input: $input) {
      event {
        ...EventDetailFields
      }
    }
  }
`);

export const ChangeEventStatusMutation = graphql(`
  mutation ChangeEventStatus($input: ChangeEventStatusInput!) {
    changeEventStatus(input: $input) {
      event {
        id
        status
        allowedTransitions
        version
      }
    }
  }
`);

export const CreateTaskMutation = graphql(`
  mutation CreateTask($input: CreateTaskInput!) {
    createTask(input: $input) {
      task {
        ...TaskFields
      }
    }
  }
`);

export const UpdateTaskMutation = graphql(`
  mutation UpdateTask($input: UpdateTaskInput!) {
    updateTask(input: $input) {
      task {
        ...TaskFields
      }
    }
  }
`);

export const DeleteTaskMutation = graphql(`
  mutation DeleteTask($input: DeleteTaskInput!) {
    deleteTask(input: $input) {
      id
    }
  }
`);

export const DeleteEventMutation = graphql(`
  mutation DeleteEvent($input: DeleteEventInput!) {
    deleteEvent(input: $input) {
      id
    }
  }
`);

export const DeleteEventSeriesMutation = graphql(`
  mutation DeleteEventSeries($input: DeleteEventSeriesInput!) {
    deleteEventSeries(input: $input) {
      id
    }
  }
`);
