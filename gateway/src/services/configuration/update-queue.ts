/**
 * The updates of one configuration subscription on their way to its
 * consumer (a gRPC stream, or the HTTP subscription posting to the app):
 * pushed by the driver's handler, taken in order by one async iterator.
 * `end()` drops what is still queued and finishes the iterator; a queue
 * that outgrows its limit (a consumer that stopped reading) fails it.
 */
export class UpdateQueue<T> implements AsyncIterable<T> {
  private readonly items: T[] = [];
  private wake?: () => void;
  private ended = false;
  private error?: Error;

  constructor(private readonly limit: number) {}

  /** Queues an update; ignored once the queue ended. */
  push(item: T): void {
    if (this.ended) return;
    if (this.items.length >= this.limit) {
      this.fail(new Error(`the subscriber fell ${this.limit} updates behind`));
      return;
    }
    this.items.push(item);
    this.wake?.();
  }

  end(): void {
    if (this.ended) return;
    this.ended = true;
    this.items.length = 0;
    this.wake?.();
  }

  fail(err: Error): void {
    if (this.ended) return;
    this.error = err;
    this.end();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    for (;;) {
      const next = this.items.shift();
      if (next !== undefined) {
        yield next;
        continue;
      }
      if (this.ended) {
        if (this.error) throw this.error;
        return;
      }
      await new Promise<void>((resolve) => (this.wake = resolve));
      this.wake = undefined;
    }
  }
}
