/**
 * Reads pillion's SDK options (api/pillion/api/v1/sdk.proto) through the
 * extensions found in the compiled registry, as ./options.ts does for the
 * REST options: protos that do not import sdk.proto simply have none.
 */
import { getOption, hasOption, type DescExtension, type DescMethod, type DescService, type FileRegistry } from "@bufbuild/protobuf";

/** pillion.api.v1.SdkMethod, as read through the registry (field names in localName form). */
export interface SdkMethodOption {
  readonly group: string;
  readonly name: string;
  readonly params: readonly string[];
  readonly returns: string;
  readonly payload: readonly { readonly field: string; readonly contentType: string }[];
  readonly decode: readonly { readonly field: string; readonly as: string; readonly contentType: string }[];
  readonly defaults: readonly { readonly field: string; readonly value: string }[];
  readonly doc: string;
}

/** pillion.api.v1.SdkGroup */
export interface SdkGroupOption {
  readonly name: string;
  readonly doc: string;
}

export class SdkOptionReader {
  private readonly methodExt?: DescExtension;
  private readonly groupExt?: DescExtension;

  constructor(registry: FileRegistry) {
    this.methodExt = registry.getExtension("pillion.api.v1.sdk");
    this.groupExt = registry.getExtension("pillion.api.v1.sdk_group");
  }

  method(desc: DescMethod): SdkMethodOption | undefined {
    const ext = this.methodExt;
    if (!ext || !hasOption(desc, ext as Parameters<typeof hasOption>[1])) return undefined;
    return getOption(desc, ext as Parameters<typeof getOption>[1]) as SdkMethodOption;
  }

  groups(desc: DescService): readonly SdkGroupOption[] {
    const ext = this.groupExt;
    if (!ext || !hasOption(desc, ext as Parameters<typeof hasOption>[1])) return [];
    return getOption(desc, ext as Parameters<typeof getOption>[1]) as SdkGroupOption[];
  }
}
