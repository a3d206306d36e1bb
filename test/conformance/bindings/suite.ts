/**
 * The bindings conformance suite, written once and run against every
 * bindings driver at the driver level. What applies comes from the driver's
 * definition (its operations and directions, the same data the bindings
 * block and the metadata API read): every declared output operation must
 * have a round-trip case in the test file (a missing case fails), an
 * undeclared operation is refused, and an input binding delivers N events
 * with none lost, redelivers an event the app did not take, and delivers
 * nothing after it is closed. A driver skips a test only by naming its reason.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isBindingDefinition, type BindingDriver, type BindingInvokeResponse } from "../../../gateway/src/components/bindings/binding.js";
import type { DriverDefinition } from "../../../gateway/src/components/definition.js";
import { createDriver } from "../driver-factory.js";

export const bindingsTests = {
  declares: "declares its directions and operations, and implements what they need",
  unsupported: "an operation it does not declare is refused",
  inputAll: "input: 20 events are all delivered, none lost",
  inputRedelivery: "input: an event the app did not take is delivered again",
  inputClosed: "input: nothing is delivered after the reader is closed",
} as const;

/** The test of one declared operation, named after it. */
export const operationTest = (op: string) => `output: "${op}" round-trips`;

export type BindingsTestName = (typeof bindingsTests)[keyof typeof bindingsTests] | ReturnType<typeof operationTest>;

export type Invoke = (operation: string, data?: Uint8Array | string, metadata?: Record<string, string>) => Promise<BindingInvokeResponse | undefined>;

/** What a round-trip case gets: the driver's invoke and a name no other run uses. */
export interface OperationContext {
  readonly invoke: Invoke;
  readonly unique: string;
}

export interface BindingsConformanceOptions {
  /** e.g. "bindings.redis". */
  readonly name: string;
  readonly definition: DriverDefinition;
  /** Starts what the driver needs (once per suite) and returns the component metadata. */
  create(): Promise<Record<string, string>>;
  cleanup?(): Promise<void>;
  /** One case per declared operation: performs it and checks its effect. */
  readonly operations?: Readonly<Record<string, (ctx: OperationContext) => Promise<void>>>;
  /**
   * Makes the outside system send these events to the input binding. By
   * default the driver's own "create" operation sends them (a binding with
   * both directions on one queue or topic).
   */
  emit?(events: readonly Uint8Array[], driver: BindingDriver): Promise<void>;
  readonly skip?: readonly { readonly reason: string; readonly tests: readonly BindingsTestName[] }[];
}

const enc = new TextEncoder();
const dec = new TextDecoder();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** How long the suite waits to see that nothing more arrives (only ever used to check absence). */
const quietMs = 500;

