/** The three legal texts, in the order the links show them. */
export const LEGAL_KINDS = ['imprint', 'privacy', 'accessibility'] as const;
export type LegalKind = (typeof LEGAL_KINDS)[number];

export function isLegalKind(v: unknown): v is LegalKind {
  return typeof v === 'string' && (LEGAL_KINDS as readonly string[]).includes(v);
}

/** The most characters each text may have (as the server checks them). */
export const LEGAL_MAX: Record<LegalKind, number> = { imprint: 20000, privacy: 60000, accessibility: 30000 };

/** One block of a legal text as the public page shows it. */
export type LegalBlock =
  | { type: 'heading'; level: 2 | 3; text: string }
  | { type: 'paragraph'; lines: string[] }
  | { type: 'list'; items: string[] };

const BULLET = /^[-*•]\s+/;
const HEADING = /^(#{1,3})\s+(.*)$/;

/**
 * Splits a plain legal text into blocks: a blank line ends a paragraph, "## " starts a
 * subheading ("### " a smaller one), lines starting with "- " make a list, other line breaks
 * stay line breaks. Nothing is ever read as HTML: the blocks are rendered as text.
 */
export function legalBlocks(text: string): LegalBlock[] {
  const blocks: LegalBlock[] = [];
  let para: string[] = [];
  let list: string[] = [];
  const flush = () => {
    if (para.length > 0) blocks.push({ type: 'paragraph', lines: para });
    if (list.length > 0) blocks.push({ type: 'list', items: list });
    para = [];
    list = [];
  };
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trimEnd();
    if (line.trim() === '') {
      flush();
      continue;
    }
    const heading = HEADING.exec(line.trim());
    if (heading?.[2]) {
      flush();
      blocks.push({ type: 'heading', level: heading[1] === '###' ? 3 : 2, text: heading[2].trim() });
      continue;
    }
    if (BULLET.test(line.trim())) {
      if (para.length > 0) {
        blocks.push({ type: 'paragraph', lines: para });
        para = [];
      }
      list.push(line.trim().replace(BULLET, ''));
      continue;
    }
    if (list.length > 0) {
      blocks.push({ type: 'list', items: list });
      list = [];
    }
    para.push(line);
  }
  flush();
  return blocks;
}
