/** `casefile claims correct` as a process: a new claimant and a basis in one version; a bad basis named. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jsonOf, runCasefile } from "./support/cli-process.js";
import { OWN_TEXTS } from "./support/paths.js";
import { PROCESS_TARGETS, type ProcessEnv } from "./support/process-targets.js";

interface ClaimRow {
  id: string;
  kind: string;
  sourceId: string;
  fields: Record<string, unknown>;
  version: number;
  basis: string;
  claimant: { name: string; role: string; ref: string | null };
}

const target = PROCESS_TARGETS[0];
if (!target) throw new Error("no process target");

describe("casefile claims correct", () => {
  let env: ProcessEnv;
  let claim: ClaimRow;
  beforeAll(async () => {
    env = await target.create();
    const ingest = await runCasefile(["ingest", OWN_TEXTS[0] as string, "--json"], env.env);
    expect(ingest.code, ingest.stderr).toBe(0);
    const list = jsonOf<{ items: ClaimRow[] }>(
      await runCasefile(["claims", "list", "--kind", "figure", "--json"], env.env),
    );
    const first = list.items[0];
    if (!first) throw new Error("no figure claim proposed from the own text");
    claim = first;
  });
  afterAll(() => env.dispose());

  it("gives a claim to a new claimant with a basis, and names a bad basis", async () => {
    const bad = await runCasefile(["claims", "correct", claim.id, "--basis", "hearsay"], env.env);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/basis must be one of own_observation/);
    const done = await runCasefile(
      [
        "claims",
        ...["correct", claim.id, "--claimant", "District officials", "--role", "official"],
        ...["--basis", "reported_speech", "--reason", "the text names them", "--json"],
      ],
      env.env,
    );
    expect(done.code, done.stderr).toBe(0);
    expect(jsonOf<ClaimRow>(done)).toMatchObject({
      version: claim.version + 1,
      basis: "reported_speech",
      claimant: { name: "District officials", role: "official", ref: null },
    });
  });

  it("sets a place's coordinates and keeps them through a later correction", async () => {
    const create = (coordinates: string) =>
      runCasefile(
        [
          "claims",
          ...["create", claim.sourceId, "--kind", "place", "--set", "name=Khojaly"],
          ...["--set", `coordinates=${coordinates}`, "--claimant", "A reader", "--role", "other"],
          ...["--span", "0-10", "--json"],
        ],
        env.env,
      );
    const bad = await create("91,46");
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/coordinates/);
    const made = await create("39.91,46.79");
    expect(made.code, made.stderr).toBe(0);
    const place = jsonOf<ClaimRow>(made);
    expect(place.fields).toMatchObject({ coordinates: { lat: 39.91, lon: 46.79 } });
    const renamed = await runCasefile(
      ["claims", "correct", place.id, "--set", "name=Xocalı", "--json"],
      env.env,
    );
    expect(renamed.code, renamed.stderr).toBe(0);
    expect(jsonOf<ClaimRow>(renamed).fields).toMatchObject({
      name: "Xocalı",
      coordinates: { lat: 39.91, lon: 46.79 },
    });
  });
});
