import { create } from "@bufbuild/protobuf";
import { EmptySchema } from "@bufbuild/protobuf/wkt";
import {
  AppConnectionPropertiesSchema,
  GetMetadataResponseSchema,
  RegisteredComponentsSchema,
  type GetMetadataRequest,
  type PubsubSubscription,
  type SetMetadataRequest,
} from "../../gen/dapr/proto/runtime/v1/metadata_pb.js";
import type { SidecarContext } from "../context.js";

/** Facts other parts of the sidecar contribute to GET /v1.0/metadata. */
export interface MetadataSources {
  readonly runtimeVersion: string;
  readonly enabledFeatures: readonly string[];
  readonly app?: { readonly port: number; readonly protocol: string; readonly channelAddress: string; readonly maxConcurrency: number };
  /** The app's current subscriptions, from the pub/sub block. */
  subscriptions(): readonly PubsubSubscription[];
}

/** GetMetadata / SetMetadata: what the sidecar runs, plus extended metadata the app sets. */
export class MetadataService {
  private readonly extended = new Map<string, string>();

  constructor(
    private readonly ctx: SidecarContext,
    private readonly sources: MetadataSources,
  ) {}

  async getMetadata(_req: GetMetadataRequest) {
    const components = this.ctx.components.list().map((c) =>
      create(RegisteredComponentsSchema, {
        name: c.name,
        type: c.type,
        version: c.version,
        capabilities: c.instance === undefined ? [] : [...c.definition.features],
      }),
    );
    components.sort((a, b) => a.name.localeCompare(b.name));
    const app = this.sources.app;
    return create(GetMetadataResponseSchema, {
      id: this.ctx.appId,
      runtimeVersion: this.sources.runtimeVersion,
      enabledFeatures: [...this.sources.enabledFeatures],
      registeredComponents: components,
      // daprd always reports its version here too (deprecated, kept for old clients), over any value set for that key.
      extendedMetadata: { ...Object.fromEntries(this.extended), ...this.notReadyComponents(), daprRuntimeVersion: this.sources.runtimeVersion },
      subscriptions: [...this.sources.subscriptions()],
      ...(app && {
        appConnectionProperties: create(AppConnectionPropertiesSchema, {
          port: app.port,
          protocol: app.protocol,
          channelAddress: app.channelAddress,
          maxConcurrency: app.maxConcurrency,
        }),
      }),
    });
  }

  /**
   * Components that failed to start (spec.ignoreErrors) and why, as
   * "pillion.notReady.<kind>/<name>" entries: Dapr's RegisteredComponents has no status field.
   */
  private notReadyComponents(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const c of this.ctx.components.list()) if (c.instance === undefined) out[`pillion.notReady.${c.kind}/${c.name}`] = c.error ?? "it failed to start";
    return out;
  }

  async setMetadata(req: SetMetadataRequest) {
    // daprd ignores an empty key (no error, nothing stored).
    if (req.key !== "") this.extended.set(req.key, req.value);
    return create(EmptySchema);
  }

  /** Extended metadata set by the sidecar itself (e.g. `pillion run`'s "cliPID", "appCommand", "appPID", as the Dapr CLI sets them). */
  setExtended(key: string, value: string): void {
    this.extended.set(key, value);
  }
}
