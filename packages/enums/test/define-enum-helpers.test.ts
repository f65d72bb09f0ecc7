import { describe, expect, it } from "vitest";
import { defineEnumHelpers, isUnknownEnumValue } from "../src/index.js";

describe("defineEnumHelpers", () => {
  it("treats every member as known when the enum has no unknownFutureValue", () => {
    const colour = defineEnumHelpers({ Red: "red", Blue: "blue" } as const, { red: "Red", blue: "Blue" });
    expect(colour.known).toEqual(["red", "blue"]);
    expect(colour.evolvable).toEqual([]);
  });

  it("leaves members that differ only by case to exact matching", () => {
    const mode = defineEnumHelpers({ Upper: "AB", Lower: "ab", Other: "cd" } as const, {
      AB: "Upper",
      ab: "Lower",
      cd: "Other",
    });
    expect(mode.parse("AB", { caseInsensitive: true })).toBe("AB");
    expect(mode.parse("ab", { caseInsensitive: true })).toBe("ab");
    expect(isUnknownEnumValue(mode.parse("Ab", { caseInsensitive: true }))).toBe(true);
    expect(mode.parse("CD", { caseInsensitive: true })).toBe("cd");
  });

  it("refuses labels that miss a member", () => {
    // @ts-expect-error labels must name every member
    expect(() => defineEnumHelpers({ A: "a", B: "b" } as const, { a: "A" })).toThrow(/No label.*"b"/);
  });

  it("freezes what it returns", () => {
    const flag = defineEnumHelpers({ On: "on" } as const, { on: "On" });
    expect(Object.isFrozen(flag)).toBe(true);
    expect(Object.isFrozen(flag.values)).toBe(true);
  });
});
