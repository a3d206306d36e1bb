/**
 * bindings.cron: an input binding that sends the app an empty event on a
 * schedule, as components-contrib's bindings/cron does. Each event carries
 * the metadata `timeZone` (the scheduler's zone, "Local" as in Go) and
 * `readTimeUTC` (the firing time as Go prints a UTC time). Runs may overlap
 * when the app is slower than the schedule; a run the app fails is not
 * retried (the next one comes at its time).
 */
import type { BindingDriver, InputBindingHandle, InputBindingHandler } from "../../../components/bindings/binding.js";
import type { Logger } from "../../../util/logger.js";
import { setAlarm } from "../../../util/alarm.js";
import type { CronSchedule } from "../../../util/cron-schedule.js";

export class CronBinding implements BindingDriver {
  private readonly handles = new Set<InputBindingHandle>();

  constructor(
    private readonly name: string,
    private readonly spec: string,
    private readonly schedule: CronSchedule,
    private readonly logger: Logger,
  ) {}

  async read(handler: InputBindingHandler): Promise<InputBindingHandle> {
    let cancel: (() => void) | undefined;
    let closed = false;
    const inFlight = new Set<Promise<void>>();
    const arm = (after: number) => {
      const next = this.schedule.next(after);
      if (next === undefined) {
        this.logger.warn("the cron schedule never fires again", { binding: this.name, schedule: this.spec });
        return;
      }
      cancel = setAlarm(next, () => {
        if (closed) return;
        arm(Math.max(next, Date.now()));
        const run = handler({ data: new Uint8Array(0), metadata: { timeZone: "Local", readTimeUTC: goUtcString(new Date()) } })
          .then(
            () => undefined,
            (e: unknown) => this.logger.debug("the app did not take a cron event", { binding: this.name, error: e }),
          )
          .finally(() => inFlight.delete(run));
        inFlight.add(run);
      });
    };
    arm(Date.now());
    this.logger.debug("cron schedule started", { binding: this.name, schedule: this.spec });
    const handle: InputBindingHandle = {
      close: async () => {
        closed = true;
        cancel?.();
        this.handles.delete(handle);
        await Promise.all(inFlight);
      },
    };
    this.handles.add(handle);
    return handle;
  }

  async close(): Promise<void> {
    await Promise.all([...this.handles].map((h) => h.close()));
  }
}

/** A time as Go's Time.String prints it in UTC: "2006-01-02 15:04:05.999999999 +0000 UTC". */
export function goUtcString(d: Date): string {
  const iso = d.toISOString(); // 2006-01-02T15:04:05.123Z
  const fraction = iso.slice(20, 23).replace(/0+$/, "");
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}${fraction ? `.${fraction}` : ""} +0000 UTC`;
}
