/**
 * pillion.runtime.v1.SiteService: the sidecar's developer site. SDK archives
 * come from sdks/<language>/ (sdk-archives.ts), the OpenAPI document from
 * sdks/openapi/openapi.json, the API reference from docs-viewer.ts. Served
 * over REST from the generated route table like every other service, and
 * over gRPC and Connect too.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { create } from "@bufbuild/protobuf";
import * as errors from "../errors/catalog.js";
import { causeText } from "../errors/dapr-error.js";
import {
  GetDocsAssetResponseSchema,
  GetDocsPageResponseSchema,
  GetOpenApiDocumentResponseSchema,
  GetSdkArchiveResponseSchema,
  GetSdkIndexResponseSchema,
  ListSdksResponseSchema,
  SdkSchema,
  type GetDocsAssetRequest,
  type GetDocsAssetResponse,
  type GetDocsPageResponse,
  type GetOpenApiDocumentResponse,
  type GetSdkArchiveRequest,
  type GetSdkArchiveResponse,
  type GetSdkIndexResponse,
  type ListSdksResponse,
} from "../gen/pillion/runtime/v1/site_pb.js";
import { DocsViewer, ViewerMissingError } from "./docs-viewer.js";
import type { SdkArchives } from "./sdk-archives.js";
import { sdkIndexPage } from "./sdk-index-page.js";

const archiveSuffix = ".tar.gz";

export class SiteService {
  private readonly viewer = new DocsViewer();

  constructor(
    private readonly archives: SdkArchives,
    private readonly pillionVersion: string,
  ) {}

  getSdkIndex(): GetSdkIndexResponse {
    return create(GetSdkIndexResponseSchema, { html: Buffer.from(sdkIndexPage(this.archives.all(), this.pillionVersion)) });
  }

  listSdks(): ListSdksResponse {
    return create(ListSdksResponseSchema, {
      sdks: this.archives.all().map((a) =>
        create(SdkSchema, {
          language: a.language,
          version: a.version,
          archive: a.fileName,
          archiveSize: BigInt(a.bytes.length),
          sha256: a.sha256,
          fileCount: a.fileCount,
        }),
      ),
    });
  }

  getSdkArchive(req: GetSdkArchiveRequest): GetSdkArchiveResponse {
    const language = req.file.endsWith(archiveSuffix) ? req.file.slice(0, -archiveSuffix.length) : undefined;
    const archive = language === undefined ? undefined : this.archives.get(language);
    if (!archive) throw errors.sdkNotFound(req.file, this.archives.languages().map((l) => l + archiveSuffix));
    return create(GetSdkArchiveResponseSchema, {
      archive: archive.bytes,
      contentDisposition: `attachment; filename="${archive.downloadName}"`,
      etag: `"${archive.sha256}"`,
    });
  }

  getOpenApiDocument(): GetOpenApiDocumentResponse {
    const path = join(this.archives.sdksDir, "openapi", "openapi.json");
    try {
      return create(GetOpenApiDocumentResponseSchema, { document: readFileSync(path) });
    } catch (e) {
      throw errors.siteFileMissing("the OpenAPI document", `${path}: ${causeText(e)}`);
    }
  }

  getDocsPage(): GetDocsPageResponse {
    return create(GetDocsPageResponseSchema, { html: this.viewer.page() });
  }

  getDocsAsset(req: GetDocsAssetRequest): GetDocsAssetResponse {
    let asset;
    try {
      asset = this.viewer.asset(req.file);
    } catch (e) {
      if (e instanceof ViewerMissingError) throw errors.siteFileMissing("the API reference viewer", e.message);
      throw e;
    }
    if (!asset) throw errors.docsAssetNotFound(req.file);
    return create(GetDocsAssetResponseSchema, { content: asset.content, contentType: asset.contentType });
  }
}
