/**
 * Go's path.Clean, as daprd applies it: to the escaped request path before
 * routing (CleanPathMiddleware), to a service invocation's method, and to a
 * subscription's route. Repeated slashes collapse, "." elements go, ".."
 * removes the element before it (and is dropped at the root), a trailing
 * slash is dropped, and "" becomes ".". So /v1.0/healthz/ and
 * /v1.0//state/s/k reach the same routes as in Dapr.
 */
export function cleanPath(p: string): string {
  if (p === "") return ".";
  if (isClean(p)) return p;
  const rooted = p.charCodeAt(0) === 0x2f;
  const out: string[] = [];
  for (const seg of p.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") {
      if (out.length > 0 && out[out.length - 1] !== "..") out.pop();
      else if (!rooted) out.push("..");
      continue;
    }
    out.push(seg);
  }
  const joined = out.join("/");
  if (rooted) return `/${joined}`;
  return joined === "" ? "." : joined;
}

/** Whether cleanPath would return p (not "") unchanged: no empty, "." or ".." element and no trailing slash. */
function isClean(p: string): boolean {
  if (p.length > 1 && p.charCodeAt(p.length - 1) === 0x2f) return false;
  let segStart = 0;
  for (let i = 0; i <= p.length; i++) {
    if (i < p.length && p.charCodeAt(i) !== 0x2f) continue;
    const len = i - segStart;
    if (len === 0 && i !== 0) return false; // "//" (a leading "/" is fine)
    if (len === 1 && p.charCodeAt(segStart) === 0x2e) return false;
    if (len === 2 && p.charCodeAt(segStart) === 0x2e && p.charCodeAt(segStart + 1) === 0x2e) return false;
    segStart = i + 1;
  }
  return true;
}
