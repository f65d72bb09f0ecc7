// The only file that names Kiota's generated accessors for the destinationReport function. Kiota
// derives those names from the function's parameters, so they change whenever Graph adds one; after
// such a regeneration, update the names here and nothing else in the facade changes.
import type { NetworkAccessApiClient } from "../generated/networkAccessApiClient.js";
import {
  createDestinationReportWithStartDateTimeWithEndDateTimeaiAgentIdAiAgentIdAiAgentNameAiAgentNameGetResponseFromDiscriminatorValue as createResponse,
  type DestinationReportWithStartDateTimeWithEndDateTimeaiAgentIdAiAgentIdAiAgentNameAiAgentNameGetResponse as GeneratedResponse,
  type MicrosoftGraphNetworkaccessDestinationReportWithStartDateTimeWithEndDateTimeaiAgentIdAiAgentIdAiAgentNameAiAgentNameRequestBuilder as GeneratedBuilder,
} from "../generated/networkAccess/reports/microsoftGraphNetworkaccessDestinationReportWithStartDateTimeWithEndDateTimeaiAgentIdAiAgentIdAiAgentNameAiAgentName/index.js";

/** The deserialized destinationReport response: `value`, `odataNextLink`, `odataCount`. */
export type DestinationReportResponse = GeneratedResponse;

/** The generated request builder of the destinationReport function. */
export type DestinationReportRequestBuilder = GeneratedBuilder;

/** Kiota factory that deserializes a destinationReport page (first page or nextLink). */
export const createDestinationReportResponseFromDiscriminatorValue = createResponse;

/** The generated builder for one report window. The generated method takes end before start. */
export function destinationReportBuilder(
  api: NetworkAccessApiClient,
  start: Date,
  end: Date,
): DestinationReportRequestBuilder {
  return api.networkAccess.reports.microsoftGraphNetworkaccessDestinationReportWithStartDateTimeWithEndDateTimeaiAgentIdAiAgentIdAiAgentNameAiAgentName(
    end,
    start,
  );
}
