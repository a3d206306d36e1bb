/**
 * A strict, incremental HTTP/1.1 response parser for the lean app client:
 * status line, header fields (as raw byte slices, names in the app's
 * spelling) and the body's framing (Content-Length, chunked, or delimited by
 * the connection closing; no body for HEAD, 204, 304). 1xx interim responses
 * are skipped. Anything it does not accept (obs-fold, a bad name or value
 * byte, a bare LF, a duplicate or non-numeric Content-Length, Content-Length
 * with Transfer-Encoding, a coding other than chunked, an oversized head, a
 * malformed chunk, bytes after the response) throws a
 * ResponseParseError; the connection is then unusable.
 */

export class ResponseParseError extends Error {
  constructor(detail: string) {
    super(`the app's response is malformed: ${detail}`);
    this.name = "ResponseParseError";
  }
}

export interface ResponseHead {
  readonly status: number;
  readonly statusText: string;
  /** [name, value, ...] as the app sent them (views into the received bytes). */
  readonly headers: Buffer[];
  /** Whether the connection may carry another exchange after this response. */
  readonly keepAlive: boolean;
  /** Seconds from a `Keep-Alive: timeout=N` header, or -1. */
  readonly keepAliveSeconds: number;
}

export interface ResponseEvents {
  onHead(head: ResponseHead): void;
  onBody(chunk: Buffer): void;
  /** The response is complete (for a close-delimited body: from finish()). */
  onEnd(): void;
}

const CR = 0x0d;
const LF = 0x0a;
const SP = 0x20;
const HT = 0x09;
const COLON = 0x3a;

/** RFC 9110 tchar. */
const tchar = new Uint8Array(256);
for (const c of "!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") tchar[c.charCodeAt(0)] = 1;
/** field-vchar, SP and HTAB (obs-text allowed), no other control bytes. */
const vchar = new Uint8Array(256);
for (let c = 0x20; c < 0x7f; c++) vchar[c] = 1;
for (let c = 0x80; c < 0x100; c++) vchar[c] = 1;
vchar[HT] = 1;
const hexValue = new Int8Array(256).fill(-1);
for (let c = 0; c < 10; c++) hexValue[0x30 + c] = c;
for (let c = 0; c < 6; c++) hexValue[0x41 + c] = hexValue[0x61 + c] = 10 + c;

const crlfcrlf = Buffer.from("\r\n\r\n", "latin1");
const emptyHead = Buffer.alloc(0);

const enum State {
  Head,
  FixedBody,
  ChunkSize,
  ChunkExtension,
  ChunkSizeLF,
  ChunkData,
  ChunkDataCR,
  ChunkDataLF,
  Trailers,
  UntilClose,
  Done,
}

/** Largest chunk size accepted (fits a double exactly). */
const maxChunkSize = 2 ** 52;

export class ResponseParser {
  private state = State.Done;
  private noBody = false;
  /** Bytes of an unfinished head. */
  private partial: Buffer = emptyHead;
  /** Body bytes (fixed length) or chunk bytes still to come. */
  private remaining = 0;
  private chunkDigits = 0;
  /** Trailer section: bytes of the current line, and whether a CR was seen. */
  private trailerLine = 0;
  private trailerBytes = 0;
  private sawCR = false;

  constructor(
    private readonly events: ResponseEvents,
    private readonly maxHeadBytes = 16 * 1024,
  ) {}

  /** Expects the response to a new request (`noBody` for HEAD). */
  expect(noBody: boolean): void {
    this.state = State.Head;
    this.noBody = noBody;
    this.partial = emptyHead;
  }

  /** Whether a response is complete (or none is expected). */
  get idle(): boolean {
    return this.state === State.Done;
  }

  /** Whether no byte of the expected response has arrived yet. */
  get awaitingHead(): boolean {
    return this.state === State.Head && this.partial.length === 0;
  }

