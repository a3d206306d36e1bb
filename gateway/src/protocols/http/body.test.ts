import { createServer, type Server } from "node:http";
import { connect, type AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DaprError } from "../../errors/dapr-error.js";
import { readBody } from "./body.js";

/** A real server that answers with the body's length, or 413 with the error code. */
let server: Server;
let port: number;
beforeAll(async () => {
  server = createServer((req, res) => {
    const answer = (status: number, text: string) => res.writeHead(status, { "content-length": Buffer.byteLength(text) }).end(text);
    readBody(req, 1024).then(
      (b) => answer(200, String(b.length)),
      (e: unknown) => answer(e instanceof DaprError ? e.httpStatus : 500, e instanceof DaprError ? e.errorCode : String(e)),
    );
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

/** Sends raw HTTP/1.1 on one connection, in parts a moment apart, and returns everything the server wrote. */
function rawExchange(parts: readonly string[]): Promise<{ text: string; reset: boolean }> {
  return new Promise((resolve) => {
    const s = connect(port, "127.0.0.1");
    let text = "";
    let reset = false;
    s.on("data", (d) => (text += d.toString()));
    s.on("error", () => (reset = true));
    s.on("close", () => resolve({ text, reset }));
    void (async () => {
      for (const p of parts) {
        s.write(p);
        await new Promise((r) => setTimeout(r, 30));
      }
      await new Promise((r) => setTimeout(r, 100));
      s.end();
    })();
  });
}

const chunk = (t: string) => `${Buffer.byteLength(t).toString(16)}\r\n${t}\r\n`;
const chunkedHead = "POST /a HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n";
const next = "GET /b HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n";

describe("readBody", () => {
  it("reads a chunked body under the limit", async () => {
    const { text } = await rawExchange([chunkedHead, chunk("a".repeat(500)), chunk("b".repeat(500)), "0\r\n\r\n"]);
    expect(text).toMatch(/^HTTP\/1\.1 200[\s\S]*\r\n\r\n1000$/);
  });

  it("answers a chunked body that grows past the limit with 413, drains the rest and keeps the connection usable", async () => {
    const { text, reset } = await rawExchange([chunkedHead, chunk("a".repeat(500)), chunk("b".repeat(2000)), chunk("c".repeat(10)), "0\r\n\r\n", next]);
    expect(reset).toBe(false);
    const responses = text.split(/(?=HTTP\/1\.1 )/);
    expect(responses[0]).toMatch(/^HTTP\/1\.1 413[\s\S]*ERR_BODY_TOO_LARGE$/);
    expect(responses[1]).toMatch(/^HTTP\/1\.1 200[\s\S]*\r\n\r\n0$/);
  });

  it("refuses a Content-Length over the limit before reading, and keeps the connection usable", async () => {
    const body = "x".repeat(2000);
    const { text, reset } = await rawExchange([`POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: ${body.length}\r\n\r\n`, body, next]);
    expect(reset).toBe(false);
    const responses = text.split(/(?=HTTP\/1\.1 )/);
    expect(responses[0]).toMatch(/^HTTP\/1\.1 413/);
    expect(responses[1]).toMatch(/^HTTP\/1\.1 200/);
  });
});
