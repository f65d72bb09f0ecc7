import type { Destination } from "../generated/models/networkaccess/index.js";
import type { CollectionPage } from "./collection-page.js";
import { toCollectionPage } from "./collection-page.js";
import type { DateInput } from "./dates.js";
import { parseWindow } from "./dates.js";
import type { FacadeContext } from "./facade-context.js";
import {
  createDestinationReportResponseFromDiscriminatorValue,
  destinationReportBuilder,
} from "./generated-names.js";
import type { DestinationReportRequestBuilder, DestinationReportResponse } from "./generated-names.js";
import { createPageSource, PAGE_SOURCE_HINTS, sendFirstRequest } from "./page-source.js";
import type { FirstRequest, PageSource } from "./page-source.js";
import { checkCount, checkFlag, checkText } from "./query-options.js";
import { reportFunctionSegment, withReportFunctionSegment } from "./report-function-url.js";
import type { OptionHints, OptionKeys } from "./option-keys.js";
import { checkOptionsObject, checkRequestControl, REQUEST_CONTROL_KEYS } from "./request-control.js";
import type { RequestControl } from "./request-control.js";

export interface DestinationReportOptions extends RequestControl {
  /** Start of the window (inclusive). */
  start: DateInput;
  /** End of the window; must not be earlier than `start`. */
  end: DateInput;
  /** Only traffic of this AI agent (sent as an inline OData literal; see the README). */
  aiAgentId?: string | undefined;
  /** Only traffic of the AI agent with this name (sent as an inline OData literal; see the README). */
  aiAgentName?: string | undefined;
  /** `$top`: page size. */
  top?: number | undefined;
  /** `$skip`: destinations to skip. */
  skip?: number | undefined;
  /** `$filter`, e.g. `"trafficType eq 'internet'"`. */
  filter?: string | undefined;
  /** `$search`. */
  search?: string | undefined;
  /** `$count=true` adds the total (`count`) to the page. */
  count?: boolean | undefined;
}

/** Page-source options: the run's signal comes from the pager. */
export type DestinationReportSourceOptions = Omit<DestinationReportOptions, "signal">;

const REPORT_KEYS: OptionKeys<DestinationReportOptions> = {
  ...REQUEST_CONTROL_KEYS,
  start: true,
  end: true,
  aiAgentId: true,
  aiAgentName: true,
  top: true,
  skip: true,
  filter: true,
  search: true,
  count: true,
};
const { signal: _signal, ...SOURCE_KEYS } = REPORT_KEYS;

// Names callers reach for: Graph's own parameter names, common window words, and list-only options.
const REPORT_HINTS: OptionHints = {
  from: 'the window is { start, end }: use "start"',
  to: 'the window is { start, end }: use "end"',
  startDateTime: 'use "start"',
  endDateTime: 'use "end"',
  orderby: "the report has no $orderby",
  select: "the report has no $select",
};
const SOURCE_HINTS: OptionHints = { ...REPORT_HINTS, ...PAGE_SOURCE_HINTS };

interface PreparedReport {
  readonly builder: DestinationReportRequestBuilder;
  readonly url: string;
  readonly control: RequestControl;
}

/** Validates the options (throwing before anything is sent) and builds the request through the generated builder. */
function prepareReport(
  { api }: FacadeContext,
  method: "destinationReport" | "destinationReportPageSource",
  options: DestinationReportOptions,
): PreparedReport {
  const checked =
    method === "destinationReport"
      ? checkOptionsObject(method, options, REPORT_KEYS, REPORT_HINTS)
      : checkOptionsObject(method, options, SOURCE_KEYS, SOURCE_HINTS);
  const control = checkRequestControl(checked);
  const window = parseWindow(options.start, options.end);
  const generated = destinationReportBuilder(api, window.start, window.end);
  const generatedUrl = generated.toGetRequestInformation({
    queryParameters: {
      top: checkCount("top", options.top),
      skip: checkCount("skip", options.skip),
      filter: checkText("filter", options.filter),
      search: checkText("search", options.search),
      count: checkFlag("count", options.count),
    },
  }).URL;
  const segment = reportFunctionSegment({
    ...window,
    aiAgentId: checkText("aiAgentId", options.aiAgentId),
    aiAgentName: checkText("aiAgentName", options.aiAgentName),
  });
  const url = withReportFunctionSegment(generatedUrl, segment);
  return { builder: generated.withUrl(url), url, control };
}

/** The first page of destinations seen in the window. */
export async function destinationReport(
  context: FacadeContext,
  options: DestinationReportOptions,
): Promise<CollectionPage<Destination>> {
  const { builder, control } = prepareReport(context, "destinationReport", options);
  const response = await sendFirstRequest(reportRequest(context, builder), control);
  return toCollectionPage(response, "destination report");
}

/** A pager source for every page of the report. Invalid options throw here, synchronously. */
export function destinationReportPageSource(
  context: FacadeContext,
  options: DestinationReportSourceOptions,
): PageSource<Destination, DestinationReportResponse> {
  const { builder, url, control } = prepareReport(context, "destinationReportPageSource", options);
  return createPageSource<Destination, DestinationReportResponse>({
    ...reportRequest(context, builder),
    firstRequestUrl: url,
    what: "destination report",
    control,
  });
}

function reportRequest(
  { requestAdapter }: FacadeContext,
  builder: DestinationReportRequestBuilder,
): FirstRequest<DestinationReportResponse> {
  return {
    requestAdapter,
    responseFactory: createDestinationReportResponseFromDiscriminatorValue,
    toRequestInformation: (configuration) => builder.toGetRequestInformation(configuration),
  };
}
