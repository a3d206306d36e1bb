import { LogLevel, type LoggerOptions, type LoggerService } from "@dapr/dapr";

/**
 * Logger options for the Dapr JS SDK in tests: its messages are kept (not
 * printed) and shown by `sdkLog()` when an assertion wants them; the SDK
 * otherwise logs expected failures (e.g. an ETag conflict) at ERROR.
 */
const lines: string[] = [];
const keep =
  (level: string) =>
  (message: unknown, ...rest: unknown[]) =>
    void lines.push(`${level} ${String(message)}${rest.length ? ` ${rest.map(String).join(" ")}` : ""}`);
const service: LoggerService = { error: keep("ERROR"), warn: keep("WARN"), info: keep("INFO"), verbose: keep("VERBOSE"), debug: keep("DEBUG") };

export const sdkLogger: LoggerOptions = { level: LogLevel.Warn, service };

/** What the SDK logged so far. */
export function sdkLog(): string {
  return lines.join("\n");
}
