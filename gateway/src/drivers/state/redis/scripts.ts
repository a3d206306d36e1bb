/**
 * The Lua scripts of the Redis state store. Items are stored the way Dapr's
 * Redis state store stores them, so pillion and daprd can share a Redis: a
 * hash per key with the fields `data` (the raw bytes), `version` (an integer
 * incremented by HINCRBY on every write: the ETag) and `first-write` (0, set
 * when the item was written with first-write concurrency); TTL is the key's
 * EXPIRE. A plain string key (an older layout) reads as data without an ETag
 * and is replaced by a hash on the next write.
 *
 * Each script is one round trip, sent with EVALSHA (EVAL once per
 * connection, by ioredis). Checks fail with an error reply that starts with
 * ETAG_MISMATCH or FIRST_WRITE.
 */

/** Shared Lua functions: check an ETag / first-write rule, and write one item. */
const lib = `
local function check(key, ktype, version, etag, firstwrite, isset)
  local exists = ktype ~= "none"
  if etag ~= "" then
    if not exists then return "ETAG_MISMATCH item " .. key .. " does not exist" end
    if version ~= etag then return "ETAG_MISMATCH" end
  elseif isset and firstwrite == "1" and exists then
    return "FIRST_WRITE item " .. key .. " already exists and no etag was given (first-write)"
  end
  return nil
end

local function write(key, ktype, data, firstwrite, ttl)
  if ktype ~= "hash" and ktype ~= "none" then redis.call("DEL", key) end
  redis.call("HSET", key, "data", data)
  if firstwrite == "1" then redis.call("HSET", key, "first-write", 0) end
  local v = redis.call("HINCRBY", key, "version", 1)
  local n = tonumber(ttl)
  if n and n > 0 then redis.call("EXPIRE", key, n) else redis.call("PERSIST", key) end
  return v
end

local function version_of(key, ktype)
  if ktype == "hash" then return redis.call("HGET", key, "version") end
  return false
end
`;

/** KEYS[1]; returns {data, version or nil, pttl} or nil when the key does not exist. */
export const getScript = `
local key = KEYS[1]
local t = redis.call("TYPE", key)["ok"]
if t == "hash" then
  local v = redis.call("HMGET", key, "data", "version")
  return {v[1], v[2], redis.call("PTTL", key)}
elseif t == "string" then
  return {redis.call("GET", key), false, redis.call("PTTL", key)}
end
return false
`;

/** KEYS[1]; ARGV: etag ("" for none), data, first-write ("1" or "0"), ttl seconds ("" or <= 0 clears it). Returns the new version. */
export const setScript = `${lib}
local key = KEYS[1]
local t = redis.call("TYPE", key)["ok"]
local err = check(key, t, version_of(key, t), ARGV[1], ARGV[3], true)
if err then return redis.error_reply(err) end
return write(key, t, ARGV[2], ARGV[3], ARGV[4])
`;

/** KEYS[1]; ARGV: etag ("" for none). Deleting a missing key without an ETag succeeds. */
export const deleteScript = `${lib}
local key = KEYS[1]
local t = redis.call("TYPE", key)["ok"]
local err = check(key, t, version_of(key, t), ARGV[1], "0", false)
if err then return redis.error_reply(err) end
return redis.call("DEL", key)
`;

/** Values per operation in ARGV of the transaction script. */
export const txArgsPerOp = 5;

/**
 * KEYS: one per operation; ARGV, 5 per operation: "set" or "del", etag, data,
 * first-write, ttl. Checks every operation against the state as the earlier
 * operations of the transaction leave it, and writes only when all pass: a
 * failed check leaves nothing. The error names the operation (1-based).
 */
export const transactionScript = `${lib}
local seen = {}
for i = 1, #KEYS do
  local key = KEYS[i]
  local b = (i - 1) * ${txArgsPerOp}
  local s = seen[key]
  if not s then
    local t = redis.call("TYPE", key)["ok"]
    s = { t = t, v = version_of(key, t) }
    seen[key] = s
  end
  local isset = ARGV[b + 1] == "set"
  local err = check(key, s.t, s.v, ARGV[b + 2], ARGV[b + 4], isset)
  if err then return redis.error_reply(err .. " (operation " .. i .. ")") end
  if isset then
    s.v = tostring((tonumber(s.v) or 0) + 1)
    s.t = "hash"
  else
    s.v = false
    s.t = "none"
  end
end
for i = 1, #KEYS do
  local key = KEYS[i]
  local b = (i - 1) * ${txArgsPerOp}
  if ARGV[b + 1] == "set" then
    write(key, redis.call("TYPE", key)["ok"], ARGV[b + 3], ARGV[b + 4], ARGV[b + 5])
  else
    redis.call("DEL", key)
  end
end
return #KEYS
`;
