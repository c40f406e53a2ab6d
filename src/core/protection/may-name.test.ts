import { describe, expect, it } from "vitest";
import { mayName } from "./may-name.js";

describe("mayName", () => {
  it("finds no name in ids, digests, dates, numbers and vocabulary codes", () => {
    expect(
      mayName({
        id: "3f0c2a1e-9b7d-4c3e-8f21-0a1b2c3d4e5f",
        sha256: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
        at: "2026-11-29T20:58:01.123Z",
        day: "1992-02-26",
        counts: [1, 2, 3],
        status: "confirmed",
        access: "public",
        done: true,
        nothing: null,
      }),
    ).toBe(false);
  });

  it("finds a possible name in any other text, deep in the data", () => {
    expect(mayName({ items: [{ caption: "Valeh Huseynov at the bridge" }] })).toBe(true);
    expect(mayName(["Гусейнов"])).toBe(true);
    expect(mayName("witness-valeh-huseynov")).toBe(true);
    // A code field holding something other than a code is text like any other.
    expect(mayName({ role: "Valeh Huseynov" })).toBe(true);
  });
});
