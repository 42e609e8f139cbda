// GET /api/download/<id>: an export written for this browser page, sent once as an attachment and
// deleted. The caller has passed the same checks as /api/call (origin, Host and token) before this.
import { createReadStream, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { errorValue } from '../../shared/errors';
import { takeDownload } from '../export/downloads';

export const DOWNLOAD_PREFIX = '/api/download/';

export function serveDownload(res: ServerResponse, pathname: string): void {
  const download = takeDownload(pathname.slice(DOWNLOAD_PREFIX.length));
  if (download === null) {
    const body = JSON.stringify({
      ok: false,
      error: errorValue('not_found', { key: 'errors:host.downloadUnknown' }),
    });
    res.writeHead(404, { 'Content-Type': 'application/json; charset=utf-8' });
    res.end(body);
    return;
  }
  let size: number;
  try {
    size = statSync(download.path).size;
  } catch {
    download.release();
    res.writeHead(410, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('the export file is gone');
    return;
  }
  res.writeHead(200, {
    'Content-Type': download.contentType,
    'Content-Length': size,
    'Content-Disposition': `attachment; filename="${download.fileName}"`,
  });
  const stream = createReadStream(download.path);
  // Delete once sent, or once the page stops listening half-way: a download is handed out once.
  res.once('close', () => {
    stream.destroy();
    download.release();
  });
  stream.on('error', () => {
    res.destroy();
  });
  stream.pipe(res);
}
