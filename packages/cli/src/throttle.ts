import type { ClientSettings } from "@netaccess/client";

type Middleware = NonNullable<ClientSettings["middleware"]>[number];
type Execute = Middleware["execute"];

/** Milliseconds to wait from a Retry-After header (seconds or an HTTP date); 0 when absent or bad. */
export function retryAfterMs(header: string | null, now = Date.now()): number {
  if (header === null) return 0;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? 0 : Math.max(0, date - now);
}

function sleep(ms: number, signal: AbortSignal | null | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/**
 * One limit for every request of a client, whichever sub-window sends it: at most `limit` requests
 * in flight, and when Graph throttles one of them (429/503 with Retry-After) none is sent until
 * that time has passed. It sits after Kiota's retry handler, so every retry passes through it too.
 */
export class SharedThrottle implements Middleware {
  next: Middleware | undefined;
  private active = 0;
  private readonly waiting: Array<() => void> = [];
  private pausedUntil = 0;

  constructor(private readonly limit: number) {
    if (!Number.isSafeInteger(limit) || limit < 1) throw new RangeError("limit must be a positive integer");
  }

  /** Time the client is paused for after a throttling answer, in ms from now (0 if not paused). */
  pauseRemainingMs(): number {
    return Math.max(0, this.pausedUntil - Date.now());
  }

  execute: Execute = async (url, requestInit, requestOptions) => {
    if (this.next === undefined) throw new Error("SharedThrottle must not be the last middleware");
    await this.acquire(requestInit.signal);
    try {
      for (let wait = this.pauseRemainingMs(); wait > 0; wait = this.pauseRemainingMs()) {
        await sleep(wait, requestInit.signal);
      }
      const response = await this.next.execute(url, requestInit, requestOptions);
      if (response.status === 429 || response.status === 503) {
        const pause = retryAfterMs(response.headers.get("retry-after"));
        this.pausedUntil = Math.max(this.pausedUntil, Date.now() + pause);
      }
      return response;
    } finally {
      this.release();
    }
  };

  private async acquire(signal: AbortSignal | null | undefined): Promise<void> {
    if (this.active < this.limit) {
      this.active++;
      return;
    }
    await new Promise<void>((resolve, reject) => {
      const grant = () => {
        signal?.removeEventListener("abort", onAbort);
        resolve();
      };
      const onAbort = () => {
        this.waiting.splice(this.waiting.indexOf(grant), 1);
        reject(signal?.reason);
      };
      this.waiting.push(grant);
      signal?.addEventListener("abort", onAbort, { once: true });
    });
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next)
      next(); // the slot passes straight to the next waiter
    else this.active--;
  }
}
