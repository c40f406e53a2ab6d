import { type ProvenanceLink, parseLink } from "../../core/model/provenance.js";
import { type Command, UsageError } from "../command.js";
import { parseCommandArgs } from "../parse-args.js";
import { connect } from "../port/connect.js";

const usage = `Usage: casefile provenance <claim-id> [--basis B] [--from LINK|none] [--reason TEXT] [--json]

Sets what a claim rests on and what it passes on; each change is a new version of the claim
and an entry in the log. A link that would make a claim derive from itself is refused.

  --basis B      own_observation, reported_speech, cited_document, official_statistics, unstated
  --from LINK    claim:ID or source:ID (store ids), or claimant:ID (a case claimant's id, or a
                 name when the original is not in the archive); "none" removes the link`;

function linkOf(text: string | undefined): ProvenanceLink | null | undefined {
  if (text === undefined) return undefined;
  if (text === "none") return null;
  try {
    return parseLink(text);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

export const provenanceCommand: Command = {
  name: "provenance",
  summary: "set a claim's basis and the claim, source or claimant it derives from",
  usage,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        basis: { type: "string" },
        from: { type: "string" },
        reason: { type: "string" },
        json: { type: "boolean" },
      },
      usage,
    );
    const id = positionals[0];
    if (!id || positionals.length > 1) throw new UsageError(usage);
    const derivedFrom = linkOf(values.from);
    if (values.basis === undefined && derivedFrom === undefined)
      throw new UsageError(`give --basis, --from or both\n\n${usage}`);
    const port = await connect(io, "provenance");
    try {
      const claim = await port.setProvenance(id, {
        basis: values.basis,
        derivedFrom,
        reason: values.reason,
      });
      if (values.json) io.stdout.write(`${JSON.stringify(claim, null, 2)}\n`);
      else
        io.stdout.write(
          `${claim.id} v${claim.version}: basis ${claim.basis}, derived from ${claim.derivedFrom ? `${claim.derivedFrom.kind}:${claim.derivedFrom.id}` : "nothing (an original statement)"}\n`,
        );
      return 0;
    } finally {
      await port.close();
    }
  },
};
