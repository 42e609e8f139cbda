// A waiting export as a fetch Response, for the desktop window's app:// protocol (the browser host
// streams it itself, src/main/http/downloadRoute.ts). Sent once, streamed, deleted after.
import { createReadStream, statSync } from 'node:fs';
import { Readable } from 'node:stream';
import { takeDownload } from './downloads';

export function downloadResponse(id: string, headers: Readonly<Record<string, string>>): Response {
  const download = takeDownload(id);
  if (download === null) return new Response(null, { status: 404, headers });
  try {
    const size = statSync(download.path).size;
    const file = createReadStream(download.path);
    file.once('close', () => {
      download.release();
    });
    return new Response(Readable.toWeb(file) as ReadableStream, {
      status: 200,
      headers: {
        ...headers,
        'Content-Type': download.contentType,
        'Content-Length': String(size),
        'Content-Disposition': `attachment; filename="${download.fileName}"`,
      },
    });
  } catch {
    download.release();
    return new Response(null, { status: 410, headers });
  }
}
