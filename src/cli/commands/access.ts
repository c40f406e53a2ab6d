import { type Command, UsageError } from "../command.js";
import { parseCommandArgs } from "../parse-args.js";
import { connect } from "../port/connect.js";

const usage = `Usage: casefile access grant <source-id> <user:NAME|group:NAME> [--write]
       casefile access revoke <source-id> <user:NAME|group:NAME>
       casefile access show <source-id>
       (add --list to name a person list, by id or name, instead of a source, or --case to name
       a case: a grant on a case lets its team see the case's protected names)

Grants let a user, or every member of a group, see one item whatever its level (and with
--write also change it). A grant on a compilation covers its parts; on a source, its claims.
A source's level is set with: casefile sources edit <id> --access public|restricted|confidential|sealed`;

export const accessCommand: Command = {
  name: "access",
  summary: "grant users and groups access to one source or person list",
  usage,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        write: { type: "boolean" },
        list: { type: "boolean" },
        case: { type: "boolean" },
        json: { type: "boolean" },
      },
      usage,
    );
    const [action, target, principal] = positionals;
    if (!action || !["grant", "revoke", "show"].includes(action) || !target)
      throw new UsageError(usage);
    if (action !== "show" && !principal)
      throw new UsageError(`missing user:NAME or group:NAME\n\n${usage}`);
    const targetType = values.case ? "case" : values.list ? "person_list" : "source";
    const port = await connect(io, "access");
    try {
      const grants =
        action === "show"
          ? await port.grants(targetType, target)
          : action === "grant"
            ? await port.grant({
                targetType,
                target,
                principal: principal as string,
                mode: values.write ? "write" : "read",
              })
            : await port.revokeGrant({ targetType, target, principal: principal as string });
      if (values.json) io.stdout.write(`${JSON.stringify(grants, null, 2)}\n`);
      else if (grants.length === 0) io.stdout.write("no grants\n");
      else for (const g of grants) io.stdout.write(`${g.principal}\t${g.mode}\n`);
      return 0;
    } finally {
      await port.close();
    }
  },
};
