/**
 * Command-line flags. The names are daprd's (and `dapr run`'s), so pillion
 * can stand in for daprd: `pillion run --app-id orders --app-port 3000 -- node app.js`.
 * Like Go's flag package, one or two leading dashes are accepted.
 */
import type { AppProtocol, SidecarOptions } from "../sidecar.js";
import type { LogLevel } from "../util/logger.js";
import { parseSize } from "./size.js";

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

interface FlagSpec {
  readonly name: string;
  readonly short?: string;
  readonly kind: "string" | "boolean" | "list";
  readonly help: string;
  readonly default?: string;
  /** Other names for the same flag (deprecated daprd names). */
  readonly aliases?: readonly string[];
}

export const runFlags: readonly FlagSpec[] = [
  { name: "app-id", short: "a", kind: "string", help: "The id of the app (required)" },
  { name: "app-port", short: "p", kind: "string", help: "The port the app listens on; omit when the app serves nothing" },
  { name: "app-protocol", short: "P", kind: "string", default: "http", help: "How the sidecar talks to the app: http or grpc" },
  { name: "app-channel-address", kind: "string", default: "127.0.0.1", help: "The host the app listens on" },
  { name: "app-max-concurrency", kind: "string", default: "-1", help: "Most concurrent calls into the app; -1 for no limit" },
  { name: "dapr-http-port", short: "H", kind: "string", default: "3500", help: "HTTP port: REST, Connect and gRPC-Web" },
  { name: "dapr-grpc-port", short: "G", kind: "string", default: "50001", help: "gRPC port: gRPC, Connect and gRPC-Web over HTTP/2" },
  { name: "dapr-listen-addresses", kind: "string", default: "127.0.0.1", help: "Address the sidecar's ports listen on" },
  { name: "resources-path", short: "d", kind: "list", help: "Folder of component and other resource files (repeatable); none means the embedded in-memory default", aliases: ["components-path"] },
  { name: "config", short: "c", kind: "string", help: "Configuration resource file" },
  { name: "log-level", kind: "string", default: "info", help: "debug, info, warn or error" },
  { name: "log-as-json", kind: "boolean", help: "Log one JSON object per line" },
  { name: "max-body-size", kind: "string", default: "4Mi", help: "Largest request body accepted, e.g. 4Mi", aliases: ["dapr-http-max-request-size"] },
  { name: "dapr-graceful-shutdown-seconds", kind: "string", default: "5", help: "How long in-flight calls may take to finish on shutdown" },
  { name: "namespace", kind: "string", default: "default", help: "Namespace of the app (also NAMESPACE)" },
  { name: "jobs-state-store", kind: "string", help: "State store component that keeps the app's jobs (so they survive a restart); none keeps them in memory" },
  { name: "help", short: "h", kind: "boolean", help: "Show this help" },
];

export interface RunCommand {
  readonly options: Omit<SidecarOptions, "registry" | "logger">;
  /** The app to start, after "--". */
  readonly app?: { readonly command: string; readonly args: readonly string[] };
  readonly help: boolean;
}

