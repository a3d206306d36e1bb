/**
 * The unlock script: compare-and-delete in one step, with Dapr's return
 * values (the number of keys deleted on success, -1 when there is no lock,
 * -2 when someone else holds it), so daprd and pillion read each other's
 * locks the same way.
 */
export const unlockScript = `local v = redis.call("get", KEYS[1])
if v == false then return -1 end
if v ~= ARGV[1] then return -2 end
return redis.call("del", KEYS[1])`;
