import { describe, expect, it } from "vitest";
import { truncateLabel } from "./truncate.js";

describe("truncateLabel", () => {
  it("returns a short label unchanged", () => {
    expect(truncateLabel("Khojaly", 10)).toBe("Khojaly");
  });

  it("cuts at a word boundary and adds an ellipsis, within the budget", () => {
    expect(truncateLabel("The events in Khojaly", 12)).toBe("The events…");
  });

  it("cuts hard when there is no space in the second half, never splitting a surrogate pair", () => {
    const label = truncateLabel("😀".repeat(10), 6);
    expect(label.length).toBeLessThanOrEqual(6);
    expect(label).toBe("😀😀…");
  });
});
