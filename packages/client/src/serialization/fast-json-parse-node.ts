import {
  BackingStoreKey,
  createBackedModelProxyHandler,
  isUntypedNode,
  parseGuidString,
} from "@microsoft/kiota-abstractions";
import type {
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
  addUnknownEnumValueHandler,
  type FastJsonParseOptions,
  type RawEnumValue,
  type UnknownEnumValueHandler,
} from "./fast-json-parse-options.js";
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
 * An `onUnknownEnumValue` handler (see {@link FastJsonParseOptions}) is told of every enum value a
 * field reader could not map, with the model and JSON property it was read for: lossless enum
 * capture without wrapping any node.
 *
 * One deliberate difference: a JSON key that names an `Object.prototype` member (`__proto__`,
 * `constructor`, `toString`, `valueOf`, …) is never mistaken for a field reader. It lands in the
 * model's `additionalData` as an own property, where Kiota's node calls the inherited member
 * (dropping the value) or fails the whole response.
 */
export class FastJsonParseNode implements ParseNode {
  // Declared only: the hooks default to undefined on the prototype, so a node is four fields.
  declare onBeforeAssignFieldValues: AssignHook;
  declare onAfterAssignFieldValues: AssignHook;

  /**
   * @param json - the parsed JSON value this node reads.
   * @param options - shared by every node of the response (its children get the same object).
   * @param model - with `jsonName`: the model being filled and the JSON property this node is read
   *   for; set on the nodes handed to field readers, and what unknown enum values are reported against.
   */
  constructor(
    private readonly json: unknown,
    private readonly options: FastJsonParseOptions = NO_OPTIONS,
    private readonly model?: object,
    private readonly jsonName?: string,
  ) {}

  /**
   * A node over the same JSON that also tells `handler` of unknown enum values (after any handler
   * this node already has). For a root node: capture turned on per response.
   */
  withUnknownEnumValueHandler(handler: UnknownEnumValueHandler): FastJsonParseNode {
    const node = new FastJsonParseNode(
      this.json,
      addUnknownEnumValueHandler(this.options, handler),
      this.model,
      this.jsonName,
    );
    // Hooks set on this node (Kiota's backing-store proxy factory sets them on the root) carry over.
    if (Object.hasOwn(this, "onBeforeAssignFieldValues")) {
      node.onBeforeAssignFieldValues = this.onBeforeAssignFieldValues;
    }
    if (Object.hasOwn(this, "onAfterAssignFieldValues")) {
      node.onAfterAssignFieldValues = this.onAfterAssignFieldValues;
    }
    return node;
  }

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
    const backingStoreFactory = this.options.backingStoreFactory;
    if (backingStoreFactory !== undefined && Object.hasOwn(fields, BackingStoreKey)) {
      // The field readers must write through the proxy, so this one model needs a second table.
      model = new Proxy(model, createBackedModelProxyHandler(backingStoreFactory));
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
    let strings = 0;
    let onlyStringsOrNull = true;
    for (const item of json as unknown[]) {
      if (typeof item !== "string") {
        onlyStringsOrNull &&= item === null;
        continue;
      }
      strings++;
      const member = enumMember(type, item);
      if (member !== undefined) members.push(member as T);
    }
    // An array holding numbers or objects is no enum collection whose strings would mean anything.
    if (members.length < strings && onlyStringsOrNull) this.reportUnknownEnumValue(json.filter(isString));
    return members;
  }

  getEnumValue<T>(type: unknown): T | undefined {
    const raw = stringFrom(this.json);
    if (raw === undefined) return undefined;
    // Like Kiota, "" is not looked up (even without an enum type) but it is still a lost value.
    const member = raw === "" ? undefined : (enumMember(type, raw) as T | undefined);
    if (member === undefined) this.reportUnknownEnumValue(raw);
    return member;
  }

  private reportUnknownEnumValue(raw: RawEnumValue): void {
    const report = this.options.onUnknownEnumValue;
    if (report !== undefined && this.model !== undefined) report(this.model, this.jsonName as string, raw);
  }

  private child(json: unknown): FastJsonParseNode {
    return new FastJsonParseNode(json, this.options);
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
      read(new FastJsonParseNode(value, this.options, model, key));
      return;
    }
    const holder = model as { additionalData?: Record<string, unknown> };
    setOwnProperty((holder.additionalData ??= {}), key, value);
  }
}

const NO_OPTIONS: FastJsonParseOptions = Object.freeze({});

const isString = (item: unknown): item is string => typeof item === "string";

// Writable prototype defaults: setting a hook on a node (as Kiota's proxy factories do) gives it its own.
for (const hook of ["onBeforeAssignFieldValues", "onAfterAssignFieldValues"] as const) {
  Object.defineProperty(FastJsonParseNode.prototype, hook, {
    value: undefined,
    writable: true,
    configurable: true,
  });
}
