import { Attachments, type AttachmentWording } from '../../discussion/components/Attachments';

/** The wording of a nomination's documents ("Dokumente"); public uploads have no uploader. */
const NOMINATION_DOCUMENTS: AttachmentWording = {
  ns: 'nomination',
  keyPrefix: 'documents',
  noUploaderKey: 'publicUpload',
  deleteLabel: (t, fileName) => t('deleteNamed', { name: fileName }),
};

/** The documents of a nomination: list with download, upload and delete for those who manage it. */
export function NominationDocuments({ nominationId, canWrite }: { nominationId: string; canWrite: boolean }) {
  return <Attachments subject={{ kind: 'NOMINATION', id: nominationId }} canWrite={canWrite} wording={NOMINATION_DOCUMENTS} compact />;
}
