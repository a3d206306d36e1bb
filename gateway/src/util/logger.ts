/** A small levelled logger writing one line per entry to stderr (JSON with --log-as-json). */
export type LogLevel = "debug" | "info" | "warn" | "error";

const order: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
  child(scope: string): Logger;
  readonly level: LogLevel;
}

export interface LoggerOptions {
  readonly level?: LogLevel;
  readonly json?: boolean;
  readonly scope?: string;
  readonly write?: (line: string) => void;
}

export function createLogger(opts: LoggerOptions = {}): Logger {
  const level = opts.level ?? "info";
  const write = opts.write ?? ((line: string) => process.stderr.write(line + "\n"));
  const min = order[level];
  const log = (lvl: LogLevel, msg: string, fields?: Record<string, unknown>) => {
    if (order[lvl] < min) return;
    const time = new Date().toISOString();
    if (opts.json) {
      write(JSON.stringify({ time, level: lvl, scope: opts.scope ?? "pillion", msg, ...fields }));
      return;
    }
    const extra = fields && Object.keys(fields).length ? " " + Object.entries(fields).map(([k, v]) => `${k}=${fmt(v)}`).join(" ") : "";
    write(`${time} ${lvl.toUpperCase().padEnd(5)} [${opts.scope ?? "pillion"}] ${msg}${extra}`);
  };
  return {
    level,
    debug: (m, f) => log("debug", m, f),
    info: (m, f) => log("info", m, f),
    warn: (m, f) => log("warn", m, f),
    error: (m, f) => log("error", m, f),
    child: (scope) => createLogger({ ...opts, scope: opts.scope ? `${opts.scope}.${scope}` : scope }),
  };
}

function fmt(v: unknown): string {
  if (v instanceof Error) return JSON.stringify(v.message);
  if (typeof v === "string") return /\s/.test(v) ? JSON.stringify(v) : v;
  return JSON.stringify(v);
}

/** A logger that drops everything, for tests. */
export const silentLogger: Logger = createLogger({ level: "error", write: () => {} });
