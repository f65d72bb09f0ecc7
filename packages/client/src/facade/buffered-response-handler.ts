import type { RequestOption } from "@microsoft/kiota-abstractions";
import type { Middleware } from "@microsoft/kiota-http-fetchlibrary";
import { GraphNetworkError } from "./errors.js";
import { failedResponseCaptureOf } from "./failed-response.js";

// Statuses whose Response must be built without a body.
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

/**
 * Second middleware, inside the cancellation race: reads the final response's body before handing
 * it on, so a stalled body is covered by the call's timeout and abort, and a body that breaks off
 * is a GraphNetworkError. For a non-2xx response it also fills the call's FailedResponseCapture,
 * since Kiota's thrown error does not keep the raw body.
 */
export class BufferedResponseHandler implements Middleware {
  next: Middleware | undefined;

  async execute(
    url: string,
    requestInit: RequestInit,
    requestOptions?: Record<string, RequestOption>,
  ): Promise<Response> {
    const next = this.next;
    if (!next) throw new Error("BufferedResponseHandler needs a next middleware.");
    const response = await next.execute(url, requestInit, requestOptions);
    // Opaque or informational responses cannot be rebuilt; Kiota gets them as they are.
    if (response.status < 200 || response.status > 599) return response;
    const bytes = response.body === null ? undefined : await readBody(response, url);
    if (!response.ok) {
      const capture = failedResponseCaptureOf(requestOptions);
      if (capture) {
        capture.response = {
          status: response.status,
          headers: Object.fromEntries(response.headers),
          body: bytes === undefined ? "" : new TextDecoder().decode(bytes),
        };
      }
    }
    if (bytes === undefined) return response;
    return new Response(NULL_BODY_STATUSES.has(response.status) ? null : bytes, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  }
}

async function readBody(response: Response, url: string): Promise<ArrayBuffer> {
  try {
    return await response.arrayBuffer();
  } catch (error) {
    throw new GraphNetworkError(`The response body from ${new URL(url).origin} broke off.`, error);
  }
}
