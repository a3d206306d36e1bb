import { create } from "@bufbuild/protobuf";
import * as errors from "../../errors/catalog.js";
import {
  HealthzOutboundResponseSchema,
  HealthzResponseSchema,
  type HealthzOutboundRequest,
  type HealthzRequest,
} from "../../gen/pillion/runtime/v1/health_pb.js";

/** Readiness as the sidecar's lifecycle reports it. */
export interface Readiness {
  /** Undefined when ready, else why not. */
  notReadyReason(): string | undefined;
  /** Whether components and the API are up (the app may call the sidecar). */
  outboundReady(): boolean;
  readonly appId: string;
}

/** /v1.0/healthz and /v1.0/healthz/outbound. */
export class HealthService {
  constructor(private readonly readiness: Readiness) {}

  async healthz(req: HealthzRequest) {
    if (req.appid !== undefined && req.appid !== this.readiness.appId) throw errors.healthAppIdNotMatch();
    const reason = this.readiness.notReadyReason();
    if (reason !== undefined) throw errors.healthNotReady(reason);
    return create(HealthzResponseSchema);
  }

  async healthzOutbound(_req: HealthzOutboundRequest) {
    if (!this.readiness.outboundReady()) throw errors.outboundHealthNotReady();
    return create(HealthzOutboundResponseSchema);
  }
}
