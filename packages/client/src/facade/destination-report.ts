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
import { createPageSource } from "./page-source.js";
import type { PageSource } from "./page-source.js";
import { checkCount, checkFlag, checkText } from "./query-options.js";
import { reportFunctionSegment, withReportFunctionSegment } from "./report-function-url.js";
import { checkOptionsObject, checkRequestControl, sendCall } from "./request-control.js";
import type { RequestControl } from "./request-control.js";

export interface DestinationReportOptions extends RequestControl {
  /** Start of the window (inclusive). */
  start: DateInput;
  /** End of the window; must not be earlier than `start`. */
  end: DateInput;
  /** Only traffic of this AI agent (sent as an inline OData literal; see the README). */
  aiAgentId?: string;
  /** Only traffic of the AI agent with this name (sent as an inline OData literal; see the README). */
  aiAgentName?: string;
  /** `$top`: page size. */
  top?: number;
  /** `$skip`: destinations to skip. */
  skip?: number;
  /** `$filter`, e.g. `"trafficType eq 'internet'"`. */
  filter?: string;
  /** `$search`. */
  search?: string;
  /** `$count=true` adds the total (`count`) to the page. */
  count?: boolean;
}

/** Page-source options: the run's signal comes from the pager. */
export type DestinationReportSourceOptions = Omit<DestinationReportOptions, "signal">;

interface PreparedReport {
  readonly builder: DestinationReportRequestBuilder;
  readonly url: string;
  readonly control: RequestControl;
}

/** Validates the options (throwing before anything is sent) and builds the request through the generated builder. */
function prepareReport({ api }: FacadeContext, options: DestinationReportOptions): PreparedReport {
  const control = checkRequestControl(checkOptionsObject("destinationReport", options));
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
  const { builder, control } = prepareReport(context, options);
  const response = await sendCall(control, (configuration) => builder.get(configuration));
  return toCollectionPage(response, "destination report");
}

/** A pager source for every page of the report. Invalid options throw here, synchronously. */
export function destinationReportPageSource(
  context: FacadeContext,
  options: DestinationReportSourceOptions,
): PageSource<Destination, DestinationReportResponse> {
  const { builder, url, control } = prepareReport(context, options);
  return createPageSource<Destination, DestinationReportResponse>({
    requestAdapter: context.requestAdapter,
    responseFactory: createDestinationReportResponseFromDiscriminatorValue,
    firstRequestUrl: url,
    control,
    send: (configuration) => builder.get(configuration),
  });
}
