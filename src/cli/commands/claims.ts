import type { FieldValue } from "../../core/claims/claim-correction.js";
import { describeLocator } from "../../core/model/locator.js";
import type { ClaimView } from "../../services/presenters/claim.presenter.js";
import { type Command, UsageError } from "../command.js";
import { firstBy } from "../first-reviewer.js";
import { locatorFromFlags } from "../locator-flags.js";
import { intFlag, parseCommandArgs } from "../parse-args.js";
import { connect } from "../port/connect.js";
import { changeLines } from "./history-text.js";

const usage = `Usage: casefile claims <list|show|create|confirm|correct|reject|extract> [options]

  list [--source ID] [--status proposed|awaiting|confirmed|rejected] [--kind K] [--measure M] [--limit N] [--json]
  show <claim-id> [--json]                 fields, claimant, status and every version
  create <source-id> --kind K --set field=value… --claimant NAME --role ROLE [--basis B] LOCATOR [--reason TEXT]
                                           file a claim by hand (it arrives proposed)
  confirm <claim-id…> [--reason TEXT]      confirm one or several claims (all or none)
  correct <claim-id> [--set field=value…] [--claimant NAME | --claimant-ref CASE-CLAIMANT-ID --role ROLE]
                     [--basis own_observation|reported_speech|cited_document|official_statistics|unstated]
                     [LOCATOR] [--reason TEXT]
  reject <claim-id> --reason TEXT
  extract <source-id>                      propose again; reviewed claims are kept

Fields of a figure: measure, min, max, hedge, subgroup, unit ("null" clears a value); of a time:
  startIso, endIso, precision, approximate, utcOffset (Z or ±hh:mm); of a place: name, placeId,
  coordinates ("LAT,LON" in decimal degrees). A correction keeps every field it does not set.
LOCATOR, where the claim is in its source: --span START-END (offsets into the text),
  --rect X,Y,W,H or --polygon "X,Y X,Y X,Y…" (pixels of a picture), --time START-END
  (seconds or m:ss.s of a recording), with --rect or --polygon for a region of a video's frame.`;

function parseSet(pairs: string[]): Record<string, FieldValue> {
  const fields: Record<string, FieldValue> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf("=");
    if (eq <= 0) throw new UsageError(`--set takes field=value, got "${pair}"`);
    const raw = pair.slice(eq + 1);
    fields[pair.slice(0, eq)] =
      raw === "null"
        ? null
        : raw === "true"
          ? true
          : raw === "false"
            ? false
            : /^-?\d+(\.\d+)?$/.test(raw)
              ? Number(raw)
              : raw;
  }
  return fields;
}

function line(c: ClaimView): string {
  const f = c.fields;
  const at = describeLocator(c.locator);
  const what =
    c.kind === "figure"
      ? `${f.measure}${f.subgroup ? `/${f.subgroup}` : ""} ${f.hedge} ${f.min ?? "…"}–${f.max ?? "…"}`
      : c.kind;
  const quote = at ?? `“${(c.text ?? "").replace(/\s+/g, " ").slice(0, 60)}”`;
  return `${c.id}  ${c.status.padEnd(9)} ${what.padEnd(36)} ${quote} — ${c.claimant.name}${firstBy(c)}`;
}

