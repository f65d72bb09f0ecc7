import { describe, expect, it } from "vitest";
import { networkingProtocol, trafficType, unknownEnumValue } from "../src/index.js";
import { allHelpers } from "./support/all-helpers.js";

/** A different spelling of `value` that only changes letter case. */
const shout = (value: string) => value.toUpperCase();

describe.each(allHelpers)("%s.parse", (_name, helpers) => {
  it("returns every member as itself", () => {
    for (const value of helpers.values) {
      expect(helpers.parse(value)).toBe(value);
      expect(helpers.parse(value, { caseInsensitive: true })).toBe(value);
    }
  });

  it("keeps a wrong-case value as unknown by default, as Kiota would lose it", () => {
    for (const value of helpers.values) {
      expect(helpers.parse(shout(value))).toEqual(unknownEnumValue(shout(value)));
    }
  });

  it("maps a wrong-case value to its member with caseInsensitive", () => {
    for (const value of helpers.values) {
      expect(helpers.parse(shout(value), { caseInsensitive: true })).toBe(value);
    }
  });

  it("keeps the empty string as an unknown value", () => {
    expect(helpers.parse("")).toEqual({ kind: "unknown", raw: "" });
    expect(helpers.parse("", { caseInsensitive: true })).toEqual({ kind: "unknown", raw: "" });
  });

  it("keeps an undefined member verbatim", () => {
    expect(helpers.parse("somethingNew")).toEqual({ kind: "unknown", raw: "somethingNew" });
    expect(helpers.parse("somethingNew", { caseInsensitive: true })).toEqual({
      kind: "unknown",
      raw: "somethingNew",
    });
  });

  it("passes absence through", () => {
    expect(helpers.parse(null)).toBeUndefined();
    expect(helpers.parse(undefined)).toBeUndefined();
  });
});

describe("parse edge cases", () => {
  it("does not trim", () => {
    expect(networkingProtocol.parse(" tcp", { caseInsensitive: true })).toEqual({
      kind: "unknown",
      raw: " tcp",
    });
  });

  it("keeps members the spec lacks", () => {
    expect(trafficType.parse("satellite")).toEqual({ kind: "unknown", raw: "satellite" });
  });

  it("rejects values that are not strings", () => {
    expect(() => trafficType.parse(42 as unknown as string)).toThrow(TypeError);
  });

  it("narrows with is", () => {
    const parsed = networkingProtocol.parse("TCP", { caseInsensitive: true });
    expect(networkingProtocol.is(parsed)).toBe(true);
    expect(networkingProtocol.is("TCP")).toBe(false);
    expect(networkingProtocol.is(unknownEnumValue("tcp"))).toBe(false);
    expect(networkingProtocol.is(undefined)).toBe(false);
  });
});
