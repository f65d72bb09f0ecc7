import type { BackingStoreFactory } from "@microsoft/kiota-abstractions";

/** An enum value as the server sent it: one string, or the string members of an enum collection. */
export type RawEnumValue = string | readonly string[];

/**
 * Told of an enum value a field reader could not map: `model` is the model being filled (the
 * backing-store proxy when the store is on) and `jsonName` the JSON property the value was read for.
 */
export type UnknownEnumValueHandler = (model: object, jsonName: string, raw: RawEnumValue) => void;

/** What every node of one parsed response shares. */
export interface FastJsonParseOptions {
  /** Models whose field table asks for a backing store are read through its proxy, as in Kiota. */
  readonly backingStoreFactory?: BackingStoreFactory | undefined;
  /**
   * Called when a field reader's `getEnumValue` returns `undefined` for a string (a newer member, a
   * wrong case, `""`), or when its `getCollectionOfEnumValues` drops a string of an array whose
   * members are all strings or `null` (then `raw` is every string of the array, in order). Never
   * called for JSON `null`, for mapped values, or for enums read outside a model's field readers.
   */
  readonly onUnknownEnumValue?: UnknownEnumValueHandler | undefined;
}

/** `options` with `handler` told of unknown enum values too, after any handler it already has. */
export function addUnknownEnumValueHandler(
  options: FastJsonParseOptions,
  handler: UnknownEnumValueHandler,
): FastJsonParseOptions {
  const first = options.onUnknownEnumValue;
  const onUnknownEnumValue: UnknownEnumValueHandler =
    first === undefined
      ? handler
      : (model, jsonName, raw) => {
          first(model, jsonName, raw);
          handler(model, jsonName, raw);
        };
  return { ...options, onUnknownEnumValue };
}
