/** Wall time of the phases of one step, some of them run side by side, for a one-line summary. */
export class PhaseTimer {
  readonly #started = performance.now();
  readonly #phases: string[] = [];

  async time<T>(phase: string, work: () => Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      return await work();
    } finally {
      this.#phases.push(`${phase} ${seconds(performance.now() - started)}`);
    }
  }

  /** `total 21.3 s (generate 3.1 s, build 4.0 s, …)`, phases in the order they ended. */
  summary(): string {
    return `total ${seconds(performance.now() - this.#started)} (${this.#phases.join(", ")})`;
  }
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
