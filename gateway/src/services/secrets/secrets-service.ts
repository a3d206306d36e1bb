/**
 * The secrets building block: GetSecret and GetBulkSecret, once for every
 * protocol and every driver, as daprd answers them:
 *
 * - no secret store loaded: ERR_SECRET_STORES_NOT_CONFIGURED; an unknown
 *   store (or one that failed to start, which daprd never adds):
 *   ERR_SECRET_STORE_NOT_FOUND (HTTP 401, daprd's status);
 * - a key the Configuration's secret scopes deny: ERR_PERMISSION_DENIED
 *   (403), before the store is asked;
 * - the store failing (e.g. no such secret): ERR_SECRET_GET with its message;
 * - a bulk read leaves out the secrets the scopes deny, without an error.
 */
import { create } from "@bufbuild/protobuf";
import type { HandlerContext } from "@connectrpc/connect";
import type { SecretStoreDriver } from "../../components/secretstores/secret-store.js";
import { isSecretAllowed, type SecretScope } from "../../config/secret-scopes.js";
import * as errors from "../../errors/catalog.js";
import { DaprError } from "../../errors/dapr-error.js";
import {
  GetBulkSecretResponseSchema,
  GetSecretResponseSchema,
  SecretResponseSchema,
  type GetBulkSecretRequest,
  type GetSecretRequest,
  type SecretResponse,
} from "../../gen/dapr/proto/runtime/v1/secret_pb.js";
import type { SidecarContext } from "../context.js";

export class SecretsService {
  constructor(
    private readonly ctx: SidecarContext,
    /** spec.secrets.scopes of the Configuration, by store name. */
    private readonly scopes: ReadonlyMap<string, SecretScope>,
  ) {}

  /** The ready secret store with that name, with daprd's errors. */
  private store(name: string): SecretStoreDriver {
    const ready = this.ctx.components.list("secretstores").filter((c) => c.instance !== undefined);
    if (ready.length === 0) throw errors.secretStoreNotConfigured();
    const c = ready.find((s) => s.name === name);
    if (!c) throw errors.secretStoreNotFound(name);
    return c.instance as SecretStoreDriver;
  }

  async getSecret(req: GetSecretRequest, _ctx?: HandlerContext) {
    const store = this.store(req.storeName);
    if (!isSecretAllowed(this.scopes.get(req.storeName), req.key)) {
      this.ctx.logger.debug("secret denied by the Configuration's secret scopes", { store: req.storeName, key: req.key });
      throw errors.secretPermissionDenied(req.key, req.storeName);
    }
    let data;
    try {
      data = await store.getSecret({ name: req.key, metadata: req.metadata ?? {} });
    } catch (e) {
      throw e instanceof DaprError ? e : errors.secretGet(req.key, req.storeName, e);
    }
    return create(GetSecretResponseSchema, { data: { ...data } });
  }

  async getBulkSecret(req: GetBulkSecretRequest, _ctx?: HandlerContext) {
    const store = this.store(req.storeName);
    let all;
    try {
      all = await store.bulkGetSecret({ metadata: req.metadata ?? {} });
    } catch (e) {
      throw e instanceof DaprError ? e : errors.secretBulkGet(req.storeName, e);
    }
    const scope = this.scopes.get(req.storeName);
    const data: Record<string, SecretResponse> = {};
    for (const [name, secrets] of Object.entries(all)) {
      if (isSecretAllowed(scope, name)) data[name] = create(SecretResponseSchema, { secrets: { ...secrets } });
      else this.ctx.logger.debug("secret left out of a bulk read by the Configuration's secret scopes", { store: req.storeName, key: name });
    }
    return create(GetBulkSecretResponseSchema, { data });
  }
}
