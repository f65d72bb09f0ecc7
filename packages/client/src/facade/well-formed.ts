// With the `u` flag a surrogate pair is one code point, so this matches only unpaired halves.
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/**
 * Refuses a string holding a lone UTF-16 surrogate (`"\ud800"`): it has no UTF-8 form, so it can
 * be neither percent-encoded into a URL nor sent in a header.
 */
export function checkWellFormed(name: string, value: string): string {
  const match = LONE_SURROGATE.exec(value);
  if (match) {
    const unit = (match[0].codePointAt(0) ?? 0).toString(16);
    throw new TypeError(
      `${name} holds a lone UTF-16 surrogate (\\u${unit} at index ${match.index}); it cannot be encoded for a request.`,
    );
  }
  return value;
}
