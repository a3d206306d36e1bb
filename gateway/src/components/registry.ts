import { fullType, type ComponentKind, type DriverDefinition } from "./definition.js";

/** A driver known by kind and type, its definition (and the client library it uses) imported on first use. */
export interface LazyDriver {
  readonly kind: ComponentKind;
  readonly type: string;
  /** Other types Dapr registers the same driver under (e.g. "postgres" for configuration.postgresql), of the same kind. */
  readonly aliases?: readonly string[];
  load(): Promise<DriverDefinition>;
}

/**
 * Maps `kind.type` and version (e.g. state.redis, v1) to driver definitions.
 * A lazily registered driver's module is imported the first time a component
 * of its type (or one of its aliases) is resolved.
 */
export class DriverRegistry {
  private readonly byType = new Map<string, LazyDriver>();
  /** `kind.alias` to the driver it names; listed under the driver's own type only. */
  private readonly byAlias = new Map<string, LazyDriver>();
  private readonly loaded = new Map<string, Promise<DriverDefinition>>();

  constructor(definitions: readonly (DriverDefinition | LazyDriver)[] = []) {
    for (const d of definitions) {
      if ("load" in d) this.registerLazy(d);
      else this.register(d);
    }
  }

  register(def: DriverDefinition): void {
    this.registerLazy({ kind: def.kind, type: def.type, load: () => Promise.resolve(def) });
  }

  registerLazy(driver: LazyDriver): void {
    const key = fullType(driver);
    if (this.byType.has(key) || this.byAlias.has(key)) throw new Error(`driver ${key} is registered twice`);
    this.byType.set(key, driver);
    for (const alias of driver.aliases ?? []) {
      const aliasKey = fullType({ kind: driver.kind, type: alias });
      if (this.byType.has(aliasKey) || this.byAlias.has(aliasKey)) throw new Error(`driver ${aliasKey} is registered twice`);
      this.byAlias.set(aliasKey, driver);
    }
  }

  /** The definition for a Dapr type and version, or a reason why there is none. */
  async resolve(type: string, version: string): Promise<DriverDefinition | string> {
    const driver = this.byType.get(type) ?? this.byAlias.get(type);
    if (!driver) {
      const kind = type.slice(0, type.indexOf("."));
      const known = this.list(kind as ComponentKind).map(fullType);
      return `unknown component type "${type}"${known.length ? ` (known ${kind} types: ${known.join(", ")})` : ""}`;
    }
    const def = await this.definition(driver);
    if (!def.versions.includes(version)) return `${type} has no version "${version}" (known: ${def.versions.join(", ")})`;
    return def;
  }

  /** The drivers registered (not loaded), sorted by full type; of one kind when given. Aliases are not listed. */
  list(kind?: ComponentKind): LazyDriver[] {
    return [...this.byType.values()].filter((d) => kind === undefined || d.kind === kind).sort((a, b) => fullType(a).localeCompare(fullType(b)));
  }

  private definition(driver: LazyDriver): Promise<DriverDefinition> {
    const key = fullType(driver);
    let def = this.loaded.get(key);
    if (!def) {
      def = driver.load().then((d) => {
        if (fullType(d) !== key) throw new Error(`driver ${key} loaded the definition of ${fullType(d)}`);
        return d;
      });
      // A failed import is not kept: the next component of this type tries again.
      def.catch(() => this.loaded.delete(key));
      this.loaded.set(key, def);
    }
    return def;
  }
}
