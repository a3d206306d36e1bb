/**
 * A pool of keep-alive HTTP/1.1 connections to one origin (the app), one
 * exchange per connection at a time: a free connection is reused (most
 * recently used first, none idle past its keep-alive limit), a new one opened
 * up to `connections`, and beyond that calls wait in order. close() lets the
 * calls under way and waiting finish, then closes every connection.
 */
import { Connection, type ConnectionOwner, type ExchangeHandler, type ExchangeRequest } from "./connection.js";

export interface Http1PoolOptions {
  /** Most connections open at once (undici's Pool `connections`). */
  readonly connections: number;
  /** Longest a connection stays idle before it is not reused, unless the app says less (ms). */
  readonly keepAliveMs: number;
}

interface Waiting {
  readonly req: ExchangeRequest;
  readonly handler: ExchangeHandler;
}

export class Http1Pool implements ConnectionOwner {
  readonly hostLine: string;
  private readonly idle: Connection[] = [];
  private readonly waiting: Waiting[] = [];
  private open = 0;
  private busy = 0;
  private closing = false;
  private drained?: () => void;

  constructor(
    readonly host: string,
    readonly port: number,
    private readonly opts: Http1PoolOptions,
  ) {
    const bracketed = host.includes(":") ? `[${host}]` : host;
    this.hostLine = `host: ${bracketed}:${port}\r\n`;
  }

  dispatch(req: ExchangeRequest, handler: ExchangeHandler): void {
    if (this.closing) {
      handler.onError(new Error("The client is closed"));
      return;
    }
    const conn = this.take();
    if (conn) this.start(conn, req, handler);
    else this.waiting.push({ req, handler });
  }

  /** Resolves once no call is under way or waiting, with every connection closed. */
  close(): Promise<void> {
    this.closing = true;
    return new Promise<void>((resolve) => {
      this.drained = resolve;
      this.checkDrained();
    });
  }

  released(conn: Connection): void {
    this.busy--;
    const next = this.waiting.shift();
    if (next) {
      this.start(conn, next.req, next.handler);
      return;
    }
    this.idle.push(conn);
    this.checkDrained();
  }

  closed(conn: Connection): void {
    this.open--;
    const at = this.idle.indexOf(conn);
    if (at >= 0) this.idle.splice(at, 1);
    else this.busy--;
    // A slot is free: a waiting call gets a new connection.
    const next = this.waiting.length > 0 ? this.take() : undefined;
    if (next) {
      const w = this.waiting.shift()!;
      this.start(next, w.req, w.handler);
    }
    this.checkDrained();
  }

  private start(conn: Connection, req: ExchangeRequest, handler: ExchangeHandler): void {
    this.busy++;
    conn.run(req, handler);
  }

  /** A free connection: the most recently used live one, else a new one while under the limit. */
  private take(): Connection | undefined {
    const now = performance.now();
    for (;;) {
      const conn = this.idle.pop();
      if (!conn) break;
      if (!conn.dead && now - conn.idleSince < conn.keepAliveMs) return conn;
      this.open--;
      conn.retire();
    }
    if (this.open >= this.opts.connections) return undefined;
    this.open++;
    return new Connection(this, this.opts.keepAliveMs);
  }

  private checkDrained(): void {
    if (!this.closing || this.busy > 0 || this.waiting.length > 0) return;
    for (const conn of this.idle.splice(0)) {
      this.open--;
      conn.retire();
    }
    this.drained?.();
    this.drained = undefined;
  }
}
