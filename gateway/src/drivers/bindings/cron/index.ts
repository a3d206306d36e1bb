import { defineBindingDriver } from "../../../components/bindings/binding.js";
import { defineMetadata, MetadataError } from "../../../components/metadata-schema.js";
import { CronSyntaxError, parseCronSchedule } from "../../../util/cron-schedule.js";
import { CronBinding } from "./cron-binding.js";

export const cronBinding = defineBindingDriver({
  type: "cron",
  versions: ["v1"],
  description:
    'Sends the app an event on a schedule (input only): `schedule` is a cron expression with an optional seconds field first ("*/10 * * * * *", "0 30 3 * * 1-5"), optionally after TZ=<zone>, or @every <duration>, @hourly, @daily, @weekly, @monthly, @yearly.',
  metadata: defineMetadata({
    schedule: { type: "string", required: true, description: 'When events fire, e.g. "@every 15m" or "0 */5 * * * *".' },
  }),
  operations: [],
  input: true,
  create: (c, ctx) => {
    let schedule;
    try {
      schedule = parseCronSchedule(c.schedule, { secondsOptional: true });
    } catch (e) {
      if (e instanceof CronSyntaxError) throw new MetadataError("schedule", `invalid schedule format '${c.schedule}': ${e.message}`);
      throw e;
    }
    return new CronBinding(ctx.name, c.schedule, schedule, ctx.logger);
  },
});
