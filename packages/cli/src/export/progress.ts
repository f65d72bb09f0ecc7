import { SingleBar } from "cli-progress";

/** The progress line: pages, records, total when known, rate. */
export interface Progress {
  update(state: { records: number; pages: number; total: number | undefined }): void;
  stop(): void;
}

export const noProgress: Progress = { update: () => {}, stop: () => {} };

const compact = new Intl.NumberFormat("en-US");

/** A cli-progress line on stderr (only when stderr is a terminal; callers decide). */
export function progressLine(stream: NodeJS.WriteStream): Progress {
  const started = Date.now();
  let state = { records: 0, pages: 0, total: undefined as number | undefined };
  const bar = new SingleBar({
    stream,
    hideCursor: true,
    clearOnComplete: false,
    fps: 5,
    format: () => {
      const seconds = Math.max((Date.now() - started) / 1000, 0.001);
      const of = state.total === undefined ? "" : ` of ${compact.format(state.total)}`;
      return `${compact.format(state.pages)} pages | ${compact.format(state.records)}${of} records | ${compact.format(Math.round(state.records / seconds))} records/s`;
    },
  });
  bar.start(1, 0);
  return {
    update(next) {
      state = next;
      bar.update(0);
    },
    stop: () => bar.stop(),
  };
}
