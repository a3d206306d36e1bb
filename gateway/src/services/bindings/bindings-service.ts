/**
 * The bindings building block: output bindings (InvokeBinding) and input
 * bindings (events read from a component and delivered to the app), once for
 * every protocol and every driver.
 *
 * Output: the component must be a binding used for output (its driver has
 * operations and its `direction`, when given, includes "output"); the
 * operation must be one its driver declares. Any failure is
 * ERR_INVOKE_OUTPUT_BINDING with Dapr's message; the binding's response
 * metadata comes back as `metadata.<key>` headers on success and failure.
 *
 * Input: once the app listens, every binding used for input whose app
 * wants it (see app-delivery.ts; an explicit `direction: input` skips the
 * question) is read, and each event is delivered to the app.
 */
import { create } from "@bufbuild/protobuf";
import type { HandlerContext } from "@connectrpc/connect";
import type { AppChannel } from "../../app-channel/app-channel.js";
import { BindingInvokeError, isBindingDefinition, type BindingDriver, type BindingDriverDefinition, type InputBindingHandle } from "../../components/bindings/binding.js";
import type { LoadedComponent } from "../../components/component-store.js";
import * as errors from "../../errors/catalog.js";
import { DaprError } from "../../errors/dapr-error.js";
import { InvokeBindingResponseSchema, type InvokeBindingRequest } from "../../gen/dapr/proto/runtime/v1/binding_pb.js";
import type { Logger } from "../../util/logger.js";
import type { SidecarContext } from "../context.js";
import { BindingAppDelivery, type ChainRequest } from "./app-delivery.js";
import { outputBindingMetadata } from "./request-metadata.js";

export interface BindingsServiceOptions {
  readonly appChannel?: AppChannel;
}

/** What an output binding call needs, from any caller (the API, or an app's answer to an input event). */
export interface OutputCall {
  readonly operation: string;
  readonly data: Uint8Array;
  readonly metadata: Readonly<Record<string, string>>;
  readonly signal: AbortSignal;
}

export class BindingsService {
  private readonly log: Logger;
  private readonly inputs: InputBindingHandle[] = [];
  private readonly chains = new Set<Promise<unknown>>();
  private readonly stopSignal = new AbortController();
  private starting?: Promise<void>;
  private stopped = false;

  constructor(
    private readonly ctx: SidecarContext,
    private readonly opts: BindingsServiceOptions = {},
  ) {
    this.log = ctx.logger.child("bindings");
  }

  async invokeBinding(req: InvokeBindingRequest, hctx?: HandlerContext) {
    const metadata = outputBindingMetadata(req.metadata ?? {}, hctx?.protocolName ?? "grpc", hctx?.requestHeader);
    const signal = hctx ? AbortSignal.any([hctx.signal, this.ctx.signal]) : this.ctx.signal;
    const resp = await this.send(req.name, { operation: req.operation, data: req.data, metadata, signal });
    const respMeta = { ...resp?.metadata };
    // gRPC callers get the metadata as metadata.* response headers too; REST writes them from the response message.
    if (hctx && hctx.protocolName !== "rest") for (const [k, v] of Object.entries(respMeta)) hctx.responseHeader.set(`metadata.${k}`, v);
    return create(InvokeBindingResponseSchema, { data: resp?.data ?? new Uint8Array(0), metadata: respMeta });
  }

  /** Runs an operation on an output binding, with Dapr's checks and errors (ERR_INVOKE_OUTPUT_BINDING). */
  async send(name: string, call: OutputCall) {
    if (call.operation === "") throw errors.invokeOutputBinding(name, "operation field is missing from request");
    const c = this.outputBinding(name);
    if (!c) throw errors.invokeOutputBinding(name, `couldn't find output binding ${name}`);
    const def = c.definition as BindingDriverDefinition;
    if (!def.operations.includes(call.operation)) {
      throw errors.invokeOutputBinding(name, `binding ${name} does not support operation ${call.operation}. supported operations:${def.operations.join(" ")}`);
    }
    try {
      return await c.instance!.invoke!({ operation: call.operation, data: call.data, metadata: call.metadata, signal: call.signal });
    } catch (e) {
      if (e instanceof DaprError) throw e;
      throw errors.invokeOutputBinding(name, e, e instanceof BindingInvokeError ? e.metadata : undefined);
    }
  }

