import { describe, expect, it } from "vitest";
import type { AccessLevel } from "./access.js";
import { followedLevel, type LevelVersion, ownLevel } from "./derived-access.js";

const history = (...steps: [AccessLevel, boolean][]): LevelVersion[] =>
  steps.map(([access, followed], i) => ({ version: i + 1, access, followed }));

describe("the level of a derived text", () => {
  it("follows its origin back open when every level it had came from the origin", () => {
    const closedWithRecording = history(["public", true], ["restricted", true]);
    expect(ownLevel(closedWithRecording)).toBeNull();
    expect(followedLevel(closedWithRecording, "public")).toBe("public");
    expect(followedLevel(closedWithRecording, "confidential")).toBe("confidential");
  });

  it("keeps a level set in its own right as its floor when the origin opens", () => {
    // Restricted by a reviewer, then closed further with the recording, then a title edit.
    const own = history(
      ["public", true],
      ["restricted", false],
      ["confidential", true],
      ["confidential", false],
    );
    expect(ownLevel(own)).toBe("restricted");
    expect(followedLevel(own, "public")).toBe("restricted");
    expect(followedLevel(own, "sealed")).toBe("sealed");
  });

  it("takes a level opened by hand as its own, and ignores edits that kept the level", () => {
    const opened = history(["restricted", true], ["restricted", false], ["public", false]);
    expect(ownLevel(opened)).toBe("public");
    expect(followedLevel(opened, "restricted")).toBe("restricted");
  });
});
