import { graphql } from '../../../gql';

/** What the RSVP page shows; the same selection after every change so the page stays whole. */
export const RsvpPageFieldsFragment = graphql(`
  fragment RsvpPageFields on Rsvp {
    guestName
    letterSalutation
    status
    plusOne
    plusOneName
    plusOnesAllowed
    waitlistPosition
    eventTitle
    startsAt
    endsAt
    venue
    address
    description
    eventCancelled
    deadline
    open
    closedReason
    optedOut
    cooperationId
    cooperationName
  }
`);

export const RsvpByTokenQuery = graphql(`
  query RsvpByToken($token: String!) {
    rsvp(token: $token) {
      ...RsvpPageFields
    }
  }
`);

export const RsvpSubmitAnswerMutation = graphql(`
  mutation RsvpSubmitAnswer($input: RsvpAnswerInput!) {
    answerRsvp(input: $input) {
      rsvp {
        ...RsvpPageFields
      }
    }
  }
`);

export const RsvpOptOutMutation = graphql(`
  mutation RsvpOptOut($input: OptOutInput!) {
    optOut(input: $input) {
      rsvp {
        ...RsvpPageFields
      }
    }
  }
`);
