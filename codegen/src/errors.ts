/** A problem in the protos that stops generation, named with file and line. */
export class GenerationError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly detail: string,
  ) {
    super(`${file}:${line}: ${detail}`);
    this.name = "GenerationError";
  }
}