  /** Feeds received bytes; events fire synchronously. */
  execute(buf: Buffer): void {
    let i = 0;
    const end = buf.length;
    while (i < end) {
      switch (this.state) {
        case State.Head:
          i = this.head(buf, i);
          break;
        case State.FixedBody: {
          const n = Math.min(this.remaining, end - i);
          this.remaining -= n;
          const chunk = buf.subarray(i, i + n);
          i += n;
          if (this.remaining === 0) this.state = State.Done;
          this.events.onBody(chunk);
          if (this.state === State.Done) this.events.onEnd();
          break;
        }
        case State.UntilClose:
          this.events.onBody(i === 0 ? buf : buf.subarray(i));
          i = end;
          break;
        case State.ChunkSize: {
          const c = buf[i++]!;
          const d = hexValue[c]!;
          if (d >= 0) {
            if (++this.chunkDigits > 13) throw new ResponseParseError("chunk size too large");
            this.remaining = this.remaining * 16 + d;
            if (this.remaining > maxChunkSize) throw new ResponseParseError("chunk size too large");
          } else if (this.chunkDigits === 0) throw new ResponseParseError("invalid chunk size");
          else if (c === CR) this.state = State.ChunkSizeLF;
          else if (c === 0x3b /* ; */) this.state = State.ChunkExtension;
          else throw new ResponseParseError("invalid chunk size");
          break;
        }
        case State.ChunkExtension: {
          const c = buf[i++]!;
          if (c === CR) this.state = State.ChunkSizeLF;
          else if (!vchar[c]) throw new ResponseParseError("invalid chunk extension");
          else if (++this.chunkDigits > 1024) throw new ResponseParseError("chunk extension too long");
          break;
        }
        case State.ChunkSizeLF:
          if (buf[i++] !== LF) throw new ResponseParseError("bare CR in chunk size line");
          if (this.remaining === 0) {
            this.state = State.Trailers;
            this.trailerLine = 0;
            this.trailerBytes = 0;
            this.sawCR = false;
          } else this.state = State.ChunkData;
          break;
        case State.ChunkData: {
          const n = Math.min(this.remaining, end - i);
          this.remaining -= n;
          const chunk = buf.subarray(i, i + n);
          i += n;
          if (this.remaining === 0) this.state = State.ChunkDataCR;
          this.events.onBody(chunk);
          break;
        }
        case State.ChunkDataCR:
          if (buf[i++] !== CR) throw new ResponseParseError("chunk data longer than its size");
          this.state = State.ChunkDataLF;
          break;
        case State.ChunkDataLF:
          if (buf[i++] !== LF) throw new ResponseParseError("bare CR after chunk data");
          this.beginChunk();
          break;
        case State.Trailers:
          i = this.trailers(buf, i);
          break;
        case State.Done:
          throw new ResponseParseError("data after the end of the response");
      }
    }
  }

  /**
   * The connection was closed by the app: completes a close-delimited body;
   * throws when a response was under way (or expected and none came).
   */
  finish(): void {
    if (this.state === State.UntilClose) {
      this.state = State.Done;
      this.events.onEnd();
      return;
    }
    if (this.state === State.Done) return;
    throw new ResponseParseError(this.awaitingHead ? "the app closed the connection without answering" : "the app closed the connection before the response ended");
  }

  private beginChunk(): void {
    this.state = State.ChunkSize;
    this.remaining = 0;
    this.chunkDigits = 0;
  }

  /** Trailer fields after the last chunk: checked for bad bytes and dropped; an empty line ends the response. */
  private trailers(buf: Buffer, i: number): number {
    const end = buf.length;
    while (i < end) {
      const c = buf[i++]!;
      if (this.sawCR) {
        if (c !== LF) throw new ResponseParseError("bare CR in trailers");
        this.sawCR = false;
        if (this.trailerLine === 0) {
          this.state = State.Done;
          this.events.onEnd();
          return i;
        }
        this.trailerLine = 0;
        continue;
      }
      if (c === CR) {
        this.sawCR = true;
        continue;
      }
      if (!vchar[c] || (this.trailerLine === 0 && (c === SP || c === HT))) throw new ResponseParseError("invalid byte in trailers");
      this.trailerLine++;
      if (++this.trailerBytes > this.maxHeadBytes) throw new ResponseParseError("trailers too large");
    }
    return i;
  }

  /** Collects the head until its blank line, then parses it; returns where the body starts. */
  private head(buf: Buffer, i: number): number {
    let data: Buffer;
    let from: number;
    let searchFrom: number;
    if (this.partial.length === 0) {
      data = buf;
      from = i;
      searchFrom = i;
    } else {
      const prev = this.partial.length;
      data = Buffer.concat([this.partial, buf.subarray(i)]);
      from = 0;
      searchFrom = Math.max(0, prev - 3);
    }
    const at = data.indexOf(crlfcrlf, searchFrom);
    if (at < 0) {
      if (data.length - from > this.maxHeadBytes) throw new ResponseParseError("head too large");
      // Keep a copy: the socket's buffer is not ours to hold.
      this.partial = Buffer.from(data.subarray(from));
      return buf.length;
    }
    const headEnd = at + 4;
    if (headEnd - from > this.maxHeadBytes) throw new ResponseParseError("head too large");
    // Header views point into `data`; when that is the socket's chunk, hold a copy of the head only.
    const own = data === buf ? Buffer.from(buf.subarray(from, headEnd)) : data.subarray(from, headEnd);
    const consumed = data === buf ? headEnd : i + (headEnd - this.partial.length);
    this.partial = emptyHead;
    this.parseHead(own);
    return consumed;
  }

