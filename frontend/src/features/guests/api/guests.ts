import { graphql } from '../../../gql';

export const GuestCountsFields = graphql(`
  fragment GuestCountsFields on GuestCounts {
    draft
    invited
    accepted
    declined
    waitlisted
    attended
    noShow
    seatsTaken
    seatsAttended
    capacity
    seatsFree
  }
`);

export const GuestFields = graphql(`
  fragment GuestFields on Invitation {
    id
    status
    guestName
    plusOne
    plusOneName
    seats
    invitedAt
    answeredAt
    waitlistPosition
    checkedInAt
    walkIn
    version
    contact {
      id
      name
      function
      email
      optedOutAt
      organisation {
        id
        name
      }
    }
  }
`);

export const GuestsQuery = graphql(`
  query Guests($eventId: ID!) {
    guests(eventId: $eventId) {
      event {
        id
        title
        status
        capacity
        plusOnesAllowed
        rsvpDeadline
        startsAt
        version
      }
      items {
        ...GuestFields
      }
      counts {
        ...GuestCountsFields
      }
    }
  }
`);

export const GuestListCsvQuery = graphql(`
  query GuestListCsv($id: ID!) {
    event(id: $id) {
      id
      guestListCsvUrl
    }
  }
`);

export const InviteSourcesQuery = graphql(`
  query InviteSources($cooperationId: ID!) {
    distributionLists(cooperationId: $cooperationId) {
      id
      name
      memberCount
    }
    events(cooperationId: $cooperationId, orderBy: STARTS_AT_DESC, limit: 100) {
      items {
        id
        title
        startsAt
        guestCounts {
          accepted
          attended
          noShow
        }
      }
    }
  }
`);

export const InviteGuestsMutation = graphql(`
  mutation InviteGuests($input: InviteGuestsInput!) {
    inviteGuests(input: $input) {
      added {
        id
      }
      skipped {
        contactId
        name
        reason
      }
    }
  }
`);

export const SendInvitationsMutation = graphql(`
  mutation SendInvitations($input: SendInvitationsInput!) {
    sendInvitations(input: $input) {
      sent
      skipped {
        contactId
        name
        reason
      }
    }
  }
`);

export const RecordAnswerMutation = graphql(`
  mutation RecordAnswer($input: RecordAnswerInput!) {
    recordAnswer(input: $input) {
      invitation {
        ...GuestFields
      }
    }
  }
`);

export const DeleteInvitationMutation = graphql(`
  mutation DeleteInvitation($input: DeleteInvitationInput!) {
    deleteInvitation(input: $input) {
      id
    }
  }
`);

export const CheckInMutation = graphql(`
  mutation CheckIn($input: CheckInInput!) {
    checkIn(input: $input) {
      invitation {
        ...GuestFields
      }
    }
  }
`);

export const AddWalkInMutation = graphql(`
  mutation AddWalkIn($input: AddWalkInInput!) {
    addWalkIn(input: $input) {
      invitation {
        ...GuestFields
      }
    }
  }
`);
