import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';

/** Undoes quoted-printable soft line breaks and the escaped "=" that links contain. */
export function decodeQuotedPrintable(raw: string): string {
  return raw.replace(/=\r?\n/g, '').replace(/=3D/gi, '=');
}

/** The headers of a mail, with folded lines unfolded. */
function headers(raw: string): string {
  const end = raw.search(/\r?\n\r?\n/);
  return (end < 0 ? raw : raw.slice(0, end)).replace(/\r?\n[ \t]+/g, ' ');
}

function recipient(raw: string): string {
  const m = /^To:(.*)$/im.exec(headers(raw));
  return (m?.[1] ?? '').toLowerCase();
}

const LINK = /\/set-password\?token=[A-Za-z0-9_-]+/;

/** The set-password link of a mail, whether its body is quoted-printable, base64 or plain. */
export function setPasswordLink(raw: string): string | null {
  const qp = LINK.exec(decodeQuotedPrintable(raw));
  if (qp) return qp[0];
  for (const block of raw.match(/(?:^[A-Za-z0-9+/=]{16,}\r?\n?)+/gm) ?? []) {
    const decoded = Buffer.from(block.replace(/\s+/g, ''), 'base64').toString('utf8');
    const m = LINK.exec(decodeQuotedPrintable(decoded));
    if (m) return m[0];
  }
  return null;
}

/**
 * Waits for a mail in KOOP_MAIL_DIR addressed to `to` and returns what `extract` finds in it, looking
 * at the newest such mail only (newestOnly) or at every one, newest first.
 */
async function waitForMailLink(to: string, extract: (raw: string) => string | null, what: string, newestOnly: boolean, timeoutMs: number): Promise<string> {
  const dir = process.env.KOOP_MAIL_DIR;
  if (!dir) throw new Error('KOOP_MAIL_DIR is not set: the e2e script must tell where the server writes mails');
  const deadline = Date.now() + timeoutMs;
  const address = to.toLowerCase();
  for (;;) {
    let names: string[] = [];
    try {
      names = (await readdir(dir)).filter((n) => n.endsWith('.eml'));
    } catch {
      // the folder appears with the first mail
    }
    const files = await Promise.all(
      names.map(async (n) => {
        const file = path.join(dir, n);
        return { file, mtime: (await stat(file)).mtimeMs };
      }),
    );
    files.sort((a, b) => b.mtime - a.mtime);
    for (const { file } of files) {
      const raw = await readFile(file, 'utf8');
      if (!recipient(raw).includes(address)) continue;
      const link = extract(raw);
      if (link) return link;
      if (newestOnly) break;
    }
    if (Date.now() > deadline) throw new Error(`no mail with ${what} to ${to} in ${dir}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

/**
 * Waits for the newest .eml in KOOP_MAIL_DIR addressed to `to` and returns the path and query of
 * its set-password link.
 */
export function waitForSetPasswordLink(to: string, timeoutMs = 30_000): Promise<string> {
  return waitForMailLink(to, setPasswordLink, 'a set-password link', true, timeoutMs);
}

/** Undoes quoted-printable completely: soft line breaks and every =XX byte, read as UTF-8. */
function decodeQuotedPrintableBytes(raw: string): string {
  const latin1 = raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(latin1, 'latin1').toString('utf8');
}

/**
 * The decoded bodies of every leaf part of a mail, text first as it comes: multipart mails (a
 * text with an .ics attachment, say) are split at their boundaries, and each part's
 * quoted-printable or base64 encoding is undone.
 */
export function mailParts(raw: string): { type: string; text: string }[] {
  const split = /\r?\n\r?\n/.exec(raw);
  const head = (split ? raw.slice(0, split.index) : raw).replace(/\r?\n[ \t]+/g, ' ');
  const body = split ? raw.slice(split.index + split[0].length) : '';
  const contentType = /^Content-Type:[ \t]*([^;\r\n]+)(.*)$/im.exec(head);
  const type = (contentType?.[1] ?? 'text/plain').trim().toLowerCase();
  if (type.startsWith('multipart/')) {
    const boundary = /boundary="?([^";\r\n]+)"?/i.exec(contentType?.[2] ?? '')?.[1];
    if (!boundary) return [{ type, text: body }];
    const escaped = boundary.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return body
      .split(new RegExp(`^--${escaped}(?:--)?[ \\t]*$`, 'm'))
      .slice(1) // the preamble
      .filter((part) => part.trim() !== '')
      .flatMap((part) => mailParts(part.replace(/^\r?\n/, '')));
  }
  const encoding = /^Content-Transfer-Encoding:[ \t]*(\S+)/im.exec(head)?.[1]?.toLowerCase();
  if (encoding === 'base64') return [{ type, text: Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8') }];
  if (encoding === 'quoted-printable') return [{ type, text: decodeQuotedPrintableBytes(body) }];
  return [{ type, text: body }];
}

const RSVP_LINK = /\/rsvp\/[A-Za-z0-9_-]{20,}/;

/** The personal RSVP link (`/rsvp/<token>`) of a guest mail, from its text part (or any part). */
export function rsvpLink(raw: string): string | null {
  const parts = mailParts(raw);
  const ordered = [...parts.filter((p) => p.type === 'text/plain'), ...parts.filter((p) => p.type !== 'text/plain')];
  for (const { text } of ordered) {
    const m = RSVP_LINK.exec(text);
    if (m) return m[0];
  }
  return null;
}

/**
 * Waits for the newest .eml in KOOP_MAIL_DIR addressed to `to` that carries an RSVP link and
 * returns the link's path, `/rsvp/<token>`.
 */
export function waitForRsvpLink(to: string, timeoutMs = 30_000): Promise<string> {
  return waitForMailLink(to, rsvpLink, 'an RSVP link', false, timeoutMs);
}
