/** Enum object (`{ Internet: "internet", … }`) → its members keyed by their string form. */
const reverseMaps = new WeakMap<object, ReadonlyMap<string, unknown>>();

/**
 * The enum member whose value is `raw`, or undefined: what Kiota's `getEnumValueFromStringValue`
 * answers, but the reversed map is built once per enum object instead of once per value.
 * Lookups go through a Map, so a raw value such as `"constructor"` never matches an inherited key.
 */
export function enumMember(enumObject: unknown, raw: string): unknown {
  if ((typeof enumObject !== "object" && typeof enumObject !== "function") || enumObject === null) {
    return reverse(enumObject).get(raw);
  }
  let members = reverseMaps.get(enumObject);
  if (members === undefined) {
    members = reverse(enumObject);
    reverseMaps.set(enumObject, members);
  }
  return members.get(raw);
}

// Like Kiota, member values are compared by their string form and a later duplicate wins.
function reverse(enumObject: unknown): ReadonlyMap<string, unknown> {
  if (enumObject === undefined || enumObject === null) {
    throw new TypeError("An enum type (the generated `…Object` constant) is required to read an enum value.");
  }
  return new Map(Object.values(enumObject).map((value) => [String(value), value]));
}
