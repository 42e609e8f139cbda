// The headers every response of the app protocol carries. The renderer is served only by that
// protocol, so this is the whole page's policy: its own scripts, styles, images and fetches, nothing
// inline, nothing from anywhere else, and no framing, form posts or <base> tricks.

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  // A file is what its extension says; never let Chromium sniff a data file into a script.
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};
