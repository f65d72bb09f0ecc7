import {
  BackingStoreKey,
  createBackedModelProxyHandler,
  isUntypedNode,
  parseGuidString,
} from "@microsoft/kiota-abstractions";
import type {
  BackingStoreFactory,
  DateOnly,
  Duration,
  Guid,
  Parsable,
  ParsableFactory,
  ParseNode,
  PrimitiveTypesForDeserializationForCollection,
  TimeOnly,
} from "@microsoft/kiota-abstractions";
import { JsonParseNode } from "@microsoft/kiota-serialization-json";
import { enumMember } from "./enum-lookup.js";
import {
  dateFrom,
  dateOnlyFrom,
  durationFrom,
  primitiveFrom,
  stringFrom,
  timeOnlyFrom,
} from "./json-values.js";
import { setOwnProperty } from "./own-property.js";
import { untypedNodeFrom } from "./untyped.js";

type FieldReaders = Record<string, (node: ParseNode) => void>;
type AssignHook = ((value: Parsable) => void) | undefined;

/**
 * A Kiota `ParseNode` over one parsed JSON value, giving the same models as Kiota's
 * `JsonParseNode` at a fraction of the cost: methods live on the prototype (a node is two
 * fields, not fifteen closures), a model's field table is built once per object (not three
 * times), and enum values are looked up in a cached reverse map.
 *
 * One deliberate difference: a JSON key that names an `Object.prototype` member (`__proto__`,
 * `constructor`, `toString`, `valueOf`, …) is never mistaken for a field reader. It lands in the
 * model's `additionalData` as an own property, where Kiota's node calls the inherited member
 * (dropping the value) or fails the whole response.
 */
export class FastJsonParseNode implements ParseNode {
  // Declared only: the hooks default to undefined on the prototype, so a node is two fields.
  declare onBeforeAssignFieldValues: AssignHook;
  declare onAfterAssignFieldValues: AssignHook;

  constructor(
    private readonly json: unknown,
    private readonly backingStoreFactory?: BackingStoreFactory,
  ) {}

  getStringValue(): string | undefined {
    return stringFrom(this.json);
  }

  getChildNode(identifier: string): ParseNode | undefined {
    const json = this.json;
    if (typeof json !== "object" || json === null || !Object.hasOwn(json, identifier)) return undefined;
    const child: unknown = (json as Record<string, unknown>)[identifier];
    return child === undefined ? undefined : this.child(child);
  }

  getBooleanValue(): boolean | undefined {
    return typeof this.json === "boolean" ? this.json : undefined;
  }

  getNumberValue(): number | undefined {
    return typeof this.json === "number" ? this.json : undefined;
  }

  getGuidValue(): Guid | undefined {
    return parseGuidString(stringFrom(this.json));
  }

  getDateValue(): Date | undefined {
    return dateFrom(this.json);
  }

  getDateOnlyValue(): DateOnly | undefined {
    return dateOnlyFrom(this.json);
  }

  getTimeOnlyValue(): TimeOnly | undefined {
    return timeOnlyFrom(this.json);
  }

  getDurationValue(): Duration | undefined {
    return durationFrom(this.json);
  }

  getByteArrayValue(): ArrayBuffer | undefined {
    // Rare, and base64 decoding differs per runtime: Kiota's own node keeps the results identical.
    return new JsonParseNode(this.json).getByteArrayValue();
  }

  getCollectionOfPrimitiveValues<T>(
    primitiveType: PrimitiveTypesForDeserializationForCollection,
  ): T[] | undefined {
    const json = this.json;
    if (!Array.isArray(json)) return undefined;
    return json.map((item: unknown) => primitiveFrom(item, primitiveType) as T);
  }

  getCollectionOfObjectValues<T extends Parsable>(parsableFactory: ParsableFactory<T>): T[] | undefined {
    const json = this.json;
    if (!Array.isArray(json)) return undefined;
    const models: T[] = [];
    for (const item of json as unknown[]) models.push(this.child(item).getObjectValue(parsableFactory));
    return models;
  }

  getObjectValue<T extends Parsable>(parsableFactory: ParsableFactory<T>): T {
    let model: Partial<T> = {};
    let fields: FieldReaders = parsableFactory(this)(model);
    if (isUntypedNode(fields)) return untypedNodeFrom(this.json, (item) => this.child(item)) as unknown as T;
    // Kiota's isBackingStoreEnabled, without listing every key of every model's table.
    if (this.backingStoreFactory !== undefined && Object.hasOwn(fields, BackingStoreKey)) {
      // The field readers must write through the proxy, so this one model needs a second table.
      model = new Proxy(model, createBackedModelProxyHandler(this.backingStoreFactory));
      fields = parsableFactory(this)(model);
    }
    this.onBeforeAssignFieldValues?.(model as T);
    this.assignFieldValues(model, fields);
    this.onAfterAssignFieldValues?.(model as T);
    return model as T;
  }

  getCollectionOfEnumValues<T>(type: unknown): T[] {
    const json = this.json;
    if (!Array.isArray(json)) return [];
    const members: T[] = [];
    for (const item of json as unknown[]) {
      if (typeof item !== "string") continue;
      const member = enumMember(type, item);
      if (member !== undefined) members.push(member as T);
    }
    return members;
  }

  getEnumValue<T>(type: unknown): T | undefined {
    const raw = stringFrom(this.json);
    return raw ? (enumMember(type, raw) as T | undefined) : undefined;
  }

  private child(json: unknown): FastJsonParseNode {
    return new FastJsonParseNode(json, this.backingStoreFactory);
  }

  private assignFieldValues(model: object, fields: FieldReaders): void {
    const json = this.json;
    if (!json) return;
    if (typeof json === "object") {
      const record = json as Record<string, unknown>;
      for (const key in record) this.assignField(model, fields, key, record[key]);
    } else {
      // Kiota walks `Object.entries` of any truthy value: a string's characters become additional data.
      for (const [key, value] of Object.entries(json)) this.assignField(model, fields, key, value);
    }
  }

  private assignField(model: object, fields: FieldReaders, key: string, value: unknown): void {
    const read = fields[key];
    // Own readers only: `fields.constructor` and friends are inherited from Object.prototype.
    if (typeof read === "function" && Object.hasOwn(fields, key)) {
      read(this.child(value));
      return;
    }
    const holder = model as { additionalData?: Record<string, unknown> };
    setOwnProperty((holder.additionalData ??= {}), key, value);
  }
}

// Writable prototype defaults: setting a hook on a node (as Kiota's proxy factories do) gives it its own.
for (const hook of ["onBeforeAssignFieldValues", "onAfterAssignFieldValues"] as const) {
  Object.defineProperty(FastJsonParseNode.prototype, hook, {
    value: undefined,
    writable: true,
    configurable: true,
  });
}
