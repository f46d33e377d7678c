import { graphql } from '../../../gql';

export const UpdateMeMutation = graphql(`
  mutation UpdateMe($input: UpdateMeInput!) {
    updateMe(input: $input) {
      user {
        ...SessionUser
      }
    }
  }
`);

export const ReminderSettingsQuery = graphql(`
  query ReminderSettings {
    myReminderSettings {
      emailReminders
    }
  }
`);

export const UpdateReminderSettingsMutation = graphql(`
  mutation UpdateReminderSettings($input: UpdateReminderSettingsInput!) {
    updateReminderSettings(input: $input) {
      settings {
        emailReminders
      }
    }
  }
`);
