import { fullType, type ComponentKind, type DriverDefinition } from "./definition.js";

/** Maps `kind.type` and version (e.g. state.redis, v1) to driver definitions. */
export class DriverRegistry {
  private readonly byType = new Map<string, DriverDefinition>();

  constructor(definitions: readonly DriverDefinition[] = []) {
    for (const d of definitions) this.register(d);
  }

  register(def: DriverDefinition): void {
    const key = fullType(def);
    if (this.byType.has(key)) throw new Error(`driver ${key} is registered twice`);
    this.byType.set(key, def);
  }

  /** The definition for a Dapr type and version, or a reason why there is none. */
  resolve(type: string, version: string): DriverDefinition | string {
    const def = this.byType.get(type);
    if (!def) {
      const kind = type.slice(0, type.indexOf("."));
      const known = this.list(kind as ComponentKind).map(fullType);
      return `unknown component type "${type}"${known.length ? ` (known ${kind} types: ${known.join(", ")})` : ""}`;
    }
    if (!def.versions.includes(version)) return `${type} has no version "${version}" (known: ${def.versions.join(", ")})`;
    return def;
  }

  list(kind?: ComponentKind): DriverDefinition[] {
    return [...this.byType.values()].filter((d) => kind === undefined || d.kind === kind).sort((a, b) => fullType(a).localeCompare(fullType(b)));
  }
}
