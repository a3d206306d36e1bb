/**
 * Chooses the app's job store at start-up: in memory by default, or the
 * state store component named by `--jobs-state-store`, so that jobs survive
 * a sidecar restart when that store does.
 */
import type { ComponentStore } from "../component-store.js";
import type { StateDriver } from "../state/state-store.js";
import { InMemoryJobStore } from "./in-memory-job-store.js";
import type { JobStore } from "./job-store.js";
import { StateJobStore } from "./state-job-store.js";

/** Refuses start-up: the named job store cannot be used. */
export class JobStoreChoiceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "JobStoreChoiceError";
  }
}

export interface JobStoreChoice {
  readonly store: JobStore;
  /** "in-memory", or "state store <name>". */
  readonly description: string;
}

export function openJobStore(
  components: ComponentStore,
  stateStoreName: string | undefined,
  scope: { readonly namespace: string; readonly appId: string },
): JobStoreChoice {
  if (stateStoreName === undefined || stateStoreName === "") return { store: new InMemoryJobStore(), description: "in-memory" };
  const c = components.get<StateDriver>("state", stateStoreName);
  if (!c) {
    const known = components.list("state").map((s) => s.name);
    throw new JobStoreChoiceError(
      `--jobs-state-store: there is no state store component named "${stateStoreName}" (state stores: ${known.length ? known.join(", ") : "none"})`,
    );
  }
  if (!c.instance) throw new JobStoreChoiceError(`--jobs-state-store: state store "${stateStoreName}" (${c.source}) is not ready: ${c.error ?? "it failed to start"}`);
  return { store: new StateJobStore(c.instance, scope), description: `state store ${stateStoreName}` };
}
