import { createContextKey } from "@connectrpc/connect";

/**
 * Set by the REST adapter when a ScheduleJob body names the job: Dapr's HTTP
 * API takes the name from the URL only and refuses that
 * (DAPR_SCHEDULER_JOB_NAME); protobuf decoding alone cannot tell.
 */
export const jobNameInRestBody = createContextKey<boolean>(false, { description: "a REST ScheduleJob body has a name" });
