import { describe, expect, it } from "vitest";
import {
  type ConnectionCollectionResponse,
  createConnectionCollectionResponseFromDiscriminatorValue,
  createConnectionFromDiscriminatorValue,
  createDestinationFromDiscriminatorValue,
} from "../../src/generated/models/networkaccess/index.js";
import { createODataErrorFromDiscriminatorValue } from "../../src/generated/models/oDataErrors/index.js";
import { createDestinationReportResponseFromDiscriminatorValue as createDestinationReportResponse } from "../../src/facade/generated-names.js";
import {
  connectionPage,
  destinationReportExample,
  edgeConnections,
  edgeDestinations,
  fullConnection,
  fullDestination,
  oDataError,
} from "../compat/fixtures/payloads.js";
import { createPayloadGenerator } from "./support/payload-generator.js";
import { readBoth } from "./support/read-both.js";
import { expectSameModels } from "./support/same-models.js";

describe("fast and stock JSON parse nodes give deep-equal models", () => {
  it.each([
    ["a full connection", fullConnection],
    ...Object.entries(edgeConnections).map(([name, body]) => [`edge connection: ${name}`, body]),
  ])("%s", (_, body) => {
    expect(expectSameModels(body, createConnectionFromDiscriminatorValue)).toBe(false);
  });

  it("a connections page", () => {
    const { fast } = readBoth<ConnectionCollectionResponse>(
      connectionPage,
      createConnectionCollectionResponseFromDiscriminatorValue,
    );
    expect("model" in fast && fast.model.value?.length).toBeGreaterThan(0);
    expectSameModels(connectionPage, createConnectionCollectionResponseFromDiscriminatorValue);
  });

  it.each([
    ["a full destination", fullDestination],
    ...Object.entries(edgeDestinations).map(([name, body]) => [`edge destination: ${name}`, body]),
  ])("%s", (_, body) => {
    expectSameModels(body, createDestinationFromDiscriminatorValue);
  });

  it("the documented destinationReport example", () => {
    expectSameModels(destinationReportExample, createDestinationReportResponse);
  });

  it("a Graph error body", () => {
    expectSameModels(oDataError, createODataErrorFromDiscriminatorValue);
  });

  it("1,000 generated pages of each kind with unknown and wrong-case enums, invalid dates, big integers and nulls", () => {
    const generate = createPayloadGenerator({ seed: 20_240_101 });
    for (let i = 0; i < 1000; i++) {
      expectSameModels(generate.connectionPage(), createConnectionCollectionResponseFromDiscriminatorValue);
      expectSameModels(generate.destinationPage(), createDestinationReportResponse);
      expectSameModels(generate.errorBody(), createODataErrorFromDiscriminatorValue);
    }
  }, 60_000);

  it("the same errors for bodies that are not JSON", () => {
    for (const body of ["", "{", "nul", "[1,]", "\ud800"]) {
      const { stock, fast } = readBoth(body, createConnectionFromDiscriminatorValue);
      expect("error" in stock).toBe(true);
      expect(fast).toStrictEqual(stock);
    }
  });
});
