import { type Command, UsageError } from "../command.js";
import { parseCommandArgs } from "../parse-args.js";
import { connect } from "../port/connect.js";

const usage = `Usage: casefile group add <group>
       casefile group list [--json]
       casefile group join <group> <username>
       casefile group leave <group> <username>

Groups are teams: material can be granted to a group, and its members see it.`;

export const groupCommand: Command = {
  name: "group",
  summary: "add groups and their members",
  usage,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { json: { type: "boolean" } }, usage);
    const [action, group, username] = positionals;
    if (!action || !["add", "list", "join", "leave"].includes(action)) throw new UsageError(usage);
    if (action !== "list" && !group) throw new UsageError(`missing <group>\n\n${usage}`);
    if ((action === "join" || action === "leave") && !username)
      throw new UsageError(`missing <username>\n\n${usage}`);
    const port = await connect(io, "group");
    try {
      if (action === "list") {
        const groups = await port.listGroups();
        if (values.json) io.stdout.write(`${JSON.stringify(groups, null, 2)}\n`);
        else for (const g of groups) io.stdout.write(`${g.name}\t${g.members.join(", ")}\n`);
        return 0;
      }
      const g =
        action === "add"
          ? await port.addGroup(group as string)
          : await port.setGroupMember(group as string, username as string, action === "join");
      io.stdout.write(`${g.name}\t${g.members.join(", ")}\n`);
      return 0;
    } finally {
      await port.close();
    }
  },
};
