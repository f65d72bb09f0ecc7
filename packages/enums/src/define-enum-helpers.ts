import { labelFromMemberName } from "./member-label.js";
import { isUnknownEnumValue, unknownEnumValue, type UnknownEnumValue } from "./unknown-enum-value.js";

/** Graph's sentinel: members declared after it are sent only when the request opts in. */
const UNKNOWN_FUTURE_VALUE = "unknownFutureValue";

/** The shape Kiota emits for an enum: `{ Member: "wireValue", ... } as const`. */
export type EnumObject = Readonly<Record<string, string>>;

/** Human text for every member. */
export type EnumLabels<V extends string> = { readonly [K in V]: string };

/**
 * Hand-written labels for some members; the others get one derived from the member name
 * (`remoteNetwork` → "Remote network"). Naming a value that is not a member is a type error.
 */
export type EnumLabelOverrides<V extends string> = Partial<EnumLabels<V>>;

/** One handler per member; a missing member is a type error. */
export type MatchHandlers<V extends string, R> = { readonly [K in V]: (value: K) => R };

export interface ParseOptions {
  /** Accept members whatever their letter case (`"TCP"` → `"tcp"`). Default: exact match, as Kiota does. */
  readonly caseInsensitive?: boolean;
}

export interface EnumHelpers<V extends string, O extends EnumObject = Readonly<Record<string, V>>> {
  /** The generated enum object these helpers were built from. */
  readonly object: O;
  /** Every member, in spec order. */
  readonly values: readonly V[];
  /** Members the service always sends as themselves (before `unknownFutureValue`). */
  readonly known: readonly V[];
  /** Members sent only with `Prefer: include-unknown-enum-members` (after `unknownFutureValue`). */
  readonly evolvable: readonly V[];
  is(value: unknown): value is V;
  parse(raw: string, options?: ParseOptions): V | UnknownEnumValue;
  parse(raw: string | null | undefined, options?: ParseOptions): V | UnknownEnumValue | undefined;
  label(value: V): string;
  match<R>(value: V, handlers: MatchHandlers<V, R>): R;
  match<R>(
    value: V | UnknownEnumValue,
    handlers: MatchHandlers<V, R>,
    onUnknown: (value: UnknownEnumValue) => R,
  ): R;
}

/**
 * Builds the helpers for one generated enum object. `labels` overrides the label of any member;
 * every other member, including one a regeneration adds, is labelled from its name.
 */
export function defineEnumHelpers<O extends EnumObject>(
  object: O,
  labels: NoInfer<EnumLabelOverrides<O[keyof O]>> = {},
): EnumHelpers<O[keyof O], O> {
  type V = O[keyof O];
  const values = Object.freeze(Object.values(object) as V[]);
  const members = new Set<string>(values);
  const byLowerCase = lowerCaseIndex(values);
  const sentinel = values.indexOf(UNKNOWN_FUTURE_VALUE as V);
  const known = Object.freeze(sentinel < 0 ? [...values] : values.slice(0, sentinel));
  const evolvable = Object.freeze(sentinel < 0 ? [] : values.slice(sentinel + 1));
  const describe = () => `expected one of: ${values.join(", ")}`;

  const stray = Object.keys(labels).find((name) => !members.has(name));
  if (stray !== undefined) throw new TypeError(`"${stray}" has a label but is not a member: ${describe()}`);
  const labelOf: ReadonlyMap<string, string> = new Map(
    values.map((value) => [value, labels[value] ?? labelFromMemberName(value)]),
  );

  const is = (value: unknown): value is V => typeof value === "string" && members.has(value);

  function parse(raw: string, options?: ParseOptions): V | UnknownEnumValue;
  function parse(raw: string | null | undefined, options?: ParseOptions): V | UnknownEnumValue | undefined;
  function parse(
    raw: string | null | undefined,
    options: ParseOptions = {},
  ): V | UnknownEnumValue | undefined {
    if (raw === null || raw === undefined) return undefined;
    if (typeof raw !== "string") throw new TypeError(`Enum values are strings, got ${typeof raw}`);
    if (is(raw)) return raw;
    const folded = options.caseInsensitive ? byLowerCase.get(raw.toLowerCase()) : undefined;
    return folded ?? unknownEnumValue(raw);
  }

  function label(value: V): string {
    if (!is(value)) throw new TypeError(`"${String(value)}" is not a member: ${describe()}`);
    return labelOf.get(value) as string;
  }

  function match<R>(
    value: V | UnknownEnumValue,
    handlers: MatchHandlers<V, R>,
    onUnknown?: (value: UnknownEnumValue) => R,
  ): R {
    if (is(value)) return (handlers[value] as (member: V) => R)(value);
    const unknown = isUnknownEnumValue(value) ? value : unknownEnumValue(String(value));
    if (onUnknown) return onUnknown(unknown);
    throw new TypeError(`"${unknown.raw}" is not a member and no fallback was given: ${describe()}`);
  }

  return Object.freeze({ object, values, known, evolvable, is, parse, label, match });
}

/** Lower-cased member → member, leaving out members that differ only by case (they would be ambiguous). */
function lowerCaseIndex<V extends string>(values: readonly V[]): ReadonlyMap<string, V> {
  const index = new Map<string, V>();
  const ambiguous = new Set<string>();
  for (const value of values) {
    const folded = value.toLowerCase();
    if (index.has(folded)) ambiguous.add(folded);
    index.set(folded, value);
  }
  for (const folded of ambiguous) index.delete(folded);
  return index;
}
