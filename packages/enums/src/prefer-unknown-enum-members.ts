/** The Graph preference that turns on evolvable enum members. */
export const INCLUDE_UNKNOWN_ENUM_MEMBERS = "include-unknown-enum-members";

/** Request headers as Kiota's request configuration takes them. */
export type RequestHeaders = Record<string, string | string[]>;

/**
 * Returns a copy of `headers` that also sends `Prefer: include-unknown-enum-members`.
 *
 * Without the preference Graph answers `unknownFutureValue` wherever the true value is a member
 * declared after that sentinel (for example `deviceCategory: remoteNetwork`; `evolvable` lists them).
 * With it those members arrive as themselves, so only send it from code that handles every
 * member, e.g. through an exhaustive `match`. Other preferences already present are kept, and
 * the preference is not added twice.
 */
export function withUnknownEnumMembers(headers: Readonly<RequestHeaders> = {}): RequestHeaders {
  const result: RequestHeaders = { ...headers };
  const name = Object.keys(result).find((key) => key.toLowerCase() === "prefer") ?? "Prefer";
  const current = result[name];
  if (current === undefined) {
    result[name] = INCLUDE_UNKNOWN_ENUM_MEMBERS;
  } else if (!alreadyPreferred(current)) {
    result[name] = Array.isArray(current)
      ? [...current, INCLUDE_UNKNOWN_ENUM_MEMBERS]
      : `${current}, ${INCLUDE_UNKNOWN_ENUM_MEMBERS}`;
  }
  return result;
}

/** A Prefer header is a comma-separated list (RFC 7240); preference names are case-insensitive. */
function alreadyPreferred(value: string | readonly string[]): boolean {
  const lines = typeof value === "string" ? [value] : value;
  return lines
    .flatMap((line) => line.split(","))
    .some((preference) => preference.split(";")[0]?.trim().toLowerCase() === INCLUDE_UNKNOWN_ENUM_MEMBERS);
}
