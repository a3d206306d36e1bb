#!/usr/bin/env node
// The pillion command. Runs the compiled gateway (npm ci builds it via "prepare").
import { main } from "../dist/gateway/src/cli/main.js";

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
