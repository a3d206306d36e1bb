import { promises as fs } from "node:fs";
import { dirname, join, resolve, sep } from "node:path";
import { defineBindingDriver } from "../../../components/bindings/binding.js";
import { defineMetadata, MetadataError } from "../../../components/metadata-schema.js";
import { LocalStorage, localStorageOperations } from "./local-storage.js";

/** Folders a root may not be in, as in Dapr (kernel and secret mounts). */
const disallowedRoots = ["/proc", "/sys", "/boot", "/var/run/secrets"];

export const localStorageBinding = defineBindingDriver({
  type: "localstorage",
  versions: ["v1"],
  description:
    "Files in a folder of the sidecar's machine: create, get, delete and list (recursively) the file that the request's `fileName` metadata names, relative to `rootPath`. A file name that would leave the folder (absolute, `..` out of it, or through a symbolic link pointing outside) is refused.",
  metadata: defineMetadata({
    rootPath: { type: "string", required: true, description: "The folder the files live in; created when missing. Relative paths are from the sidecar's working directory." },
  }),
  operations: localStorageOperations,
  input: false,
  create: async (c) => new LocalStorage(await prepareRoot(c.rootPath)),
});

/** Resolves the root as Dapr does (absolute, links resolved, not a system folder) and creates it. */
async function prepareRoot(rootPath: string): Promise<string> {
  if (rootPath.trim() === "") throw new MetadataError("rootPath", "property rootPath must not be empty");
  let root = resolve(rootPath);
  // Resolve links in the part of the path that exists.
  let existing = root;
  for (;;) {
    try {
      const st = await fs.stat(existing);
      if (!st.isDirectory()) throw new MetadataError("rootPath", "property rootPath represents a file and not a directory");
      break;
    } catch (e) {
      if (e instanceof MetadataError) throw e;
      if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw new MetadataError("rootPath", `error getting stat for path ${existing}: ${(e as Error).message}`);
      const up = dirname(existing);
      if (up === existing) break;
      existing = up;
    }
  }
  const real = await fs.realpath(existing);
  root = join(real, root.slice(existing.length));
  if (root.length > 1 && root.endsWith(sep)) root = root.slice(0, -1);
  for (const p of disallowedRoots) {
    if (root === p || root.startsWith(p + sep)) throw new MetadataError("rootPath", "property rootPath points to a disallowed location");
  }
  try {
    await fs.mkdir(root, { recursive: true, mode: 0o777 });
  } catch (e) {
    throw new MetadataError("rootPath", `unable to create directory specified by 'rootPath' ${root}: ${(e as Error).message}`);
  }
  return root;
}
