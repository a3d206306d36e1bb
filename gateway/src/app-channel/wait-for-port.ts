import { connect } from "node:net";
import type { Logger } from "../util/logger.js";

/** Whether something accepts TCP connections on host:port. */
export function probePort(host: string, port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}

/**
 * Waits until the app listens on its port, as daprd does before it talks to
 * the app: polls every `intervalMs`, logs every few seconds, stops when the
 * signal aborts (rejecting with the abort reason).
 */
export async function waitForPort(host: string, port: number, opts: { signal: AbortSignal; logger: Logger; intervalMs?: number }): Promise<void> {
  const started = Date.now();
  let lastLog = started;
  const interval = opts.intervalMs ?? 50;
  for (;;) {
    opts.signal.throwIfAborted();
    if (await probePort(host, port)) {
      opts.logger.info("the app is listening", { port, waitedMs: Date.now() - started });
      return;
    }
    if (Date.now() - lastLog >= 5000) {
      lastLog = Date.now();
      opts.logger.info("waiting for the app to listen", { address: `${host}:${port}`, waitedMs: lastLog - started });
    }
    await new Promise<void>((resolve, reject) => {
      const t = setTimeout(resolve, interval);
      opts.signal.addEventListener("abort", () => (clearTimeout(t), reject(opts.signal.reason)), { once: true });
    });
  }
}