export function runBindingsConformance(opts: BindingsConformanceOptions): void {
  const def = opts.definition;
  if (!isBindingDefinition(def)) throw new Error(`${opts.name}: not a bindings driver definition`);
  const skipped = new Map<string, string>();
  for (const s of opts.skip ?? []) for (const t of s.tests) skipped.set(t, s.reason);

  describe(`bindings conformance: ${opts.name}`, () => {
    let metadata: Record<string, string>;
    let driver: BindingDriver;
    const opened: BindingDriver[] = [];
    const run = randomUUID().slice(0, 8);
    const open = async () => {
      const d = await createDriver<BindingDriver>(def, metadata, { name: `conformance-${run}` });
      opened.push(d);
      return d;
    };
    const invokeOn =
      (d: BindingDriver): Invoke =>
      (operation, data = new Uint8Array(), md = {}) =>
        d.invoke!({ operation, data: typeof data === "string" ? enc.encode(data) : data, metadata: md, signal: new AbortController().signal });

    beforeAll(async () => {
      metadata = await opts.create();
      driver = await open();
    });
    afterAll(async () => {
      for (const d of opened.splice(0)) await d.close();
      await opts.cleanup?.();
    });

    const test = (name: BindingsTestName, applies: boolean, fn: () => Promise<void>, timeoutMs?: number) => {
      const reason = skipped.get(name);
      if (reason !== undefined) it.skip(`${name} (skipped: ${reason})`, fn);
      else if (!applies) it.skip(`${name} (does not apply: ${def.input ? "" : "no input"}${!def.input && !def.output ? ", " : ""}${def.output ? "" : "no output"})`, fn);
      else it(name, fn, timeoutMs);
    };

    const emit = async (events: readonly Uint8Array[]) => {
      if (opts.emit) return opts.emit(events, driver);
      if (!def.operations.includes("create")) throw new Error(`${opts.name}: give an emit function (the driver has no "create" operation)`);
      for (const e of events) await invokeOn(driver)("create", e);
    };

    test(bindingsTests.declares, true, async () => {
      expect(def.output).toBe(def.operations.length > 0);
      expect([...def.features].sort()).toEqual([...(def.input ? ["INPUT_BINDING"] : []), ...(def.output ? ["OUTPUT_BINDING"] : [])].sort());
      expect(typeof driver.invoke === "function").toBe(def.output);
      expect(typeof driver.read === "function").toBe(def.input);
    });

    for (const op of def.operations) {
      test(operationTest(op), true, async () => {
        const fn = opts.operations?.[op];
        if (!fn) throw new Error(`${opts.name} declares "${op}" but its test file gives no round-trip case for it`);
        await fn({ invoke: invokeOn(driver), unique: `conf-${run}-${op}` });
      });
    }

    test(bindingsTests.unsupported, def.output, async () => {
      await expect(invokeOn(driver)("no-such-operation", "x", { key: "k", sql: "SELECT 1" })).rejects.toThrow();
    });

    test(
      bindingsTests.inputAll,
      def.input,
      async () => {
        const got: string[] = [];
        const handle = await driver.read!(async (e) => {
          got.push(dec.decode(e.data));
          return new Uint8Array();
        });
        try {
          const sent = Array.from({ length: 20 }, (_, i) => `${run}-all-${i}`);
          await emit(sent.map((s) => enc.encode(s)));
          await expect.poll(() => new Set(got.filter((g) => g.startsWith(`${run}-all-`))).size, { timeout: 15_000, interval: 50 }).toBe(20);
          expect(new Set(got.filter((g) => g.startsWith(`${run}-all-`)))).toEqual(new Set(sent));
        } finally {
          await handle.close();
        }
      },
      30_000,
    );

    test(
      bindingsTests.inputRedelivery,
      def.input,
      async () => {
        const attempts = new Map<string, number>();
        const handle = await driver.read!(async (e) => {
          const text = dec.decode(e.data);
          const n = (attempts.get(text) ?? 0) + 1;
          attempts.set(text, n);
          if (text === `${run}-refused` && n === 1) throw new Error("not now");
          return new Uint8Array();
        });
        try {
          await emit([enc.encode(`${run}-refused`)]);
          await expect.poll(() => attempts.get(`${run}-refused`) ?? 0, { timeout: 15_000, interval: 50 }).toBeGreaterThanOrEqual(2);
        } finally {
          await handle.close();
        }
      },
      30_000,
    );

    test(
      bindingsTests.inputClosed,
      def.input,
      async () => {
        const got: string[] = [];
        const handle = await driver.read!(async (e) => {
          got.push(dec.decode(e.data));
          return new Uint8Array();
        });
        await emit([enc.encode(`${run}-before-close`)]);
        await expect.poll(() => got.includes(`${run}-before-close`), { timeout: 15_000, interval: 50 }).toBe(true);
        await handle.close();
        await emit([enc.encode(`${run}-after-close`)]);
        await sleep(quietMs);
        expect(got).not.toContain(`${run}-after-close`);
      },
      30_000,
    );
  });
}
