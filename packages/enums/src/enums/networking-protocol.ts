import { NetworkingProtocolObject } from "@netaccess/client";
import { defineEnumHelpers } from "../define-enum-helpers.js";

/** `networkingProtocol`: network- or transport-layer protocol (the IANA-style list .NET's ProtocolType uses). */
export const networkingProtocol = defineEnumHelpers(NetworkingProtocolObject, {
  ip: "IP",
  icmp: "ICMP",
  igmp: "IGMP",
  ggp: "Gateway-to-Gateway Protocol (GGP)",
  ipv4: "IPv4",
  tcp: "TCP",
  pup: "PARC Universal Packet (PUP)",
  udp: "UDP",
  idp: "Internet Datagram Protocol (IDP)",
  ipv6: "IPv6",
  ipv6RoutingHeader: "IPv6 routing header",
  ipv6FragmentHeader: "IPv6 fragment header",
  ipSecEncapsulatingSecurityPayload: "IPsec Encapsulating Security Payload (ESP)",
  ipSecAuthenticationHeader: "IPsec Authentication Header (AH)",
  icmpV6: "ICMPv6",
  ipv6NoNextHeader: "IPv6 no next header",
  ipv6DestinationOptions: "IPv6 destination options",
  nd: "Net Disk (ND)",
  ipx: "Internetwork Packet Exchange (IPX)",
  raw: "Raw IP",
  spx: "Sequenced Packet Exchange (SPX)",
  spxII: "Sequenced Packet Exchange II (SPX II)",
});
