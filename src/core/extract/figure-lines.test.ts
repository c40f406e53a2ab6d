import { describe, expect, it } from "vitest";
import { extractClaims } from "./index.js";

const figures = (text: string) =>
  extractClaims(text).flatMap((c) =>
    c.kind === "figure"
      ? [
          {
            text: c.text,
            measure: c.measure,
            min: c.min,
            max: c.max,
            hedge: c.hedge,
            subgroup: c.subgroup,
            claimant: c.claimant.name,
          },
        ]
      : [],
  );

describe("figures laid out in lines", () => {
  it("reads an infobox line with several values, hedges and claimants in parentheses", () => {
    const text =
      "Riverside clashes\nDeaths: 304 (per a rights group); 225 (government)\nInjured: 2,000+\n";
    expect(figures(text)).toEqual([
      expect.objectContaining({
        text: "304",
        measure: "killed",
        min: 304,
        claimant: "a rights group",
      }),
      expect.objectContaining({ text: "225", measure: "killed", claimant: "government" }),
      expect.objectContaining({
        text: "2,000+",
        measure: "wounded",
        min: 2000,
        max: null,
        hedge: "at_least",
      }),
    ]);
  });

  it("reads a key-figures list with dotted leaders and a subgroup in the label", () => {
    const text =
      "KEY FIGURES\nInternally displaced ........ 568,000\nCivilian deaths ............. 1,874\n";
    expect(figures(text)).toEqual([
      expect.objectContaining({ measure: "displaced", min: 568000 }),
      expect.objectContaining({ measure: "killed", min: 1874, subgroup: "civilians" }),
    ]);
  });

  it("reads a table whose columns name the sources, under a caption naming the measure", () => {
    const text = [
      "Table 2 — People killed in the valley, by source",
      "| Group | Village council | Ministry |",
      "|-------|-----------------|----------|",
      "| Women | 77 | 64 |",
      "| Wounded | about 400 | 350–400 |",
      "",
    ].join("\n");
    expect(figures(text)).toEqual([
      expect.objectContaining({
        min: 77,
        measure: "killed",
        subgroup: "women",
        claimant: "Village council",
      }),
      expect.objectContaining({
        min: 64,
        measure: "killed",
        subgroup: "women",
        claimant: "Ministry",
      }),
      expect.objectContaining({ min: 400, hedge: "approx", measure: "wounded" }),
      expect.objectContaining({ min: 350, max: 400, hedge: "range", measure: "wounded" }),
    ]);
  });

  it("reads a comma-separated table with a measure per column", () => {
    const text = "Month, Arrested, Deaths in custody\nJuly, 2,310, 3\nAugust, 980, 1\n";
    expect(figures(text).map((f) => [f.measure, f.min])).toEqual([
      ["detained", 2310],
      ["killed", 3],
      ["detained", 980],
      ["killed", 1],
    ]);
  });

  it("reads a header or a label as the predicate of the counts under it", () => {
    // Invented shapes: a verb phrase or a place phrase heads the column, no measure noun.
    const table = [
      "Storm damage by district, as reported by the relief office",
      "",
      "District      Dead    Housed in relief centres    In shelters    Cattle lost",
      "Kelso           14                       2,300            640          900",
      "",
      "Town | Taken into custody | Sent home | Fled their homes",
      "Ardon | 120 | 80 | 1,400",
      "",
    ].join("\n");
    expect(figures(table).map((f) => [f.measure, f.min])).toEqual([
      ["killed", 14],
      ["displaced", 2300],
      ["displaced", 640],
      ["detained", 120],
      ["other", 80],
      ["displaced", 1400],
    ]);
    const lines =
      "Exhumed: 41\nIdentified: 33\nSleeping in schools: 800\nAt work: 312\nFamilies taken in by relatives: 95\n";
    expect(figures(lines).map((f) => [f.measure, f.min])).toEqual([
      ["bodies_recovered", 41],
      ["forensic_examined", 33],
      ["displaced", 800],
      ["population", 312],
      ["displaced", 95],
    ]);
  });

  it("reads a column of people staying with hosts as displaced people, not the hosts", () => {
    // "With host families": the place phrase of "staying with host families"; its nouns say
    // where the counted stay. A column of host families alone counts the hosts.
    const table = [
      "Locality     In relief camps    With host families    With relatives",
      "Kabanga                3,100                 5,400               900",
      "",
      "Ward         Host families    Killed    Injured",
      "Lusaka East           1,200         4         11",
    ].join("\n");
    expect(figures(table).map((f) => [f.measure, f.min, f.subgroup])).toEqual([
      ["displaced", 3100, null],
      ["displaced", 5400, null],
      ["displaced", 900, null],
      ["other", 1200, "families"],
      ["killed", 4, null],
      ["wounded", 11, null],
    ]);
  });

  it("joins a header's lines and a row's broken pieces back, across a page break", () => {
    // Invented shapes of pdftotext -layout output: a header over two and three lines, a row's
    // name wrapped or on the line before its numbers, a page's foot and head inside the table.
    const annex = [
      "Annex 3. Persons detained by locality, compiled by the Commission from station registers",
      "",
      "                        Persons      Persons     Housed in      Bodies",
      "Locality                detained     released    relief         found",
      "                                                 centres",
      "Alto Verde                   212          180       1,020          3",
      "San Miguel de las",
      "Lomas                         87           61         340          2",
      "Quebrada Honda (incl.",
      "  the two upper hamlets)     143          120         515          -",
      "",
      "Commission of Inquiry, Final Report                                 47",
      "",
      "El Carmen                     54           50          96          0",
      "",
      "The registers of two stations were lost in the fire of 1983 and are not counted here, nor",
      "Total                        496          411       1,971          5",
      "",
    ].join("\n");
    const read = figures(annex);
    // (The line of prose ends the table: its "Total" row is not read as one.)
    expect(read.map((f) => [f.measure, f.min])).toEqual([
      ["detained", 212],
      ["other", 180],
      ["displaced", 1020],
      ["bodies_recovered", 3],
      ["detained", 87],
      ["other", 61],
      ["displaced", 340],
      ["bodies_recovered", 2],
      ["detained", 143],
      ["other", 120],
      ["displaced", 515],
      ["detained", 54],
      ["other", 50],
      ["displaced", 96],
      ["bodies_recovered", 0],
    ]);
    expect(new Set(read.map((f) => f.claimant))).toEqual(new Set(["Commission"]));
    // A wrapped cell of a later column is that column's: the next row's label stays its own.
    const remarks = [
      "Date          Detained    Released    Remarks",
      "12 March            40          31    held at the",
      "                                      Women and girls",
      "14 March            22          20    -",
      "",
    ].join("\n");
    expect(figures(remarks).map((f) => [f.measure, f.subgroup, f.min])).toEqual([
      ["detained", null, 40],
      ["other", null, 31],
      ["detained", null, 22],
      ["other", null, 20],
    ]);
    // A name over a group of columns that name only whom they count spans them.
    const groups = [
      "                     Killed                 Injured",
      "District        Men     Women   Total    Men     Women",
      "Kelso            12         4      16     30        11",
      "",
    ].join("\n");
    expect(figures(groups).map((f) => [f.measure, f.subgroup, f.min])).toEqual([
      ["killed", "men", 12],
      ["killed", "women", 4],
      ["killed", null, 16],
      ["wounded", "men", 30],
      ["wounded", "women", 11],
    ]);
    // Tabs and bars: a line of fewer cells is missing its first ones.
    const tabs = "Month\tPersons\tOf whom\n\tdetained\tchildren\nApril\t312\t27\n";
    expect(figures(tabs).map((f) => [f.measure, f.subgroup, f.min])).toEqual([
      ["detained", null, 312],
      ["detained", "children", 27],
    ]);
    // An empty cell between bars keeps its place.
    const total = [
      "| Date  | Place  | Arrested | Injured | Killed | Source   |",
      "| 3 Jan | Quay   | 46       | 12      | 0      | monitors |",
      "| Total |        | 46       | 12      | 0      |          |",
    ].join("\n");
    expect(figures(total).map((f) => [f.measure, f.min])).toEqual([
      ["detained", 46],
      ["wounded", 12],
      ["killed", 0],
      ["detained", 46],
      ["wounded", 12],
      ["killed", 0],
    ]);
    const bars = "| Camp | Dead | Taken in by |\n| | | relatives |\n| Ostra | 14 | 2,140 |\n";
    expect(figures(bars).map((f) => [f.measure, f.min])).toEqual([
      ["killed", 14],
      ["displaced", 2140],
    ]);
  });

  it("gives each row of a table of sites the body its source column names", () => {
    // Columns that name no measure under a caption that does: read as the caption's figures, but
    // the sources stand in the column that says so, not in the other columns' names.
    const sites = [
      "Sheltering sites in Boré (as registered on 3 May)",
      "Site                    Capacity    Persons    Households   Source",
      "Primary school            400        1,150        190       Civil Protection",
      "Church hall               120          460         81       Partner NGO",
      "Total                                1,610        271",
    ].join("\n");
    expect(figures(sites).map((f) => [f.min, f.claimant])).toEqual([
      [400, "Civil Protection"],
      [1150, "Civil Protection"],
      [190, "Civil Protection"],
      [120, "Partner NGO"],
      [460, "Partner NGO"],
      [81, "Partner NGO"],
      [1610, "publisher"],
      [271, "publisher"],
    ]);
  });

  it("gives a table the body its source line names under it, not a list of sources", () => {
    const table = (source: string) =>
      [
        "Site            Remains exhumed    Identified",
        "Old mill well               41            33",
        "",
        "(a) Two sites were not opened.",
        source,
      ].join("\n");
    const named = figures(table("Source: Regional Forensic Office, yearly returns 2003–2006."));
    expect(named.map((f) => [f.measure, f.min, f.claimant])).toEqual([
      ["bodies_recovered", 41, "Regional Forensic Office"],
      ["forensic_examined", 33, "Regional Forensic Office"],
    ]);
    for (const list of ["Sources: OCHA, UNHCR.", "Source: clinic registers; interviews."])
      expect(figures(table(list)).map((f) => f.claimant)).toEqual(["publisher", "publisher"]);
  });

  it("gives a table the report its source line above names, a long title too", () => {
    const table = (source: string) =>
      [
        "Arrests and injuries by town, 2–9 May 1962",
        source,
        "",
        "Town            Injured    Arrested",
        "Nkana East           31         204",
      ].join("\n");
    const title =
      "Source: Final Report of the Board of Enquiry into the Copper Town Riots (Chairman: J. Idowu), 1963.";
    expect(figures(table(title)).map((f) => [f.measure, f.min, f.claimant])).toEqual([
      ["wounded", 31, "Final Report of the Board of Enquiry into the Copper Town Riots"],
      ["detained", 204, "Final Report of the Board of Enquiry into the Copper Town Riots"],
    ]);
    expect(figures(table("Figures are provisional.")).map((f) => f.claimant)).toEqual([
      "publisher",
      "publisher",
    ]);
  });

  it("gives a reproduced table's notes its source, unless a note names its own", () => {
    const table = (caption: string) =>
      [
        caption,
        "",
        "Camp          Arrivals    Deaths",
        "Kiburi           2,140        17",
        "",
        "Notes:",
        "(a) Deaths include 9 children under five.",
        "(b) The camp committee put the dead at more than 40.",
        "",
        "Aid workers said 300 more people arrived the next week.",
      ].join("\n");
    const sourced = figures(table("Table 2. Arrivals by camp (source: district relief office)"));
    expect(sourced.map((f) => [f.min, f.claimant])).toEqual([
      [2140, "district relief office"],
      [17, "district relief office"],
      [9, "district relief office"],
      [40, "camp committee"],
      [300, "Aid workers"],
    ]);
    // A table compiled by a body at its head is the document's own work: so are its notes.
    const own = figures(table("Table 2. Arrivals by camp, compiled by the Valley Relief Network"));
    expect(own.map((f) => f.claimant).slice(2)).toEqual([
      "publisher",
      "camp committee",
      "Aid workers",
    ]);
  });

  it("reads numbered lines after a sourced table as its notes only under a Notes heading", () => {
    const table = (heading: string) =>
      [
        "Arrests by district (source: provincial police)",
        "",
        "District      Arrested    Injured",
        "Kasama             311         64",
        "",
        ...(heading ? [heading] : []),
        "1. Of those arrested, 41 were later charged.",
      ].join("\n");
    expect(figures(table("Notes")).map((f) => f.claimant)).toEqual([
      "provincial police",
      "provincial police",
      "provincial police",
    ]);
    // (A judgment's numbered paragraphs after a table are its own.)
    expect(figures(table("")).map((f) => f.claimant)).toEqual([
      "provincial police",
      "provincial police",
      "publisher",
    ]);
  });

  it("reads a table maker's own observers as no source of its own, a body named outright as one", () => {
    const table = (caption: string) =>
      [
        caption,
        "",
        "| Date  | Place        | Arrested | Injured | Source          |",
        "| 3 May | Harbour Road | 46       | 12      | observers       |",
        "| 5 May | Market       | 138      | 27      | police bulletin |",
      ].join("\n");
    const own = figures(table("Incidents by date, as documented by the Network's field teams"));
    expect(own.map((f) => [f.min, f.claimant])).toEqual([
      [46, "publisher"],
      [12, "publisher"],
      [138, "police bulletin"],
      [27, "police bulletin"],
    ]);
    const named = figures(table("Incidents by date (source: UNHCR field teams)"));
    expect(named.map((f) => f.claimant)).toEqual([
      "UNHCR field teams",
      "UNHCR field teams",
      "police bulletin",
      "police bulletin",
    ]);
  });

  it("reads an infobox set one cell a line, a label over its values", () => {
    const text =
      "Date\n4–9 March 1923\nDeaths\n412 (army)\nc. 900 (exile committees)\nArrested\n1,300\n";
    expect(figures(text).map((f) => [f.measure, f.min, f.hedge, f.claimant])).toEqual([
      ["killed", 412, "exact", "army"],
      ["killed", 900, "approx", "exile committees"],
      ["detained", 1300, "exact", "publisher"],
    ]);
  });

  it("reads a range on an infobox's second line, a label ending in a year, a footnoted cell", () => {
    const box = "Deaths\t212 (army)\n\t1,100–1,600 (peasant federation)\n";
    expect(figures(box).map((f) => [f.measure, f.min, f.max, f.claimant])).toEqual([
      ["killed", 212, 212, "army"],
      ["killed", 1100, 1600, "peasant federation"],
    ]);
    expect(figures("Died in exile by 1953\t4,300+\n").map((f) => [f.measure, f.min])).toEqual([
      ["killed", 4300],
    ]);
    // After the people a value counts, the words say what befell them; a sentence is no people.
    const losses =
      "Army losses: 38 soldiers killed, 71 wounded\nSentenced: 214, of whom 17 to death\n";
    expect(figures(losses).map((f) => [f.measure, f.min])).toEqual([
      ["killed", 38],
      ["wounded", 71],
      ["detained", 214],
      ["detained", 17],
    ]);
    const table = "Site          Exhumed    Identified\nOld mill        214 (a)           168\n";
    expect(figures(table).map((f) => [f.measure, f.min])).toEqual([
      ["bodies_recovered", 214],
      ["forensic_examined", 168],
    ]);
  });

  it("reads a note on how a value was reached in parentheses as no claimant", () => {
    const box =
      "Deaths: 12,000–18,000 in transit (est.)\nCivilians: 4,000–6,000 dead (est.), mostly of hunger\nDisplaced: c. 9,000 (provisional)\nWounded: 400 (Red Cross)\n";
    expect(figures(box).map((f) => [f.measure, f.min, f.claimant])).toEqual([
      ["killed", 12000, "publisher"],
      ["killed", 4000, "publisher"],
      ["displaced", 9000, "publisher"],
      ["wounded", 400, "Red Cross"],
    ]);
  });

  it('reads two counts joined by "and" after a label, not the two ends of a range', () => {
    const box =
      "Hostages: 41 crew and 6 passengers\nArrested: 1,500 students and c. 300 workers\nDeaths: between 300 and 350\n";
    // (The range itself is read as its first bound, as before; it is not split in two.)
    expect(figures(box).map((f) => [f.measure, f.min, f.subgroup])).toEqual([
      // (A ship's crew is an occupational group, as "a crew of 19" is labelled.)
      ["hostage", 41, "other"],
      ["hostage", 6, null],
      ["detained", 1500, "other"],
      ["detained", 300, "other"],
      ["killed", 300, null],
    ]);
  });

  it("reads the captured a line counts as detained, hostages as hostages, prose by its holder", () => {
    const box = [
      "Casualties and losses",
      "Captured\t1,460 (Ministry of War)",
      "Garrison: 900 killed, 2,100 captured",
      "Taken hostage: 17",
      "",
      "The rebels captured 12 soldiers and held them for ransom.",
    ].join("\n");
    expect(figures(box).map((f) => [f.measure, f.min])).toEqual([
      ["detained", 1460],
      ["killed", 900],
      ["detained", 2100],
      ["hostage", 17],
      ["hostage", 12],
    ]);
  });

  it("reads a war infobox's losses, one column a side, as fighters; civilians as their label says", () => {
    const box = [
      "Strength\t1,500 regulars\tc. 5,000 (Hale)",
      "Casualties and losses\t40 killed, 95 wounded (official returns)\tc. 700 killed (army estimate)",
      "Civilian casualties\t2,000–2,500 killed (mission estimates)",
      "",
      "The town lost 40 killed in the first week.",
    ].join("\n");
    const read = figures(box).filter((f) => f.min !== 1500 && f.min !== 5000);
    expect(read.map((f) => [f.measure, f.min, f.subgroup, f.claimant])).toEqual([
      ["killed", 40, "combatants", "official returns"],
      ["wounded", 95, "combatants", "official returns"],
      ["killed", 700, "combatants", "army estimate"],
      ["killed", 2000, "civilians", "mission estimates"],
      ["killed", 40, null, "publisher"],
    ]);
    // A people word of the value's own still says whom it counts.
    expect(
      figures("Casualties and losses\t300 civilians killed\t12 soldiers killed").map(
        (f) => f.subgroup,
      ),
    ).toEqual(["civilians", "combatants"]);
  });

  it("reads a war infobox's strength, on its line or stacked under it, as fighters of no measure", () => {
    expect(
      figures("Strength: 2,400 regulars and 800 militia | c. 9,000").map((f) => [
        f.measure,
        f.min,
        f.subgroup,
      ]),
    ).toEqual([
      ["other", 2400, "combatants"],
      ["other", 800, "combatants"],
      ["other", 9000, "combatants"],
    ]);
    expect(
      figures("Strength\n\t1,150 (garrison)\n\tc. 3,500\n").map((f) => [
        f.measure,
        f.min,
        f.subgroup,
      ]),
    ).toEqual([
      ["other", 1150, "combatants"],
      ["other", 3500, "combatants"],
    ]);
    // A war infobox's rows set one side a tab-separated cell: no table's header.
    const box = [
      "Result\tRising suppressed; levy imposed",
      "Belligerents\tColonial administration\tHill clans",
      "Commanders and leaders\tMaj. R. Hale\tChief Kasonde (POW)",
      "Strength\t300 regulars, c. 700 auxiliaries\t1,000–2,000 (Hale's estimate)",
    ].join("\n");
    expect(figures(box).map((f) => [f.measure, f.min, f.subgroup])).toEqual([
      ["other", 300, "combatants"],
      ["other", 700, "combatants"],
      ["other", 1000, "combatants"],
    ]);
    // (A label of no measure over a lone value still reads nothing.)
    expect(figures("Location\n\tc. 3,500\n")).toEqual([]);
  });

  it('reads a column "Of whom" whose last words were lost as a part of the one before', () => {
    const table = (part: string) =>
      [
        `Camp        Deaths    ${part}    Wounded`,
        "Bethany         383        319         40",
      ].join("\n");
    expect(figures(table("Of whom")).map((f) => [f.measure, f.min])).toEqual([
      ["killed", 383],
      ["killed", 319],
      ["wounded", 40],
    ]);
    expect(figures(table("Of note")).map((f) => [f.measure, f.min])).toEqual([
      ["killed", 383],
      ["other", 319],
      ["wounded", 40],
    ]);
  });

  it("leaves prose with commas and labels that count no one alone", () => {
    expect(figures("Trial days: 113\nSentence: 30 years\nDate: 12 May 2019\n")).toEqual([]);
  });

  it("reads a named body's strength in parentheses after a value of words", () => {
    const box =
      "Perpetrators\tA gendarmerie company and village guards (about 250 men)\nAttackers: 4th Mountain Brigade (c. 1,200 men)\n";
    expect(figures(box).map((f) => [f.text, f.measure, f.min, f.hedge, f.subgroup])).toEqual([
      ["about 250 men", "participants", 250, "approx", "combatants"],
      ["c. 1,200 men", "participants", 1200, "approx", "combatants"],
    ]);
    // (A year in parentheses is no strength; a label that names no people gives it no measure.)
    expect(figures("Perpetrators\tVillage guards (1946)\n")).toEqual([]);
    expect(
      figures("Commander\tColonel Rossi (about 250 men)\n").map((f) => f.measure),
    ).not.toContain("participants");
  });
});

