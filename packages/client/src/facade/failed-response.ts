import type { RequestOption } from "@microsoft/kiota-abstractions";

/** Key under which a call's failed-response capture travels through Kiota's request options. */
export const FAILED_RESPONSE_OPTION_KEY = "netaccess.failedResponse";

/** The final non-2xx response of a call, kept because Kiota's thrown error loses the body (and, for non-JSON bodies, the status). */
export interface FailedResponse {
  readonly status: number;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** A request option the response-body middleware fills when the call's final response is not a success. */
export class FailedResponseCapture implements RequestOption {
  response: FailedResponse | undefined;

  getKey(): string {
    return FAILED_RESPONSE_OPTION_KEY;
  }
}

/** Finds the capture among a request's options, if the caller attached one. */
export function failedResponseCaptureOf(
  requestOptions: Record<string, RequestOption> | undefined,
): FailedResponseCapture | undefined {
  const option = requestOptions?.[FAILED_RESPONSE_OPTION_KEY];
  return option instanceof FailedResponseCapture ? option : undefined;
}
