import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { gzipReproducibly } from "./sdk-archives.js";
import { fixedMtime, tarArchive, type TarEntry } from "./tar.js";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const longDir = `pkg/${"deep-folder-name/".repeat(8)}`; // > 100 bytes: ustar prefix
const longName = `pkg/${"x".repeat(120)}.txt`; // a name part > 100 bytes: pax header

const entries: TarEntry[] = [
  { path: "pkg/" },
  { path: "pkg/README.md", data: Buffer.from("# hello\n") },
  { path: "pkg/bin/" },
  { path: "pkg/bin/run", data: Buffer.from("#!/bin/sh\necho hi\n"), executable: true },
  { path: "pkg/empty.txt", data: new Uint8Array(0) },
  { path: "pkg/unicodé.txt", data: Buffer.from("é") },
  { path: longDir },
  { path: `${longDir}file.ts`, data: Buffer.alloc(1500, 0x61) },
  { path: longName, data: Buffer.from("long") },
];

function unpack(archive: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), "pillion-tar-test-"));
  dirs.push(dir);
  writeFileSync(join(dir, "a.tar.gz"), gzipReproducibly(archive));
  execFileSync("tar", ["xzf", "a.tar.gz"], { cwd: dir });
  return dir;
}

describe("tarArchive", () => {
  it("gives the same bytes for the same entries, gzipped too", () => {
    const a = tarArchive(entries);
    const b = tarArchive(entries.map((e) => ({ ...e })));
    expect(a.equals(b)).toBe(true);
    expect(gzipReproducibly(a).equals(gzipReproducibly(b))).toBe(true);
    expect(a.length % 512).toBe(0);
  });

  it("is read by tar as written: names (long ones too), contents, modes, mtimes, owners", () => {
    const archive = tarArchive(entries);
    const listing = execFileSync("tar", ["tzf", "-"], { input: gzipReproducibly(archive), encoding: "utf8" }).trim().split("\n");
    expect(listing).toEqual(entries.map((e) => e.path));
    const verbose = execFileSync("tar", ["tvzf", "-", "--numeric-owner"], { input: gzipReproducibly(archive), encoding: "utf8" });
    for (const line of verbose.trim().split("\n")) expect(line).toMatch(/^[-d]rw[-x]r-[-x]r-[-x] 0\/0 /);

    const dir = unpack(archive);
    expect(readFileSync(join(dir, "pkg/README.md"), "utf8")).toBe("# hello\n");
    expect(readFileSync(join(dir, "pkg/unicodé.txt"), "utf8")).toBe("é");
    expect(readFileSync(join(dir, `${longDir}file.ts`)).equals(Buffer.alloc(1500, 0x61))).toBe(true);
    expect(readFileSync(join(dir, longName), "utf8")).toBe("long");
    expect(statSync(join(dir, "pkg/bin/run")).mode & 0o777).toBe(0o755);
    expect(statSync(join(dir, "pkg/README.md")).mode & 0o777).toBe(0o644);
    expect(statSync(join(dir, "pkg/README.md")).mtimeMs).toBe(fixedMtime * 1000);
  });

  it("refuses paths that would leave the folder it is unpacked in", () => {
    for (const path of ["/etc/passwd", "../x", "pkg/../../x", "pkg//x", ""]) {
      expect(() => tarArchive([{ path, data: Buffer.from("x") }]), path).toThrow(/clean relative path/);
    }
  });
});
