import {
  type BackingStoreFactory,
  type Parsable,
  type ParsableFactory,
  type SerializationWriter,
} from "@microsoft/kiota-abstractions";
import { JsonParseNodeFactory, JsonSerializationWriter } from "@microsoft/kiota-serialization-json";

/** A generated model serializer, ours or Graph's. */
export type ModelSerializer = (
  writer: SerializationWriter,
  value: Partial<Parsable> | undefined | null,
  isSerializingDerivedType?: boolean,
) => void;

/**
 * Reads a JSON response body the way the fetch adapter does: through the JSON parse node factory,
 * with the backing-store factory the generated client registers (Graph's models then become
 * backed proxies).
 */
export function parse(
  json: string,
  factory: unknown,
  backingStore?: BackingStoreFactory,
): Parsable | undefined {
  const bytes = new TextEncoder().encode(json);
  const node = new JsonParseNodeFactory(backingStore).getRootParseNode("application/json", bytes.buffer);
  return node.getObjectValue(factory as ParsableFactory<Parsable>);
}

/** Writes a model with its serializer; a serializer that throws gives `{ error }`. */
export function serialize(value: unknown, serializer: unknown): { json: string } | { error: string } {
  const writer = new JsonSerializationWriter();
  try {
    writer.writeObjectValue(undefined, value as Parsable, serializer as ModelSerializer);
  } catch (error) {
    return { error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
  return { json: new TextDecoder().decode(writer.getSerializedContent()) };
}

/** Members a backing-store model carries that a model without one does not. */
const backingStoreMembers = new Set(["backingStore", "backingStoreEnabled"]);

/**
 * A plain, comparable copy of a deserialized model: own enumerable properties only (so a backed
 * proxy compares like a plain object), backing-store members dropped, a Date shown as its ISO text
 * or as invalid, and keys that hold `undefined` kept.
 */
export function comparable(value: unknown): unknown {
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? "Date(invalid)" : `Date(${value.toISOString()})`;
  if (Array.isArray(value)) return value.map(comparable);
  if (value !== null && typeof value === "object") {
    const record = value as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(record)
        .filter((key) => !backingStoreMembers.has(key))
        .sort()
        .map((key) => [key, comparable(record[key])]),
    );
  }
  return value;
}