export const claimsCommand: Command = {
  name: "claims",
  summary: "list, review and re-extract claims",
  usage,
  async run(args, io) {
    const [action, ...rest] = args;
    const { values, positionals } = parseCommandArgs(
      rest,
      {
        source: { type: "string" },
        status: { type: "string" },
        kind: { type: "string" },
        measure: { type: "string" },
        limit: { type: "string" },
        json: { type: "boolean" },
        reason: { type: "string" },
        set: { type: "string", multiple: true },
        claimant: { type: "string" },
        "claimant-ref": { type: "string" },
        role: { type: "string" },
        basis: { type: "string" },
        span: { type: "string" },
        rect: { type: "string" },
        polygon: { type: "string" },
        time: { type: "string" },
      },
      usage,
    );
    const actions = ["list", "show", "create", "confirm", "correct", "reject", "extract"];
    if (!action || !actions.includes(action)) throw new UsageError(usage);
    if (action !== "list" && positionals.length === 0)
      throw new UsageError(`claims ${action} needs an id\n\n${usage}`);
    const out = (value: unknown) => io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
    const port = await connect(io, `claims ${action}`);
    try {
      const id = positionals[0] as string;
      if (action === "list") {
        const page = await port.listClaims({
          sourceId: values.source,
          status: values.status,
          kind: values.kind,
          measure: values.measure,
          limit: intFlag(values.limit, "limit", 100),
        });
        if (values.json) out(page);
        else
          io.stdout.write(
            `${page.items.map(line).join("\n")}\n${page.items.length} of ${page.total} claim(s)\n`,
          );
      } else if (action === "show") {
        const claim = await port.getClaim(id);
        if (values.json) out(claim);
        else
          io.stdout.write(
            `${line(claim)}\n${claim.history.map((h) => `  v${h.version} ${h.status} by ${h.by} at ${h.at}${h.reason ? ` — ${h.reason}` : ""}\n${changeLines(h.changes, "      ")}`).join("")}`,
          );
      } else if (action === "confirm") {
        // One claim goes through the single review (its 404 names it); several are all or none.
        if (positionals.length === 1)
          await port.reviewClaim(id, { action: "confirm", reason: values.reason });
        const result =
          positionals.length === 1
            ? { confirmed: 1 }
            : await port.confirmClaims(positionals, values.reason ?? null);
        if (values.json) out(result);
        else io.stdout.write(`${result.confirmed} claim(s) confirmed\n`);
      } else if (action === "correct" || action === "reject") {
        if (action === "reject" && !values.reason)
          throw new UsageError("claims reject needs --reason");
        const ref = values["claimant-ref"];
        if (values.claimant !== undefined && ref !== undefined)
          throw new UsageError("give --claimant (a new claimant) or --claimant-ref, not both");
        const named = values.claimant ?? ref;
        if ((named === undefined) !== (values.role === undefined))
          throw new UsageError("--claimant (or --claimant-ref) and --role go together");
        // The service checks the role and the ref, and says which is wrong.
        const claimant =
          named !== undefined && values.role
            ? { name: values.claimant, role: values.role as "official", ref: ref ?? null }
            : undefined;
        const claim = await port.reviewClaim(id, {
          action,
          fields: values.set ? parseSet(values.set) : undefined,
          claimant,
          basis: values.basis,
          locator: locatorFromFlags(values),
          reason: values.reason,
        });
        if (values.json) out(claim);
        else io.stdout.write(`${line(claim)}\n`);
      } else if (action === "create") {
        const locator = locatorFromFlags(values);
        if (!locator)
          throw new UsageError(
            "claims create needs a locator: --span, --rect, --polygon or --time",
          );
        if (!values.kind) throw new UsageError("claims create needs --kind");
        if (!values.claimant && !values["claimant-ref"])
          throw new UsageError("claims create needs --claimant (or --claimant-ref) and --role");
        const claim = await port.createClaim({
          sourceId: id,
          kind: values.kind,
          fields: values.set ? parseSet(values.set) : {},
          claimant: {
            name: values.claimant,
            role: (values.role ?? "") as "official",
            ref: values["claimant-ref"] ?? null,
          },
          basis: values.basis,
          locator,
          reason: values.reason,
        });
        if (values.json) out(claim);
        else io.stdout.write(`${line(claim)}\n`);
      } else {
        const result = await port.reextract(id);
        if (values.json) out(result);
        else
          io.stdout.write(
            `${result.proposed} proposed, ${result.removed} unreviewed proposals replaced, ${result.keptReviewed} reviewed claims kept\n`,
          );
      }
      return 0;
    } finally {
      await port.close();
    }
  },
};
