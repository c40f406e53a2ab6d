import { describe, expect, it } from "vitest";
import { caseIds, nameUuid, uuidV5 } from "./stable-ids.js";

describe("stable ids of a reference case", () => {
  it("computes RFC 9562 version 5 UUIDs (the RFC's DNS example)", () => {
    expect(uuidV5("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "www.example.com")).toBe(
      "2ed6657d-e927-568b-95e1-2665a8aea6a2",
    );
  });

  it("derives a version 5 UUID from a name, the same every time", () => {
    const id = nameUuid("khojaly-1992/source/hrw-1992");
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(nameUuid("khojaly-1992/source/hrw-1992")).toBe(id);
    expect(nameUuid("khojaly-1992/source/hrw-1993")).not.toBe(id);
  });

  it("keeps sources, passages and claims of different cases apart", () => {
    const a = caseIds("a");
    const b = caseIds("b");
    expect(a.source("x")).not.toBe(b.source("x"));
    expect(a.claim("x")).not.toBe(a.source("x"));
    expect(a.passage("x", 1)).not.toBe(a.passage("x", 2));
  });
});
