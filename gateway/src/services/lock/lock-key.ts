/**
 * Dapr's lock key namespacing (pkg/components/lock), so that apps sharing a
 * lock store do not take each other's locks and keys stay the same as
 * daprd's on a shared store: `lock||<app id>||<resource>` by default, with
 * the component's keyPrefix metadata "appid", "name" (the component's name),
 * "none", or any other text, which Dapr lower-cases.
 */
const separator = "||";
const apiPrefix = "lock";

export class LockKey {
  /** What every key of this app in this store starts with. */
  readonly prefix: string;

  constructor(storeName: string, keyPrefix: string | undefined, appId: string) {
    const strategy = (keyPrefix ?? "appid").toLowerCase();
    switch (strategy) {
      case "appid":
        this.prefix = appId ? `${apiPrefix}${separator}${appId}${separator}` : `${apiPrefix}${separator}`;
        break;
      case "name":
        this.prefix = `${apiPrefix}${separator}${storeName}${separator}`;
        break;
      case "none":
        this.prefix = `${apiPrefix}${separator}`;
        break;
      default:
        this.prefix = `${apiPrefix}${separator}${strategy}${separator}`;
    }
  }

  /** The stored key of a resource; throws for a resource id containing "||", with Dapr's message. */
  toStore(resourceId: string): string {
    if (resourceId.includes(separator)) throw new Error(`input key/keyPrefix '${resourceId}' can't contain '${separator}'`);
    return this.prefix + resourceId;
  }
}

/** A metadata value by name, matched case-insensitively as Dapr reads keyPrefix. */
export function metadataValue(metadata: Readonly<Record<string, string>>, name: string): string | undefined {
  const lower = name.toLowerCase();
  for (const [k, v] of Object.entries(metadata)) if (k.toLowerCase() === lower) return v;
  return undefined;
}
