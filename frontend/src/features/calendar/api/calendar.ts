import { graphql } from '../../../gql';

/** A fresh .ics link for one event (it lives 15 minutes, so it is fetched right before use). */
export const EventIcsUrlQuery = graphql(`
  query EventIcsUrl($id: ID!) {
    event(id: $id) {
      id
      icsUrl
    }
  }
`);

export const CalendarFeedQuery = graphql(`
  query CalendarFeed($cooperationId: ID!) {
    calendarFeed(cooperationId: $cooperationId) {
      createdAt
      createdByName
    }
  }
`);

export const RotateCalendarFeedMutation = graphql(`
  mutation RotateCalendarFeed($input: RotateCalendarFeedInput!) {
    rotateCalendarFeed(input: $input) {
      url
      calendarFeed {
        createdAt
        createdByName
      }
    }
  }
`);

export const DeleteCalendarFeedMutation = graphql(`
  mutation DeleteCalendarFeed($input: DeleteCalendarFeedInput!) {
    deleteCalendarFeed(input: $input) {
      cooperationId
    }
  }
`);
