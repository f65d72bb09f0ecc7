// 10,000 generated response bodies: the fast parse node must give the stock node's models
// (prototype-named keys being the documented difference), never fail where it does not, and
// never pollute a prototype.
import { describe, expect, it } from "vitest";
import { createDestinationReportResponseFromDiscriminatorValue } from "../../src/facade/generated-names.js";
import { createConnectionCollectionResponseFromDiscriminatorValue } from "../../src/generated/models/networkaccess/index.js";
import { createODataErrorFromDiscriminatorValue } from "../../src/generated/models/oDataErrors/index.js";
import { createPayloadGenerator } from "../serialization/support/payload-generator.js";
import { expectSameModels } from "../serialization/support/same-models.js";

const PAYLOADS = 10_000;

describe("payload fuzz: fast and stock JSON parse nodes", () => {
  it(`${PAYLOADS.toLocaleString("en")} hostile bodies give deep-equal models`, ({ task }) => {
    const membersBefore = Object.getOwnPropertyNames(Object.prototype).sort();
    const generate = createPayloadGenerator({ seed: 15_007, prototypeKeys: true });
    let withPrototypeKeys = 0;
    for (let i = 0; i < PAYLOADS; i++) {
      const kind = i % 10;
      const held =
        kind < 6
          ? expectSameModels(
              generate.connectionPage(),
              createConnectionCollectionResponseFromDiscriminatorValue,
            )
          : kind < 9
            ? expectSameModels(
                generate.destinationPage(),
                createDestinationReportResponseFromDiscriminatorValue,
              )
            : expectSameModels(generate.errorBody(), createODataErrorFromDiscriminatorValue);
      if (held) withPrototypeKeys++;
    }
    // Both kinds of body were really tried.
    expect(withPrototypeKeys).toBeGreaterThan(PAYLOADS / 10);
    expect(withPrototypeKeys).toBeLessThan(PAYLOADS);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(membersBefore);
    Object.assign(task.meta, { attacks: PAYLOADS });
  });
});
