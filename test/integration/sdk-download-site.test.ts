/**
 * pillion's site on a real sidecar run with an API token: GET /sdks (HTML
 * listing every SDK folder of sdks/), /sdks/index.json, /sdks/<language>.tar.gz
 * (a usable package under one top folder, the same bytes on every build and
 * from a copy of the sources with other modification times), /openapi.json,
 * /docs and its viewer files, all without the token (like health); and
 * `pillion sdk <language> --out DIR` writing the same files. The languages
 * come from the folders of sdks/, so every SDK generator added later is
 * covered here without a change.
 */
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SdkArchives } from "../../gateway/src/site/sdk-archives.js";
import { sdkFiles, sdkLanguages } from "../../gateway/src/site/sdk-folders.js";
import { version as pillionVersion } from "../../gateway/src/version.js";
import { runPillion, startSidecar, type SidecarProcess } from "../harness/sidecar-process.js";
import { tempDir } from "../harness/temp-dir.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const sdksDir = join(root, "sdks");
const languages = sdkLanguages(sdksDir);
/** A file at the top of a package that its language's tools install from. */
const manifests = ["package.json", "pyproject.toml", "setup.py", "go.mod", "pom.xml", "build.gradle", "build.gradle.kts", "Cargo.toml"];
const token = "site-t0ken";

let sc: SidecarProcess;
let tmp: ReturnType<typeof tempDir>;
beforeAll(async () => {
  tmp = tempDir();
  sc = await startSidecar({ appId: "site", env: { DAPR_API_TOKEN: token } });
});
afterAll(async () => {
  await sc?.stop();
  tmp?.remove();
});

const get = (path: string) => fetch(`${sc.httpUrl}${path}`);
const bytesOf = async (res: Response) => Buffer.from(await res.arrayBuffer());
const tarList = (archive: Buffer) => execFileSync("tar", ["tzf", "-"], { input: archive, encoding: "utf8" }).trim().split("\n");

describe("the SDKs in the tree", () => {
  it("include the TypeScript SDK (the list is read from sdks/)", () => {
    expect(languages).toContain("typescript");
    expect(languages).not.toContain("openapi");
  });
});

describe("GET /sdks", () => {
  it("lists every SDK with its version, archive and size, and links the OpenAPI document and the API reference, without the token", async () => {
    const res = await get("/sdks");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const html = await res.text();
    // An SDK without a versioned manifest (Go modules have none) carries pillion's version, as the sidecar serves it.
    const archives = new SdkArchives(sdksDir, pillionVersion).all();
    for (const a of archives) {
      expect(html).toContain(`href="/sdks/${a.fileName}"`);
      expect(html).toContain(`<td>${a.version}</td>`);
      expect(html).toContain(a.sha256);
    }
    expect(html).toContain('href="/openapi.json"');
    expect(html).toContain('href="/docs"');
  });

  it("gives the same list as JSON", async () => {
    const res = await get("/sdks/index.json");
    expect(res.status).toBe(200);
    const body = (await res.json()) as { sdks: { language: string; archive: string; archiveSize: string; sha256: string; fileCount: number }[] };
    expect(body.sdks.map((s) => s.language)).toEqual(languages);
    for (const s of body.sdks) {
      expect(s.archive).toBe(`${s.language}.tar.gz`);
      expect(Number(s.archiveSize)).toBeGreaterThan(0);
      expect(s.fileCount).toBe(sdkFiles(join(sdksDir, s.language)).length);
    }
  });
});

describe.each(languages)("GET /sdks/%s.tar.gz", (language) => {
  it("is a package under one top folder, with its manifest and every source file of sdks/<language>/", async () => {
    const res = await get(`/sdks/${language}.tar.gz`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/gzip");
    expect(res.headers.get("content-disposition")).toMatch(new RegExp(`^attachment; filename="pillion-sdk-${language}-[^"]+\\.tar\\.gz"$`));
    const archive = await bytesOf(res);
    const listing = tarList(archive);
    const top = `pillion-sdk-${language}/`;
    expect(listing[0]).toBe(top);
    expect(listing.every((p) => p.startsWith(top))).toBe(true);
    expect(manifests.some((m) => listing.includes(top + m)), `a manifest in ${listing.slice(0, 10).join(", ")}`).toBe(true);
    const files = listing.filter((p) => !p.endsWith("/")).map((p) => p.slice(top.length));
    expect(files).toEqual(sdkFiles(join(sdksDir, language)).map((f) => f.path));
    expect(files.some((f) => f.includes("node_modules/") || f.startsWith("dist/"))).toBe(false);
    if (language === "typescript") {
      // what npm reads when the archive is installed
      const pkg = JSON.parse(execFileSync("tar", ["xzOf", "-", `${top}package.json`], { input: archive, encoding: "utf8" })) as { name: string };
      expect(pkg.name).toBe("@pillion/sdk");
    }
  });

  it("is reproducible: the same bytes on every download and from a copy of the sources with new modification times", async () => {
    const a = await bytesOf(await get(`/sdks/${language}.tar.gz`));
    const b = await bytesOf(await get(`/sdks/${language}.tar.gz`));
    expect(a.equals(b)).toBe(true);
    const copy = join(tmp.path, `copy-${language}`);
    cpSync(join(sdksDir, language), join(copy, language), { recursive: true, preserveTimestamps: false });
    const rebuilt = new SdkArchives(copy, "0.0.0").get(language)!;
    expect(rebuilt.bytes.equals(a)).toBe(true);
    const verbose = execFileSync("tar", ["tvzf", "-", "--numeric-owner"], { input: a, encoding: "utf8" }).trim().split("\n");
    for (const line of verbose) expect(line).toMatch(/^[-d]rw[-x]r-[-x]r-[-x] 0\/0 .* 2020-01-01 00:00 /);
  });
});

describe("unknown SDKs", () => {
  it("answer 404 ERR_SDK_NOT_FOUND naming the archives there are", async () => {
    for (const path of ["/sdks/cobol.tar.gz", "/sdks/typescript.zip", "/sdks/..%2Fpackage.json"]) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      const body = (await res.json()) as { errorCode: string; message: string };
      expect(body.errorCode, path).toBe("ERR_SDK_NOT_FOUND");
      expect(body.message, path).toContain("typescript.tar.gz");
    }
  });
});

