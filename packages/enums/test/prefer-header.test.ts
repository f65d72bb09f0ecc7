import { describe, expect, it } from "vitest";
import { INCLUDE_UNKNOWN_ENUM_MEMBERS, withUnknownEnumMembers } from "../src/index.js";

describe("withUnknownEnumMembers", () => {
  it("adds the preference when there are no headers", () => {
    expect(withUnknownEnumMembers()).toEqual({ Prefer: "include-unknown-enum-members" });
  });

  it("keeps other headers and does not change the input", () => {
    const headers = { "client-request-id": "abc" };
    expect(withUnknownEnumMembers(headers)).toEqual({
      "client-request-id": "abc",
      Prefer: INCLUDE_UNKNOWN_ENUM_MEMBERS,
    });
    expect(headers).toEqual({ "client-request-id": "abc" });
  });

  it("appends to an existing Prefer header whatever its case", () => {
    expect(withUnknownEnumMembers({ prefer: "odata.maxpagesize=50" })).toEqual({
      prefer: "odata.maxpagesize=50, include-unknown-enum-members",
    });
    expect(withUnknownEnumMembers({ Prefer: ["odata.maxpagesize=50"] })).toEqual({
      Prefer: ["odata.maxpagesize=50", "include-unknown-enum-members"],
    });
  });

  it("does not add the preference twice", () => {
    const once = withUnknownEnumMembers({ Prefer: "return=minimal, Include-Unknown-Enum-Members" });
    expect(once).toEqual({ Prefer: "return=minimal, Include-Unknown-Enum-Members" });
    expect(withUnknownEnumMembers(withUnknownEnumMembers())).toEqual(withUnknownEnumMembers());
  });
});
