import { HttpMethod, RequestInformation } from "@microsoft/kiota-abstractions";
import type { RequestOption } from "@microsoft/kiota-abstractions";

/** Headers re-sent on every follow-up request, e.g. `{ Prefer: "include-unknown-enum-members" }`. */
export type FollowUpHeaders = Record<string, string | string[]>;

/**
 * Builds the GET for a next link. The link goes in as a raw URL (the `URL` setter), not as a URI
 * template, so `{` or `}` inside an opaque link is sent as is instead of being expanded.
 */
export function createFollowUpRequest(
  link: string,
  headers: FollowUpHeaders | undefined,
  options: RequestOption[] | undefined,
): RequestInformation {
  const request = new RequestInformation(HttpMethod.GET);
  request.URL = link;
  request.addRequestHeaders(headers);
  request.headers.tryAdd("Accept", "application/json");
  request.addRequestOptions(options);
  return request;
}
