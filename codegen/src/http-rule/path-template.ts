/**
 * Parser for google.api.http path templates:
 *
 *   Template = "/" Segments [ Verb ] ;
 *   Segments = Segment { "/" Segment } ;
 *   Segment  = "*" | "**" | LITERAL | Variable ;
 *   Variable = "{" FieldPath [ "=" Segments ] "}" ;
 *   FieldPath = IDENT { "." IDENT } ;
 *   Verb     = ":" LITERAL ;
 *
 * The result is flat: every "/"-separated segment of a matching URL path lines
 * up with one Segment below, except a trailing "**" that takes the rest of the
 * path. Variables record which flat segments they capture.
 */

export type Segment =
  | { readonly kind: "literal"; readonly value: string }
  /** One path segment, any value. */
  | { readonly kind: "wildcard" }
  /** The rest of the path, zero or more segments; only ever last. */
  | { readonly kind: "deep-wildcard" };

export interface TemplateVariable {
  /** The request field path the variable binds, e.g. ["message", "method"]. */
  readonly fieldPath: readonly string[];
  /** Index of the first flat segment the variable captures. */
  readonly start: number;
  /** Index one past the last flat segment it captures. */
  readonly end: number;
}

export interface PathTemplate {
  readonly source: string;
  readonly segments: readonly Segment[];
  readonly variables: readonly TemplateVariable[];
  /** The custom verb after ":" in the last segment, if any. */
  readonly verb?: string;
}

export class PathTemplateError extends Error {
  constructor(
    readonly template: string,
    readonly position: number,
    detail: string,
  ) {
    super(`invalid path template "${template}" at ${position}: ${detail}`);
    this.name = "PathTemplateError";
  }
}

const identPattern = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function parsePathTemplate(source: string): PathTemplate {
  let pos = 0;
  const segments: Segment[] = [];
  const variables: TemplateVariable[] = [];
  const fail = (detail: string): never => {
    throw new PathTemplateError(source, pos, detail);
  };
  const peek = (): string | undefined => source[pos];

  const parseLiteral = (): string => {
    const start = pos;
    while (pos < source.length && !"/{}=*:".includes(source[pos]!)) pos++;
    if (pos === start) fail("expected a literal segment");
    return decodeLiteral(source.slice(start, pos));
  };

  const parseSegment = (inVariable: boolean): void => {
    if (peek() === "*") {
      pos++;
      if (peek() === "*") {
        pos++;
        segments.push({ kind: "deep-wildcard" });
      } else {
        segments.push({ kind: "wildcard" });
      }
      return;
    }
    if (peek() === "{") {
      if (inVariable) fail("variables cannot nest");
      pos++;
      const close = source.indexOf("}", pos);
      if (close < 0) fail("unterminated variable");
      const body = source.slice(pos, close);
      const eq = body.indexOf("=");
      const fieldText = eq < 0 ? body : body.slice(0, eq);
      const fieldPath = fieldText.split(".");
      if (!fieldPath.every((p) => identPattern.test(p))) fail(`invalid field path "${fieldText}"`);
      const start = segments.length;
      if (eq < 0) {
        pos = close;
        segments.push({ kind: "wildcard" });
      } else {
        pos += eq + 1;
        parseSegments(true);
        if (pos !== close) fail("unexpected text in variable");
      }
      pos++; // "}"
      variables.push({ fieldPath, start, end: segments.length });
      return;
    }
    segments.push({ kind: "literal", value: parseLiteral() });
  };

  const parseSegments = (inVariable: boolean): void => {
    parseSegment(inVariable);
    while (peek() === "/") {
      pos++;
      parseSegment(inVariable);
    }
  };

  if (peek() !== "/") fail('a template starts with "/"');
  pos++;
  parseSegments(false);
  let verb: string | undefined;
  if (peek() === ":") {
    pos++;
    verb = parseLiteral();
  }
  if (pos !== source.length) fail(`unexpected "${peek()}"`);

  const deep = segments.findIndex((s) => s.kind === "deep-wildcard");
  if (deep >= 0 && deep !== segments.length - 1) {
    pos = 0;
    fail('"**" must be the last segment');
  }
  const seen = new Set<string>();
  for (const v of variables) {
    const key = v.fieldPath.join(".");
    if (seen.has(key)) {
      pos = 0;
      fail(`field "${key}" is bound twice`);
    }
    seen.add(key);
  }
  return verb === undefined ? { source, segments, variables } : { source, segments, variables, verb };
}

function decodeLiteral(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
