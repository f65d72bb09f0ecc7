/** JSON keys that name `Object.prototype` members: the stock parse node mistakes them for field readers. */
export const PROTOTYPE_KEYS: readonly string[] = Object.getOwnPropertyNames(Object.prototype);

const prototypeKeys = new Set(PROTOTYPE_KEYS);

/**
 * `value` (parsed JSON or a model) with every `Object.prototype`-named key removed at any depth,
 * and an `additionalData` left empty by that removed too: the stock node's model for a body
 * without those keys is what the fast node must give for the body with them, once stripped.
 */
export function withoutPrototypeKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutPrototypeKeys);
  if (!isPlainObject(value)) return value;
  const kept: [string, unknown][] = [];
  for (const [key, item] of Object.entries(value)) {
    if (prototypeKeys.has(key)) continue;
    const stripped = withoutPrototypeKeys(item);
    if (key === "additionalData" && isPlainObject(stripped) && Object.keys(stripped).length === 0) continue;
    kept.push([key, stripped]);
  }
  return Object.fromEntries(kept);
}

// Objects from JSON.parse and models; a Date (or anything with its own class) is compared as is.
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
