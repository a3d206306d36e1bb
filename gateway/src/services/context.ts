import type { ComponentStore } from "../components/component-store.js";
import type { Logger } from "../util/logger.js";

/**
 * What every building-block service sees of the sidecar. Services hold the
 * block's semantics once and are shared by every protocol adapter.
 */
export interface SidecarContext {
  readonly appId: string;
  readonly namespace: string;
  readonly components: ComponentStore;
  readonly logger: Logger;
  /** Aborted when the sidecar starts shutting down. */
  readonly signal: AbortSignal;
}
