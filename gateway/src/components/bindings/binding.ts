/**
 * The bindings driver contract.
 *
 * A binding connects the app to an outside system in one or both directions:
 * - Output: `invoke(req)` runs one operation (e.g. "create", "get") with the
 *   request's data and metadata and resolves with what the system answered.
 *   The operations a driver supports are declared once, as data, in its
 *   definition (`operations`): the bindings block refuses any other
 *   operation before the driver is called, listing them in Dapr's words,
 *   and the metadata API reports them.
 * - Input: `read(handler)` starts delivering the system's events to
 *   `handler` and resolves once it is listening. The handler resolves with
 *   the app's answer (bytes for the system, if it replies) or rejects when
 *   the app did not take the event; what happens then (retry, redelivery,
 *   nothing) is the driver's choice, as in Dapr.
 *
 * Everything Dapr-specific around that (the `direction` and `route`
 * metadata every binding component accepts, probing whether the app
 * listens, delivering to the app over HTTP or gRPC, chaining the app's
 * answer to output bindings, trace context) lives once in the bindings
 * block (services/bindings), so a driver only writes what its system needs.
 */
import type { ComponentKind, DriverContext, DriverDefinition } from "../definition.js";
import { defineMetadata, MetadataError, type ConfigOf, type MetadataSchema } from "../metadata-schema.js";

/** Capabilities in the metadata API, as Dapr names them. */
export type BindingFeature = "INPUT_BINDING" | "OUTPUT_BINDING";

export interface BindingInvokeRequest {
  readonly operation: string;
  readonly data: Uint8Array;
  /** The request's metadata, including the trace context the block adds (traceparent, tracestate, baggage). */
  readonly metadata: Readonly<Record<string, string>>;
  /** Aborted when the caller goes away or the sidecar stops. */
  readonly signal: AbortSignal;
}

export interface BindingInvokeResponse {
  readonly data?: Uint8Array;
  readonly metadata?: Readonly<Record<string, string>>;
}

/**
 * A failed operation that still has response metadata for the caller (Dapr
 * sends it as metadata.* headers on errors too, e.g. the HTTP binding's
 * statusCode on a 404).
 */
export class BindingInvokeError extends Error {
  constructor(
    message: string,
    readonly metadata: Readonly<Record<string, string>>,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = "BindingInvokeError";
  }
}

/** One event of an input binding. */
export interface InputBindingEvent {
  readonly data: Uint8Array;
  readonly metadata: Readonly<Record<string, string>>;
}

/** Resolves with the app's answer for the system (may be empty); rejects when the app did not take the event. */
export type InputBindingHandler = (event: InputBindingEvent) => Promise<Uint8Array>;

export interface InputBindingHandle {
  /** Stops delivering events; resolves once handler calls in flight have returned. */
  close(): Promise<void>;
}

/** What a bindings driver implements: `invoke` for output bindings, `read` for input bindings, or both. */
export interface BindingDriver {
  invoke?(req: BindingInvokeRequest): Promise<BindingInvokeResponse | undefined>;
  read?(handler: InputBindingHandler): Promise<InputBindingHandle>;
  close(): Promise<void>;
}

/**
 * Metadata every binding component accepts (merged into each driver's
 * schema by `defineBindingDriver`), read by the bindings block.
 */
export const bindingBlockMetadata = defineMetadata({
  direction: {
    type: "list",
    description:
      'Which ways the component is used: "input", "output" or "input, output". Unset means every way the driver supports; an input binding whose direction is given explicitly is read without asking the app first (no OPTIONS probe).',
  },
  route: {
    type: "string",
    description: "The app path input events are posted to, instead of /<component name>.",
  },
});

export type BindingBlockConfig = ConfigOf<typeof bindingBlockMetadata>;

/** A bindings driver definition: the usual definition plus its operations and directions, as data. */
export interface BindingDriverDefinition<S extends MetadataSchema = MetadataSchema, I extends BindingDriver = BindingDriver>
  extends DriverDefinition<"bindings", S, I, BindingFeature> {
  /** Output operations, in Dapr's names; empty for an input-only binding. */
  readonly operations: readonly string[];
  readonly input: boolean;
  readonly output: boolean;
}

/**
 * Declares a bindings driver: its own metadata schema plus the block's
 * `direction` and `route`, the output operations it supports, whether it
 * reads input, and its factory. The INPUT_BINDING / OUTPUT_BINDING
 * capabilities follow from that.
 */
export function defineBindingDriver<const S extends MetadataSchema, I extends BindingDriver>(def: {
  readonly type: string;
  readonly versions: readonly string[];
  readonly description: string;
  readonly metadata: S;
  readonly operations: readonly string[];
  readonly input: boolean;
  create(config: ConfigOf<S & typeof bindingBlockMetadata>, ctx: DriverContext): Promise<I> | I;
}): BindingDriverDefinition<S & typeof bindingBlockMetadata, I> {
  for (const name of Object.keys(def.metadata)) {
    if (Object.keys(bindingBlockMetadata).some((n) => n.toLowerCase() === name.toLowerCase())) {
      throw new Error(`bindings.${def.type}: metadata "${name}" is reserved for the bindings block`);
    }
  }
  const output = def.operations.length > 0;
  return {
    kind: "bindings" satisfies ComponentKind,
    type: def.type,
    versions: def.versions,
    description: def.description,
    metadata: { ...bindingBlockMetadata, ...def.metadata },
    features: [...(def.input ? (["INPUT_BINDING"] as const) : []), ...(output ? (["OUTPUT_BINDING"] as const) : [])],
    operations: def.operations,
    input: def.input,
    output,
    create: (config, ctx) => {
      for (const d of config.direction ?? []) {
        const way = d.toLowerCase();
        if (way !== "input" && way !== "output") throw new MetadataError("direction", `"${d}" is neither "input" nor "output"`);
        if ((way === "input" && !def.input) || (way === "output" && !output)) {
          throw new MetadataError("direction", `bindings.${def.type} cannot be used for ${way} (it supports ${def.input ? "input" : "output"} only)`);
        }
      }
      return def.create(config, ctx);
    },
  };
}

/** Whether a definition is a bindings driver definition (with operations and directions). */
export function isBindingDefinition(def: DriverDefinition): def is BindingDriverDefinition {
  return def.kind === "bindings" && Array.isArray((def as Partial<BindingDriverDefinition>).operations);
}
