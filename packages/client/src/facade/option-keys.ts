import { closestName } from "./closest-name.js";

/** Every key an options object may have, as a record so the compiler proves the list complete. */
export type OptionKeys<T> = Readonly<Record<keyof T, true>>;

/** Explanations for keys callers are known to try, e.g. `{ from: 'use "start"' }`. */
export type OptionHints = Readonly<Record<string, string>>;

/**
 * Throws a TypeError naming every key of `options` that `where` does not take, with the closest
 * known key (or a hint) for each, so a typo such as `fitler` is never silently ignored.
 */
export function checkOptionKeys(
  where: string,
  options: object,
  known: OptionKeys<object>,
  hints: OptionHints = {},
): void {
  const knownNames = Object.keys(known);
  const unknown = Object.keys(options).filter((key) => !Object.hasOwn(known, key));
  if (unknown.length === 0) return;
  const described = unknown.map((key) => {
    const hint = Object.hasOwn(hints, key) ? hints[key] : undefined;
    const closest = closestName(key, knownNames);
    const advice = hint ?? (closest === undefined ? undefined : `did you mean "${closest}"?`);
    return advice === undefined ? JSON.stringify(key) : `${JSON.stringify(key)} (${advice})`;
  });
  throw new TypeError(
    `${where} has no ${unknown.length === 1 ? "option" : "options"} ${described.join(", ")}. Its options are: ${knownNames.join(", ")}.`,
  );
}