  /** The loaded component `name` when it is a working binding used for output. */
  private outputBinding(name: string): LoadedComponent<BindingDriver> | undefined {
    const c = this.ctx.components.get<BindingDriver>("bindings", name);
    if (!c?.instance || !isBindingDefinition(c.definition) || !c.definition.output || !c.instance.invoke) return undefined;
    return usedFor(c, "output") ? c : undefined;
  }

  /** Starts reading the input bindings in the background once the app listens. */
  start(): void {
    this.starting ??= this.startInputs().catch((e) => {
      if (!this.stopped) this.log.error("could not start reading from input bindings", { error: e });
    });
  }

  /** Resolves once start() has started every input binding it will (or given up). */
  async started(): Promise<void> {
    await this.starting;
  }

  /** Stops reading: no new events; deliveries and chained calls in flight are awaited. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.stopSignal.abort(new Error("the sidecar is stopping"));
    await this.starting;
    await Promise.all(this.inputs.splice(0).map((h) => h.close().catch((e: unknown) => this.log.warn("error stopping an input binding", { error: e }))));
    await Promise.all(this.chains);
  }

  private async startInputs(): Promise<void> {
    const inputs = this.ctx.components
      .list("bindings")
      .filter((c): c is LoadedComponent<BindingDriver> => !!c.instance && isBindingDefinition(c.definition) && c.definition.input && usedFor(c, "input"));
    if (inputs.length === 0) return;
    const channel = this.opts.appChannel;
    if (!channel) {
      this.log.warn("the sidecar runs without an app port: input bindings are not read", { bindings: inputs.map((c) => c.name) });
      return;
    }
    const signal = AbortSignal.any([this.ctx.signal, this.stopSignal.signal]);
    await channel.waitUntilReady(signal);
    const delivery = new BindingAppDelivery(channel);
    for (const c of inputs) {
      if (this.stopped) return;
      const path = BindingAppDelivery.path(c.name, routeOf(c));
      try {
        const wanted = explicitDirections(c).includes("input") || (await delivery.subscribed(c.name, path, signal));
        if (!wanted) {
          this.log.info("app has not subscribed to binding", { binding: c.name });
          continue;
        }
        const handle = await c.instance!.read!(async (ev) => {
          const answer = await delivery.deliver(c.name, path, ev, signal);
          if (answer.chain) this.chain(c.name, answer.chain, signal);
          return answer.body;
        });
        if (this.stopped) {
          await handle.close();
          return;
        }
        this.inputs.push(handle);
        this.log.info("reading from input binding", { binding: c.name, route: path });
      } catch (e) {
        if (this.stopped) return;
        this.log.error("error reading from input binding", { binding: c.name, error: e });
      }
    }
  }

  /** Sends the app's answer on to the output bindings it names, as Dapr's onAppResponse does (errors are logged). */
  private chain(from: string, req: ChainRequest, signal: AbortSignal): void {
    const one = (to: string) => this.send(to, { operation: "create", data: req.data, metadata: {}, signal });
    const run = req.parallel
      ? Promise.all(req.to.map((to) => one(to).catch((e: unknown) => this.log.error("error sending the app's answer to an output binding", { from, to, error: e }))))
      : (async () => {
          for (const to of req.to) {
            try {
              await one(to);
            } catch (e) {
              this.log.error("error executing app response", { from, to, error: e });
              return;
            }
          }
        })();
    this.chains.add(run);
    void run.finally(() => this.chains.delete(run));
  }
}

/** The directions a component's `direction` metadata names (empty when it has none). */
function explicitDirections(c: LoadedComponent): string[] {
  const entry = Object.entries(c.metadata).find(([k]) => k.toLowerCase() === "direction");
  if (!entry) return [];
  return entry[1]
    .split(",")
    .map((d) => d.trim().toLowerCase())
    .filter(Boolean);
}

/** Whether a binding is used in a direction: its `direction` names it, or it has none. */
function usedFor(c: LoadedComponent, direction: "input" | "output"): boolean {
  const given = explicitDirections(c);
  return given.length === 0 || given.includes(direction);
}

/** The `route` metadata (matched exactly, as Dapr reads it). */
function routeOf(c: LoadedComponent): string | undefined {
  return c.metadata["route"];
}
