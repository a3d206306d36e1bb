import { createServer } from "node:net";

/**
 * Ports for test servers come from below Linux's ephemeral range (32768 and
 * up): a port the OS picked for `listen(0)` or for the local end of an
 * outbound connection can be taken again by anyone between our check and the
 * server's bind, which is how a sidecar once failed with EADDRINUSE in CI.
 * Each vitest worker (VITEST_POOL_ID) walks its own slice, so two workers
 * never hand out the same port; a random start keeps restarts and child
 * processes of one worker apart too.
 */
const rangeStart = 20_000;
const rangeEnd = 32_768;
const slices = 16;
const sliceSize = Math.floor((rangeEnd - rangeStart) / slices);

const poolId = Number(process.env.VITEST_POOL_ID ?? 0) % slices;
const sliceStart = rangeStart + poolId * sliceSize;
let cursor = Math.floor(Math.random() * sliceSize);

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.unref();
    srv.once("error", () => resolve(false));
    srv.listen(port, "127.0.0.1", () => srv.close(() => resolve(true)));
  });
}

/** A TCP port nothing listens on right now, not handed out before by this process's slice walk. */
export async function freePort(): Promise<number> {
  for (let tried = 0; tried < sliceSize; tried++) {
    const port = sliceStart + (cursor++ % sliceSize);
    if (await canListen(port)) return port;
  }
  throw new Error(`no free port in ${sliceStart}-${sliceStart + sliceSize - 1}`);
}
