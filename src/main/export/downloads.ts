// Exports waiting to be downloaded by a window or a browser page: each one a file in a private temp
// folder (mode 0700), named by a random id, handed out once and deleted right after, or after ten
// minutes when nobody comes for it. The hosts serve them (GET /api/download/<id>, app://vigil/download/
// <id>); the service that writes them knows nothing of either.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExportFormat } from '../../shared/incidentTypes';

export const DOWNLOAD_TTL_MS = 10 * 60 * 1000;

const ID_PATTERN = /^[0-9a-f-]{36}$/;

/** A file being written for a download, not yet offered. */
export interface DownloadSlot {
  id: string;
  path: string;
  format: ExportFormat;
  /** Offers the file for one download; from then on it expires after DOWNLOAD_TTL_MS. */
  publish(): string;
  /** Deletes the file (the export failed). */
  discard(): void;
}

/** A download handed out: the file to send, what to call it, and how to delete it once sent. */
export interface TakenDownload {
  path: string;
  fileName: string;
  contentType: string;
  release(): void;
}

interface Offered {
  dir: string;
  path: string;
  format: ExportFormat;
  createdAt: Date;
  timer: NodeJS.Timeout;
}

const offered = new Map<string, Offered>();
/** Every private folder made and not yet deleted, offered or still being written. */
const folders = new Set<string>();
let cleanupOnExit = false;

export function createDownloadSlot(format: ExportFormat, now: Date = new Date()): DownloadSlot {
  if (!cleanupOnExit) {
    cleanupOnExit = true;
    // Exports nobody fetched do not outlive the process that wrote them (the timers are unref'd).
    process.once('exit', discardDownloads);
  }
  const dir = mkdtempSync(join(tmpdir(), 'vigil-download-'));
  folders.add(dir);
  const id = randomUUID();
  const path = join(dir, `${id}.${format}`);
  const remove = (): void => {
    removeFolder(dir);
  };
  return {
    id,
    path,
    format,
    publish() {
      const timer = setTimeout(() => {
        offered.delete(id);
        remove();
      }, DOWNLOAD_TTL_MS);
      // A pending download must not keep a command or a test process alive.
      timer.unref();
      offered.set(id, { dir, path, format, createdAt: now, timer });
      return id;
    },
    discard: remove,
  };
}

/** The download with this id, taken (a second take finds nothing); null when unknown or expired. */
export function takeDownload(id: string): TakenDownload | null {
  if (!ID_PATTERN.test(id)) return null;
  const found = offered.get(id);
  if (found === undefined) return null;
  offered.delete(id);
  clearTimeout(found.timer);
  return {
    path: found.path,
    fileName: downloadFileName(found.format, found.createdAt),
    contentType: found.format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
    release: () => {
      removeFolder(found.dir);
    },
  };
}

/** `vigil-incidents-YYYYMMDD.csv`, by the UTC date the export was made. */
export function downloadFileName(format: ExportFormat, at: Date): string {
  return `vigil-incidents-${at.toISOString().slice(0, 10).replaceAll('-', '')}.${format}`;
}

function removeFolder(dir: string): void {
  folders.delete(dir);
  rmSync(dir, { recursive: true, force: true });
}

/** Deletes every download still waiting or being written (the process is ending). */
export function discardDownloads(): void {
  for (const found of offered.values()) clearTimeout(found.timer);
  offered.clear();
  for (const dir of [...folders]) removeFolder(dir);
}
