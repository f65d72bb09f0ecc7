import type { RequestAdapter } from "@microsoft/kiota-abstractions";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAdapter } from "../../support/adapter.ts";
import { type GeneratedConstruct, generateConstruct } from "../../support/corpus.ts";
import { type TestServer, startServer } from "../../support/http-server.ts";

interface Animal {
  id?: string | null;
  name?: string | null;
  odataType?: string | null;
  barkVolume?: number | null;
  toyCount?: number | null;
  vocabulary?: string[] | null;
  additionalData?: Record<string, unknown>;
}

interface AnimalPage {
  value?: Animal[] | null;
  odataCount?: number | null;
  odataNextLink?: string | null;
}

interface InheritanceModule {
  createInheritanceClient(adapter: RequestAdapter): {
    animals: { get(): Promise<AnimalPage | undefined>; post(body: Animal): Promise<Animal | undefined> };
    dogs: { post(body: Animal): Promise<Animal | undefined> };
  };
}

const page = {
  "@odata.count": 5,
  "@odata.nextLink": "https://example.test/v1/animals?$skiptoken=2",
  value: [
    { "@odata.type": "#corpus.zoo.mammals.dog", id: "1", name: "Rex", barkVolume: 7 },
    { "@odata.type": "#corpus.zoo.mammals.puppy", id: "2", name: "Bit", barkVolume: 2, toyCount: 4 },
    { "@odata.type": "#corpus.zoo.birds.parrot", id: "3", name: "Polly", vocabulary: ["hello"] },
    { "@odata.type": "#corpus.zoo.animal", id: "4", name: "Generic", barkVolume: 1 },
    { "@odata.type": "#corpus.zoo.fish", id: "5", fins: 3 },
  ],
};

let construct: GeneratedConstruct;
let server: TestServer;
let client: ReturnType<InheritanceModule["createInheritanceClient"]>;

beforeAll(async () => {
  construct = await generateConstruct("inheritance");
  server = await startServer((request) =>
    request.method === "POST" ? { status: 201, body: JSON.parse(request.body) } : { body: page },
  );
  const { createInheritanceClient } = await construct.load<InheritanceModule>("inheritanceClient.ts");
  client = createInheritanceClient(createAdapter(`${server.origin}/v1`));
});

afterAll(() => server.close());

describe("allOf with discriminator mappings", () => {
  it("generates code that type-checks, one models file per namespace below the common prefix", async () => {
    const result = await construct.typeCheck();
    expect(result.output).toBe("");
    expect(result.ok).toBe(true);
    expect(construct.files.filter((f) => f.startsWith("models/"))).toEqual([
      "models/birds/index.ts",
      "models/index.ts",
      "models/mammals/index.ts",
    ]);
  });

  it("reads each item of a base-typed collection as the type its @odata.type maps to", async () => {
    const result = await client.animals.get();
    expect(server.last()).toMatchObject({ method: "GET", url: "/v1/animals" });
    expect(result?.odataCount).toBe(5);
    expect(result?.odataNextLink).toBe("https://example.test/v1/animals?$skiptoken=2");
    const [dog, puppy, parrot, generic, fish] = result?.value ?? [];
    expect(dog).toMatchObject({ odataType: "#corpus.zoo.mammals.dog", name: "Rex", barkVolume: 7 });
    // A mapping on an intermediate type (dog → puppy) is followed as well as the base's.
    expect(puppy).toMatchObject({ name: "Bit", barkVolume: 2, toyCount: 4 });
    expect(parrot).toMatchObject({ name: "Polly", vocabulary: ["hello"] });
    // The base type knows no barkVolume: the value stays in additionalData.
    expect(generic?.barkVolume).toBeUndefined();
    expect(generic?.additionalData).toEqual({ barkVolume: 1 });
    expect(fish).toMatchObject({ id: "5", additionalData: { fins: 3 } });
  });

  it("writes a derived type with its own serializer, the redeclared discriminator once", async () => {
    const dog = { odataType: "#corpus.zoo.mammals.dog", name: "Rex", id: "1", barkVolume: 7 };
    const stored = await client.dogs.post(dog);
    const body = server.last().body;
    expect(server.last()).toMatchObject({ method: "POST", url: "/v1/dogs" });
    expect(body.match(/"@odata\.type"/g)).toHaveLength(1);
    expect(JSON.parse(body)).toEqual({
      id: "1",
      name: "Rex",
      "@odata.type": "#corpus.zoo.mammals.dog",
      barkVolume: 7,
    });
    expect(stored).toMatchObject(dog);
  });

  it("sends only the base type's properties through a base-typed body, as Kiota's serializers do", async () => {
    // The base serializer's switch calls the derived one with isSerializingDerivedType = true,
    // which returns at once: Kiota writes derived properties only from the derived serializer.
    await client.animals.post({
      odataType: "#corpus.zoo.mammals.puppy",
      name: "Bit",
      barkVolume: 2,
      toyCount: 4,
    });
    expect(JSON.parse(server.last().body)).toEqual({
      name: "Bit",
      "@odata.type": "#corpus.zoo.mammals.puppy",
    });
  });
});
