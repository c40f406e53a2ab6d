/** `casefile capture <url…>`: web pages captured as a job (one item per URL), followed until done. */
import type { CaptureView } from "../../services/presenters/capture.presenter.js";
import { type Command, UsageError } from "../command.js";
import { watchJob } from "../job-watch.js";
import { METADATA_OPTIONS, metadataFromFlags, metadataUsage } from "../metadata-flags.js";
import { parseCommandArgs } from "../parse-args.js";
import { connect } from "../port/connect.js";

const usage = `Usage: casefile capture <url…> [options]

Fetches each web page and keeps what an archivist keeps: the HTTP exchanges (requests and
responses, redirects included) as a WARC file, the page as a source with its readable text in
passages, a full-page screenshot and a PDF print when Chromium is present, and each picture,
video and audio file the page shows as a source of its own — all named, with their SHA-256, by
one capture record (see it on the source's page; \`casefile verify\` checks it).
Only http and https; loopback and private addresses are refused unless the operator sets
CASEFILE_CAPTURE_ALLOW_PRIVATE=1. Bounds: CASEFILE_MAX_FILE_MB per file, CASEFILE_CAPTURE_MAX_MEDIA
(20) media files, CASEFILE_CAPTURE_MAX_TOTAL_MB per page, CASEFILE_CAPTURE_TIMEOUT_S (60) per page.

Options (the details are the page's; each media file takes its access level only):
${metadataUsage("default: the page's own")}
  --no-extract           do not propose claims
  --json                 print the capture records as JSON`;

function describe(c: CaptureView): string {
  const sha = (role: string) => c.files.find((f) => f.role === role)?.sha256 ?? "—";
  const media = c.files.filter((f) => f.role === "media");
  const lines = [
    `✓ ${c.url}${c.finalUrl !== c.url ? ` → ${c.finalUrl}` : ""}  HTTP ${c.httpStatus}  capture ${c.id}`,
    `  page source ${c.sourceId}  ${sha("page")}`,
    ...media.map((m) => `  media source ${m.sourceId}  ${m.sha256}  ${m.url}`),
    `  warc ${sha("warc")}`,
    `  screenshot ${sha("screenshot")}`,
    `  pdf ${sha("pdf")}`,
    ...c.warnings.map((w) => `  ! ${w}`),
  ];
  return `${lines.join("\n")}\n`;
}

export const captureCommand: Command = {
  name: "capture",
  summary: "capture web pages: WARC, readable text, screenshot, PDF and media",
  usage,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        ...METADATA_OPTIONS,
        json: { type: "boolean" },
        "no-extract": { type: "boolean" },
      },
      usage,
    );
    if (positionals.length === 0) throw new UsageError(`no URL given\n\n${usage}`);
    const metadata = metadataFromFlags(values);
    const port = await connect(io, "capture");
    try {
      const job = await port.startCapture({
        urls: positionals,
        metadata,
        extract: !values["no-extract"],
      });
      const final = await watchJob(port, job, io, { json: false });
      const detail = await port.getJob(final.id);
      const captures: CaptureView[] = [];
      const failed: { url: string; error: string }[] = [];
      for (const item of detail.items) {
        if (item.state === "done") captures.push(item.result as unknown as CaptureView);
        else failed.push({ url: item.label, error: item.error ?? item.state });
      }
      if (values.json) io.stdout.write(`${JSON.stringify({ captures, failed }, null, 2)}\n`);
      else for (const c of captures) io.stdout.write(describe(c));
      for (const f of failed) io.stderr.write(`✗ ${f.url}: ${f.error}\n`);
      return failed.length === 0 && final.state === "completed" ? 0 : 1;
    } finally {
      await port.close();
    }
  },
};
