/** A file a generator writes, relative to the repository root. */
export interface GeneratedFile {
  readonly path: string;
  readonly content: string;
}
