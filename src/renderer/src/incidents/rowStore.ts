// The rows of one filter and sort, fetched in blocks as the table scrolls to them. A block that
// follows a fetched block is asked for by keyset (the previous block's cursor: as cheap at row
// 900,000 as at row 1); a block reached by a jump is asked for by `offset`. Only the blocks the
// viewport wants are queued, the nearest first, and a queued block the viewport has left is dropped
// before it is asked for, so a fast scrollbar drag does not leave a trail of requests behind it.
// After the store changed (refresh), the rows on screen stay until their new version arrives.
import type { Incident } from '../../../shared/domain';
import type { Result, VigilError } from '../../../shared/errors';

export interface PageRequest {
  limit: number;
  cursor?: string;
  offset?: number;
}

export interface PageAnswer {
  rows: Incident[];
  total: number;
  nextCursor: string | null;
  terms: string[];
}

export type PageFetcher = (request: PageRequest) => Promise<Result<PageAnswer>>;

export interface RowStoreOptions {
  blockSize: number;
  /** Blocks kept; the ones farthest from the viewport go first. */
  maxBlocks: number;
  maxInFlight: number;
}

const DEFAULTS: RowStoreOptions = { blockSize: 100, maxBlocks: 120, maxInFlight: 2 };
/** Largest page the contract serves, for filling a Shift+click range. */
const MAX_PAGE = 500;

interface Block {
  rows: Incident[];
  nextCursor: string | null;
  generation: number;
}

export class RowStore {
  total: number | null = null;
  terms: string[] = [];
  error: VigilError | null = null;

  private readonly options: RowStoreOptions;
  private readonly blocks = new Map<number, Block>();
  /** Block → the generation it was asked for in. */
  private readonly inFlight = new Map<number, number>();
  private readonly failed = new Map<number, number>();
  private queue: number[] = [];
  /** The first rows are wanted before the table is laid out: their answer gives the row count. */
  private wanted = { first: 0, last: 0 };
  private generation = 0;
  private changes = 0;
  private closed = false;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly fetcher: PageFetcher,
    options: Partial<RowStoreOptions> = {},
  ) {
    this.options = { ...DEFAULTS, ...options };
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  /** Changes whenever anything the table shows changed (for useSyncExternalStore). */
  readonly getSnapshot = (): number => this.changes;

  rowAt(index: number): Incident | undefined {
    const block = this.blocks.get(Math.floor(index / this.options.blockSize));
    return block?.rows[index % this.options.blockSize];
  }

  /** The rows from `first` to `last` (inclusive) are on screen or about to be. */
  want(first: number, last: number): void {
    this.wanted = { first: Math.max(0, first), last: Math.max(first, last) };
    this.requeue();
  }

  /** The store changed: ask again for every block on screen, keeping the old rows until then. */
  refresh(): void {
    this.generation++;
    this.failed.clear();
    if (this.error !== null) {
      this.error = null;
      this.notify();
    }
    this.requeue();
  }

  /** Starts asking for blocks (again, after close). */
  open(): void {
    this.closed = false;
    this.requeue();
  }

  /** Stops asking: the table has moved on to another filter, or is gone. */
  close(): void {
    this.closed = true;
    this.queue = [];
  }

  /** The ids of the rows from `first` to `last`, fetching the blocks not held (a Shift+click range). */
  async idsBetween(first: number, last: number): Promise<Result<number[]>> {
    const ids: number[] = [];
    let index = first;
    while (index <= last) {
      const row = this.freshRowAt(index);
      if (row !== undefined) {
        ids.push(row.id);
        index++;
        continue;
      }
      const result = await this.fetcher({ offset: index, limit: Math.min(MAX_PAGE, last - index + 1) });
      if (!result.ok) return result;
      if (result.value.rows.length === 0) break;
      for (const fetched of result.value.rows) ids.push(fetched.id);
      index += result.value.rows.length;
    }
    return { ok: true, value: ids };
  }

  private freshRowAt(index: number): Incident | undefined {
    const block = this.blocks.get(Math.floor(index / this.options.blockSize));
    return block?.generation === this.generation ? block.rows[index % this.options.blockSize] : undefined;
  }

  private blockRange(): { first: number; last: number } {
    const size = this.options.blockSize;
    let last = Math.floor(this.wanted.last / size);
    if (this.total !== null) last = Math.min(last, Math.max(0, Math.ceil(this.total / size) - 1));
    return { first: Math.floor(this.wanted.first / size), last };
  }

  private needs(block: number): boolean {
    return (
      this.blocks.get(block)?.generation !== this.generation &&
      this.inFlight.get(block) !== this.generation &&
      this.failed.get(block) !== this.generation
    );
  }

  private requeue(): void {
    if (this.closed) return;
    const { first, last } = this.blockRange();
    const middle = (first + last) / 2;
    const blocks: number[] = [];
    for (let block = first; block <= last; block++) if (this.needs(block)) blocks.push(block);
    // Nearest the middle of the viewport first; on a tie, the earlier one (it may give the later its cursor).
    this.queue = blocks.sort((a, b) => Math.abs(a - middle) - Math.abs(b - middle) || a - b);
    this.pump();
  }

  private pump(): void {
    while (!this.closed && this.inFlight.size < this.options.maxInFlight && this.queue.length > 0) {
      const block = this.queue.shift();
      if (block !== undefined && this.needs(block)) void this.load(block);
    }
  }

  private requestFor(block: number): PageRequest {
    const limit = this.options.blockSize;
    if (block === 0) return { limit };
    const previous = this.blocks.get(block - 1);
    if (
      previous?.generation === this.generation &&
      previous.nextCursor !== null &&
      previous.rows.length === limit
    ) {
      return { limit, cursor: previous.nextCursor };
    }
    return { limit, offset: block * limit };
  }

  private async load(block: number): Promise<void> {
    const generation = this.generation;
    this.inFlight.set(block, generation);
    const result = await this.fetcher(this.requestFor(block));
    if (this.inFlight.get(block) === generation) this.inFlight.delete(block);
    if (this.closed) return;
    if (result.ok) {
      const held = this.blocks.get(block);
      if (held === undefined || held.generation <= generation) {
        this.blocks.set(block, { rows: result.value.rows, nextCursor: result.value.nextCursor, generation });
      }
      if (generation === this.generation) {
        this.total = result.value.total;
        this.terms = result.value.terms;
        this.error = null;
      }
      this.evict();
    } else if (generation === this.generation) {
      this.failed.set(block, generation);
      this.error = result.error;
    }
    this.notify();
    this.requeue();
  }

  private evict(): void {
    const excess = this.blocks.size - this.options.maxBlocks;
    if (excess <= 0) return;
    const { first, last } = this.blockRange();
    const distance = (block: number): number =>
      block < first ? first - block : block > last ? block - last : 0;
    const farthest = [...this.blocks.keys()].sort((a, b) => distance(b) - distance(a)).slice(0, excess);
    for (const block of farthest) this.blocks.delete(block);
  }

  private notify(): void {
    this.changes++;
    for (const listener of this.listeners) listener();
  }
}
