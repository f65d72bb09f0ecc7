import { describe, expect, it } from "vitest";
import { labelFromMemberName } from "../src/index.js";

describe("labelFromMemberName", () => {
  it.each([
    ["remoteNetwork", "Remote network"],
    ["unknownFutureValue", "Unknown future value"],
    ["internet", "Internet"],
    ["microsoft365", "Microsoft 365"],
    ["ipv6RoutingHeader", "Ipv6 routing header"],
    ["spxII", "Spx II"],
    ["HTTPServer", "HTTP server"],
    ["b2bCollaboration", "B2b collaboration"],
    ["snake_case-name", "Snake case name"],
  ])("%s → %s", (member, label) => {
    expect(labelFromMemberName(member)).toBe(label);
  });

  it("keeps a name with nothing to split as it is", () => {
    expect(labelFromMemberName("")).toBe("");
    expect(labelFromMemberName("--")).toBe("--");
  });
});
