import { describe, expect, it } from "vitest";
import { UpdateQueue } from "./update-queue.js";

async function drain<T>(q: UpdateQueue<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const v of q) out.push(v);
  return out;
}

describe("UpdateQueue", () => {
  it("hands updates over in order, including those pushed while the consumer waits", async () => {
    const q = new UpdateQueue<number>(10);
    q.push(1);
    const done = drain(q);
    await new Promise((r) => setImmediate(r));
    q.push(2);
    q.push(3);
    await new Promise((r) => setImmediate(r));
    q.end();
    expect(await done).toEqual([1, 2, 3]);
  });

  it("drops what is queued on end and ignores later pushes", async () => {
    const q = new UpdateQueue<number>(10);
    q.push(1);
    q.end();
    q.push(2);
    expect(await drain(q)).toEqual([]);
  });

  it("fails the consumer when it falls behind the limit", async () => {
    const q = new UpdateQueue<number>(2);
    q.push(1);
    q.push(2);
    q.push(3);
    await expect(drain(q)).rejects.toThrow("the subscriber fell 2 updates behind");
  });
});
