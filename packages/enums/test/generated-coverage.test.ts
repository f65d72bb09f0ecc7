import * as client from "@netaccess/client";
import { describe, expect, it } from "vitest";
import { networkAccessEnums } from "../src/index.js";
import { allHelpers } from "./support/all-helpers.js";

/** Kiota's enum consts: exported `XObject` records whose values are all strings. */
const generatedEnums = Object.entries(client).filter(
  ([name, value]) =>
    name.endsWith("Object") &&
    typeof value === "object" &&
    value !== null &&
    Object.values(value).every((member) => typeof member === "string"),
) as [string, Readonly<Record<string, string>>][];

/** `TrafficTypeObject` → `trafficType`, the spec's name. */
const specName = (exportName: string) =>
  exportName.charAt(0).toLowerCase() + exportName.slice(1, -"Object".length);

/** The seven enums of the spec. */
const specEnums = [
  "trafficType",
  "networkingProtocol",
  "connectionStatus",
  "deviceCategory",
  "accessType",
  "crossTenantAccessType",
  "deviceJoinType",
];

describe("every generated enum has helpers", () => {
  it("finds the seven enums of the spec in the client", () => {
    expect(generatedEnums.map(([name]) => specName(name)).toSorted()).toEqual(specEnums.toSorted());
  });

  it("has exactly one helper per generated enum, built from that very object", () => {
    expect(Object.keys(networkAccessEnums).toSorted()).toEqual(
      generatedEnums.map(([name]) => specName(name)).toSorted(),
    );
    for (const [name, object] of generatedEnums) {
      const helpers = allHelpers.find(([helperName]) => helperName === specName(name))?.[1];
      expect({ name, object: helpers?.object }).toEqual({ name, object });
      expect(helpers?.object).toBe(object);
    }
  });

  it.each(generatedEnums)("%s: values are the generated values, in order", (name, object) => {
    const helpers = networkAccessEnums[specName(name) as keyof typeof networkAccessEnums];
    expect(helpers.values).toEqual(Object.values(object));
  });
});

// Kiota keeps the spec's member order, so the generated object is the reference (facts §4): its
// members after the sentinel are the evolvable ones, whatever members a regeneration adds.
const afterSentinel = (object: Readonly<Record<string, string>>) => {
  const members = Object.values(object);
  return members.includes("unknownFutureValue")
    ? members.slice(members.indexOf("unknownFutureValue") + 1)
    : [];
};

describe("known and evolvable", () => {
  it.each(allHelpers)("%s: splits around unknownFutureValue", (_name, helpers) => {
    expect([...helpers.known, "unknownFutureValue", ...helpers.evolvable]).toEqual(helpers.values);
    expect(helpers.known).not.toContain("unknownFutureValue");
  });

  it.each(generatedEnums)(
    "%s: the members after the generated sentinel are the evolvable ones",
    (name, object) => {
      expect(Object.values(object)).toContain("unknownFutureValue");
      const helpers = networkAccessEnums[specName(name) as keyof typeof networkAccessEnums];
      expect(helpers.evolvable).toEqual(afterSentinel(object));
      for (const member of afterSentinel(object)) expect(helpers.known).not.toContain(member);
    },
  );

  it("finds evolvable members in the spec, so the check above is not vacuous", () => {
    expect(generatedEnums.flatMap(([, object]) => afterSentinel(object))).not.toEqual([]);
  });
});

describe("labels", () => {
  it.each(allHelpers)("%s: every member has its own non-empty label", (_name, helpers) => {
    const labels = helpers.values.map((value) => helpers.label(value));
    for (const label of labels) expect(label.trim()).not.toBe("");
    expect(new Set(labels).size).toBe(labels.length);
    expect(helpers.label("unknownFutureValue")).toBe("Unknown future value");
  });

  it("reads as people write the names", () => {
    expect(networkAccessEnums.trafficType.label("microsoft365")).toBe("Microsoft 365");
    expect(networkAccessEnums.networkingProtocol.label("ipv6RoutingHeader")).toBe("IPv6 routing header");
    expect(networkAccessEnums.networkingProtocol.label("ipSecEncapsulatingSecurityPayload")).toBe(
      "IPsec Encapsulating Security Payload (ESP)",
    );
    expect(networkAccessEnums.crossTenantAccessType.label("b2bCollaboration")).toBe("B2B collaboration");
  });

  it.each(allHelpers)("%s: label rejects a value that is not a member", (_name, helpers) => {
    expect(() => helpers.label("notAMember")).toThrow(TypeError);
  });
});
