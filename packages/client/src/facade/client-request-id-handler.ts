import type { RequestOption } from "@microsoft/kiota-abstractions";
import type { Middleware } from "@microsoft/kiota-http-fetchlibrary";
import { hasRequestHeader, setRequestHeader } from "./request-headers.js";

/**
 * Gives every call a `client-request-id` (unless the caller set one). Graph echoes it and logs it,
 * so a GraphError can name the exact request; retries of the call keep the same id.
 */
export class ClientRequestIdHandler implements Middleware {
  next: Middleware | undefined;

  execute(
    url: string,
    requestInit: RequestInit,
    requestOptions?: Record<string, RequestOption>,
  ): Promise<Response> {
    if (!this.next) return Promise.reject(new Error("ClientRequestIdHandler needs a next middleware."));
    // randomUUID exists in Node and in browsers' secure contexts; elsewhere the header is left out.
    const id = globalThis.crypto?.randomUUID?.();
    if (id !== undefined && !hasRequestHeader(requestInit, "client-request-id")) {
      setRequestHeader(requestInit, "client-request-id", id);
    }
    return this.next.execute(url, requestInit, requestOptions);
  }
}
