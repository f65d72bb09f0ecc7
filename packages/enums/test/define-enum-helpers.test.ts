import { describe, expect, it } from "vitest";
import { TrafficTypeObject } from "@netaccess/client";
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

  it("labels members without a hand-written label from their names", () => {
    const site = defineEnumHelpers({ Hq: "headQuarters", Branch: "branchOffice" } as const, {
      headQuarters: "HQ",
    });
    expect(site.label("headQuarters")).toBe("HQ");
    expect(site.label("branchOffice")).toBe("Branch office");
    expect(defineEnumHelpers({ A: "remoteNetwork" } as const).label("remoteNetwork")).toBe("Remote network");
  });

  it("labels a member a regeneration adds, with no hand edit", () => {
    const regenerated = { ...TrafficTypeObject, Microsoft: "microsoft" } as const;
    const helpers = defineEnumHelpers(regenerated, { microsoft365: "Microsoft 365" });
    expect(helpers.label("microsoft")).toBe("Microsoft");
    expect(helpers.values.map((value) => helpers.label(value))).toEqual([
      "Internet",
      "Private",
      "Microsoft 365",
      "All",
      "Unknown future value",
      "Microsoft",
    ]);
  });

  it("refuses a label for a value that is not a member", () => {
    // @ts-expect-error "c" is not a member
    expect(() => defineEnumHelpers({ A: "a", B: "b" } as const, { c: "C" })).toThrow(
      /"c" has a label but is not a member/,
    );
  });

  it("freezes what it returns", () => {
    const flag = defineEnumHelpers({ On: "on" } as const, { on: "On" });
    expect(Object.isFrozen(flag)).toBe(true);
    expect(Object.isFrozen(flag.values)).toBe(true);
  });
});
