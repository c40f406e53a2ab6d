/**
 * Every problem the server answers with, by a stable machine code, and the parameters its message
 * takes. The server sends `code` and `params` in each RFC 9457 problem document; the web
 * application words the message in the reader's language from its catalogue (`term.problem.*`),
 * whose test fails when a code here has no text. A type's general code stands for failures that
 * have no code of their own yet: the reader gets the general sentence and the server's detail.
 */
export const PROBLEM_CODES = {
  // One per problem type.
  "not-found": [],
  unauthorized: [],
  forbidden: [],
  "invalid-input": [],
  conflict: [],
  unprocessable: [],
  "too-large": [],
  "unsupported-type": [],
  "store-busy": [],
  "rate-limited": [],
  csrf: [],
  "capture-refused": [],
  "capture-failed": [],
  "range-not-satisfiable": [],
  "bad-request": [],
  internal: [],
  // A request's fields against the API's schemas (one per JSON Schema keyword).
  "invalid-input.required": ["field"],
  "invalid-input.type": ["field", "type"],
  "invalid-input.min-length": ["field", "limit"],
  "invalid-input.max-length": ["field", "limit"],
  "invalid-input.pattern": ["field"],
  "invalid-input.format": ["field", "format"],
  "invalid-input.enum": ["field", "allowed"],
  "invalid-input.minimum": ["field", "limit"],
  "invalid-input.maximum": ["field", "limit"],
  "invalid-input.min-items": ["field", "limit"],
  "invalid-input.max-items": ["field", "limit"],
  "invalid-input.additional-property": ["field", "property"],
  "invalid-input.one-of": ["field"],
  // Specific failures a reader of the web application meets.
  "sign-in.wrong-password": [],
  "sign-in.needed": [],
  "sign-in.too-many-attempts": ["minutes"],
  "rate-limited.computation": ["max"],
  "conflict.reviewed-meanwhile": [],
  "conflict.edited-meanwhile": [],
  "four-eyes.own-confirmation": [],
  "four-eyes.own-item": [],
  "too-large.file": [],
  "too-large.body": [],
  "unreadable.empty": ["file"],
  "unreadable.corrupt": ["file"],
  "unreadable.unreadable": ["file"],
  "unreadable.unsupported-type": ["file"],
  "unreadable.binary": ["file"],
  "unreadable.too-large": ["file"],
} as const satisfies Record<string, readonly string[]>;

export type ProblemCode = keyof typeof PROBLEM_CODES;

/** The codes in a stable order (for the catalogue and its test). */
export const PROBLEM_CODE_LIST = Object.keys(PROBLEM_CODES) as ProblemCode[];

/** The values a code's message takes, by name. */
export type ProblemParams = Readonly<Record<string, string | number>>;

/** A code with exactly the values its message names (none for a code without parameters). */
export type CodedProblem = {
  [C in ProblemCode]: (typeof PROBLEM_CODES)[C] extends readonly []
    ? { readonly code: C; readonly params?: Readonly<Record<string, never>> }
    : {
        readonly code: C;
        readonly params: Readonly<Record<(typeof PROBLEM_CODES)[C][number], string | number>>;
      };
}[ProblemCode];

export function isProblemCode(value: unknown): value is ProblemCode {
  return typeof value === "string" && Object.hasOwn(PROBLEM_CODES, value);
}
