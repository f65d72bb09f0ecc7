import type { RawEnumValue } from "@netaccess/client";

/** A raw enum value as the server sent it: one string, or the whole array for enum collections. */
export type { RawEnumValue };

/** JSON property name → raw value, for the enum properties of one model Kiota could not map. */
export type RawEnumValues = Readonly<Record<string, RawEnumValue>>;

// Keyed weakly by the model instance: nothing is added to the model itself, so serializing it,
// comparing it, or a backing-store proxy around it behave exactly as without capture.
const store = new WeakMap<object, Map<string, RawEnumValue>>();

export function recordRawEnumValue(model: object, jsonName: string, raw: RawEnumValue): void {
  let values = store.get(model);
  if (!values) {
    values = new Map();
    store.set(model, values);
  }
  values.set(jsonName, typeof raw === "string" ? raw : Object.freeze([...raw]));
}

/**
 * The server's original values of the enum properties of `model` that Kiota left `undefined`
 * because they were not members (a newer member, a wrong case). Keys are JSON property names.
 * Empty when nothing was lost, when `model` is null/undefined, or when it was not deserialized
 * through a raw-enum parse node factory.
 */
export function rawEnumValues(model: object | null | undefined): RawEnumValues {
  const values = model ? store.get(model) : undefined;
  return Object.freeze(values ? Object.fromEntries(values) : {});
}
