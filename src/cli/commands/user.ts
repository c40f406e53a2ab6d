import type { UserView } from "../../services/presenters/account.presenter.js";
import { type Command, UsageError } from "../command.js";
import { parseCommandArgs } from "../parse-args.js";
import { connect } from "../port/connect.js";

const usage = `Usage: casefile user add <username> --role viewer|editor|reviewer|admin [--name "Full Name"] [--password-stdin]
       casefile user list [--json]
       casefile user role <username> <role>
       casefile user disable <username>
       casefile user enable <username>

Accounts of the web application and the API. Without --password-stdin, "add" generates a strong
password and prints it once; there is no default password. The first administrator is added
here, by the operator on the store's machine.`;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Buffer));
  // One trailing newline is the shell's, not the password's.
  return Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
}

function line(u: UserView): string {
  return `${u.username}\t${u.role}${u.disabled ? "\tdisabled" : ""}${u.groups.length ? `\tgroups: ${u.groups.join(", ")}` : ""}`;
}

export const userCommand: Command = {
  name: "user",
  summary: "add, list, disable and change the role of accounts",
  usage,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        role: { type: "string" },
        name: { type: "string" },
        "password-stdin": { type: "boolean" },
        json: { type: "boolean" },
      },
      usage,
    );
    const [action, username, extra] = positionals;
    const need = (value: string | undefined, what: string): string => {
      if (!value) throw new UsageError(`missing ${what}\n\n${usage}`);
      return value;
    };
    if (action === undefined) throw new UsageError(usage);
    if (!["add", "list", "role", "disable", "enable"].includes(action))
      throw new UsageError(`unknown action "${action}"\n\n${usage}`);
    const password = action === "add" && values["password-stdin"] ? await readStdin() : undefined;
    const port = await connect(io, "user");
    try {
      if (action === "add") {
        const outcome = await port.addUser({
          username: need(username, "<username>"),
          role: need(values.role, "--role"),
          displayName: values.name,
          password,
        });
        io.stdout.write(`added ${line(outcome.user)}\n`);
        if (outcome.password)
          io.stdout.write(`password (shown once, store it now): ${outcome.password}\n`);
      } else if (action === "list") {
        const users = await port.listUsers();
        if (values.json) io.stdout.write(`${JSON.stringify(users, null, 2)}\n`);
        else for (const u of users) io.stdout.write(`${line(u)}\n`);
      } else if (action === "role") {
        const u = await port.setUserRole(need(username, "<username>"), need(extra, "<role>"));
        io.stdout.write(`${line(u)}\n`);
      } else {
        const u = await port.setUserDisabled(need(username, "<username>"), action === "disable");
        io.stdout.write(`${line(u)}\n`);
      }
      return 0;
    } finally {
      await port.close();
    }
  },
};
