/**
 * A small API for codegen tests: a service with every kind of route option
 * and messages with every rest_field option, compiled from inline protos.
 */
import type { FileRegistry } from "@bufbuild/protobuf";
import { compileProtos } from "../../codegen/src/testing/proto-workspace.js";

export const shopProtoPath = "shop/v1/shop.proto";

export const shopProto = `syntax = "proto3";

package shop.v1;

import "google/api/annotations.proto";
import "google/protobuf/empty.proto";
import "google/protobuf/timestamp.proto";
import "pillion/api/v1/rest.proto";

// Sells items.
//
// Second paragraph of the service doc.
service ShopService {
  // Read one item.
  rpc GetItem(GetItemRequest) returns (Item) {
    option (google.api.http) = {get: "/v1/shops/{shop}/items/{item_id}"};
  }

  // Save items; the body is the item array.
  rpc SaveItems(SaveItemsRequest) returns (google.protobuf.Empty) {
    option (google.api.http) = {
      post: "/v1/shops/{shop}/items"
      body: "items"
      additional_bindings: {
        put: "/v1/shops/{shop}/items"
        body: "items"
      }
    };
    option (pillion.api.v1.rest) = {metadata_query: "metadata"};
  }

  // Delete an item, if its version still matches.
  rpc DeleteItem(DeleteItemRequest) returns (google.protobuf.Empty) {
    option (google.api.http) = {delete: "/v1/shops/{shop}/items/{item_id}"};
    option (pillion.api.v1.rest) = {
      request_headers: {
        header: "If-Match"
        field: "etag"
      }
    };
  }

  // Upload a file as the raw body.
  rpc Upload(UploadRequest) returns (UploadResponse) {
    option (google.api.http) = {post: "/v1/files/{path=**}"};
    option (pillion.api.v1.rest) = {
      raw_body: "data"
      content_type_field: "content_type"
      success_status: 201
    };
  }

  // Download a file as the raw body.
  rpc Download(DownloadRequest) returns (DownloadResponse) {
    option (google.api.http) = {get: "/v1/files/{path=**}"};
    option (pillion.api.v1.rest) = {
      raw_response: "data"
      response_headers: {
        header: "ETag"
        field: "etag"
      }
      no_content_when_empty: "data"
      default_content_type: "application/octet-stream"
    };
  }

  // Archive a shop.
  rpc ArchiveShop(ArchiveShopRequest) returns (ArchiveShopResponse) {
    option deprecated = true;
    option (google.api.http) = {
      post: "/v1/shops/{shop}:archive"
      body: "*"
    };
  }

  // Watch items change.
  rpc WatchItems(WatchItemsRequest) returns (stream Item) {
    option (pillion.api.v1.rest) = {grpc_only: "a server stream; HTTP clients poll GetItem"};
  }
}

// How fresh a read must be.
enum Freshness {
  // Whatever the store has.
  FRESHNESS_UNSPECIFIED = 0;
  // Possibly stale.
  FRESHNESS_CACHED = 1 [(pillion.api.v1.rest_value) = "cached"];
  // Up to date.
  FRESHNESS_LATEST = 2 [(pillion.api.v1.rest_value) = "latest"];
}

// A version tag.
message Etag {
  // The tag.
  string value = 1;
}

// Options of a write.
message WriteOptions {
  // Freshness wanted.
  Freshness freshness = 1;
  // Who writes.
  string writer = 2;
}

// Read one item.
message GetItemRequest {
  // The shop.
  string shop = 1;
  // The item.
  string item_id = 2;
  // How fresh.
  Freshness freshness = 3;
}

// An item for sale.
message Item {
  // Its id; always present in REST JSON.
  string id = 1 [(pillion.api.v1.rest_field).emit_unpopulated = true];
  // Any JSON document describing it.
  bytes details = 2 [(pillion.api.v1.rest_field).raw_json = true];
  // Its version.
  Etag etag = 3 [(pillion.api.v1.rest_field).unwrap = true];
  // Its labels.
  repeated Etag labels = 4 [(pillion.api.v1.rest_field).unwrap = true];
  // Stock state, as a number.
  Stock stock = 5 [
    (pillion.api.v1.rest_field).enum_number = true,
    (pillion.api.v1.rest_field).emit_unpopulated = true
  ];
  // Kind of item; "type" in REST JSON.
  string item_type = 6 [(pillion.api.v1.rest_field).name = "type"];
  // Internal bookkeeping, gRPC only.
  string ledger = 7 [(pillion.api.v1.rest_field).omit = true];
  // Price in cents.
  int64 price = 8;
  // When it was listed.
  google.protobuf.Timestamp listed_at = 9;

  // Whether it can be sold.
  enum Stock {
    // In stock.
    IN_STOCK = 0;
    // Sold out.
    SOLD_OUT = 1;
  }
}

// Save items.
message SaveItemsRequest {
  // The shop.
  string shop = 1;
  // The items to save.
  repeated Item items = 2;
  // Options for the store.
  map<string, string> metadata = 3;
}

// Delete an item.
message DeleteItemRequest {
  // The shop.
  string shop = 1;
  // The item.
  string item_id = 2;
  // Expected version.
  Etag etag = 3;
  // Write options, as top-level query parameters.
  WriteOptions options = 4 [(pillion.api.v1.rest_field).inline = true];
}

// Upload a file.
message UploadRequest {
  // Where.
  string path = 1;
  // The bytes.
  bytes data = 2;
  // Their media type.
  string content_type = 3;
}

// The stored file.
message UploadResponse {
  // Its version.
  string etag = 1;
}

// Download a file.
message DownloadRequest {
  // Where.
  string path = 1;
}

// A file.
message DownloadResponse {
  // The bytes.
  bytes data = 1;
  // Its version.
  string etag = 2;
}

// Archive a shop.
message ArchiveShopRequest {
  // The shop.
  string shop = 1;
  // Why.
  string reason = 2;
  // Write options, at the top of the body.
  WriteOptions options = 3 [(pillion.api.v1.rest_field).inline = true];
}

// The archive made.
message ArchiveShopResponse {
  // Items archived; always present.
  int32 count = 1 [(pillion.api.v1.rest_field).emit_unpopulated = true];
}

// Watch items.
message WatchItemsRequest {
  // The shop.
  string shop = 1;
}
`;

/** The shop API compiled into a registry. */
export function compileShop(): FileRegistry {
  return compileProtos({ [shopProtoPath]: shopProto });
}

/** 1-based line of the first line of `text` containing `needle`. */
export function lineOf(text: string, needle: string): number {
  const i = text.split("\n").findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`"${needle}" is not in the proto`);
  return i + 1;
}
