import { stateIllegalKey } from "../../errors/catalog.js";

const separator = "||";

/**
 * Dapr's state key prefixing, so that apps sharing a store do not collide and
 * keys stay compatible with daprd on the same database: the component
 * metadata keyPrefix is "appid" (default), "name" (the store's name),
 * "namespace" (namespace.appid), "none", or any other literal prefix.
 */
export class KeyPrefixer {
  /** What every stored key of this app starts with ("" for none). */
  readonly prefix: string;

  constructor(
    private readonly storeName: string,
    keyPrefix: string | undefined,
    appId: string,
    namespace: string,
  ) {
    const mode = (keyPrefix ?? "appid").trim();
    switch (mode.toLowerCase()) {
      case "appid":
      case "":
        this.prefix = appId ? appId + separator : "";
        break;
      case "name":
        this.prefix = storeName + separator;
        break;
      case "namespace":
        this.prefix = namespace && appId ? `${namespace}.${appId}${separator}` : appId ? appId + separator : "";
        break;
      case "none":
        this.prefix = "";
        break;
      default:
        if (mode.includes(separator)) throw new Error(`keyPrefix "${mode}" cannot contain "${separator}"`);
        this.prefix = mode + separator;
    }
  }

  /** The key as stored; rejects keys Dapr rejects. */
  toStore(key: string): string {
    if (this.prefix && key.includes(separator)) {
      throw stateIllegalKey(this.storeName, key, `input key/keyPrefix '${key}' can't contain '${separator}'`);
    }
    return this.prefix + key;
  }

  /** The key as the app knows it. */
  fromStore(key: string): string {
    return this.prefix && key.startsWith(this.prefix) ? key.slice(this.prefix.length) : key;
  }
}
