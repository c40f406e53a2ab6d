/**
 * Interface text, English: problems from the server by their code, and JSON types. A part of the
 * catalogue fetched when a problem is first shown (see i18n.ts), not with the first view.
 */
export const enProblems = {
  "term.problem.not-found": "Not found.",
  "term.problem.unauthorized": "You are not signed in, or your sign-in is no longer valid.",
  "term.problem.forbidden": "You may not do this.",
  "term.problem.invalid-input": "The input was not accepted.",
  "term.problem.conflict":
    "This conflicts with what exists already or with a change made meanwhile.",
  "term.problem.unprocessable": "The request could not be carried out.",
  "term.problem.too-large": "Too large.",
  "term.problem.unsupported-type": "This type of content is not supported.",
  "term.problem.store-busy": "The store is busy; try again shortly.",
  "term.problem.rate-limited": "Too many requests; try again later.",
  "term.problem.csrf": "The page's security token is missing or stale; reload the page.",
  "term.problem.capture-refused": "This address may not be captured.",
  "term.problem.capture-failed": "The page could not be captured.",
  "term.problem.range-not-satisfiable": "The requested part lies outside the file.",
  "term.problem.bad-request": "The request is malformed.",
  "term.problem.internal": "An unexpected error occurred; it has been logged.",
  "term.problem.invalid-input.required": "Required.",
  "term.problem.invalid-input.type": "Must be {type}.",
  "term.problem.invalid-input.min-length": "Too short (minimum length: {limit}).",
  "term.problem.invalid-input.max-length": "Too long (maximum length: {limit}).",
  "term.problem.invalid-input.pattern": "Not in the expected form.",
  "term.problem.invalid-input.format": "Not in the expected form ({format}).",
  "term.problem.invalid-input.enum": "Must be one of: {allowed}.",
  "term.problem.invalid-input.minimum": "Must be at least {limit}.",
  "term.problem.invalid-input.maximum": "Must be at most {limit}.",
  "term.problem.invalid-input.min-items": "Too few items (minimum: {limit}).",
  "term.problem.invalid-input.max-items": "Too many items (maximum: {limit}).",
  "term.problem.invalid-input.additional-property": "Unknown field “{property}”.",
  "term.problem.invalid-input.one-of": "Not one of the accepted forms.",
  "term.problem.sign-in.wrong-password": "The username or the password is wrong.",
  "term.problem.sign-in.needed": "You need to sign in for this.",
  "term.problem.sign-in.too-many-attempts":
    "Too many sign-in attempts; try again in {minutes} min.",
  "term.problem.rate-limited.computation":
    "Too many requests for this computation (at most {max} a minute); try again shortly.",
  "term.problem.conflict.reviewed-meanwhile": "Someone else reviewed this meanwhile; reload it.",
  "term.problem.conflict.edited-meanwhile":
    "Someone else changed this meanwhile; reload it and make your change again.",
  "term.problem.four-eyes.own-confirmation":
    "Four eyes: you gave this its first confirmation; a second reviewer must confirm it.",
  "term.problem.four-eyes.own-item":
    "Four eyes: you made this; a reviewer other than its author must confirm it.",
  "term.problem.too-large.file": "The file is over the size limit.",
  "term.problem.too-large.body": "The request is over the size limit.",
  "term.problem.unreadable.empty": "{file}: the file holds no text.",
  "term.problem.unreadable.corrupt": "{file}: the file is damaged and cannot be read.",
  "term.problem.unreadable.unreadable": "{file}: the file cannot be read.",
  "term.problem.unreadable.unsupported-type": "{file}: this type of file is not supported.",
  "term.problem.unreadable.binary": "{file}: the file is not text.",
  "term.problem.unreadable.too-large": "{file}: the file is over the size limit.",
  // Specific problems of each part of the application (issue 15, round 3).
  "term.problem.invalid-input.bad-text": "{field}: the text holds a character that is not allowed.",
  "term.problem.invalid-input.bad-field-name":
    "A field name in {field} holds a character that is not allowed.",
  "term.problem.invalid-input.too-deep": "{field} is nested more than {limit} levels deep.",
  "term.problem.invalid-input.boolean": "{field} must be true or false.",
  "term.problem.invalid-input.unknown": "{field}: “{value}” is not known here.",
  "term.problem.invalid-input.not-an-id": "{field}: “{value}” is not an identifier.",
  "term.problem.invalid-input.reason-needed": "Give a reason for this decision.",
  "term.problem.invalid-input.empty-list": "{field}: give at least one.",
  "term.problem.invalid-input.length-range": "{field} must have {min} to {max} characters.",
  "term.problem.invalid-input.count-range": "{field}: give {min} to {max} items.",
  "term.problem.invalid-input.whole-number-range":
    "{field} must be a whole number from {min} to {max}.",
  "term.problem.invalid-input.positive-number": "{field} must be a positive number.",
  "term.problem.invalid-input.probability": "{field} must be a probability above 0 and at most 1.",
  "term.problem.invalid-input.duration": "{field} must be a duration of zero or more.",
  "term.problem.invalid-input.day": "{field}: “{value}” is not a day (year-month-day).",
  "term.problem.invalid-input.date": "{field}: “{value}” is not a date (a year, a month or a day).",
  "term.problem.invalid-input.day-order": "The last day comes before the first.",
  "term.problem.invalid-input.grade-filter":
    "{field}: “{value}” is not a grade (A–F, 1–6 or ungraded).",
  "term.problem.invalid-input.url": "{field} must be an http or https address.",
  "term.problem.not-found.route": "There is nothing at this address.",
  "term.problem.not-found.case": "There is no case “{id}”.",
  "term.problem.not-found.source": "There is no source {id}, or you may not see it.",
  "term.problem.not-found.source-original":
    "Source {id} is known by citation only: the archive holds no original file of it.",
  "term.problem.not-found.part-original":
    "Source {id} is part of a compilation: it has no original file of its own, only its text.",
  "term.problem.not-found.source-text": "Source {id} is known by citation only: it has no text.",
  "term.problem.not-found.passage": "There is no passage {id}.",
  "term.problem.not-found.claim": "There is no claim {id}, or you may not see it.",
  "term.problem.not-found.citable": "There is no source, passage or claim {id}.",
  "term.problem.not-found.evidence-link": "There is no evidence link {id}, or you may not see it.",
  "term.problem.not-found.link": "There is no record link {id}, or you may not see it.",
  "term.problem.not-found.person-list": "There is no person list “{id}”, or you may not see it.",
  "term.problem.not-found.person-record": "There is no person record {id}, or you may not see it.",
  "term.problem.not-found.user": "There is no account “{id}”.",
  "term.problem.not-found.group": "There is no group “{id}”.",
  "term.problem.not-found.token": "There is no token {id}.",
  "term.problem.not-found.grant": "{principal} holds no grant on {id}.",
  "term.problem.not-found.job": "There is no job {id}, or it is not yours to follow.",
  "term.problem.not-found.job-file": "Job {id} has made no file (it has not finished).",
  "term.problem.not-found.job-file-removed":
    "The file of job {id} has been removed since; run the job again.",
  "term.problem.not-found.media": "Source {id} has no such picture or recording.",
  "term.problem.not-found.capture": "There is no web capture {id}, or you may not see it.",
  "term.problem.not-found.capture-file": "Web capture {id} has no file {seq}.",
  "term.problem.not-found.chronicle-entry":
    "There is no chronicle entry {id}, or you may not see it.",
  "term.problem.not-found.memorial": "Case “{id}” has no published memorial.",
  "term.problem.not-found.memorial-entry": "The memorial has no entry {id}.",
  "term.problem.not-found.consent": "There is no consent record {id}.",
  "term.problem.not-found.protected-person": "No person named “{name}” is in this register.",
  "term.problem.not-found.named-person": "No person named “{name}” appears in this case.",
  "term.problem.unauthorized.bearer-form":
    "The Authorization header must read “Bearer” followed by a token.",
  "term.problem.unauthorized.token-invalid": "This token is not valid.",
  "term.problem.unauthorized.token-revoked": "This token has been revoked.",
  "term.problem.unauthorized.token-expired": "This token has expired.",
  "term.problem.unauthorized.account-disabled": "The account of this token is disabled.",
  "term.problem.forbidden.role": "This needs the role “{role}” or a higher one.",
  "term.problem.forbidden.write-grant": "Changing {level} material needs a write grant on it.",
  "term.problem.forbidden.token-scope": "Only a token with administrator scope may create tokens.",
  "term.problem.forbidden.token-role":
    "A token of this scope needs an account with the role “{role}”.",
  "term.problem.forbidden.register-keepers":
    "The register of protected persons of this case is kept by the reviewers granted the case.",
  "term.problem.forbidden.protected-original":
    "The original of source {id} names a protected person; open its text, where the name is hidden.",
  "term.problem.conflict.user-exists": "An account “{name}” exists already.",
  "term.problem.conflict.group-exists": "A group “{name}” exists already.",
  "term.problem.conflict.list-exists": "A person list “{name}” exists already.",
  "term.problem.conflict.grade-unchanged": "The grade is “{value}” already.",
  "term.problem.conflict.already-linked": "These two records are linked already.",
  "term.problem.conflict.link-rejected": "This link was rejected: the records are not linked.",
  "term.problem.conflict.consent-withdrawn": "This consent was withdrawn already.",
  "term.problem.unprocessable.part-wider":
    "A part may not be more visible than its compilation, which is {level}.",
  "term.problem.unprocessable.transcript-wider":
    "A transcript may not be more visible than its recording, which is {level}.",
  "term.problem.unprocessable.no-chromium":
    "No PDF can be printed on this server (Chromium is missing); no PDF was written.",
  "term.problem.unprocessable.work-limit":
    "The work took more time or memory than allowed and was stopped.",
  "term.problem.too-large.file-limit": "{file} is larger than the limit of {limit} bytes.",
  "term.problem.too-large.batch": "At most {limit} files in one batch.",
  "term.problem.range-not-satisfiable.file":
    "The requested part lies outside the file ({size} bytes).",
  "term.problem.upload.not-multipart": "The form sent no file.",
  "term.problem.upload.malformed": "The upload arrived damaged; send it again.",
  "term.problem.upload.no-file": "Choose a file to send.",
  "term.problem.upload.one-file": "Send one file at a time.",
  "term.problem.upload.unknown-field": "The form has a field “{field}” that is not known.",
  "term.problem.accounts.name-form":
    "{field}: 2 to 63 lower-case letters, digits, “.”, “_” or “-”, beginning with a letter or a digit.",
  "term.problem.accounts.name-reserved": "“{name}” is reserved; choose another name.",
  "term.problem.accounts.nothing-to-change": "Give a role, or disable or enable the account.",
  "term.problem.grants.principal-form": "A grant names “user:<name>” or “group:<name>”.",
  "term.problem.claims.empty-correction":
    "A correction needs new values, a claimant, a basis or a new place in the source.",
  "term.problem.claims.locator-needs-correction":
    "Only a correction may move a claim to another place in its source.",
  "term.problem.claims.no-text":
    "Source {id} has no text (it is known by citation only): nothing to extract from.",
  "term.problem.claims.nothing-to-point-into":
    "Source {id} has no text, picture or known duration to point into.",
  "term.problem.provenance.no-claim": "There is no claim {id} to derive from.",
  "term.problem.provenance.no-source": "There is no source {id} to derive from.",
  "term.problem.provenance.self": "A claim cannot derive from itself.",
  "term.problem.provenance.cycle":
    "Claim {id} already derives from this claim: the link would close a circle.",
  "term.problem.provenance.nothing": "Give a basis, a link to what the claim passes on, or both.",
  "term.problem.evidence.one-target": "Link exactly one claim, passage or source.",
  "term.problem.evidence.unconfirmed-claim":
    "Only a confirmed claim can be evidence; review the claim first.",
  "term.problem.evidence.other-case": "This evidence belongs to no source of case “{case}”.",
  "term.problem.evidence.empty-correction":
    "A correction needs an element, a polarity, a weight or a rationale.",
  "term.problem.registry.map-form": "The column mapping must pair each field with a column.",
  "term.problem.registry.map-field":
    "The column mapping names “{value}”, which is not a field; fields: {allowed}.",
  "term.problem.registry.ignore-form":
    "The columns to ignore are a list of column headings, separated by commas.",
  "term.problem.registry.no-lists": "There are no person lists to link.",
  "term.problem.registry.too-few-lists": "An estimate needs at least two person lists.",
  "term.problem.registry.no-records": "The chosen lists hold no records.",
  "term.problem.registry.too-few-records": "Linking needs at least two records.",
  "term.problem.registry.self-link": "A record cannot be linked to itself.",
  "term.problem.search.no-words": "The search has no words to look for.",
  "term.problem.search.rank-cap":
    "Only the first {limit} matches are ranked; narrow the search to see further.",
  "term.problem.sources.case-fixed":
    "This source belongs to the own data of case “{case}” and cannot move to another case.",
  "term.problem.export.table-only-csv": "A single table can be chosen only for CSV.",
  "term.problem.jobs.nothing-to-do": "The job has nothing to do.",
  "term.problem.chronicle.person-name": "Person {n}: a name has 1 to {max} characters.",
  "term.problem.chronicle.person-record": "Person {n}: “{value}” is not a record identifier.",
  "term.problem.chronicle.person-twice": "Person {n}: “{name}” is named twice.",
  "term.problem.chronicle.wider-than-image":
    "An entry cannot be {level} while its picture is {source}: it would be more visible than the picture.",
  "term.problem.chronicle.not-an-image":
    "Source {id} is not a picture; the chronicle shows pictures.",
  "term.problem.chronicle.already-in": "Source {id} is in the chronicle already.",
  "term.problem.protection.no-name": "“{name}” holds no name.",
  "term.problem.transcripts.not-utf8": "A transcript must be UTF-8 text.",
  "term.problem.transcripts.cue-past-end":
    "Cue {n} ends at {end} s, after the end of the recording ({duration} s).",
  "term.problem.transcripts.not-a-recording":
    "Source {id} is not a video or audio recording of known length.",
  "term.problem.transcripts.language": "“{value}” is not a language code such as az, ru or en.",
  "term.problem.capture.invalid-url": "“{url}” is not a web address.",
  "term.problem.capture.scheme": "“{url}”: only http and https addresses can be captured.",
  "term.problem.capture.private-address":
    "“{url}” leads to a private or local network, which may not be captured.",
  "term.problem.capture.too-large": "“{url}”: the page or one of its files is over the size limit.",
  "term.problem.capture.timeout": "“{url}” did not answer in time.",
  "term.problem.capture.network": "“{url}” could not be reached.",
  "term.problem.capture.redirects": "“{url}” redirects too many times.",
  "term.problem.capture.http-status": "“{url}” answered with an error.",
  "term.jsonType.string": "text",
  "term.jsonType.number": "a number",
  "term.jsonType.integer": "a whole number",
  "term.jsonType.boolean": "true or false",
  "term.jsonType.object": "an object",
  "term.jsonType.array": "a list",
  "term.jsonType.null": "empty",
} as const satisfies Record<string, string>;
