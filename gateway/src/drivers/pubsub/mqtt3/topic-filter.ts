/** MQTT topic filters ("+" one level, "#" the rest), as brokers match them. */

/** Whether an MQTT topic filter matches a topic name. */
export function filterMatches(filter: string, topic: string): boolean {
  if (filter === topic) return true;
  const f = filter.split("/");
  const t = topic.split("/");
  // Filters starting with a wildcard do not match topics starting with "$" (e.g. $SYS).
  if (topic.startsWith("$") && (f[0] === "+" || f[0] === "#")) return false;
  for (let i = 0; i < f.length; i++) {
    if (f[i] === "#") return i === f.length - 1;
    if (i >= t.length) return false;
    if (f[i] !== "+" && f[i] !== t[i]) return false;
  }
  return f.length === t.length;
}

/** Why `filter` is not a valid MQTT topic filter, or undefined when it is. */
export function invalidFilter(filter: string): string | undefined {
  if (filter === "") return "the topic is empty";
  if (filter.includes("\0")) return `topic "${filter}" holds a NUL character`;
  const levels = filter.split("/");
  for (const [i, level] of levels.entries()) {
    if (level.includes("#") && (level !== "#" || i !== levels.length - 1)) return `topic "${filter}": "#" must be a whole level and the last one`;
    if (level.includes("+") && level !== "+") return `topic "${filter}": "+" must be a whole level`;
  }
  return undefined;
}
