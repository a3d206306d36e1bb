import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";

/** Builds dist/ once per test run, so tests that start the real `pillion` binary run current code. */
export default function setup(): void {
  const require = createRequire(import.meta.url);
  const tsc = require.resolve("typescript/bin/tsc");
  execFileSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], { stdio: "inherit" });
}
