/** Turns a DNS answer we could not use into a reason and a fix the user can act on. */
import { reasonAndFix } from "../messages";
import type { Unavailable } from "../model/facts";
import type { DnsAnswer } from "./types";

export function unavailableFromAnswer(answer: DnsAnswer, name: string): Unavailable {
  if (answer.kind === "failure") {
    switch (answer.reason) {
      case "timeout":
        return name
          ? {
              code: "dns.timeout",
              ...reasonAndFix("dns.unavailable.timeout", { name }),
            }
          : {
              code: "dns.timeout",
              ...reasonAndFix("dns.unavailable.timeout-all", {}),
            };
      case "network":
        return {
          code: "dns.offline",
          ...reasonAndFix("dns.unavailable.offline", {}),
        };
      case "http":
        return {
          code: "dns.resolver-refused",
          ...reasonAndFix("dns.unavailable.refused", { detail: answer.detail }),
        };
      default: {
        const format = { format: "application/dns-json" };
        return {
          code: "dns.malformed",
          ...reasonAndFix("dns.unavailable.malformed", format),
        };
      }
    }
  }
  const rcode =
    answer.rcode === 2 ? "SERVFAIL" : answer.rcode === 5 ? "REFUSED" : `RCODE ${answer.rcode}`;
  return {
    code: "dns.servfail",
    ...reasonAndFix("dns.unavailable.servfail", { name, rcode }),
  };
}