describe("the dead and the hurt counted together", () => {
  it("reads a value or a header of 'killed or wounded' as the casualties", () => {
    expect(
      figures(
        "Casualties and losses\nRebels: 300 killed, 120 captured\nArmy: c. 900 killed or wounded\nCivilians: 2,000 dead",
      ).map((x) => [x.min, x.measure]),
    ).toEqual([
      [300, "killed"],
      [120, "detained"],
      [900, "casualties"],
      [2000, "killed"],
    ]);
    expect(
      figures("District\tKilled and injured\tArrested\nNorth\t45\t120\nSouth\t31\t64").map(
        (x) => x.measure,
      ),
    ).toEqual(["casualties", "detained", "casualties", "detained"]);
  });

  it("keeps the killed and the wounded apart when each has its own count", () => {
    expect(
      figures("Casualties and losses\nArmy: 400 killed, 900 wounded").map((x) => x.measure),
    ).toEqual(["killed", "wounded"]);
    expect(
      figures("District\tKilled\tInjured\nNorth\t45\t120\nSouth\t31\t64").map((x) => x.measure),
    ).toEqual(["killed", "wounded", "killed", "wounded"]);
  });
});

describe("a capacity column", () => {
  it("counts places, `other`, beside a table's measures and under a caption's", () => {
    expect(
      figures(
        "Detention sites, May 2013\nSite\tBuilt for\tHeld\tDeaths in custody\nCentral prison\t600\t2,150\t14\n",
      ).map((x) => [x.text, x.measure]),
    ).toEqual([
      ["600", "other"],
      ["2,150", "detained"],
      ["14", "killed"],
    ]);
    const shelters = [
      "Shelters in the town (registered as of 3 May)",
      "Site                 Capacity    Persons    Households   Source",
      "Main school            450        1,310        214       DPC",
      "",
    ].join("\n");
    expect(figures(shelters).map((x) => [x.text, x.measure])).toEqual([
      ["450", "other"],
      ["1,310", "displaced"],
      ["214", "displaced"],
    ]);
    // (The capacity is the row's source's, as a cell of a measure column is.)
    expect(figures(shelters)[0]?.claimant).toBe("DPC");
  });

  it("leaves a column of people held or sheltered its measure", () => {
    expect(
      figures("Site\tHeld\tDeaths in custody\nCentral prison\t2,150\t14\n").map((x) => x.measure),
    ).toEqual(["detained", "killed"]);
  });
});

