/**
 * What Kiota loses on the first connection of the page below: a trafficType no spec version
 * declares (not `microsoft`, which the spec gains) and a protocol in the wrong case.
 */
export const unmappableRawValues = { trafficType: "satellite", transportProtocol: "TCP" } as const;

/** A connection page as Graph sends it, with values Kiota cannot map: a member the spec lacks, wrong case. */
export const connectionPageWithUnmappableEnums = {
  "@odata.context": "https://graph.microsoft.com/beta/$metadata#networkAccess/logs/connections",
  value: [
    {
      id: "conn-1",
      createdDateTime: "2026-01-05T10:00:00Z",
      trafficType: "satellite",
      networkProtocol: "ipv4",
      transportProtocol: "TCP",
      status: "closed",
      deviceCategory: "remoteNetwork",
      privateAccessDetails: { accessType: "partnerAccess", connectionStatus: "open" },
    },
    {
      id: "conn-2",
      trafficType: "internet",
      transportProtocol: "udp",
      status: "active",
      deviceCategory: "client",
      privateAccessDetails: null,
    },
  ],
} as const;

export const encodeJson = (value: unknown): ArrayBuffer => {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
};
