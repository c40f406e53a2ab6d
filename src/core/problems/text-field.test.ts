import { describe, expect, it } from "vitest";
import { textFieldProblem } from "./text-field.js";

describe("a text field's check", () => {
  it("refuses an empty or absent value only when the field is required", () => {
    for (const value of ["", undefined, null])
      expect(textFieldProblem("title", value, { required: true })).toEqual({
        field: "title",
        reason: "must not be empty",
        coded: { code: "invalid-input.required", params: { field: "title" } },
      });
    expect(textFieldProblem("note", "", { max: 5 })).toBeNull();
    expect(textFieldProblem("note", undefined, { min: 3 })).toBeNull();
    // An empty value given for a field with a least length is too short.
    expect(textFieldProblem("password", "", { min: 12 })?.coded.code).toBe(
      "invalid-input.min-length",
    );
  });

  it("names the bound a value falls outside of, and passes one within its bounds", () => {
    expect(textFieldProblem("password", "short", { min: 12, max: 20 })?.coded).toEqual({
      code: "invalid-input.min-length",
      params: { field: "password", limit: 12 },
    });
    const long = textFieldProblem("q", "x".repeat(201), { required: true, max: 200 });
    expect(long?.coded).toEqual({
      code: "invalid-input.max-length",
      params: { field: "q", limit: 200 },
    });
    expect(long?.reason).toBe("may have at most 200 characters");
    expect(textFieldProblem("q", "x".repeat(200), { required: true, max: 200 })).toBeNull();
  });
});
