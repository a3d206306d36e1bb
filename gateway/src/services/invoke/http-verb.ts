/**
 * The HTTP verb of a service call and its HTTPExtension.Verb, as Dapr maps
 * them: a verb the enum does not name becomes POST.
 */
import { HTTPExtension_Verb } from "../../gen/dapr/proto/common/v1/common_pb.js";

const verbs: Readonly<Record<string, HTTPExtension_Verb>> = {
  GET: HTTPExtension_Verb.GET,
  HEAD: HTTPExtension_Verb.HEAD,
  POST: HTTPExtension_Verb.POST,
  PUT: HTTPExtension_Verb.PUT,
  DELETE: HTTPExtension_Verb.DELETE,
  CONNECT: HTTPExtension_Verb.CONNECT,
  OPTIONS: HTTPExtension_Verb.OPTIONS,
  TRACE: HTTPExtension_Verb.TRACE,
  PATCH: HTTPExtension_Verb.PATCH,
};

/** The enum value of an HTTP method (any case); POST for methods it does not name. */
export function verbFromMethod(method: string): HTTPExtension_Verb {
  return verbs[method] ?? verbs[method.toUpperCase()] ?? HTTPExtension_Verb.POST;
}

/** The HTTP method for an enum value; undefined for NONE and CONNECT, which cannot reach an HTTP app. */
export function methodFromVerb(verb: HTTPExtension_Verb): string | undefined {
  if (verb === HTTPExtension_Verb.NONE || verb === HTTPExtension_Verb.CONNECT) return undefined;
  const name = HTTPExtension_Verb[verb];
  return typeof name === "string" ? name : undefined;
}

/** The HTTP method a caller's verb reaches an HTTP app with (unknown verbs become POST); undefined for CONNECT. */
export function appMethodFor(method: string): string | undefined {
  return methodFromVerb(verbFromMethod(method));
}
