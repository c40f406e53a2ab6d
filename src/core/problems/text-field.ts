/**
 * The one check of a text field's length, for every service and validator that takes free text:
 * required (not empty) and within its bounds. It returns the problem instead of throwing it, so
 * each caller raises it as the error its own callers expect (`InvalidInputError` in services,
 * `InvalidMetadataError` for a source's details).
 */
import type { CodedProblem } from "./problem-codes.js";

export interface TextFieldRule {
  /** Refuse an empty or absent value (an absent value of a field that is not required passes). */
  readonly required?: boolean;
  readonly min?: number;
  readonly max?: number;
}

/** Why a field's text is refused: the reason in English, and the code the reader's language words. */
export interface TextFieldProblem {
  readonly field: string;
  readonly reason: string;
  readonly coded: CodedProblem;
}

/**
 * The problem with a field's text, or null when it passes. The value is checked as given: trim
 * it first where surrounding spaces do not count.
 *
 * @example textFieldProblem("title", "", { required: true })?.coded.code // "invalid-input.required"
 */
export function textFieldProblem(
  field: string,
  value: string | null | undefined,
  rule: TextFieldRule,
): TextFieldProblem | null {
  if (rule.required && !value)
    return {
      field,
      reason: "must not be empty",
      coded: { code: "invalid-input.required", params: { field } },
    };
  if (value === null || value === undefined) return null;
  const length = value.length;
  if (rule.min !== undefined && length < rule.min)
    return {
      field,
      reason: `needs at least ${rule.min} characters`,
      coded: { code: "invalid-input.min-length", params: { field, limit: rule.min } },
    };
  if (rule.max !== undefined && length > rule.max)
    return {
      field,
      reason: `may have at most ${rule.max} characters`,
      coded: { code: "invalid-input.max-length", params: { field, limit: rule.max } },
    };
  return null;
}
