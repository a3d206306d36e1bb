/**
 * Go's path.Clean, which daprd applies to the escaped request path before
 * routing (CleanPathMiddleware): repeated slashes collapse, "." segments go,
 * ".." removes the segment before it, and a trailing slash is dropped. So
 * /v1.0/healthz/ and /v1.0//state/s/k reach the same routes as in Dapr.
 */
export function cleanPath(p: string): string {
  if (p === "") return ".";
  const rooted = p.startsWith("/");
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
