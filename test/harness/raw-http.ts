import { request } from "node:http";

export interface RawHttpResponse {
  readonly status: number;
  readonly headers: import("node:http").IncomingHttpHeaders;
  readonly body: Buffer;
}

/** One HTTP/1.1 request with exactly the headers given (fetch refuses some, like Connection). */
export function rawHttp(url: string, opts: { method?: string; headers?: Record<string, string>; body?: Buffer | string } = {}): Promise<RawHttpResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: opts.method ?? "GET", headers: opts.headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(opts.body);
  });
}
