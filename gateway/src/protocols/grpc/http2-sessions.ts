/**
 * One pooled HTTP/2 session per target origin (the app's gRPC server, other
 * sidecars' gRPC ports). A session that fails, closes or is told to go away
 * is dropped, and the next call connects afresh.
 */
import { connect, type ClientHttp2Session } from "node:http2";

export class Http2Sessions {
  private readonly sessions = new Map<string, ClientHttp2Session>();

  /** The live session to `origin` (http://host:port), connecting when there is none. */
  get(origin: string): ClientHttp2Session {
    const current = this.sessions.get(origin);
    if (current && !current.closed && !current.destroyed) return current;
    const session = connect(origin, { settings: { enablePush: false } });
    const drop = () => {
      if (this.sessions.get(origin) === session) this.sessions.delete(origin);
    };
    // Failures surface on the streams; the session is only dropped here.
    session.on("error", drop);
    session.on("goaway", drop);
    session.on("close", drop);
    this.sessions.set(origin, session);
    return session;
  }

  close(): void {
    for (const s of this.sessions.values()) s.destroy();
    this.sessions.clear();
  }
}
