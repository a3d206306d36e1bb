/**
 * The Redis connection fields every Redis-backed driver accepts, in Dapr's
 * names (components-contrib's common Redis settings), declared once and
 * spread into each driver's schema. connectRedis reads them.
 */
import { defineMetadata } from "../../components/metadata-schema.js";

export const redisConnectionMetadata = defineMetadata({
  redisHost: { type: "string", required: true, description: 'The Redis host, "host" or "host:port".' },
  redisPort: { type: "number", description: "The port, when redisHost has none (default 6379)." },
  redisUsername: { type: "string", description: "The Redis ACL user (Redis 6 and later)." },
  redisPassword: { type: "string", sensitive: true, description: "The Redis password; use a secretKeyRef." },
  redisDB: { type: "number", default: 0, description: "The database selected after connecting." },
  redisType: { type: "string", default: "node", oneOf: ["node"], description: 'Only "node" (a single Redis) is supported.' },
  enableTLS: { type: "boolean", default: false, description: "Connect with TLS." },
  insecureSkipTLSVerify: { type: "boolean", default: false, description: "Skip TLS certificate verification (tests only)." },
  clientCert: { type: "string", description: "A client certificate (PEM) for TLS." },
  clientKey: { type: "string", sensitive: true, description: "The client certificate's key (PEM)." },
  redisMaxRetries: {
    type: "number",
    default: 3,
    aliases: ["maxRetries"],
    description: "How many reconnection attempts a command waits for while Redis is unreachable before it fails.",
  },
  redisMinRetryInterval: { type: "duration", default: 8, aliases: ["minRetryBackoff"], description: "The first reconnection delay (doubles each attempt)." },
  redisMaxRetryInterval: { type: "duration", default: 512, aliases: ["maxRetryBackoff"], description: "The longest reconnection delay." },
  dialTimeout: { type: "duration", default: 5000, description: "Timeout for connecting; start-up fails after it when Redis is unreachable." },
  readTimeout: { type: "duration", default: 3000, description: "Timeout for one command (0 or less: none)." },
});
