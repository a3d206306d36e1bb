/** The HTML page at /sdks: every SDK with its version, archive size and checksum, and the links to the OpenAPI document and the API reference. */
import type { SdkArchive } from "./sdk-archives.js";
import { escapeHtml } from "./html.js";

export function sdkIndexPage(archives: readonly SdkArchive[], pillionVersion: string): string {
  const rows = archives
    .map((a) => {
      const href = `/sdks/${encodeURIComponent(a.fileName)}`;
      return (
        `<tr><td>${escapeHtml(a.language)}</td><td>${escapeHtml(a.version)}</td>` +
        `<td><a href="${escapeHtml(href)}" download="${escapeHtml(a.downloadName)}">${escapeHtml(a.fileName)}</a></td>` +
        `<td class="n">${formatSize(a.bytes.length)}</td><td class="n">${a.fileCount}</td><td><code>${a.sha256}</code></td></tr>`
      );
    })
    .join("\n");
  const table = archives.length
    ? `<table>
<thead><tr><th>Language</th><th>Version</th><th>Archive</th><th>Size</th><th>Files</th><th>SHA-256</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`
    : "<p>No SDK has been generated yet (sdks/ holds none).</p>";
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>pillion SDKs</title>
<style>
body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 72rem; padding: 0 1rem; color: #1d1d1f; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: .4rem .8rem; border-bottom: 1px solid #ddd; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
code { font-size: .8em; word-break: break-all; }
</style>
</head>
<body>
<h1>pillion SDKs</h1>
<p>Client SDKs generated from the same protos as this sidecar (pillion ${escapeHtml(pillionVersion)}). Each archive holds one package
under a single top folder; the same sources always give the same archive. From the command line:
<code>npx pillion sdk &lt;language&gt; --out DIR</code>.</p>
${table}
<h2>API description</h2>
<ul>
<li><a href="/openapi.json">OpenAPI 3.1 document</a> (<code>/openapi.json</code>)</li>
<li><a href="/docs">API reference</a> (<code>/docs</code>)</li>
<li><a href="/sdks/index.json">This list as JSON</a> (<code>/sdks/index.json</code>)</li>
</ul>
</body>
</html>
`;
}

/** Bytes as a short human size: 812 B, 14.2 KiB, 1.3 MiB. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}
