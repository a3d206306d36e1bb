import {
  getOption,
  hasOption,
  type DescEnumValue,
  type DescExtension,
  type DescField,
  type DescMethod,
  type DescService,
  type FileRegistry,
} from "@bufbuild/protobuf";

/** google.api.HttpRule, as read through the registry (field names in localName form). */
export interface HttpRuleOption {
  readonly pattern:
    | { readonly case: "get" | "put" | "post" | "delete" | "patch"; readonly value: string }
    | { readonly case: "custom"; readonly value: { readonly kind: string; readonly path: string } }
    | { readonly case: undefined; readonly value?: undefined };
  readonly body: string;
  readonly responseBody: string;
  readonly additionalBindings: readonly HttpRuleOption[];
}

/** pillion.api.v1.RestRule */
export interface RestRuleOption {
  readonly handler: number;
  readonly grpcOnly: string;
  readonly rawBody: string;
  readonly contentTypeField: string;
  readonly requestHeaders: readonly { readonly header: string; readonly field: string }[];
  readonly metadataQuery: string;
  readonly rawResponse: string;
  readonly responseContentType: string;
  readonly responseHeaders: readonly { readonly header: string; readonly field: string }[];
  readonly responseMetadataHeaders: string;
  readonly successStatus: number;
  readonly noContentWhenEmpty: string;
  readonly defaultContentType: string;
}

/** pillion.api.v1.RestField */
export interface RestFieldOption {
  readonly name: string;
  readonly rawJson: boolean;
  readonly unwrap: boolean;
  readonly omit: boolean;
  readonly emitUnpopulated: boolean;
  readonly enumNumber: boolean;
  readonly inline: boolean;
  readonly valueAsAny: boolean;
}

/** pillion.api.v1.AppRoute */
export interface AppRouteOption {
  readonly appId: string;
  readonly methodPrefix: string;
}

const noRestField: RestFieldOption = { name: "", rawJson: false, unwrap: false, omit: false, emitUnpopulated: false, enumNumber: false, inline: false, valueAsAny: false };

/**
 * Reads google.api.http and pillion options through the extensions found in
 * the compiled registry itself, so the generator needs no generated code of
 * its own. Protos that import neither simply have no options.
 */
export class OptionReader {
  private readonly httpExt?: DescExtension;
  private readonly restExt?: DescExtension;
  private readonly restFieldExt?: DescExtension;
  private readonly restValueExt?: DescExtension;
  private readonly appRouteExt?: DescExtension;

  constructor(registry: FileRegistry) {
    this.httpExt = registry.getExtension("google.api.http");
    this.restExt = registry.getExtension("pillion.api.v1.rest");
    this.restFieldExt = registry.getExtension("pillion.api.v1.rest_field");
    this.restValueExt = registry.getExtension("pillion.api.v1.rest_value");
    this.appRouteExt = registry.getExtension("pillion.api.v1.app_route");
  }

  http(method: DescMethod): HttpRuleOption | undefined {
    return read(method, this.httpExt) as HttpRuleOption | undefined;
  }

  rest(method: DescMethod): RestRuleOption | undefined {
    return read(method, this.restExt) as RestRuleOption | undefined;
  }

  restField(field: DescField): RestFieldOption {
    return (read(field, this.restFieldExt) as RestFieldOption | undefined) ?? noRestField;
  }

  restValue(value: DescEnumValue): string | undefined {
    const v = read(value, this.restValueExt) as string | undefined;
    return v === "" ? undefined : v;
  }

  appRoute(service: DescService): AppRouteOption | undefined {
    return read(service, this.appRouteExt) as AppRouteOption | undefined;
  }
}

type OptionHolder = DescMethod | DescField | DescEnumValue | DescService;

function read(desc: OptionHolder, ext: DescExtension | undefined): unknown {
  if (!ext) return undefined;
  // The extendee check is done by protobuf-es at run time.
  const d = desc as Parameters<typeof hasOption>[0];
  return hasOption(d, ext) ? getOption(d, ext) : undefined;
}
