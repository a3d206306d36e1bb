/**
 * `pillion sdk <language> --out DIR`: writes one generated SDK out, the same
 * files the sidecar's /sdks/<language>.tar.gz holds (site/sdk-archives.ts
 * picks them), either unpacked into DIR or, with --archive, as that very
 * archive in DIR. `pillion sdk` alone lists the SDKs there are.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { SdkArchives, sdkEntries } from "../site/sdk-archives.js";
import { defaultSdksDir, sdkFiles } from "../site/sdk-folders.js";
import { version } from "../version.js";
import { UsageError } from "./args.js";

export const sdkUsage = `Usage:
  pillion sdk                                 list the SDKs there are
  pillion sdk <language> --out DIR            write the SDK's files into DIR
  pillion sdk <language> --out DIR --archive  write its .tar.gz into DIR instead

The files are the ones GET /sdks/<language>.tar.gz serves, without the
archive's top folder (pillion-sdk-<language>/).`;

export interface SdkCommand {
  readonly language?: string;
  readonly out?: string;
  readonly archive: boolean;
  readonly help: boolean;
}

export function parseSdkArgs(argv: readonly string[]): SdkCommand {
  let language: string | undefined;
  let out: string | undefined;
  let archive = false;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "-h" || a === "--help") help = true;
    else if (a === "--archive") archive = true;
    else if (a === "--out" || a === "-o") {
      out = argv[++i];
      if (out === undefined || out === "") throw new UsageError(`${a} needs a directory`);
    } else if (a.startsWith("--out=")) out = a.slice("--out=".length);
    else if (a.startsWith("-")) throw new UsageError(`unknown flag ${a} for pillion sdk`);
    else if (language === undefined) language = a;
    else throw new UsageError(`pillion sdk takes one language, got ${language} and ${a}`);
  }
  if (!help && language !== undefined && out === undefined) throw new UsageError("pillion sdk <language> needs --out DIR");
  return { ...(language !== undefined && { language }), ...(out !== undefined && { out }), archive, help };
}

/** Runs the command; the exit code. */
export function runSdk(cmd: SdkCommand, sdksDir = defaultSdksDir()): number {
  if (cmd.help) {
    console.log(sdkUsage);
    return 0;
  }
  const archives = new SdkArchives(sdksDir, version);
  const languages = archives.languages();
  if (cmd.language === undefined) {
    if (languages.length === 0) console.log(`no SDK has been generated (${sdksDir} holds none)`);
    for (const a of archives.all()) console.log(`${a.language}\t${a.version}\t${a.fileCount} files`);
    return 0;
  }
  const archive = archives.get(cmd.language);
  if (!archive) {
    console.error(`pillion sdk: no SDK ${JSON.stringify(cmd.language)}; there ${languages.length === 1 ? "is" : "are"} ${languages.join(", ") || "none"}`);
    return 2;
  }
  const out = resolve(cmd.out!);
  mkdirSync(out, { recursive: true });
  if (cmd.archive) {
    const path = join(out, archive.downloadName);
    writeFileSync(path, archive.bytes);
    console.log(`wrote ${path} (${archive.bytes.length} bytes, sha256 ${archive.sha256})`);
    return 0;
  }
  const entries = sdkEntries(cmd.language, sdkFiles(join(sdksDir, cmd.language)));
  let files = 0;
  for (const e of entries) {
    const rel = e.path.slice(archive.root.length);
    if (rel === "" || e.data === undefined) continue;
    const path = join(out, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, e.data, { mode: e.executable ? 0o755 : 0o644 });
    files++;
  }
  console.log(`wrote the ${cmd.language} SDK ${archive.version} (${files} files) to ${out}`);
  return 0;
}
