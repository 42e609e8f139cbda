// The letterhead every report's title block prints: organization, author and a logo. The logo is a
// file the analyst chose, kept in the store as bytes after checking that it is what it says it is (a
// PNG or a JPEG, by its first bytes) and small; it goes back to the window as a data: URL, which the
// page's policy allows for images and which can never run as anything but an image.
import type { Database } from 'better-sqlite3';
import { VigilFault } from '../../shared/errors';
import { MAX_LOGO_BYTES, type Letterhead, type LogoType } from '../../shared/report';

const SIGNATURES: Readonly<Record<LogoType, readonly number[]>> = {
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  'image/jpeg': [0xff, 0xd8, 0xff],
};

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export interface LetterheadInput {
  organization: string;
  author: string;
  logo?: { type: LogoType; base64: string } | null | undefined;
}

/** The logo's bytes, or an invalid_input fault saying why they cannot be a logo. */
export function logoBytes(type: LogoType, base64: string): Buffer {
  if (!BASE64.test(base64) || base64.length % 4 !== 0) {
    throw new VigilFault('invalid_input', { key: 'report:errors.logoNotBase64' });
  }
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length === 0) throw new VigilFault('invalid_input', { key: 'report:errors.logoEmpty' });
  if (bytes.length > MAX_LOGO_BYTES) {
    throw new VigilFault('invalid_input', {
      key: 'report:errors.logoTooLarge',
      params: { kib: String(Math.ceil(bytes.length / 1024)), max: String(MAX_LOGO_BYTES / 1024) },
    });
  }
  const signature = SIGNATURES[type];
  if (!signature.every((b, i) => bytes[i] === b)) {
    throw new VigilFault('invalid_input', { key: 'report:errors.logoNotImage' });
  }
  return bytes;
}

export function getLetterhead(db: Database): Letterhead {
  const row = db
    .prepare('SELECT organization, author, logo_type, logo FROM report_letterhead WHERE id = 1')
    .get() as
    { organization: string; author: string; logo_type: string | null; logo: Buffer | null } | undefined;
  if (row === undefined) return { organization: '', author: '', logo: null };
  const logo =
    row.logo_type !== null && row.logo !== null
      ? `data:${row.logo_type};base64,${row.logo.toString('base64')}`
      : null;
  return { organization: row.organization, author: row.author, logo };
}

export function setLetterhead(db: Database, input: LetterheadInput, now: string): Letterhead {
  const logo =
    input.logo === undefined || input.logo === null ? null : logoBytes(input.logo.type, input.logo.base64);
  db.transaction(() => {
    db.prepare(
      `INSERT INTO report_letterhead (id, organization, author, updated_at) VALUES (1, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET organization = excluded.organization, author = excluded.author,
         updated_at = excluded.updated_at`,
    ).run(input.organization.trim(), input.author.trim(), now);
    if (input.logo === null) {
      db.prepare('UPDATE report_letterhead SET logo_type = NULL, logo = NULL WHERE id = 1').run();
    } else if (input.logo !== undefined && logo !== null) {
      db.prepare('UPDATE report_letterhead SET logo_type = ?, logo = ? WHERE id = 1').run(
        input.logo.type,
        logo,
      );
    }
  }).immediate();
  return getLetterhead(db);
}
