#!/usr/bin/env node
// The pillion command. Runs the compiled gateway (npm ci builds it via "prepare").
import { setFlagsFromString } from "node:v8";

// Young generation: V8 starts each of its two semi-spaces at 1 MB and doubles
// them, up to 16 MB, while allocation is fast, which both start-up (loading
// modules and descriptors) and request load trigger; pages once used stay
// resident. pillion keeps them at 1 MB: with the default components, idle
// RSS ~11 MB lower, and under 1000 rps of HTTP invocation ~4 MB lower with
// the same CPU per request (bench/README.md, "Memory"). The flag is read each
// time V8 considers growing, so it is set here, before the gateway is loaded.
// A young-generation size given to node (command line or NODE_OPTIONS) wins.
const nodeFlags = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? "").split(/\s+/)];
if (!nodeFlags.some((f) => /semi[-_]space/.test(f))) setFlagsFromString("--semi-space-growth-factor=1");

const { main } = await import("../dist/gateway/src/cli/main.js");
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
