import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A temporary folder with files, removed by `remove()`. */
export function tempDir(files: Record<string, string> = {}): { path: string; file(name: string, text: string): string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), "pillion-test-"));
  const file = (name: string, text: string) => {
    const p = join(path, name);
    writeFileSync(p, text);
    return p;
  };
  for (const [name, text] of Object.entries(files)) file(name, text);
  return { path, file, remove: () => rmSync(path, { recursive: true, force: true }) };
}
