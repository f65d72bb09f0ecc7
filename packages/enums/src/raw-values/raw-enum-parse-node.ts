import type {
  FieldReaders,
  Parsable,
  ParsableFactory,
  ParseNode,
  PrimitiveTypeForCollection,
} from "./kiota-types.js";
import { recordRawEnumValue } from "./raw-enum-store.js";

/** Where a node's value is being assigned: the model under construction and the JSON property name. */
interface FieldSlot {
  readonly model: object;
  readonly jsonName: string;
}

/**
 * A parse node that delegates everything to the real one and, when an enum value cannot be
 * mapped, records the raw string on the model being filled. `captureRawEnums` uses it for parse
 * nodes other than `@netaccess/client`'s `FastJsonParseNode` (which reports such values itself).
 *
 * Kiota's JSON node creates its child nodes itself, so this wrapper re-enters at the one place it
 * can: it wraps each model's deserializer record, so every field reader receives a wrapped child
 * that knows its model instance and JSON name. Methods live on the prototype: a node is two fields.
 */
export class RawEnumParseNode implements ParseNode {
  readonly #inner: ParseNode;
  readonly #slot: FieldSlot | undefined;

  constructor(inner: ParseNode, slot?: FieldSlot) {
    this.#inner = inner;
    this.#slot = slot;
  }

  get onBeforeAssignFieldValues(): ParseNode["onBeforeAssignFieldValues"] {
    return this.#inner.onBeforeAssignFieldValues;
  }
  set onBeforeAssignFieldValues(hook: ParseNode["onBeforeAssignFieldValues"]) {
    this.#inner.onBeforeAssignFieldValues = hook;
  }
  get onAfterAssignFieldValues(): ParseNode["onAfterAssignFieldValues"] {
    return this.#inner.onAfterAssignFieldValues;
  }
  set onAfterAssignFieldValues(hook: ParseNode["onAfterAssignFieldValues"]) {
    this.#inner.onAfterAssignFieldValues = hook;
  }

  getEnumValue<T>(type: unknown): T | undefined {
    const value = this.#inner.getEnumValue<T>(type);
    const raw = this.#inner.getStringValue();
    if (value === undefined && raw !== undefined) this.#record(raw);
    return value;
  }

  getCollectionOfEnumValues<T>(type: unknown): T[] {
    const values = this.#inner.getCollectionOfEnumValues<T>(type);
    const raw = this.#rawStrings();
    // Kiota drops the members it cannot map, so a shorter result means something was lost.
    if (raw !== undefined && values.length < raw.length) this.#record(raw);
    return values;
  }

  getObjectValue<T extends Parsable>(parsableFactory: ParsableFactory<T>): T {
    return this.#inner.getObjectValue(capturingFactory(parsableFactory));
  }

  getCollectionOfObjectValues<T extends Parsable>(parsableFactory: ParsableFactory<T>): T[] | undefined {
    return this.#inner.getCollectionOfObjectValues(capturingFactory(parsableFactory));
  }

  getChildNode(identifier: string): ParseNode | undefined {
    const child = this.#inner.getChildNode(identifier);
    return child && new RawEnumParseNode(child);
  }

  getStringValue(): ReturnType<ParseNode["getStringValue"]> {
    return this.#inner.getStringValue();
  }

  getBooleanValue(): ReturnType<ParseNode["getBooleanValue"]> {
    return this.#inner.getBooleanValue();
  }

  getNumberValue(): ReturnType<ParseNode["getNumberValue"]> {
    return this.#inner.getNumberValue();
  }

  getGuidValue(): ReturnType<ParseNode["getGuidValue"]> {
    return this.#inner.getGuidValue();
  }

  getDateValue(): ReturnType<ParseNode["getDateValue"]> {
    return this.#inner.getDateValue();
  }

  getDurationValue(): ReturnType<ParseNode["getDurationValue"]> {
    return this.#inner.getDurationValue();
  }

  getDateOnlyValue(): ReturnType<ParseNode["getDateOnlyValue"]> {
    return this.#inner.getDateOnlyValue();
  }

  getTimeOnlyValue(): ReturnType<ParseNode["getTimeOnlyValue"]> {
    return this.#inner.getTimeOnlyValue();
  }

  getByteArrayValue(): ReturnType<ParseNode["getByteArrayValue"]> {
    return this.#inner.getByteArrayValue();
  }

  getCollectionOfPrimitiveValues<T>(primitiveType: PrimitiveTypeForCollection): T[] | undefined {
    return this.#inner.getCollectionOfPrimitiveValues<T>(primitiveType);
  }

  #record(raw: string | readonly string[]): void {
    if (this.#slot) recordRawEnumValue(this.#slot.model, this.#slot.jsonName, raw);
  }

  /** The string members of an array node, or undefined when the node is not an array of strings. */
  #rawStrings(): string[] | undefined {
    try {
      const items = this.#inner.getCollectionOfPrimitiveValues<string | null>("string");
      return items?.filter((item): item is string => typeof item === "string");
    } catch {
      // Kiota throws on a non-string item; such an array holds no enum strings to keep.
      return undefined;
    }
  }
}

/** Wraps a model's deserializer record so each field reader gets a node that knows its slot. */
function capturingFactory<T extends Parsable>(parsableFactory: ParsableFactory<T>): ParsableFactory<T> {
  return (parseNode) => (instance) => {
    const readers = parsableFactory(parseNode)(instance);
    if (typeof instance !== "object" || instance === null) return readers;
    const wrapped: FieldReaders = {};
    for (const [jsonName, read] of Object.entries(readers)) {
      wrapped[jsonName] = (child) => read(new RawEnumParseNode(child, { model: instance, jsonName }));
    }
    return wrapped;
  };
}
