import type { DeviceCategory, NetworkingProtocol, TrafficType } from "@netaccess/client";
import { TrafficTypeObject } from "@netaccess/client";
import { describe, expectTypeOf, it } from "vitest";
import {
  defineEnumHelpers,
  deviceCategory,
  networkingProtocol,
  rawEnumValues,
  trafficType,
  type RawEnumValue,
  type UnknownEnumValue,
} from "../src/index.js";

declare const input: unknown;
declare const maybeRaw: string | undefined;

describe("is", () => {
  it("narrows to the generated union", () => {
    if (trafficType.is(input)) expectTypeOf(input).toEqualTypeOf<TrafficType>();
    const parsed = networkingProtocol.parse("tcp");
    if (networkingProtocol.is(parsed)) expectTypeOf(parsed).toEqualTypeOf<NetworkingProtocol>();
    else expectTypeOf(parsed).toEqualTypeOf<UnknownEnumValue>();
  });
});

describe("parse", () => {
  it("returns a member or an unknown value that keeps the raw string", () => {
    expectTypeOf(trafficType.parse("internet")).toEqualTypeOf<TrafficType | UnknownEnumValue>();
    expectTypeOf(trafficType.parse(maybeRaw)).toEqualTypeOf<TrafficType | UnknownEnumValue | undefined>();
    expectTypeOf<UnknownEnumValue["raw"]>().toEqualTypeOf<string>();
  });

  it("takes only strings and the documented options", () => {
    expectTypeOf(trafficType.parse).toBeCallableWith("TCP", { caseInsensitive: true });
    // @ts-expect-error numbers are not enum wire values
    expectTypeOf(trafficType.parse).toBeCallableWith(1);
    // @ts-expect-error unknown option
    expectTypeOf(trafficType.parse).toBeCallableWith("tcp", { trim: true });
  });
});

describe("label", () => {
  it("takes members only", () => {
    expectTypeOf(trafficType.label("microsoft365")).toEqualTypeOf<string>();
    // @ts-expect-error "satellite" is not a member of the spec's trafficType
    trafficType.label("satellite");
  });

  it("takes labels for any members, and for members only", () => {
    const some = { microsoft365: "Microsoft 365" };
    expectTypeOf(defineEnumHelpers(TrafficTypeObject, some).values).toEqualTypeOf<readonly TrafficType[]>();
    expectTypeOf(defineEnumHelpers(TrafficTypeObject).values).toEqualTypeOf<readonly TrafficType[]>();
    defineEnumHelpers(TrafficTypeObject, {
      ...some,
      // @ts-expect-error satellite is not a member
      satellite: "",
    });
  });
});

describe("match", () => {
  const handlers = {
    client: () => 1,
    branch: () => 2,
    unknownFutureValue: () => 3,
    remoteNetwork: () => 4,
  };

  it("returns the handlers' type and passes each handler its member", () => {
    expectTypeOf(deviceCategory.match("client", handlers)).toEqualTypeOf<number>();
    deviceCategory.match("branch", {
      ...handlers,
      branch: (value) => {
        expectTypeOf(value).toEqualTypeOf<"branch">();
        return 2;
      },
    });
  });

  it("does not compile when a member is not handled", () => {
    const { remoteNetwork: _evolvable, ...withoutEvolvable } = handlers;
    expectTypeOf(deviceCategory.match<number>).toBeCallableWith("client", handlers);
    // @ts-expect-error remoteNetwork is not handled
    expectTypeOf(deviceCategory.match<number>).toBeCallableWith("client", withoutEvolvable);
    // @ts-expect-error unknownFutureValue is a member too
    deviceCategory.match("client", { client: () => 1, branch: () => 2, remoteNetwork: () => 4 });
  });

  it("requires a fallback when the value may be unknown", () => {
    const parsed = deviceCategory.parse("satellite");
    // @ts-expect-error an unknown value needs a fallback
    deviceCategory.match(parsed, handlers);
    expectTypeOf(
      deviceCategory.match(parsed, handlers, (unknown) => unknown.raw.length),
    ).toEqualTypeOf<number>();
  });

  it("requires a handler for a member a regeneration adds", () => {
    const regenerated = defineEnumHelpers({ ...TrafficTypeObject, Microsoft: "microsoft" } as const);
    const previous = {
      internet: () => 1,
      private: () => 2,
      microsoft365: () => 3,
      all: () => 4,
      unknownFutureValue: () => 5,
    };
    // @ts-expect-error microsoft is not handled
    regenerated.match("internet", previous);
    expectTypeOf(regenerated.match("internet", { ...previous, microsoft: () => 6 })).toEqualTypeOf<number>();
  });

  it("accepts the generated union as input", () => {
    const fromModel = "client" as DeviceCategory;
    expectTypeOf(deviceCategory.match(fromModel, handlers)).toEqualTypeOf<number>();
  });
});

describe("rawEnumValues", () => {
  it("maps JSON names to raw strings or arrays", () => {
    expectTypeOf(rawEnumValues({})["trafficType"]).toEqualTypeOf<RawEnumValue | undefined>();
  });
});
