import { describe, expect, it } from "vitest";
import { parseUtcDateTime } from "../../src/serialization/iso-date.js";
import { seededRandom } from "./support/payload-generator.js";

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** Date-time texts around every field's limits, with 0 to 7 fraction digits. */
function boundaryTexts(): string[] {
  const texts: string[] = [];
  for (const year of [0, 99, 999, 1000, 1969, 1970, 2000, 2023, 2024, 9999]) {
    for (const month of [0, 1, 2, 12, 13]) {
      for (const day of [0, 1, 28, 29, 30, 31, 32]) {
        texts.push(`${pad(year, 4)}-${pad(month)}-${pad(day)}T00:00:00Z`);
      }
    }
  }
  for (const [hour, minute, second] of [
    [0, 0, 0],
    [23, 59, 59],
    [24, 0, 0],
    [24, 0, 1],
    [12, 60, 0],
    [12, 0, 60],
    [99, 99, 99],
  ]) {
    texts.push(`2024-02-29T${pad(hour ?? 0)}:${pad(minute ?? 0)}:${pad(second ?? 0)}Z`);
  }
  for (let digits = 0; digits <= 7; digits++) {
    const fraction = digits === 0 ? "" : `.${"1234567".slice(0, digits)}`;
    texts.push(
      `2024-01-05T15:19:59${fraction}Z`,
      `2024-01-05T15:19:59${fraction}+02:00`,
      `2024-01-05T15:19:59${fraction}`,
    );
  }
  return texts;
}

const MALFORMED = [
  "",
  "Z",
  "2024-01-05t15:19:59Z",
  "2024-01-05T15:19:59z",
  "2024-01-05 15:19:59Z",
  "2024/01/05T15:19:59Z",
  "2024-01-05T15:19:59.Z",
  "2024-01-05T15:19:59.1a2Z",
  "2024-1-05T15:19:59.12Z",
  "+2024-01-05T15:19:59Z",
  "2024-01-05T15:19:5aZ",
  "x024-01-05T15:19:59Z",
  "2024-01-05T15:19:59.123 Z",
  "２０２４-01-05T15:19:59Z",
];

describe("parseUtcDateTime", () => {
  it("gives new Date's result (same instant, or Invalid Date) or defers to it, for every text", () => {
    for (const text of [...boundaryTexts(), ...MALFORMED]) {
      const fast = parseUtcDateTime(text) ?? new Date(text);
      expect(Object.is(fast.getTime(), new Date(text).getTime()), text).toBe(true);
    }
  });

  it("reads Graph's own form itself", () => {
    for (const text of [
      "2024-01-05T15:19:59Z",
      "2024-01-05T15:19:59.4Z",
      "2024-01-05T15:19:59.44Z",
      "2024-02-29T23:59:59.999Z",
    ]) {
      expect(parseUtcDateTime(text)?.toISOString(), text).toBe(new Date(text).toISOString());
    }
  });

  it("defers anything else to new Date", () => {
    for (const text of [
      "2024-01-05T15:19:59.4401234Z",
      "2024-01-05T15:19:59+00:00",
      "2023-02-29T00:00:00Z",
      "0999-01-01T00:00:00Z",
      ...MALFORMED,
    ]) {
      expect(parseUtcDateTime(text), text).toBeUndefined();
    }
  });

  it("agrees with new Date on 20,000 random instants in Graph's form", () => {
    const random = seededRandom(1);
    for (let i = 0; i < 20_000; i++) {
      const instant = new Date(Math.floor(random() * 8e12) - 1e12);
      const digits = Math.floor(random() * 4);
      const iso = instant.toISOString(); // YYYY-MM-DDTHH:MM:SS.sssZ
      const text = digits === 3 ? iso : `${iso.slice(0, digits === 0 ? 19 : 20 + digits)}Z`;
      expect(parseUtcDateTime(text)?.getTime(), text).toBe(new Date(text).getTime());
    }
  });
});