describe("figures in prose", () => {
  it("gives a part of a count the measure of the whole, unless its verb says otherwise", () => {
    const f = figures(
      "Police said at least 214 people were killed, 178 of them in the capital. Of these, 40 were shot at road-blocks and 17 during house searches.",
    );
    expect(f.map((x) => [x.min, x.measure])).toEqual([
      [214, "killed"],
      [178, "killed"],
      [40, "killed"],
      [17, "killed"],
    ]);
  });

  it("reads a count in words that opens its clause, and a repetition of an earlier count", () => {
    const f = figures(
      "Hospitals admitted 62 wounded. Nine were in a critical condition. Doctors said the 62 had been shot.",
    );
    expect(f.map((x) => [x.text, x.measure])).toEqual([
      ["62 wounded", "wounded"],
      ["Nine", "wounded"],
      ["62", "wounded"],
    ]);
  });

  it("knows arrests, refugees and crowds, and lets a verb outrank a role noun", () => {
    const f = figures(
      "Police arrested 212 protesters. Some 23,000 refugees crossed the river. A crowd of about 3,000 strikers gathered. An estimated 130 demonstrators were injured.",
    );
    expect(f.map((x) => x.measure)).toEqual(["detained", "displaced", "participants", "wounded"]);
  });

  it("passes over witnesses, exhibits and interviewees", () => {
    expect(
      figures(
        "The Chamber heard 184 witnesses and admitted 4,362 exhibits. We interviewed 96 former detainees, 41 relatives and 12 lawyers.",
      ),
    ).toEqual([]);
  });

  it("reads the court's finding in legal prose, and decimals with a scale", () => {
    const f = figures(
      "The Chamber finds that the killing of at least 1,500 men has been established. More than 2.4 million people were displaced.",
    );
    expect(f.map((x) => [x.measure, x.min, x.hedge])).toEqual([
      ["killed", 1500, "at_least"],
      ["displaced", 2400000, "more_than"],
    ]);
  });
});
