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
 * Waits for the newest .eml in KOOP_MAIL_DIR addressed to `to` and returns the path and query of
 * its set-password link.
 */
export async function waitForSetPasswordLink(to: string, timeoutMs = 30_000): Promise<string> {
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
      const link = setPasswordLink(raw);
      if (link) return link;
      break;
    }
    if (Date.now() > deadline) throw new Error(`no mail with a set-password link to ${to} in ${dir}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}
