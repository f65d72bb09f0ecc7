import {
  AccessTypeObject,
  ConnectionStatusObject,
  CrossTenantAccessTypeObject,
  DeviceCategoryObject,
  DeviceJoinTypeObject,
  NetworkingProtocolObject,
  TrafficTypeObject,
} from "../../../src/generated/models/networkaccess/index.js";
import { PROTOTYPE_KEYS, withoutPrototypeKeys } from "./prototype-keys.js";

/** A generated body, and the same body without keys named like `Object.prototype` members. */
export interface Payload {
  readonly body: string;
  /** Equal to `body` when it holds no such key. */
  readonly withoutPrototypeKeys: string;
}

/** A seeded generator of hostile response bodies for the networkAccess models. */
export interface PayloadGenerator {
  /** A connections page (`ConnectionCollectionResponse`). */
  connectionPage(): Payload;
  /** A destinationReport response. */
  destinationPage(): Payload;
  /** A Graph error body (`ODataError`). */
  errorBody(): Payload;
}

export interface GeneratorOptions {
  seed: number;
  /** Add keys named like `Object.prototype` members (default false). */
  prototypeKeys?: boolean;
}

export type Random = () => number;

/** A seeded generator of numbers in [0, 1): Park and Miller's minimal standard, reproducible by seed. */
export function seededRandom(seed: number): Random {
  let state = (Math.abs(Math.trunc(seed)) % 2147483646) + 1;
  return () => {
    state = (state * 16807) % 2147483647;
    return (state - 1) / 2147483646;
  };
}

type Kind = "string" | "number" | "date" | "enum" | "object";
interface Field {
  readonly name: string;
  readonly kind: Kind;
  readonly members?: readonly string[];
  readonly fields?: readonly Field[];
}

/** An enum property whose valid values are the members of a generated enum object. */
const enumOf = (name: string, enumObject: Record<string, string>): Field => ({
  name,
  kind: "enum",
  members: Object.values(enumObject),
});
const tokenDetails: Field[] = ["expirationDateTime", "issuedAtDateTime", "validFromDateTime"]
  .map((name): Field => ({ name, kind: "date" }))
  .concat([{ name: "uniqueTokenIdentifier", kind: "string" }]);
const privateAccess: Field[] = [
  enumOf("accessType", AccessTypeObject),
  ...["appSegmentId", "connectorId", "connectorIp", "connectorName", "processingRegion"].map(
    (name): Field => ({ name, kind: "string" }),
  ),
  enumOf("connectionStatus", ConnectionStatusObject),
  { name: "thirdPartyTokenDetails", kind: "object", fields: tokenDetails },
];
const connectionFields: Field[] = [
  { name: "id", kind: "string" },
  { name: "@odata.type", kind: "string" },
  { name: "agentVersion", kind: "string" },
  { name: "applicationSnapshot", kind: "object", fields: [{ name: "appId", kind: "string" }] },
  { name: "createdDateTime", kind: "date" },
  { name: "endDateTime", kind: "date" },
  { name: "lastUpdateDateTime", kind: "date" },
  enumOf("crossTenantAccessType", CrossTenantAccessTypeObject),
  enumOf("deviceCategory", DeviceCategoryObject),
  enumOf("deviceJoinType", DeviceJoinTypeObject),
  enumOf("networkProtocol", NetworkingProtocolObject),
  enumOf("transportProtocol", NetworkingProtocolObject),
  enumOf("status", ConnectionStatusObject),
  enumOf("trafficType", TrafficTypeObject),
  { name: "privateAccessDetails", kind: "object", fields: privateAccess },
  ...[
    "destinationPort",
    "receivedBytes",
    "sentBytes",
    "sourcePort",
    "transactionBlockCount",
    "transactionCount",
  ].map((name): Field => ({ name, kind: "number" })),
  ...[
    "destinationFqdn",
    "destinationIp",
    "deviceId",
    "deviceOperatingSystem",
    "homeTenantId",
    "sourceIp",
    "tenantId",
    "userId",
    "userPrincipalName",
  ].map((name): Field => ({ name, kind: "string" })),
];
const destinationFields: Field[] = [
  ...[
    "deviceCount",
    "port",
    "threatCount",
    "totalBytesReceived",
    "totalBytesSent",
    "transactionCount",
    "userCount",
  ].map((name): Field => ({ name, kind: "number" })),
  { name: "firstAccessDateTime", kind: "date" },
  { name: "lastAccessDateTime", kind: "date" },
  { name: "fqdn", kind: "string" },
  { name: "ip", kind: "string" },
  enumOf("networkingProtocol", NetworkingProtocolObject),
  enumOf("trafficType", TrafficTypeObject),
];

const INVALID_DATES = [
  "",
  "not a date",
  "2024-13-45T99:99:99Z",
  "2024-02-30",
  "0000-00-00",
  "yesterday",
  "2024-01-01T00:00:00+25:00",
];
/** Integers JSON.parse cannot keep exactly, written into the text as bare digits. */
const BIG_INTEGERS = [
  "9007199254740993",
  "18446744073709551615",
  "-9223372036854775808",
  "1e400",
  "123456789012345678901234567890",
];

