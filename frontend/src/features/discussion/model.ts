import type { Role, SubjectKind } from '../../gql/graphql';

/** Who may write comments and upload files (the API's PermContribute). */
export function canContribute(role: Role | null | undefined): boolean {
  return role === 'ADMIN' || role === 'COORDINATOR' || role === 'MEMBER';
}

/** The largest file the API accepts (10 MiB); checked here first to save the upload. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
/** The file types the API accepts, for the file picker. */
export const ATTACHMENT_ACCEPT = '.pdf,.png,.jpg,.jpeg,.gif,.webp,.txt,.csv,.docx,.xlsx,.pptx,.odt,.ods';

/** A size for people: "1,5 MB", "820 kB", "12 Bytes" (German) or with a point (English). */
export function formatBytes(n: number, language: string): string {
  const f = new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'de-DE', { maximumFractionDigits: 1 });
  if (n >= 1024 * 1024) return `${f.format(n / (1024 * 1024))} MB`;
  if (n >= 1024) return `${f.format(n / 1024)} kB`;
  return `${f.format(n)} Bytes`;
}

/** What comments and files hang on, as the API names it (nominations carry files only). */
export type SubjectRef = { kind: SubjectKind; id: string };