  private parseHead(h: Buffer): void {
    // Status line: HTTP/1.x SP 3DIGIT [SP reason] CRLF
    if (h.length < 14 || h.toString("latin1", 0, 7) !== "HTTP/1." || (h[7] !== 0x30 && h[7] !== 0x31) || h[8] !== SP) throw new ResponseParseError("invalid status line");
    const http10 = h[7] === 0x30;
    const d0 = h[9]! - 0x30;
    const d1 = h[10]! - 0x30;
    const d2 = h[11]! - 0x30;
    if (d0 < 1 || d0 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) throw new ResponseParseError("invalid status code");
    const status = d0 * 100 + d1 * 10 + d2;
    let i = 12;
    let statusText = "";
    if (h[i] === SP) {
      const start = ++i;
      while (h[i] !== CR) {
        if (!vchar[h[i]!]) throw new ResponseParseError("invalid reason phrase");
        i++;
      }
      statusText = h.toString("latin1", start, i);
    }
    if (h[i] !== CR || h[i + 1] !== LF) throw new ResponseParseError("invalid status line");
    i += 2;

    const headers: Buffer[] = [];
    let contentLength = -1;
    let chunked = false;
    let transferEncoding = false;
    let close = http10;
    let keepAliveSeconds = -1;
    for (;;) {
      if (h[i] === CR) {
        if (h[i + 1] !== LF) throw new ResponseParseError("bare CR in the head");
        break;
      }
      const nameStart = i;
      while (tchar[h[i]!]) i++;
      if (i === nameStart || h[i] !== COLON) throw new ResponseParseError(i === nameStart && (h[i] === SP || h[i] === HT) ? "obsolete line folding" : "invalid header name");
      const nameEnd = i++;
      while (h[i] === SP || h[i] === HT) i++;
      const valueStart = i;
      let valueEnd = i;
      for (;;) {
        const c = h[i]!;
        if (c === CR) break;
        if (!vchar[c]) throw new ResponseParseError("invalid header value");
        i++;
        if (c !== SP && c !== HT) valueEnd = i;
      }
      if (h[i + 1] !== LF) throw new ResponseParseError("bare CR in the head");
      i += 2;
      headers.push(h.subarray(nameStart, nameEnd), h.subarray(valueStart, valueEnd));
      const nameLength = nameEnd - nameStart;
      if (nameLength === 14 && equalsLower(h, nameStart, "content-length")) {
        if (contentLength >= 0) throw new ResponseParseError("duplicate Content-Length");
        contentLength = decimal(h, valueStart, valueEnd);
      } else if (nameLength === 17 && equalsLower(h, nameStart, "transfer-encoding")) {
        if (transferEncoding) throw new ResponseParseError("duplicate Transfer-Encoding");
        transferEncoding = true;
        if (valueEnd - valueStart !== 7 || !equalsLower(h, valueStart, "chunked")) throw new ResponseParseError("unsupported Transfer-Encoding");
        chunked = true;
      } else if (nameLength === 10 && equalsLower(h, nameStart, "connection")) {
        for (const token of h.toString("latin1", valueStart, valueEnd).split(",")) {
          const t = token.trim().toLowerCase();
          if (t === "close") close = true;
          else if (t === "keep-alive" && http10) close = false;
        }
      } else if (nameLength === 10 && equalsLower(h, nameStart, "keep-alive")) {
        const m = /timeout=(\d+)/i.exec(h.toString("latin1", valueStart, valueEnd));
        if (m) keepAliveSeconds = Number(m[1]);
      }
    }
    if (chunked && contentLength >= 0) throw new ResponseParseError("both Content-Length and Transfer-Encoding");

    if (status < 200) {
      if (status === 101) throw new ResponseParseError("an upgrade the sidecar did not ask for");
      this.state = State.Head; // interim response: the final one follows
      return;
    }
    const noBody = this.noBody || status === 204 || status === 304;
    const untilClose = !noBody && !chunked && contentLength < 0;
    this.events.onHead({ status, statusText, headers, keepAlive: !close && !untilClose, keepAliveSeconds });
    if (this.state !== State.Head) return; // the handler gave up on the exchange
    if (noBody || contentLength === 0) {
      this.state = State.Done;
      this.events.onEnd();
    } else if (chunked) this.beginChunk();
    else if (contentLength > 0) {
      this.state = State.FixedBody;
      this.remaining = contentLength;
    } else this.state = State.UntilClose;
  }

  /** Stops expecting anything (the exchange was abandoned). */
  abandon(): void {
    this.state = State.Done;
  }
}

/** Whether `h` at `at` holds `lower` in any letter case (lower: a-z and '-'). */
function equalsLower(h: Buffer, at: number, lower: string): boolean {
  for (let k = 0; k < lower.length; k++) if ((h[at + k]! | 0x20) !== lower.charCodeAt(k)) return false;
  return true;
}

function decimal(h: Buffer, start: number, end: number): number {
  if (start === end || end - start > 15) throw new ResponseParseError("invalid Content-Length");
  let n = 0;
  for (let k = start; k < end; k++) {
    const d = h[k]! - 0x30;
    if (d < 0 || d > 9) throw new ResponseParseError("invalid Content-Length");
    n = n * 10 + d;
  }
  return n;
}
