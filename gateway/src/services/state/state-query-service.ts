/**
 * QueryStateAlpha1: the query document is parsed and validated once (the
 * shared query module), run by a driver with the QUERY_API feature over the
 * calling app's keys only, and answered with the app's own keys.
 */
import { create } from "@bufbuild/protobuf";
import type { HandlerContext } from "@connectrpc/connect";
import { parseStateQuery, QueryError } from "../../components/state/query.js";
import { causeText, DaprError } from "../../errors/dapr-error.js";
import * as errors from "../../errors/catalog.js";
import { QueryStateItemSchema, QueryStateResponseSchema, type QueryStateRequest } from "../../gen/dapr/proto/runtime/v1/state_pb.js";
import type { StateService } from "./state-service.js";

export class StateQueryService {
  constructor(private readonly state: StateService) {}

  async queryStateAlpha1(req: QueryStateRequest, _ctx?: HandlerContext) {
    const s = this.state.store(req.storeName);
    if (!s.features.has("QUERY_API") || !s.driver.query) throw errors.stateQueryNotSupported(req.storeName);
    let query;
    try {
      query = parseStateQuery(req.query);
    } catch (e) {
      if (!(e instanceof QueryError)) throw e;
      const detail = e.message.startsWith("failed to parse JSON query body") ? e.message : `failed to parse JSON query body: ${e.message}`;
      throw errors.stateQueryFailed(req.storeName, detail);
    }
    let result;
    try {
      result = await s.driver.query(query, { keyPrefix: s.keys.prefix, metadata: req.metadata ?? {} });
    } catch (e) {
      throw e instanceof DaprError ? e : errors.stateQueryFailed(req.storeName, causeText(e));
    }
    if (result.results.length === 0) return create(QueryStateResponseSchema);
    return create(QueryStateResponseSchema, {
      results: result.results.map((r) => create(QueryStateItemSchema, { key: s.keys.fromStore(r.key), data: r.data, etag: r.etag ?? "" })),
      token: result.token ?? "",
      metadata: { ...result.metadata },
    });
  }
}
