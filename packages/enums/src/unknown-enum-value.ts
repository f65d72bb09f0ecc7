/** A string the enum does not define, kept verbatim so it is never lost. */
export interface UnknownEnumValue {
  readonly kind: "unknown";
  readonly raw: string;
}

export function unknownEnumValue(raw: string): UnknownEnumValue {
  return Object.freeze({ kind: "unknown", raw });
}

export function isUnknownEnumValue(value: unknown): value is UnknownEnumValue {
  if (typeof value !== "object" || value === null) return false;
  const candidate = value as Partial<UnknownEnumValue>;
  return candidate.kind === "unknown" && typeof candidate.raw === "string";
}
