import type { RequestAdapter } from "@microsoft/kiota-abstractions";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAdapter } from "../../support/adapter.ts";
import { type GeneratedConstruct, generateConstruct } from "../../support/corpus.ts";
import { type TestServer, startServer } from "../../support/http-server.ts";

interface Address {
  city?: string | null;
}

interface Profile {
  nickname?: string | null;
  age?: number | null;
  lastSeenDateTime?: Date | null;
  mood?: string | null;
  address?: Address | null;
  backupAddress?: Address | null;
}

interface NullableModule {
  createNullableClient(adapter: RequestAdapter): {
    profiles: { get(): Promise<Profile | undefined>; patch(body: Profile): Promise<void> };
  };
}

let construct: GeneratedConstruct;
let server: TestServer;
let client: ReturnType<NullableModule["createNullableClient"]>;
let nextProfile: unknown;

beforeAll(async () => {
  construct = await generateConstruct("nullable");
  server = await startServer((request) =>
    request.method === "PATCH" ? { status: 204 } : { body: nextProfile },
  );
  const { createNullableClient } = await construct.load<NullableModule>("nullableClient.ts");
  client = createNullableClient(createAdapter(`${server.origin}/v1`));
});

afterAll(() => server.close());

describe("nullable via `nullable: true` and via anyOf/oneOf with a null schema", () => {
  it("generates code that type-checks", async () => {
    const result = await construct.typeCheck();
    expect(result.output).toBe("");
    expect(result.ok).toBe(true);
  });

  it("types a null-wrapped reference as the referenced type", async () => {
    nextProfile = {
      nickname: "kit",
      age: 41,
      lastSeenDateTime: "2024-01-02T03:04:05.000Z",
      mood: "busy",
      address: { city: "Oslo" },
      backupAddress: { city: null },
    };
    const profile = await client.profiles.get();
    expect(profile).toMatchObject({
      nickname: "kit",
      age: 41,
      mood: "busy",
      address: { city: "Oslo" },
    });
    expect(profile?.lastSeenDateTime).toEqual(new Date("2024-01-02T03:04:05.000Z"));
    expect(profile?.backupAddress?.city ?? null).toBeNull();
  });

  it("reads JSON nulls without failing: no scalar value, an empty object for an object", async () => {
    nextProfile = {
      nickname: null,
      age: null,
      lastSeenDateTime: null,
      mood: null,
      address: null,
      backupAddress: null,
    };
    const profile = await client.profiles.get();
    for (const key of ["nickname", "age", "lastSeenDateTime", "mood"] as const)
      expect(profile?.[key] ?? null, key).toBeNull();
    // Kiota's JSON parse node hands a null object to the model's deserializer, which fills nothing.
    expect(profile?.address).toEqual({});
    expect(profile?.backupAddress).toEqual({});
  });

  it("writes null as JSON null and leaves unset properties out", async () => {
    await client.profiles.patch({ nickname: null, address: null, age: 7 });
    expect(server.last().method).toBe("PATCH");
    expect(JSON.parse(server.last().body)).toEqual({ nickname: null, address: null, age: 7 });
  });

  it('writes a null enum the way Kiota\'s JSON writer does, as the string "null"', async () => {
    await client.profiles.patch({ mood: null });
    expect(JSON.parse(server.last().body)).toEqual({ mood: "null" });
  });
});
