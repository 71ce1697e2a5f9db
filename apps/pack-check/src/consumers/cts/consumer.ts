// A TypeScript CommonJS project ("type": "commonjs"): compiled with module nodenext (TypeScript >= 5.8
// emits require() of ESM for Node >= 20.19), node16 (TypeScript refuses: error TS1479) and commonjs.
import { getMetric } from "@aiperf/core";
import { writeFileAtomic } from "@aiperf/core/fs";
import { formatFixed } from "@aiperf/parser";
import { CSV_OPTIONS } from "@aiperf/csv-exporter";
import { normalSf } from "@aiperf/analysis";
import { ExitCode } from "@aiperf/cli";
import { HEADLINE_PERCENTILES } from "@aiperf/report";

const header: string | undefined = getMetric("ttft")?.header;
console.log(
  JSON.stringify({
    header,
    fixed: formatFixed(0.125, 2),
    eol: CSV_OPTIONS.record_delimiter,
    sf: normalSf(0),
    usage: ExitCode.usage,
    writer: typeof writeFileAtomic,
    headline: HEADLINE_PERCENTILES.length > 0,
  }),
);
