import { ACTION_OPTIONS, readAction, runAction } from "../action-command.js";
import { type Command, UsageError } from "../command.js";
import { parseCommandArgs } from "../parse-args.js";

const usage = `Usage: casefile people protect "<name>" --case <case> [--reason R] [--json]
       casefile people unprotect "<name>" --case <case> [--reason R] [--json]
       casefile people list --case <case> [--json]
       casefile people consent "<name>" --case <case> --scope publication|memorial|research --date YYYY-MM-DD [--note N]
       casefile people withdraw <consent-id> [--reason R]

Protecting a person of a case (a witness, a claimant, a name in its passages or lists) gives them
a stable pseudonym, printed here: whoever may not see the name (anyone not granted the case, see
\`casefile access grant <case> group:<team> --case\`) gets the pseudonym in every answer, search,
brief and export, and the name masked in passages in any spelling. A registered person is named
publicly only while unprotected and with consent to publication in force; a withdrawal counts at
once. Every change is versioned and logged (with the pseudonym, never the name).`;

export const peopleCommand: Command = {
  name: "people",
  summary: "protect a witness (prints the pseudonym), unprotect, list, record or withdraw consent",
  usage,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        ...ACTION_OPTIONS,
        scope: { type: "string" },
        date: { type: "string" },
        note: { type: "string" },
      },
      usage,
    );
    const rules = {
      actions: ["protect", "unprotect", "list", "consent", "withdraw"],
      withSubject: ["protect", "unprotect", "consent", "withdraw"],
      needCase: ["protect", "unprotect", "list", "consent"],
    };
    const { action, subject: name } = readAction(positionals, rules, values.case, usage);
    if (action === "consent" && (!values.scope || !values.date))
      throw new UsageError(`--scope and --date are required\n\n${usage}`);
    const caseId = values.case ?? "";
    const reason = values.reason ?? null;
    return runAction(io, "people", values.json, async (port, print) => {
      if (action === "list") {
        const persons = await port.casePersons(caseId);
        print(
          persons,
          persons
            .map(
              (p) =>
                `${p.pseudonym}\t${p.name}\t${p.protected ? "protected" : "unprotected"}\t${p.namedPublicly ? "named publicly" : "not named publicly"}`,
            )
            .join("\n") || "no protected or registered persons",
        );
      } else if (action === "withdraw") {
        const consent = await port.withdrawConsent(name, reason);
        print(
          consent,
          `consent ${consent.id} (${consent.scope}) withdrawn at ${consent.withdrawnAt}`,
        );
      } else if (action === "consent") {
        const person = await port.recordConsent(caseId, name, {
          scope: values.scope ?? "",
          givenOn: values.date ?? "",
          note: values.note ?? null,
        });
        const last = person.consents.at(-1);
        print(person, `${person.pseudonym}: consent ${last?.id} (${last?.scope}) recorded`);
      } else {
        const person =
          action === "protect"
            ? await port.protectPerson(caseId, name, reason)
            : await port.unprotectPerson(caseId, name, reason);
        // The pseudonym alone on stdout when protecting, so that scripts can take it up.
        print(
          person,
          action === "protect"
            ? person.pseudonym
            : `${person.pseudonym}: unprotected${person.namedPublicly ? "" : " (still not named publicly: no consent to publication in force)"}`,
        );
      }
    });
  },
};
