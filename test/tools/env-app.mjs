// A stand-in app for CLI tests: writes its pid and the environment variables
// a sidecar gives its app to a JSON file, then keeps running until it gets
// SIGTERM/SIGINT (exit 0), or exits at once with the code given.
//
// Usage: node env-app.mjs <out.json> [exit-code]
import { renameSync, writeFileSync } from "node:fs";

const [out, exitCode] = process.argv.slice(2);
if (!out) {
  console.error("usage: node env-app.mjs <out.json> [exit-code]");
  process.exit(64);
}
const names = ["APP_ID", "DAPR_HTTP_PORT", "DAPR_GRPC_PORT", "APP_PORT", "APP_PROTOCOL", "DAPR_API_TOKEN"];
const env = Object.fromEntries(names.filter((n) => process.env[n] !== undefined).map((n) => [n, process.env[n]]));
// Written under another name first, so a reader never sees half a file.
writeFileSync(`${out}.tmp`, JSON.stringify({ pid: process.pid, env }));
renameSync(`${out}.tmp`, out);
if (exitCode !== undefined) process.exit(Number(exitCode));
for (const signal of ["SIGTERM", "SIGINT"]) process.on(signal, () => process.exit(0));
setInterval(() => {}, 1 << 30);
