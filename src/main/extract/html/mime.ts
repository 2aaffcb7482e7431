// Reads a single-file web page (.mht/.mhtml, as browsers and Word save it): the MIME message's
// headers, its multipart body, and the HTML part decoded from quoted-printable or base64.

export interface MimePart {
  headers: Map<string, string>;
  /** The body's bytes after the transfer encoding is undone. */
  body: Uint8Array;
}

/** The byte string (one char per byte) of the file: headers and boundaries are ASCII. */
const latin1 = (b: Uint8Array): string =>
  Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1');

/** Splits a header block from its body at the first blank line; unfolds continued lines. */
const splitHeaders = (s: string): { headers: Map<string, string>; body: string } => {
  const m = /\r?\n\r?\n/.exec(s);
  const head = m ? s.slice(0, m.index) : s;
  const body = m ? s.slice(m.index + m[0].length) : '';
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0)
      headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body };
};

/** A parameter of a header value: `boundary="----=_NextPart"`, `charset=gb2312`. */
export const headerParam = (value: string | undefined, name: string): string | null => {
  if (!value) return null;
  const m = new RegExp(`(?:^|;)\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(value);
  return m ? (m[1] ?? m[2] ?? null) : null;
};

const decodeQuotedPrintable = (s: string): Uint8Array => {
  const joined = s.replace(/=\r?\n/g, '');
  const out = Buffer.alloc(joined.length);
  let n = 0;
  for (let i = 0; i < joined.length; i++) {
    const c = joined.charCodeAt(i);
    if (c === 61 /* = */ && /^[0-9A-Fa-f]{2}$/.test(joined.slice(i + 1, i + 3))) {
      out[n++] = parseInt(joined.slice(i + 1, i + 3), 16);
      i += 2;
    } else out[n++] = c & 0xff;
  }
  return out.subarray(0, n);
};

const decodeBody = (body: string, encoding: string | undefined): Uint8Array => {
  const e = (encoding ?? '').trim().toLowerCase();
  if (e === 'base64') return Buffer.from(body.replace(/[^A-Za-z0-9+/=]/g, ''), 'base64');
  if (e === 'quoted-printable') return decodeQuotedPrintable(body);
  return Buffer.from(body, 'latin1');
};

const part = (s: string): MimePart => {
  const { headers, body } = splitHeaders(s);
  return { headers, body: decodeBody(body, headers.get('content-transfer-encoding')) };
};

const isHtml = (p: MimePart): boolean =>
  /^\s*text\/html/i.test(p.headers.get('content-type') ?? '');

/** Why a message yielded no page, for the reader's Chinese message. */
export type MimeProblem = 'no-boundary' | 'no-html';

/**
 * The HTML part of a single-file page: the multipart's `start` part or its first text/html
 * part, or the message itself when it is not multipart. When the declared boundary is not in
 * the body (a broken file), the parts are looked for by their own Content-Type headers.
 */
export const htmlPart = (bytes: Uint8Array): MimePart | MimeProblem => {
  const { headers, body: raw } = splitHeaders(latin1(bytes));
  const type = headers.get('content-type') ?? '';
  if (!/multipart\//i.test(type)) {
    const message = { headers, body: decodeBody(raw, headers.get('content-transfer-encoding')) };
    const looksHtml = /<html|<body|<table|<p[\s>]/i.test(latin1(message.body.subarray(0, 65536)));
    return isHtml(message) || looksHtml ? message : 'no-html';
  }
  const declared = headerParam(type, 'boundary');
  // A declared boundary the body does not use (a broken file): the body's own delimiter line,
  // "--something" followed by a header line, is taken instead.
  const found = /^--(\S{1,200})\r?\n[A-Za-z-]+:/m.exec(raw)?.[1] ?? null;
  const boundary = declared && raw.includes(`--${declared}`) ? declared : found;
  let chunks: string[];
  if (boundary) {
    chunks = raw.split(`--${boundary}`).slice(1);
  } else {
    // No delimiter line at all: each "Content-Type:" line at a line start begins a part.
    const starts = [...raw.matchAll(/^Content-Type:/gim)].map((m) => m.index);
    chunks = starts.map((s, i) => raw.slice(s, starts[i + 1] ?? raw.length));
    if (chunks.length === 0) return 'no-boundary';
  }
  const parts = chunks
    .filter((c) => !c.startsWith('--')) // the closing delimiter
    .map((c) => part(c.replace(/^[ \t]*\r?\n/, '')));
  const startId = headerParam(type, 'start');
  const chosen =
    (startId && parts.find((p) => p.headers.get('content-id') === startId)) || parts.find(isHtml);
  return chosen ?? (boundary ? 'no-html' : 'no-boundary');
};