describe("GET /openapi.json and /docs", () => {
  it("serves the generated OpenAPI document as it is in the tree", async () => {
    const res = await get("/openapi.json");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/json");
    expect((await bytesOf(res)).equals(readFileSync(join(sdksDir, "openapi/openapi.json")))).toBe(true);
  });

  it("serves the API reference page and the viewer files it loads, from the local swagger-ui-dist", async () => {
    const page = await get("/docs");
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const html = await page.text();
    const assets = [...html.matchAll(/(?:src|href)="(\/docs\/[^"]+)"/g)].map((m) => m[1]!);
    expect(assets).toEqual(expect.arrayContaining(["/docs/swagger-ui.css", "/docs/swagger-ui-bundle.js", "/docs/pillion-docs.js"]));
    for (const a of assets) {
      const res = await get(a);
      expect(res.status, a).toBe(200);
      expect((await res.arrayBuffer()).byteLength, a).toBeGreaterThan(0);
    }
    expect((await get("/docs/swagger-ui-bundle.js")).headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(await (await get("/docs/pillion-docs.js")).text()).toContain('url: "/openapi.json"');
    const missing = await get("/docs/package.json");
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { errorCode: string }).errorCode).toBe("ERR_NOT_FOUND");
  });

  it("leaves the Dapr API guarded by the token", async () => {
    expect((await get("/v1.0/metadata")).status).toBe(401);
    expect((await fetch(`${sc.httpUrl}/v1.0/metadata`, { headers: { "dapr-api-token": token } })).status).toBe(200);
  });
});

describe("pillion sdk", () => {
  it.each(languages)("writes the %s SDK's files, as the archive holds them, into --out", async (language) => {
    const out = join(tmp.path, `out-${language}`);
    const r = await runPillion(["sdk", language, "--out", out]);
    expect(r.code, r.output).toBe(0);
    const expected = sdkFiles(join(sdksDir, language));
    for (const f of expected) expect(readFileSync(join(out, f.path)).equals(readFileSync(f.absolutePath)), f.path).toBe(true);
    const written: string[] = [];
    const walk = (dir: string, rel: string): void => {
      for (const e of readdirSync(dir)) {
        const p = rel ? `${rel}/${e}` : e;
        if (statSync(join(dir, e)).isDirectory()) walk(join(dir, e), p);
        else written.push(p);
      }
    };
    walk(out, "");
    expect(written.sort()).toEqual(expected.map((f) => f.path).sort());
  });

  it("writes the very archive the sidecar serves with --archive", async () => {
    const out = join(tmp.path, "archive-out");
    const r = await runPillion(["sdk", "typescript", "--out", out, "--archive"]);
    expect(r.code, r.output).toBe(0);
    const [name] = readdirSync(out);
    expect(name).toMatch(/^pillion-sdk-typescript-.+\.tar\.gz$/);
    const served = await bytesOf(await get("/sdks/typescript.tar.gz"));
    expect(readFileSync(join(out, name!)).equals(served)).toBe(true);
  });

  it("lists the SDKs, and refuses an unknown language or a missing --out", async () => {
    const list = await runPillion(["sdk"]);
    expect(list.code).toBe(0);
    for (const l of languages) expect(list.output).toMatch(new RegExp(`^${l}\\t`, "m"));
    const unknown = await runPillion(["sdk", "cobol", "--out", join(tmp.path, "x")]);
    expect(unknown.code).toBe(2);
    expect(unknown.output).toContain('no SDK "cobol"');
    expect(existsSync(join(tmp.path, "x"))).toBe(false);
    const noOut = await runPillion(["sdk", "typescript"]);
    expect(noOut.code).toBe(2);
    expect(noOut.output).toContain("needs --out DIR");
  });
});
