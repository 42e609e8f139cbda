// Files a browser page hands over for import: streamed to a private folder, named by a random id,
// and deleted once the import that used them settles or the host stops.
import { randomUUID } from 'node:crypto';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { VigilFault } from '../../shared/errors';

/** Larger than any export an analyst is handed; stops a runaway upload from filling the disk. */
export const MAX_UPLOAD_BYTES = 4 * 1024 ** 3;

export class Uploads {
  private readonly dir = mkdtempSync(join(tmpdir(), 'vigil-uploads-'));
  private readonly files = new Map<string, { path: string; name: string }>();

  async receive(req: IncomingMessage, name: string): Promise<{ uploadId: string; name: string }> {
    const declared = Number(req.headers['content-length'] ?? '0');
    if (declared > MAX_UPLOAD_BYTES)
      throw new VigilFault('invalid_input', { key: 'errors:host.uploadTooLarge' }, { file: name });
    const uploadId = randomUUID();
    const path = join(this.dir, uploadId);
    let received = 0;
    req.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received > MAX_UPLOAD_BYTES) req.destroy(new Error('upload too large'));
    });
    try {
      await pipeline(req, createWriteStream(path, { mode: 0o600 }));
    } catch (err) {
      rmSync(path, { force: true });
      throw new VigilFault(
        'file_unreadable',
        { key: 'errors:host.uploadIncomplete', params: { reason: (err as Error).message } },
        { file: name },
      );
    }
    this.files.set(uploadId, { path, name });
    return { uploadId, name };
  }

  /** The uploaded file for an id, left in place (for a preview). */
  peek(uploadId: string): { path: string; name: string } {
    const file = this.files.get(uploadId);
    if (!file) throw new VigilFault('not_found', { key: 'errors:host.uploadUnknown' });
    return file;
  }

  /** The uploaded file for an id, and how to delete it once it has been used. */
  take(uploadId: string): { path: string; name: string; release: () => void } {
    const file = this.files.get(uploadId);
    if (!file) throw new VigilFault('not_found', { key: 'errors:host.uploadUnknown' });
    this.files.delete(uploadId);
    return {
      ...file,
      release: () => {
        rmSync(file.path, { force: true });
      },
    };
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
    this.files.clear();
  }
}
