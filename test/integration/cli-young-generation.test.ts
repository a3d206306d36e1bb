/**
 * bin/pillion.js keeps V8's young generation at its initial size (1 MB
 * semi-spaces) instead of letting start-up and load double it up to 16 MB;
 * a young-generation size given to node by the user wins. Read from the real
 * process: a preload module writes V8's new-space size when it exits.
 */
import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { startSidecar } from "../harness/sidecar-process.js";
import { tempDir } from "../harness/temp-dir.js";

const dir = tempDir({
  "new-space.mjs": [
    'import { getHeapSpaceStatistics } from "node:v8";',
    'import { writeFileSync } from "node:fs";',
    'process.on("exit", () => writeFileSync(process.env.PILLION_TEST_NEW_SPACE_OUT, String(getHeapSpaceStatistics().find((s) => s.space_name === "new_space").space_size)));',
  ].join("\n"),
});
afterAll(() => dir.remove());

/** V8's new-space size (MB) when a sidecar with the default components, started with these node options, stops. */
async function newSpaceMb(name: string, nodeOptions: string): Promise<number> {
  const out = `${dir.path}/${name}.txt`;
  const sidecar = await startSidecar({ env: { NODE_OPTIONS: `--import ${dir.path}/new-space.mjs ${nodeOptions}`, PILLION_TEST_NEW_SPACE_OUT: out } });
  // Some load after start-up: state writes of 64 KB values, garbage once answered.
  const body = JSON.stringify(Array.from({ length: 20 }, (_, i) => ({ key: `k${i}`, value: "x".repeat(65536) })));
  for (let i = 0; i < 20; i++) expect((await fetch(`${sidecar.httpUrl}/v1.0/state/statestore`, { method: "POST", body })).status).toBe(204);
  expect(await sidecar.stop(), sidecar.output()).toBe(0);
  return Number(readFileSync(out, "utf8")) / 2 ** 20;
}

describe("V8 young generation", () => {
  it("stays at two 1 MB semi-spaces through start-up and load", async () => {
    expect(await newSpaceMb("default", "")).toBeLessThanOrEqual(2.5);
  });

  it("is the user's when node is given a semi-space size", async () => {
    expect(await newSpaceMb("user", "--max-semi-space-size=8")).toBeGreaterThan(2.5);
  });
});
