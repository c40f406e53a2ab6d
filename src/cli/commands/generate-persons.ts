import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { toCsvText, truthCsvText } from "../../core/generate/csv-text.js";
import { generatePersons } from "../../core/generate/generate-persons.js";
import { type Command, UsageError } from "../command.js";
import { intFlag, numberFlag, parseCommandArgs } from "../parse-args.js";

const usage = `Usage: casefile generate-persons --people N --lists K --seed S --out-dir DIR [--duplicates RATE]

Generates K person lists of a population of N with known truth, for testing linkage and
estimation: Azerbaijani and Russian names in Azerbaijani Latin and Cyrillic, Russian Cyrillic and
English renderings, typos, gaps, swapped name order, age noise, list-specific and heterogeneous
capture. Writes DIR/<list>.csv for each list and DIR/truth.csv (file, id, person).`;

export const generatePersonsCommand: Command = {
  name: "generate-persons",
  summary: "generate person lists with known truth (for testing linkage and estimation)",
  usage,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        people: { type: "string" },
        lists: { type: "string" },
        seed: { type: "string" },
        "out-dir": { type: "string" },
        duplicates: { type: "string" },
      },
      usage,
    );
    if (positionals.length > 0)
      throw new UsageError(`unexpected argument "${positionals[0]}"\n\n${usage}`);
    if (!values["out-dir"]) throw new UsageError(`--out-dir is required\n\n${usage}`);
    const people = intFlag(values.people, "people", 1000);
    const lists = intFlag(values.lists, "lists", 4);
    if (people < 1 || lists < 1 || lists > 30)
      throw new UsageError("--people must be positive and --lists in 1..30");
    const generated = generatePersons({
      people,
      lists,
      seed: intFlag(values.seed, "seed", 1),
      duplicateRate: numberFlag(values.duplicates, "duplicates", 0),
    });
    const dir = values["out-dir"].startsWith("/")
      ? values["out-dir"]
      : join(io.cwd, values["out-dir"]);
    mkdirSync(dir, { recursive: true });
    for (const list of generated.lists)
      writeFileSync(join(dir, `${list.name}.csv`), toCsvText(list.header, list.rows));
    writeFileSync(join(dir, "truth.csv"), truthCsvText(generated));
    const sizes = generated.lists.map((l) => `${l.name} ${l.rows.length}`).join(", ");
    io.stdout.write(`${people} people, ${generated.unobserved} on no list; ${sizes}\n`);
    return 0;
  },
};
