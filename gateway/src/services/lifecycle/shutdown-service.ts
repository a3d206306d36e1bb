/**
 * The Shutdown API (POST /v1.0/shutdown, gRPC Shutdown): answers at once
 * (204 / Empty), then the sidecar shuts down gracefully, as daprd does
 * (it starts its shutdown in the background after answering).
 *
 * With the `dapr-force-shutdown: true` header (gRPC metadata or, over HTTP,
 * the header of the same name) daprd skips the graceful part and exits with
 * status 1 shortly after answering; so does pillion.
 */
import { create } from "@bufbuild/protobuf";
import { EmptySchema } from "@bufbuild/protobuf/wkt";
import type { HandlerContext } from "@connectrpc/connect";
import type { ShutdownRequest } from "../../gen/dapr/proto/runtime/v1/dapr_pb.js";
import type { Logger } from "../../util/logger.js";

/** daprd's header / metadata key for an immediate exit. */
export const forceShutdownHeader = "dapr-force-shutdown";

/** How long a forced exit waits so that the answer reaches the caller (daprd: 100 ms). */
const forceExitDelayMs = 100;

export interface ShutdownHooks {
  /** Starts the graceful shutdown (stop taking work, drain, close components, exit 0). */
  graceful(): void;
  /** Ends the process at once with status 1. */
  force(): void;
  readonly logger: Logger;
}

export class ShutdownService {
  constructor(private readonly hooks: ShutdownHooks) {}

  async shutdown(_req: ShutdownRequest, ctx?: HandlerContext) {
    const forced = ctx?.requestHeader.get(forceShutdownHeader)?.split(",").some((v) => v.trim().toLowerCase() === "true") ?? false;
    if (forced) {
      this.hooks.logger.warn("force shutdown requested, exiting immediately without graceful shutdown");
      setTimeout(() => this.hooks.force(), forceExitDelayMs);
    } else {
      this.hooks.logger.info("shutdown requested via API");
      // After this answer is on its way: the graceful stop waits for in-flight calls, this one included.
      setImmediate(() => this.hooks.graceful());
    }
    return create(EmptySchema);
  }
}
