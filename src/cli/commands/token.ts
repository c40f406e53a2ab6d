import { type Command, UsageError } from "../command.js";
import { intFlag, parseCommandArgs } from "../parse-args.js";
import { connect } from "../port/connect.js";

const usage = `Usage: casefile token create --user <username> --scope read|write|admin [--name NAME] [--case CASE] [--expires-days N]
       casefile token list [--json]
       casefile token revoke <token-id>

API tokens for scripts (Authorization: Bearer <token>). The token is printed once, at creation;
the store keeps only its hash. A token never does more than its scope, nor more than its user.`;

export const tokenCommand: Command = {
  name: "token",
  summary: "create, list and revoke API tokens",
  usage,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        user: { type: "string" },
        scope: { type: "string" },
        name: { type: "string" },
        case: { type: "string" },
        "expires-days": { type: "string" },
        json: { type: "boolean" },
      },
      usage,
    );
    const [action, id] = positionals;
    if (!action || !["create", "list", "revoke"].includes(action)) throw new UsageError(usage);
    if (action === "create" && (!values.user || !values.scope))
      throw new UsageError(`create needs --user and --scope\n\n${usage}`);
    if (action === "revoke" && !id) throw new UsageError(`missing <token-id>\n\n${usage}`);
    const expires = values["expires-days"];
    const port = await connect(io, "token");
    try {
      if (action === "create") {
        const created = await port.createToken({
          username: values.user,
          scope: values.scope as string,
          name: values.name ?? "cli",
          caseId: values.case,
          expiresInDays: expires === undefined ? undefined : intFlag(expires, "expires-days", 0),
        });
        if (values.json) io.stdout.write(`${JSON.stringify(created, null, 2)}\n`);
        else
          io.stdout.write(
            `token ${created.info.id} for ${created.info.username} (${created.info.scope}${created.info.caseId ? `, case ${created.info.caseId}` : ""}${created.info.expiresAt ? `, expires ${created.info.expiresAt}` : ""})\n${created.token}\n`,
          );
      } else if (action === "list") {
        const tokens = await port.listTokens();
        if (values.json) io.stdout.write(`${JSON.stringify(tokens, null, 2)}\n`);
        else
          for (const t of tokens)
            io.stdout.write(
              `${t.id}\t${t.username}\t${t.name}\t${t.scope}${t.caseId ? `:${t.caseId}` : ""}\t${t.state}\n`,
            );
      } else {
        const t = await port.revokeToken(id as string);
        io.stdout.write(`${t.id}\t${t.state}\n`);
      }
      return 0;
    } finally {
      await port.close();
    }
  },
};
