import { graphql } from '../../../gql';

/** One guest as the printed list and the badges show them. */
export const PrintGuestFieldsFragment = graphql(`
  fragment PrintGuestFields on Invitation {
    id
    status
    guestName
    plusOne
    plusOneName
    seats
    waitlistPosition
    checkedInAt
    walkIn
    contact {
      id
      function
      organisation {
        id
        name
      }
    }
  }
`);

/** The event head of a print view (title, time, venue; the lead partner tells its cooperation). */
export const PrintEventFieldsFragment = graphql(`
  fragment PrintEventFields on Event {
    id
    title
    startsAt
    endsAt
    venue
    address
    capacity
    status
    leadPartner {
      id
    }
  }
`);

export const GuestListPrintQuery = graphql(`
  query GuestListPrint($eventId: ID!) {
    guests(eventId: $eventId, filter: { statuses: [ACCEPTED, ATTENDED, WAITLISTED, INVITED] }) {
      event {
        ...PrintEventFields
      }
      items {
        ...PrintGuestFields
      }
      counts {
        invited
        accepted
        declined
        waitlisted
        attended
        seatsTaken
        capacity
        seatsFree
      }
    }
  }
`);

export const BadgesPrintQuery = graphql(`
  query BadgesPrint($eventId: ID!) {
    guests(eventId: $eventId, filter: { statuses: [ACCEPTED, ATTENDED] }) {
      event {
        ...PrintEventFields
      }
      items {
        ...PrintGuestFields
      }
    }
  }
`);
