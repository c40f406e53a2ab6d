/** `casefile extract <file>`: the claims a text proposes, read straight from a file. */
import { extractClaims } from "../../core/extract/index.js";
import type { ProposedClaim } from "../../core/model/claim.js";
import { type Command, UsageError } from "../command.js";
import { parseCommandArgs } from "../parse-args.js";
import { guarded, readTextArg } from "./split.js";

const usage = `Usage: casefile extract <file> [--json] [--publisher NAME]

Proposes the claims of a text file — figures, times, places, actors — with exact character
offsets and who states each one (the publisher unless the text attributes it). No store is needed.`;

function describe(c: ProposedClaim): string {
  switch (c.kind) {
    case "figure":
      return `${c.measure} ${c.min ?? "…"}–${c.max ?? "…"} ${c.hedge}${c.subgroup ? ` ${c.subgroup}` : ""}`;
    case "time":
      return `${c.startIso}${c.endIso ? `/${c.endIso}` : ""} ${c.precision}${c.approximate ? " approx" : ""}`;
    case "place":
      return `${c.name}${c.placeId ? ` (${c.placeId})` : ""}`;
    case "actor":
      return `${c.actorType} ${c.name}`;
    case "qualification":
      return c.qualification;
    case "statement":
      return c.summary;
  }
}

export const extractCommand: Command = {
  name: "extract",
  summary: "propose the claims of a text file (no store needed)",
  usage,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      { json: { type: "boolean" }, publisher: { type: "string" } },
      usage,
    );
    if (positionals.length > 1)
      throw new UsageError(`unexpected argument "${positionals[1]}"\n\n${usage}`);
    const text = await readTextArg(positionals[0], io, usage);
    const publisher = values.publisher;
    const claims = guarded(() => extractClaims(text, publisher === undefined ? {} : { publisher }));
    if (values.json) {
      io.stdout.write(`${JSON.stringify(claims, null, 2)}\n`);
      return 0;
    }
    for (const c of claims) {
      const quote = c.text.replace(/\s+/g, " ");
      io.stdout.write(
        `${String(c.start).padStart(7)}  ${c.kind.padEnd(7)} ${describe(c).padEnd(40)} “${quote}” — ${c.claimant.name}\n`,
      );
    }
    io.stdout.write(`${claims.length} claim(s)\n`);
    return 0;
  },
};
