// Who may talk to the loopback host: only this machine, only under a loopback Host name (a DNS
// rebinding page has another Host), only same-origin pages, and only with this run's token.
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Message } from '../../shared/i18n/message';

export const TOKEN_HEADER = 'x-vigil-token';
export const TOKEN_COOKIE = 'vigil_token';

/** A request let through, or refused with its HTTP status and why (a catalog message). */
export type GuardVerdict = { ok: true; status: 200 } | { ok: false; status: number; reason: Message };

const ALLOWED: GuardVerdict = { ok: true, status: 200 };

export function isLoopbackAddress(address: string | undefined): boolean {
  if (address === undefined) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  return v4.startsWith('127.') || address === '::1';
}

/** Checks where a request comes from and what it claims to be addressed to. */
export function checkOrigin(req: IncomingMessage, port: number): GuardVerdict {
  if (!isLoopbackAddress(req.socket.remoteAddress)) {
    return { ok: false, status: 403, reason: { key: 'errors:host.notThisMachine' } };
  }
  const hosts = [`127.0.0.1:${String(port)}`, `localhost:${String(port)}`];
  if (!hosts.includes(req.headers.host ?? '')) {
    return { ok: false, status: 421, reason: { key: 'errors:host.unexpectedHost' } };
  }
  const origin = req.headers.origin;
  if (origin !== undefined && !hosts.some((host) => origin === `http://${host}`)) {
    return { ok: false, status: 403, reason: { key: 'errors:host.crossOrigin' } };
  }
  return ALLOWED;
}

export function sameToken(given: string | undefined, token: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function cookieToken(req: IncomingMessage): string | undefined {
  const header = req.headers.cookie;
  if (header === undefined) return undefined;
  for (const part of header.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === TOKEN_COOKIE) return rest.join('=');
  }
  return undefined;
}

export function headerToken(req: IncomingMessage): string | undefined {
  const value = req.headers[TOKEN_HEADER];
  return Array.isArray(value) ? value[0] : value;
}
