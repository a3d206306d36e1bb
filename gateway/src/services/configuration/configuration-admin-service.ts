/**
 * pillion's configuration admin API (api/pillion/runtime/v1/
 * configuration_admin.proto): writes items of a configuration store whose
 * driver has the WRITE feature. Subscribers hear of the change from the
 * driver, like any other change.
 */
import { create } from "@bufbuild/protobuf";
import type { HandlerContext } from "@connectrpc/connect";
import type { ConfigurationChange } from "../../components/configuration/configuration-store.js";
import * as errors from "../../errors/catalog.js";
import { SetConfigurationResponseSchema, type SetConfigurationRequest } from "../../gen/pillion/runtime/v1/configuration_admin_pb.js";
import { protoItems, type ConfigurationService } from "./configuration-service.js";

export class ConfigurationAdminService {
  constructor(private readonly configuration: ConfigurationService) {}

  async setConfiguration(req: SetConfigurationRequest, _ctx?: HandlerContext) {
    const fail = (e: unknown) => errors.configurationSet(req.storeName, e);
    const s = this.configuration.store(req.storeName, fail);
    if (!s.features.has("WRITE") || !s.driver.set) throw errors.configurationStoreNotWritable(req.storeName);
    const set: Record<string, ConfigurationChange["set"][string]> = {};
    for (const [key, item] of Object.entries(req.items)) {
      if (key === "") throw errors.badRequest('"items" has an empty key');
      set[key] = { value: item.value, version: item.version, metadata: item.metadata };
    }
    for (const [i, key] of req.deleteKeys.entries()) {
      if (key === "") throw errors.badRequest(`"deleteKeys[${i}]" is empty`);
      if (Object.hasOwn(set, key)) throw errors.badRequest(`"${key}" is both in "items" and in "deleteKeys"`);
    }
    let changed;
    try {
      changed = await s.driver.set({ set, delete: req.deleteKeys });
    } catch (e) {
      throw fail(e);
    }
    return create(SetConfigurationResponseSchema, { items: protoItems(changed) });
  }
}
