const units: Record<string, number> = {
  "": 1,
  b: 1,
  k: 1000,
  kb: 1000,
  ki: 1024,
  kib: 1024,
  m: 1000 ** 2,
  mb: 1000 ** 2,
  mi: 1024 ** 2,
  mib: 1024 ** 2,
  g: 1000 ** 3,
  gb: 1000 ** 3,
  gi: 1024 ** 3,
  gib: 1024 ** 3,
};

/** Parses Kubernetes/daprd-style sizes ("4Mi", "512k", "1048576") into bytes. */
export function parseSize(text: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*$/.exec(text);
  if (!m) return undefined;
  const mult = units[m[2]!.toLowerCase()];
  if (mult === undefined) return undefined;
  return Math.floor(Number(m[1]) * mult);
}
