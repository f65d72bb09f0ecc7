import type { RequestAdapter } from "@microsoft/kiota-abstractions";
import {
  createConnectionCollectionResponseFromDiscriminatorValue,
  createNetworkAccessApiClient,
  createODataErrorFromDiscriminatorValue,
} from "@netaccess/client";
import type { Connection } from "@netaccess/client";
import { describe, expectTypeOf, it } from "vitest";
import { collect, items, pages } from "../src/index.js";
import type {
  CollectionSource,
  CollectOptions,
  FacadeCollectionSource,
  InvalidNextLinkError,
  ItemLimitError,
  KiotaCollectionSource,
  Page,
  PageRequestError,
  PaginationError,
  PaginationErrorCode,
  PaginationOptions,
} from "../src/index.js";
import { createTestConnectionCollectionResponseFromDiscriminatorValue } from "./support/connection-model.js";
import type { TestConnection, TestConnectionCollectionResponse } from "./support/connection-model.js";

declare const requestAdapter: RequestAdapter;
declare const firstPage: TestConnectionCollectionResponse;

const kiotaSource = {
  requestAdapter,
  responseFactory: createTestConnectionCollectionResponseFromDiscriminatorValue,
  firstPage,
};

const facadeSource = {
  requestAdapter,
  responseFactory: createTestConnectionCollectionResponseFromDiscriminatorValue,
  fetchFirst: async () => ({ page: firstPage, url: "https://graph.microsoft.com/beta/x" }),
};

describe("item types flow from a typed response factory", () => {
  it("types items() by the factory's collection response", () => {
    expectTypeOf(items(kiotaSource)).toEqualTypeOf<AsyncGenerator<TestConnection, void, undefined>>();
    expectTypeOf(items(facadeSource)).toEqualTypeOf<AsyncGenerator<TestConnection, void, undefined>>();
  });

  it("types pages() and collect()", () => {
    expectTypeOf(pages(kiotaSource)).toEqualTypeOf<AsyncGenerator<Page<TestConnection>, void, undefined>>();
    expectTypeOf(collect(kiotaSource, { maxItems: 10 })).toEqualTypeOf<Promise<TestConnection[]>>();
  });

  it("infers the item type from the factory alone", () => {
    const factoryOnly = { ...kiotaSource, firstPage: async () => undefined };
    expectTypeOf(factoryOnly).toMatchTypeOf<KiotaCollectionSource<TestConnection>>();
    expectTypeOf(items(factoryOnly)).toEqualTypeOf<AsyncGenerator<TestConnection, void, undefined>>();
  });

  it("accepts both source shapes as a CollectionSource", () => {
    expectTypeOf(facadeSource).toMatchTypeOf<FacadeCollectionSource<TestConnection>>();
    expectTypeOf(kiotaSource).toMatchTypeOf<CollectionSource<TestConnection>>();
  });

  it("rejects a first page whose items do not match the factory", () => {
    const mismatched = { ...kiotaSource, firstPage: { value: [1, 2, 3] } };
    expectTypeOf(mismatched).not.toMatchTypeOf<KiotaCollectionSource<TestConnection>>();
    // @ts-expect-error the first page's items are not TestConnection
    void items<TestConnection>(mismatched);
  });

  it("requires maxItems for collect and 0 | 1 for prefetch", () => {
    expectTypeOf<CollectOptions["maxItems"]>().toEqualTypeOf<number>();
    expectTypeOf<PaginationOptions["prefetch"]>().toEqualTypeOf<0 | 1 | undefined>();
    // @ts-expect-error collect needs a ceiling
    void collect(kiotaSource, {});
    // @ts-expect-error prefetch runs at most one page ahead
    void items(kiotaSource, { prefetch: 2 });
  });

  it("exposes error codes as a closed union", () => {
    expectTypeOf<PaginationError["code"]>().toEqualTypeOf<PaginationErrorCode>();
    expectTypeOf<PaginationError["cursor"]>().toEqualTypeOf<string | undefined>();
  });

  it("types what a failed page and a full collect carry", () => {
    expectTypeOf<ItemLimitError<Connection>["items"]>().toEqualTypeOf<readonly Connection[]>();
    expectTypeOf<PageRequestError["status"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<PageRequestError["graphCode"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<PageRequestError["requestId"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<InvalidNextLinkError["code"]>().toEqualTypeOf<PaginationErrorCode>();
  });
});

describe("with the generated @netaccess/client models", () => {
  const api = createNetworkAccessApiClient(requestAdapter);
  const endpoint = {
    requestAdapter,
    responseFactory: createConnectionCollectionResponseFromDiscriminatorValue,
    errorMappings: { XXX: createODataErrorFromDiscriminatorValue },
  };

  it("types items as Connection from the generated list call", () => {
    const source = { ...endpoint, firstPage: () => api.networkAccess.logs.connections.get() };
    expectTypeOf(items(source)).toEqualTypeOf<AsyncGenerator<Connection, void, undefined>>();
    expectTypeOf(collect(source, { maxItems: 5 })).toEqualTypeOf<Promise<Connection[]>>();
  });

  it("types a facade that returns ConnectionCollectionResponse pages", () => {
    const facade = {
      ...endpoint,
      fetchFirst: async () => ({
        page: await api.networkAccess.logs.connections.get(),
        url: "https://x.example/",
      }),
    };
    expectTypeOf(pages(facade)).toEqualTypeOf<AsyncGenerator<Page<Connection>, void, undefined>>();
  });

  it("needs the item type spelled out when only the generated factory is given", () => {
    // Generated factories declare an untyped return, so they carry no item type of their own.
    const factoryOnly = { ...endpoint, firstPage: async () => undefined };
    expectTypeOf(items(factoryOnly)).toEqualTypeOf<AsyncGenerator<unknown, void, undefined>>();
    expectTypeOf(items<Connection>(factoryOnly)).toEqualTypeOf<AsyncGenerator<Connection, void, undefined>>();
  });
});
