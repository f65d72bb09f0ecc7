/**
 * A request that cannot be sent as built: fetch refuses it (credentials in the URL, a header name
 * or value it does not accept, …), so nothing went on the wire. A TypeError like any other bad
 * input, never a GraphNetworkError.
 */
export class InvalidRequestError extends TypeError {
  constructor(message: string) {
    super(message);
    this.name = "InvalidRequestError";
  }
}
