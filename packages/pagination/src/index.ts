export { pages } from "./pages.js";
export { items } from "./items.js";
export { collect } from "./collect.js";
export type { Page } from "./page.js";
export type { CollectOptions, PageProgress, PaginationOptions } from "./options.js";
export type { CollectionResponse } from "./collection-response.js";
export type { FollowUpHeaders } from "./follow-up-request.js";
export type {
  CollectionEndpoint,
  CollectionSource,
  FacadeCollectionSource,
  FirstPageResult,
  KiotaCollectionSource,
} from "./sources.js";
export {
  InvalidNextLinkError,
  ItemLimitError,
  MissingValueError,
  NextLinkLoopError,
  OffOriginLinkError,
  PageRequestError,
  PaginationAbortedError,
  PaginationError,
} from "./errors.js";
export type { PaginationErrorCode } from "./errors.js";
export type { FailureDetails } from "./failure-details.js";
export { checkNextLinkType } from "./next-link-check.js";
