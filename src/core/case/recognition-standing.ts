/**
 * How much a recognition weighs as a statement of its country, kept apart rather than counted
 * together: an act of a national body (a parliament's resolution, a law, a government's
 * statement) is not a governor's proclamation, and neither is one legislator's remark. A country
 * on the map takes the weightiest standing among its entries that name the event; entries that
 * name it as nothing (qualification not stated) are recorded but colour nothing.
 */
export const STANDINGS = ["national_act", "subnational_act", "member_remark"] as const;
export type Standing = (typeof STANDINGS)[number];

/** What the standing is read from; codes as strings, so that the API's shape fits too. */
export interface StandingEntry {
  readonly issuer: string;
  readonly instrument: string;
  readonly jurisdiction: { readonly level: string; readonly iso3166: string | null };
  readonly qualifications: readonly string[];
}
type Entry = StandingEntry;

/** The standing of one entry: who speaks (a body or office, or one member) and at what level. */
export function standingOf(r: Entry): Standing {
  if (r.issuer === "member" || r.instrument === "remark") return "member_remark";
  return r.jurisdiction.level === "country" ? "national_act" : "subnational_act";
}

/** The two-letter country of an entry (a state of the United States counts for the country). */
export function countryOf(r: Pick<StandingEntry, "jurisdiction">): string | null {
  const code = r.jurisdiction.iso3166;
  return code && /^[A-Za-z]{2}/.test(code) ? code.slice(0, 2).toUpperCase() : null;
}

export interface CountryStanding {
  readonly country: string;
  /** The weightiest standing among entries that name the event; null when none names it. */
  readonly shade: Standing | null;
  /** Entries per standing: how many name the event, and how many leave it unstated. */
  readonly counts: Readonly<
    Record<Standing, { readonly stated: number; readonly unstated: number }>
  >;
}

/** Each country with entries, with its shade and counts. */
export function countryStandings(entries: readonly Entry[]): CountryStanding[] {
  const byCountry = new Map<string, Entry[]>();
  for (const r of entries) {
    const c = countryOf(r);
    if (c) byCountry.set(c, [...(byCountry.get(c) ?? []), r]);
  }
  return [...byCountry].map(([country, list]) => {
    const counts = Object.fromEntries(
      STANDINGS.map((s) => {
        const own = list.filter((r) => standingOf(r) === s);
        const stated = own.filter((r) => r.qualifications.length > 0).length;
        return [s, { stated, unstated: own.length - stated }];
      }),
    ) as Record<Standing, { stated: number; unstated: number }>;
    return { country, shade: STANDINGS.find((s) => counts[s].stated > 0) ?? null, counts };
  });
}
