/**
 * MQTT topic filters ("+" one level, "#" the rest), as brokers match them,
 * and shared subscriptions: a filter "$share/<group>/<filter>" subscribes
 * through the broker's shared subscription <group> (each message goes to one
 * of the clients subscribed with that group, as with daprd's mqtt3 replicas
 * given a consumerID each); its messages arrive with their own topic names,
 * which <filter> matches.
 */

const sharePrefix = "$share/";

/** The share group and the filter of a "$share/<group>/<filter>" subscription; undefined for any other filter. */
export function sharedSubscription(filter: string): { readonly group: string; readonly filter: string } | undefined {
  if (!filter.startsWith(sharePrefix)) return undefined;
  const slash = filter.indexOf("/", sharePrefix.length);
  if (slash < 0) return { group: filter.slice(sharePrefix.length), filter: "" };
  return { group: filter.slice(sharePrefix.length, slash), filter: filter.slice(slash + 1) };
}

/** Whether an MQTT topic filter (or shared subscription) matches a topic name. */
export function filterMatches(filter: string, topic: string): boolean {
  if (filter === topic) return true;
  const shared = sharedSubscription(filter);
  if (shared) filter = shared.filter;
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

/** Why `filter` is not a valid MQTT topic filter (or shared subscription), or undefined when it is. */
export function invalidFilter(filter: string): string | undefined {
  if (filter === "") return "the topic is empty";
  if (filter.includes("\0")) return `topic "${filter}" holds a NUL character`;
  const shared = sharedSubscription(filter);
  if (shared) {
    if (shared.group === "" || /[+#]/.test(shared.group)) return `topic "${filter}": a shared subscription is "$share/<group>/<topic>", the group not empty and without "+" or "#"`;
    if (shared.filter === "") return `topic "${filter}": a shared subscription needs a topic after "$share/${shared.group}/"`;
    filter = shared.filter;
  }
  const levels = filter.split("/");
  for (const [i, level] of levels.entries()) {
    if (level.includes("#") && (level !== "#" || i !== levels.length - 1)) return `topic "${filter}": "#" must be a whole level and the last one`;
    if (level.includes("+") && level !== "+") return `topic "${filter}": "+" must be a whole level`;
  }
  return undefined;
}