/** Parses `run` arguments (without the "run" word). */
export function parseRunArgs(argv: readonly string[], env: Readonly<Record<string, string | undefined>> = process.env): RunCommand {
  const dashdash = argv.indexOf("--");
  const flagArgs = dashdash >= 0 ? argv.slice(0, dashdash) : argv;
  const appArgs = dashdash >= 0 ? argv.slice(dashdash + 1) : [];
  const values = new Map<string, string[]>();
  const byName = new Map<string, FlagSpec>();
  for (const f of runFlags) {
    byName.set(f.name, f);
    if (f.short) byName.set(f.short, f);
    for (const a of f.aliases ?? []) byName.set(a, f);
  }
  for (let i = 0; i < flagArgs.length; i++) {
    const arg = flagArgs[i]!;
    if (!arg.startsWith("-")) throw new UsageError(`unexpected argument "${arg}" (put the app's command after "--")`);
    const body = arg.replace(/^--?/, "");
    const eq = body.indexOf("=");
    const name = eq >= 0 ? body.slice(0, eq) : body;
    const spec = byName.get(name);
    if (!spec) throw new UsageError(`unknown flag "${arg}"`);
    let value: string;
    if (eq >= 0) value = body.slice(eq + 1);
    else if (spec.kind === "boolean") value = "true";
    else {
      const next = flagArgs[++i];
      if (next === undefined) throw new UsageError(`flag --${spec.name} needs a value`);
      value = next;
    }
    const list = values.get(spec.name) ?? [];
    list.push(value);
    values.set(spec.name, list);
  }
  const get = (name: string): string | undefined => values.get(name)?.at(-1) ?? byName.get(name)!.default;
  const help = get("help") === "true";
  const appId = get("app-id") ?? env["APP_ID"];
  if (!appId && !help) throw new UsageError("--app-id is required");
  const int = (name: string, min: number, max: number): number => {
    const text = get(name)!;
    const n = Number(text);
    if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`--${name}: "${text}" is not a whole number from ${min} to ${max}`);
    return n;
  };
  const appPortText = get("app-port");
  const protocol = get("app-protocol")!;
  if (protocol !== "http" && protocol !== "grpc") throw new UsageError(`--app-protocol: "${protocol}" is not supported (use http or grpc)`);
  const level = get("log-level")!;
  if (!["debug", "info", "warn", "error"].includes(level)) throw new UsageError(`--log-level: "${level}" is not one of debug, info, warn, error`);
  const maxBody = parseSize(get("max-body-size")!);
  if (maxBody === undefined || maxBody <= 0) throw new UsageError(`--max-body-size: "${get("max-body-size")}" is not a size such as 4Mi`);
  const graceful = Number(get("dapr-graceful-shutdown-seconds"));
  if (!Number.isFinite(graceful) || graceful < 0) throw new UsageError(`--dapr-graceful-shutdown-seconds: "${get("dapr-graceful-shutdown-seconds")}" is not a number of seconds`);
  const token = env["DAPR_API_TOKEN"];
  const appToken = env["APP_API_TOKEN"];
  const options: RunCommand["options"] = {
    appId: appId ?? "",
    ...(appPortText !== undefined && { appPort: int("app-port", 1, 65535) }),
    appProtocol: protocol as AppProtocol,
    appChannelAddress: get("app-channel-address")!,
    appMaxConcurrency: int("app-max-concurrency", -1, 1_000_000),
    httpPort: int("dapr-http-port", 0, 65535),
    grpcPort: int("dapr-grpc-port", 0, 65535),
    listenAddress: get("dapr-listen-addresses")!.split(",")[0]!.trim(),
    resourcesPaths: values.get("resources-path") ?? [],
    ...(get("config") !== undefined && { configPath: get("config")! }),
    namespace: env["NAMESPACE"] ?? get("namespace")!,
    logLevel: level as LogLevel,
    logAsJson: get("log-as-json") === "true",
    maxBodyBytes: maxBody,
    ...(token && { apiToken: token }),
    ...(appToken && { appApiToken: appToken }),
    gracefulShutdownMs: graceful * 1000,
    ...(get("jobs-state-store") && { jobsStateStore: get("jobs-state-store")! }),
  };
  return {
    options,
    help,
    ...(appArgs.length > 0 && { app: { command: appArgs[0]!, args: appArgs.slice(1) } }),
  };
}

export function runUsage(): string {
  const lines = runFlags.map((f) => {
    const names = `${f.short ? `-${f.short}, ` : "    "}--${f.name}${f.kind === "boolean" ? "" : " <value>"}`;
    return `  ${names.padEnd(40)} ${f.help}${f.default !== undefined ? ` (default ${f.default})` : ""}`;
  });
  return [
    "Usage: pillion run --app-id <id> [flags] [-- <app command> [args...]]",
    "",
    "Starts the pillion sidecar and, when given, the app (with DAPR_HTTP_PORT,",
    "DAPR_GRPC_PORT and APP_ID in its environment). Ctrl-C stops both.",
    "",
    "Flags:",
    ...lines,
    "",
    "Environment: DAPR_API_TOKEN requires that token on every call but the health routes;",
    "APP_API_TOKEN is sent to the app as dapr-api-token on the sidecar's calls to it.",
  ].join("\n");
}
