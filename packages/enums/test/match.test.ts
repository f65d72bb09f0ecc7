import { describe, expect, it } from "vitest";
import { deviceCategory, unknownEnumValue } from "../src/index.js";
import type { MatchHandlers } from "../src/index.js";
import { allHelpers } from "./support/all-helpers.js";

/** Handlers that answer which member they were called for. */
const echoHandlers = (values: readonly string[]) =>
  Object.fromEntries(
    values.map((value) => [value, (member: string) => `handled ${member}`]),
  ) as MatchHandlers<string, string>;

describe.each(allHelpers)("%s.match", (_name, helpers) => {
  it("calls the handler of the member", () => {
    for (const value of helpers.values) {
      expect(helpers.match(value, echoHandlers(helpers.values))).toBe(`handled ${value}`);
    }
  });

  it("hands an unknown value to the fallback", () => {
    const parsed = helpers.parse("notYetInTheSpec");
    expect(helpers.match(parsed, echoHandlers(helpers.values), (unknown) => `fallback ${unknown.raw}`)).toBe(
      "fallback notYetInTheSpec",
    );
  });

  it("throws on an unknown value without a fallback", () => {
    expect(() => helpers.match(unknownEnumValue("nope") as never, echoHandlers(helpers.values))).toThrow(
      /"nope" is not a member/,
    );
  });
});

const describeDevice = (raw: string) =>
  deviceCategory.match(
    deviceCategory.parse(raw),
    {
      client: () => "client device",
      branch: () => "branch office",
      remoteNetwork: () => "remote network",
      unknownFutureValue: () => "newer than the request allows",
    },
    (unknown) => `unrecognised (${unknown.raw})`,
  );

describe("match in use", () => {
  it("lets code handle the evolvable member it asked for", () => {
    expect(describeDevice("remoteNetwork")).toBe("remote network");
    expect(describeDevice("unknownFutureValue")).toBe("newer than the request allows");
    expect(describeDevice("satellite")).toBe("unrecognised (satellite)");
  });
});
