/** An in-memory DnsLookup over a small zone table, for the pure evaluators' unit tests. */
import {
  RR_TYPE,
  type DnsAnswer,
  type DnsLookup,
  type DnsRecord,
  type RecordType,
} from "../../../src/core/dns/types";

export interface TableName {
  A?: string[];
  AAAA?: string[];
  MX?: string[];
  TXT?: string[];
  CNAME?: string;
  servfail?: boolean;
  timeout?: boolean;
}

export type Table = Record<string, TableName>;

export function tableLookup(table: Table, log: string[] = []): DnsLookup {
  return async (name: string, type: RecordType): Promise<DnsAnswer> => {
    log.push(`${type} ${name}`);
    const records: DnsRecord[] = [];
    let current = name.toLowerCase();
    for (let hop = 0; hop < 5; hop++) {
      const entry = table[current];
      if (!entry) return { kind: "response", rcode: 3, records };
      if (entry.timeout) return { kind: "failure", reason: "timeout", detail: "timed out" };
      if (entry.servfail) return { kind: "response", rcode: 2, records };
      if (entry.CNAME && type !== "CNAME") {
        records.push({ name: current, type: RR_TYPE.CNAME, ttl: 300, data: entry.CNAME });
        current = entry.CNAME.toLowerCase().replace(/\.$/, "");
        continue;
      }
      for (const data of entry[type as Exclude<RecordType, "CNAME">] ?? [])
        records.push({ name: current, type: RR_TYPE[type], ttl: 300, data });
      return { kind: "response", rcode: 0, records };
    }
    return { kind: "response", rcode: 2, records };
  };
}
