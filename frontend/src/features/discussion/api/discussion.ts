import { graphql } from '../../../gql';

export const CommentFields = graphql(`
  fragment CommentFields on Comment {
    id
    body
    authorName
    authorId
    createdAt
    editedAt
    version
    canEdit
    canDelete
  }
`);

export const AttachmentFields = graphql(`
  fragment AttachmentFields on Attachment {
    id
    fileName
    contentType
    sizeBytes
    description
    uploaderName
    createdAt
    canDelete
    downloadUrl
  }
`);

export const CommentsQuery = graphql(`
  query Comments($subject: SubjectInput!) {
    comments(subject: $subject) {
      ...CommentFields
    }
  }
`);

export const AddCommentMutation = graphql(`
  mutation AddComment($input: AddCommentInput!) {
    addComment(input: $input) {
      comment {
        ...CommentFields
      }
    }
  }
`);

export const EditCommentMutation = graphql(`
  mutation EditComment($input: EditCommentInput!) {
    editComment(input: $input) {
      comment {
        ...CommentFields
      }
    }
  }
`);

export const DeleteCommentMutation = graphql(`
  mutation DeleteComment($input: DeleteCommentInput!) {
    deleteComment(input: $input) {
      id
    }
  }
`);

export const AttachmentsQuery = graphql(`
  query Attachments($subject: SubjectInput!) {
    attachments(subject: $subject) {
      ...AttachmentFields
    }
  }
`);

export const UploadAttachmentMutation = graphql(`
  mutation UploadAttachment($input: UploadAttachmentInput!) {
    uploadAttachment(input: $input) {
      attachment {
        ...AttachmentFields
      }
    }
  }
`);

export const DeleteAttachmentMutation = graphql(`
  mutation DeleteAttachment($input: DeleteAttachmentInput!) {
    deleteAttachment(input: $input) {
      id
    }
  }
`);
