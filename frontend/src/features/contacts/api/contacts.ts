import { graphql } from '../../../gql';

export const ContactListFields = graphql(`
  fragment ContactListFields on Contact {
    id
    salutation
    title
    firstName
    lastName
    name
    function
    email
    phone
    city
    legalBasis
    optedOutAt
    detailsHidden
    version
    organisation {
      id
      name
    }
  }
`);

export const ContactDetailFields = graphql(`
  fragment ContactDetailFields on Contact {
    id
    salutation
    title
    firstName
    lastName
    name
    letterSalutation
    function
    email
    phone
    street
    postalCode
    city
    legalBasis
    consentAt
    note
    optedOutAt
    detailsHidden
    createdAt
    updatedAt
    version
    organisation {
      id
      name
    }
    distributionLists {
      id
      name
    }
  }
`);

export const DistributionListFields = graphql(`
  fragment DistributionListFields on DistributionList {
    id
    name
    description
    memberCount
    createdAt
    version
  }
`);

export const ContactsQuery = graphql(`
  query Contacts($cooperationId: ID!, $filter: ContactFilter, $limit: Int, $offset: Int) {
    contacts(cooperationId: $cooperationId, filter: $filter, limit: $limit, offset: $offset) {
      totalCount
      items {
        ...ContactListFields
      }
    }
  }
`);

export const ContactQuery = graphql(`
  query Contact($id: ID!) {
    contact(id: $id) {
      ...ContactDetailFields
    }
  }
`);

export const ContactOrganisationsQuery = graphql(`
  query ContactOrganisations($cooperationId: ID!) {
    organisations(cooperationId: $cooperationId, limit: 200) {
      totalCount
      items {
        id
        name
      }
    }
  }
`);

export const DistributionListsQuery = graphql(`
  query DistributionLists($cooperationId: ID!) {
    distributionLists(cooperationId: $cooperationId) {
      ...DistributionListFields
    }
  }
`);

export const DistributionListQuery = graphql(`
  query DistributionList($id: ID!) {
    distributionList(id: $id) {
      ...DistributionListFields
    }
  }
`);

export const CreateContactMutation = graphql(`
  mutation CreateContact($input: CreateContactInput!) {
    createContact(input: $input) {
      contact {
        ...ContactDetailFields
      }
    }
  }
`);

export const UpdateContactMutation = graphql(`
  mutation UpdateContact($input: UpdateContactInput!) {
    updateContact(input: $input) {
      contact {
        ...ContactDetailFields
      }
    }
  }
`);

export const DeleteContactMutation = graphql(`
  mutation DeleteContact($input: DeleteContactInput!) {
    deleteContact(input: $input) {
      id
    }
  }
`);

export const CreateDistributionListMutation = graphql(`
  mutation CreateDistributionList($input: CreateDistributionListInput!) {
    createDistributionList(input: $input) {
      distributionList {
        ...DistributionListFields
      }
    }
  }
`);

export const UpdateDistributionListMutation = graphql(`
  mutation UpdateDistributionList($input: UpdateDistributionListInput!) {
    updateDistributionList(input: $input) {
      distributionList {
        ...DistributionListFields
      }
    }
  }
`);

export const DeleteDistributionListMutation = graphql(`
  mutation DeleteDistributionList($input: DeleteDistributionListInput!) {
    deleteDistributionList(input: $input) {
      id
    }
  }
`);

export const AddContactsToListMutation = graphql(`
  mutation AddContactsToList($input: ListContactsInput!) {
    addContactsToList(input: $input) {
      distributionList {
        ...DistributionListFields
      }
    }
  }
`);

export const RemoveContactsFromListMutation = graphql(`
  mutation RemoveContactsFromList($input: ListContactsInput!) {
    removeContactsFromList(input: $input) {
      distributionList {
        ...DistributionListFields
      }
    }
  }
`);

export const ContactImportReportFields = graphql(`
  fragment ContactImportReportFields on ContactImportReport {
    fileName
    encoding
    delimiter
    unknownColumns
    totalRows
    newCount
    duplicateCount
    existsCount
    errorCount
    rows {
      line
      status
      existingContactId
      messages {
        column
        message
      }
      values {
        salutation
        title
        firstName
        lastName
        organisationName
        email
        legalBasis
        consentAt
      }
    }
  }
`);

export const PreviewContactImportQuery = graphql(`
  query PreviewContactImport($input: PreviewContactImportInput!) {
    previewContactImport(input: $input) {
      ...ContactImportReportFields
    }
  }
`);

export const ImportContactsMutation = graphql(`
  mutation ImportContacts($input: ImportContactsInput!) {
    importContacts(input: $input) {
      createdCount
      updatedCount
      skippedCount
      organisationsCreated
      distributionList {
        ...DistributionListFields
      }
    }
  }
`);
