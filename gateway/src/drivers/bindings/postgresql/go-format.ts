/** Go's text forms for the response metadata of Dapr's PostgreSQL binding: RFC 3339 with nanoseconds and time.Duration's String(). */

/** RFC3339Nano in UTC, trailing zeros of the fraction dropped, as Go's time.Format(time.RFC3339Nano). */
export function rfc3339Nano(d: Date): string {
  const iso = d.toISOString(); // 2006-01-02T15:04:05.000Z
  const [whole, frac = ""] = iso.slice(0, -1).split(".");
  const trimmed = frac.replace(/0+$/, "");
  return `${whole}${trimmed ? `.${trimmed}` : ""}Z`;
}

/** time.Duration.String() of a number of nanoseconds: "850ns", "1.5µs", "12.345ms", "2.5s", "1m30s". */
export function goDuration(ns: bigint): string {
  if (ns === 0n) return "0s";
  const neg = ns < 0n;
  const abs = neg ? -ns : ns;
  const sign = neg ? "-" : "";
  const frac = (v: bigint, unit: bigint, suffix: string) => {
    const whole = v / unit;
    const rest = (v % unit).toString().padStart(unit.toString().length - 1, "0").replace(/0+$/, "");
    return `${whole}${rest ? `.${rest}` : ""}${suffix}`;
  };
  if (abs < 1000n) return `${sign}${abs}ns`;
  if (abs < 1_000_000n) return sign + frac(abs, 1000n, "µs");
  if (abs < 1_000_000_000n) return sign + frac(abs, 1_000_000n, "ms");
  const h = abs / 3_600_000_000_000n;
  const m = (abs / 60_000_000_000n) % 60n;
  const s = frac(abs % 60_000_000_000n, 1_000_000_000n, "s");
  return `${sign}${h > 0n ? `${h}h` : ""}${h > 0n || m > 0n ? `${m}m` : ""}${s}`;
}
