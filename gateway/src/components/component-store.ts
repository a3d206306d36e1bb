import type { ComponentKind, DriverDefinition } from "./definition.js";

/** A live component: its declaration, its driver instance and whether it is ready. */
export interface LoadedComponent<I = unknown> {
  readonly name: string;
  readonly kind: ComponentKind;
  /** Full Dapr type, e.g. "state.in-memory". */
  readonly type: string;
  readonly version: string;
  readonly definition: DriverDefinition;
  /** Undefined when the component failed to start and has ignoreErrors. */
  readonly instance?: I;
  /** Why the component is not ready, if it is not. */
  readonly error?: string;
  /** Raw (resolved) metadata, for blocks that read component-level settings such as keyPrefix. */
  readonly metadata: Readonly<Record<string, string>>;
  /** The file it was declared in, or "(embedded default)". */
  readonly source: string;
}

/** The named component instances that building blocks look up. */
export class ComponentStore {
  private readonly byKind = new Map<ComponentKind, Map<string, LoadedComponent>>();

  add(c: LoadedComponent): void {
    let m = this.byKind.get(c.kind);
    if (!m) this.byKind.set(c.kind, (m = new Map()));
    if (m.has(c.name)) throw new Error(`a ${c.kind} component named "${c.name}" exists already (${m.get(c.name)!.source})`);
    m.set(c.name, c);
  }

  get<I>(kind: ComponentKind, name: string): LoadedComponent<I> | undefined {
    return this.byKind.get(kind)?.get(name) as LoadedComponent<I> | undefined;
  }

  count(kind: ComponentKind): number {
    return this.byKind.get(kind)?.size ?? 0;
  }

  list(kind?: ComponentKind): LoadedComponent[] {
    if (kind) return [...(this.byKind.get(kind)?.values() ?? [])];
    return [...this.byKind.values()].flatMap((m) => [...m.values()]);
  }

  /** Closes every driver instance; errors are collected, not thrown midway. */
  async closeAll(): Promise<unknown[]> {
    const errors: unknown[] = [];
    for (const c of this.list()) {
      const inst = c.instance as { close?: () => Promise<void> } | undefined;
      try {
        await inst?.close?.();
      } catch (e) {
        errors.push(e);
      }
    }
    return errors;
  }
}
