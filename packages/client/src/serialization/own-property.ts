/**
 * Sets `record[key]` as an own, enumerable data property. A plain assignment to a key named
 * `__proto__` would replace the record's prototype instead of storing the value.
 */
export function setOwnProperty(record: Record<string, unknown>, key: string, value: unknown): void {
  if (key === "__proto__") {
    Object.defineProperty(record, key, { value, writable: true, enumerable: true, configurable: true });
  } else {
    record[key] = value;
  }
}