export function createPayloadGenerator(options: GeneratorOptions): PayloadGenerator {
  const random = seededRandom(options.seed);
  const chance = (p: number) => random() < p;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const bigIntegers: string[] = [];
  const bigInteger = () => {
    bigIntegers.push(pick(BIG_INTEGERS));
    return `\u0000big${bigIntegers.length - 1}\u0000`;
  };

  const text = (): string =>
    pick(["", "x", "héllo wörld", "a\u2028b", "\ud83d\ude00", "null", "0", "[]", "{}"]);
  const date = (): string => new Date(Date.UTC(2024, 0, 1) + Math.floor(random() * 3e10)).toISOString();
  const number = (): number => pick([0, -1, 443, 2 ** 31, 2 ** 53 - 1, 1.5, -0, 1e308, 5e-324]);

  /** Anything JSON can hold, nested up to `depth`. */
  const anyJson = (depth: number): unknown => {
    const roll = random();
    if (depth <= 0 || roll < 0.5) return pick<unknown>([null, true, false, number(), text(), bigInteger()]);
    if (roll < 0.75) return Array.from({ length: Math.floor(random() * 4) }, () => anyJson(depth - 1));
    return Object.fromEntries(
      Array.from({ length: Math.floor(random() * 4) }, (_, i) => [`k${i}`, anyJson(depth - 1)]),
    );
  };

  /** A deeply nested value: arrays and objects `depth` levels down. */
  const deep = (depth: number): unknown => {
    let value: unknown = text();
    for (let i = 0; i < depth; i++) value = chance(0.5) ? [value] : { nested: value };
    return value;
  };

  const validValue = (field: Field, depth: number): unknown => {
    switch (field.kind) {
      case "string":
        return field.name === "@odata.type" ? "#microsoft.graph.networkaccess.connection" : text();
      case "number":
        return number();
      case "date":
        return date();
      case "enum":
        return pick(field.members ?? []);
      case "object":
        return record(field.fields ?? [], depth + 1);
    }
  };

  const hostileValue = (field: Field, depth: number): unknown => {
    const roll = random();
    if (roll < 0.15) return null;
    if (roll < 0.3) return anyJson(2);
    switch (field.kind) {
      case "string":
        return pick<unknown>([number(), true, [text()], { value: text() }]);
      case "number":
        return chance(0.5) ? bigInteger() : pick<unknown>([String(number()), "NaN", "Infinity", "0x10", ""]);
      case "date":
        return pick<unknown>([...INVALID_DATES, number(), date().toLowerCase()]);
      case "enum": {
        const member = pick(field.members ?? []);
        return pick<unknown>([
          member.toUpperCase(),
          `${member}Next`,
          "",
          " " + member,
          "constructor",
          "__proto__",
          "toString",
          3,
        ]);
      }
      case "object":
        return pick<unknown>([[record(field.fields ?? [], depth + 1)], text(), 7, deep(40)]);
    }
  };

  const record = (fields: readonly Field[], depth: number): Record<string, unknown> => {
    const result: Record<string, unknown> = {};
    for (const field of fields) {
      if (chance(0.1)) continue;
      result[field.name] = chance(0.2) ? hostileValue(field, depth) : validValue(field, depth);
    }
    if (chance(0.2)) result[`extra${Math.floor(random() * 5)}`] = chance(0.1) ? deep(100) : anyJson(3);
    if (options.prototypeKeys && chance(0.5)) {
      // Defined, not assigned: `result["__proto__"] = …` would not create a key.
      Object.defineProperty(result, pick(PROTOTYPE_KEYS), {
        value: anyJson(2),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return result;
  };

  const collection = (fields: readonly Field[]): unknown[] =>
    Array.from({ length: Math.floor(random() * 6) }, () =>
      chance(0.05) ? pick<unknown>([null, 1, "str", [], true]) : record(fields, 0),
    );

  const page = (fields: readonly Field[]): Payload => {
    const body: Record<string, unknown> = {};
    if (chance(0.8)) body["@odata.context"] = "https://graph.microsoft.com/beta/$metadata#x";
    if (chance(0.3))
      body["@odata.nextLink"] = chance(0.8) ? "https://graph.microsoft.com/beta/next" : anyJson(1);
    if (chance(0.2)) body["@odata.count"] = chance(0.5) ? number() : text();
    body["value"] = chance(0.9) ? collection(fields) : anyJson(2);
    return finish(options.prototypeKeys && chance(0.2) ? withPrototypeKey(body) : body);
  };

  const withPrototypeKey = (body: Record<string, unknown>): Record<string, unknown> => {
    Object.defineProperty(body, pick(PROTOTYPE_KEYS), { value: anyJson(1), enumerable: true });
    return body;
  };

  /** Serialises (with and without prototype-named keys), writing big integers as bare digits. */
  const finish = (body: unknown): Payload => {
    const serialize = (value: unknown) =>
      JSON.stringify(value).replace(
        /"\\u0000big(\d+)\\u0000"/g,
        (_, i: string) => bigIntegers[Number(i)] ?? "0",
      );
    const payload = { body: serialize(body), withoutPrototypeKeys: serialize(withoutPrototypeKeys(body)) };
    bigIntegers.length = 0;
    return payload;
  };

  const errorFields: Field[] = [
    { name: "code", kind: "string" },
    { name: "message", kind: "string" },
    { name: "target", kind: "string" },
    {
      name: "innerError",
      kind: "object",
      fields: [
        { name: "request-id", kind: "string" },
        { name: "date", kind: "date" },
      ],
    },
  ];

  return {
    connectionPage: () => page(connectionFields),
    destinationPage: () => page(destinationFields),
    errorBody: () => finish({ error: chance(0.9) ? record(errorFields, 0) : anyJson(2) }),
  };
}
