import { DateOnly, Duration, TimeOnly } from "@microsoft/kiota-abstractions";
import type { PrimitiveTypesForDeserializationForCollection } from "@microsoft/kiota-abstractions";
import { parseUtcDateTime } from "./iso-date.js";

// Conversions of one parsed JSON value, with exactly the results and errors of Kiota's JsonParseNode.

export function stringFrom(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

export function dateFrom(value: unknown): Date | undefined {
  if (value instanceof Date) return new Date(value.getTime());
  if (typeof value === "string") return parseUtcDateTime(value) ?? new Date(value);
  if (typeof value === "number") return new Date(value);
  return undefined;
}

export function dateOnlyFrom(value: unknown): DateOnly | undefined {
  return value instanceof DateOnly ? value : DateOnly.parse(stringFrom(value));
}

export function timeOnlyFrom(value: unknown): TimeOnly | undefined {
  return value instanceof TimeOnly ? value : TimeOnly.parse(stringFrom(value));
}

export function durationFrom(value: unknown): Duration | undefined {
  return value instanceof Duration ? value : Duration.parse(stringFrom(value));
}

/** One member of a primitive collection; a member of the wrong JSON type throws, as in Kiota. */
export function primitiveFrom(value: unknown, type: PrimitiveTypesForDeserializationForCollection): unknown {
  if (value === null) return null;
  switch (type) {
    case "boolean":
    case "number":
    case "string":
      if (typeof value !== type) {
        throw new Error(`encountered an unsupported type during deserialization ${typeof value}`);
      }
      return value;
    case "Date":
      return dateFrom(value);
    case "DateOnly":
      return dateOnlyFrom(value);
    case "TimeOnly":
      return timeOnlyFrom(value);
    case "Duration":
      return durationFrom(value);
    default:
      throw new Error(`encountered an unsupported type during deserialization ${String(type)}`);
  }
}
