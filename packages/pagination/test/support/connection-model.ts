// A Kiota-style model and factory for the test log, shaped like the generated
// ConnectionCollectionResponse (value, @odata.nextLink, @odata.count), but with a typed factory.
import type { AdditionalDataHolder, Parsable, ParseNode } from "@microsoft/kiota-abstractions";

export interface TestConnection extends AdditionalDataHolder, Parsable {
  id?: string | null;
  createdDateTime?: Date | null;
  destinationFqdn?: string | null;
  sentBytes?: number | null;
}

export interface TestConnectionCollectionResponse extends AdditionalDataHolder, Parsable {
  odataCount?: number | null;
  odataNextLink?: string | null;
  value?: TestConnection[] | null;
}

type FieldDeserializers = Record<string, (node: ParseNode) => void>;

export function createTestConnectionFromDiscriminatorValue(_parseNode: ParseNode | undefined) {
  return deserializeIntoTestConnection;
}

export function createTestConnectionCollectionResponseFromDiscriminatorValue(
  _parseNode: ParseNode | undefined,
) {
  return deserializeIntoTestConnectionCollectionResponse;
}

export function deserializeIntoTestConnection(
  connection: Partial<TestConnection> | undefined = {},
): FieldDeserializers {
  return {
    id: (node) => {
      connection.id = node.getStringValue();
    },
    createdDateTime: (node) => {
      connection.createdDateTime = node.getDateValue();
    },
    destinationFqdn: (node) => {
      connection.destinationFqdn = node.getStringValue();
    },
    sentBytes: (node) => {
      connection.sentBytes = node.getNumberValue();
    },
  };
}

export function deserializeIntoTestConnectionCollectionResponse(
  response: Partial<TestConnectionCollectionResponse> | undefined = {},
): FieldDeserializers {
  return {
    "@odata.count": (node) => {
      response.odataCount = node.getNumberValue();
    },
    "@odata.nextLink": (node) => {
      response.odataNextLink = node.getStringValue();
    },
    value: (node) => {
      response.value = node.getCollectionOfObjectValues<TestConnection>(
        createTestConnectionFromDiscriminatorValue,
      );
    },
  };
}
