/**
 * How an HTTP app's error answer to a user-defined service becomes a gRPC
 * status (docs/extending-the-api.md states the convention):
 *
 * - a body that is a google.rpc.Status in JSON, {"code": 5, "message": "..."}
 *   (code a number 1-16 or its name, e.g. "NOT_FOUND"), gives that code and
 *   message, whatever the HTTP status;
 * - otherwise the code follows the HTTP status (the inverse of the table the
 *   REST side uses, so an app's 404 reaches a REST caller as 404) and the
 *   message is the body's text (or the status text when the body is empty).
 */
import { STATUS_CODES } from "node:http";
import { Code } from "@connectrpc/connect";

const codeByStatus: Readonly<Record<number, Code>> = {
  400: Code.InvalidArgument,
  401: Code.Unauthenticated,
  403: Code.PermissionDenied,
  404: Code.NotFound,
  408: Code.DeadlineExceeded,
  409: Code.Aborted,
  412: Code.FailedPrecondition,
  416: Code.OutOfRange,
  429: Code.ResourceExhausted,
  499: Code.Canceled,
  500: Code.Internal,
  501: Code.Unimplemented,
  503: Code.Unavailable,
  504: Code.DeadlineExceeded,
};

/** The gRPC code of an HTTP app's non-2xx status. */
export function codeFromAppStatus(status: number): Code {
  const code = codeByStatus[status];
  if (code !== undefined) return code;
  if (status >= 400 && status < 500) return Code.FailedPrecondition;
  if (status >= 500 && status < 600) return Code.Internal;
  return Code.Unknown;
}

/** Upper snake names of the codes, as google.rpc.Code spells them ("NOT_FOUND"). */
export function codeName(code: Code): string {
  return Code[code].replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase();
}

const codeByName: ReadonlyMap<string, Code> = new Map(
  Object.values(Code)
    .filter((c): c is Code => typeof c === "number")
    .map((c) => [codeName(c), c]),
);

/** Longest message taken from a body that is not a Status. */
const maxMessage = 1024;

/** The status an HTTP app's error answer stands for. */
export function statusFromAppAnswer(httpStatus: number, body: Uint8Array): { code: Code; message: string } {
  const text = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString("utf8");
  const status = parseStatusJson(text);
  if (status) return status;
  const trimmed = text.trim();
  const message = trimmed === "" ? `the app answered ${httpStatus} ${STATUS_CODES[httpStatus] ?? ""}`.trimEnd() : trimmed.slice(0, maxMessage);
  return { code: codeFromAppStatus(httpStatus), message };
}

/** {"code": <1-16 or its name>, "message"?: string}; undefined for anything else. */
function parseStatusJson(text: string): { code: Code; message: string } | undefined {
  if (!text.trimStart().startsWith("{")) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== "object" || value === null) return undefined;
  const { code, message } = value as { code?: unknown; message?: unknown };
  let c: Code | undefined;
  if (typeof code === "number" && Number.isInteger(code) && code >= 1 && code <= 16) c = code as Code;
  else if (typeof code === "string") c = codeByName.get(code);
  if (c === undefined) return undefined;
  if (message !== undefined && typeof message !== "string") return undefined;
  return { code: c, message: message ?? "" };
}
