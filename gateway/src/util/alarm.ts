/**
 * A timer for a moment in wall-clock time (epoch ms), however far away:
 * Node's setTimeout holds at most about 24.8 days, so longer waits are
 * chained, and a wake-up that comes a little early waits out the rest.
 */
const maxDelay = 2_147_483_647;

/** Calls `fn` once at `at` (or soon after); the returned function cancels it. */
export function setAlarm(at: number, fn: () => void): () => void {
  let timer: NodeJS.Timeout | undefined;
  const arm = () => {
    const wait = at - Date.now();
    if (wait <= 0) {
      timer = undefined;
      fn();
      return;
    }
    timer = setTimeout(arm, Math.min(wait, maxDelay));
  };
  arm();
  return () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
  };
}
