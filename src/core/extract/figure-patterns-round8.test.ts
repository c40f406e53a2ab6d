/**
 * General rules of the eighth round, from the nineteenth development batch (invented sentences
 * of our own): claimant idioms, attackers, a crowd's size, interview lists, memberships,
 * capacities, sheltering, blockades and a later estimate of the same toll.
 */
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";
import { figuresOf } from "./test-helpers.js";

/** [measure, subgroup, claimant] of each figure of `text`. */
const read = (text: string) =>
  extractClaims(text).flatMap((c) =>
    c.kind === "figure" ? [[c.measure, c.subgroup, c.claimant.name]] : [],
  );

describe("eighth round, nineteenth batch: claimants", () => {
  it("names the owner of a count, an estimate or a party's case", () => {
    expect(read("By the navy's own count, 23 marines died.")[0]?.[2]).toBe("navy");
    expect(
      read(
        "By evening, by the reckoning of a truth commission, at least 767 people had died.",
      )[0]?.[2],
    ).toBe("truth commission");
    expect(
      read("The prosecution case was that soldiers shot 14 villagers at the barrier.")[0]?.[2],
    ).toBe("prosecution");
    expect(read("The applicants' case is that 19 persons were killed.")[0]?.[2]).toBe("applicants");
    expect(read("The administration's report of 1932 put the dead at 612.")[0]?.[2]).toBe(
      "administration",
    );
  });

  it("reads the speaker past a short aside, but not past a clause of its own", () => {
    expect(read('The Interior Ministry, as always, speaks of "four dead".')[0]?.[2]).toBe(
      "Interior Ministry",
    );
    expect(
      read(
        "The army's own report, written weeks later, spoke of 34 rebels killed in combat.",
      )[0]?.[2],
    ).toBe("army");
    expect(
      read(
        "Since the roads were closed, health workers have recorded at least 2,300 deaths.",
      )[0]?.[2],
    ).toBe("health workers");
  });

  it("gives each column of an infobox line the source in its own parentheses", () => {
    expect(
      read(
        "Casualties\t86 killed, 140 wounded (official returns)\t2,000 killed (clan elders)\n",
      ).map((f) => f[2]),
    ).toEqual(["official returns", "official returns", "clan elders"]);
  });
});

describe("eighth round, nineteenth batch: measures", () => {
  it("reads no count in a time of day", () => {
    expect(figuresOf("At twenty past twelve the police opened fire.")).toEqual([]);
  });

  it("counts those who attacked as taking part, not as what they did to others", () => {
    expect(
      read("A band of about 300 armed men attacked the post, killing seven constables.").map(
        (f) => [f[0], f[1]],
      ),
    ).toEqual([
      ["participants", "combatants"],
      ["killed", "other"],
    ]);
  });

  it("reads a crowd's size as the number who took part", () => {
    expect(read("The crowd that night in 1996 numbered about 19,000.")[0]?.[0]).toBe(
      "participants",
    );
  });

  it("reads no figure in the rest of an interview's list or in a membership", () => {
    expect(
      figuresOf(
        "We interviewed 118 evictees at three sites, as well as 14 officials and 9 lawyers.",
      ),
    ).toEqual([]);
    expect(figuresOf("She chairs the families' association, which has 212 members.")).toEqual([]);
  });

  it("reads a capacity as no measure, and people sheltering or blockading for what they do", () => {
    expect(
      read("The site was built for 3,000 people and now houses about 7,400 evictees.").map(
        (f) => f[0],
      ),
    ).toEqual(["other", "displaced"]);
    expect(read("About 600 families still live in tents at the site.")[0]?.[0]).toBe("displaced");
    expect(read("About 2,500 residents spent the night in school halls.")[0]?.[0]).toBe(
      "displaced",
    );
    expect(read("Some 1,500 villagers blocked the road to the dam.")[0]?.[0]).toBe("participants");
    expect(read("About 140 mutineers had surrendered.")[0]?.slice(0, 2)).toEqual([
      "detained",
      "combatants",
    ]);
  });

  it("reads a later estimate with no noun as an estimate of the toll just given", () => {
    expect(
      read(
        "The report put the dead at 612; a survey by historians in 1974 estimated between 2,000 and 3,500.",
      ).map((f) => f[0]),
    ).toEqual(["killed", "killed"]);
  });
});

describe("eighth round, twentieth batch", () => {
  it("names a speaker past a relative clause or an aside, and speakers of several kinds", () => {
    expect(
      read("The official inquiry, which reported in 1947, counted 417 dead and 1,953 injured.").map(
        (f) => f[2],
      ),
    ).toEqual(["official inquiry", "official inquiry"]);
    expect(
      read(
        "The residents' committee, going from door to door in the weeks after, listed 176 dead.",
      )[0]?.[2],
    ).toBe("residents' committee");
    expect(
      read("By Saturday morning, rights groups had listed 214 people taken into custody.")[0]?.[2],
    ).toBe("rights groups");
    expect(read("On 4 September investigators found a pit containing 28 bodies.")[0]?.[2]).toBe(
      "investigators",
    );
    expect(
      read("Police fired on the march, killing nine people, the ombudsman said.")[0]?.[2],
    ).toBe("ombudsman");
  });

  it("reads hedges, tolls put at a range, and who stayed away, lived or sheltered", () => {
    expect(figuresOf("Displaced: est. 35,000")[0]?.[4]).toBe("approx");
    expect(
      read("Community organisations put the dead at between 1,500 and 2,000.")[0]?.slice(0, 1),
    ).toEqual(["killed"]);
    expect(read("Most returned, but an estimated 8,000 never went back.")[0]?.[0]).toBe(
      "displaced",
    );
    expect(
      read("The blast levelled the district, where about 1,800 families had built homes.")[0]?.[0],
    ).toBe("population");
    expect(read("The relief camps at Adok and Lira now hold some 46,000.")[0]?.[0]).toBe(
      "displaced",
    );
    expect(read("Prosecutors arrested 22 municipal police officers.")[0]?.slice(0, 2)).toEqual([
      "detained",
      "other",
    ]);
  });

  it("reads no figure in the headlines of a page's link lists", () => {
    const page =
      "Police fired on the march, killing nine people.\n\nRead more:\n- Tax protests: 5 things to know\n- 2019 crackdown left 12 dead, report finds\n\nRelated stories\nStadium safety: 14 grounds fail inspection\n";
    expect(figuresOf(page).map((f) => f[0])).toEqual(["nine people"]);
  });
});

describe("eighth round, twenty-first batch", () => {
  it("reads a table's source column, and a short row's cells under their own columns", () => {
    const table = [
      "Community      Killed    Disappeared    Displaced (est.)    Source",
      "San Mateo      92        12             600                 Church archdiocese",
      "Total          171       73             1,400",
      "",
    ].join("\n");
    expect(read(table)).toEqual([
      ["killed", null, "Church archdiocese"],
      ["missing", null, "Church archdiocese"],
      ["displaced", null, "Church archdiocese"],
      ["killed", null, "publisher"],
      ["missing", null, "publisher"],
      ["displaced", null, "publisher"],
    ]);
  });

  it("reads the verb past an of-phrase on the count's noun", () => {
    expect(
      read("Some 1,400 inhabitants of the three communities fled to the mountains.")[0]?.[0],
    ).toBe("displaced");
    expect(read("Some 2,000 salt workers of the Lagoa works walked out.")[0]?.slice(0, 2)).toEqual([
      "participants",
      "other",
    ]);
  });

  it("reads bodies never recovered, people lifted to safety, detentions and a member's later death", () => {
    expect(
      read(
        "The State shall search for the 73 victims whose bodies have not been recovered.",
      )[0]?.[0],
    ).toBe("missing");
    expect(read("Helicopters lifted another 80 to safety the next day.")[0]?.[0]).toBe("survivors");
    expect(read('The ministry admits to "1,074 detentions".')[0]?.[0]).toBe("detained");
    expect(
      read("In February, 19 prisoners were transferred; two of them have since died.").map(
        (f) => f[0],
      ),
    ).toEqual(["detained", "killed"]);
  });
});

describe("eighth round, the development half's catch-all", () => {
  it("reads deportations, fighters who took control, and a verb past a long of-phrase", () => {
    expect(read("In four days, 76,212 people were loaded onto freight trains.")[0]?.[0]).toBe(
      "displaced",
    );
    expect(
      read(
        "That night between 5,000 and 7,000 rebels, most of them armed with machetes, took control of several towns.",
      )[0]?.slice(0, 2),
    ).toEqual(["participants", "combatants"]);
    expect(
      read(
        "Since the raid, some 600 residents of Xalbal and two neighbouring villages have fled.",
      )[0]?.[0],
    ).toBe("displaced");
  });

  it("stops a clause's verbs at a verb after 'and' with an object of its own", () => {
    expect(
      read(
        "The court found that 412 people had died and sentenced the captain to eight years.",
      )[0]?.[0],
    ).toBe("killed");
    expect(read("Twenty-three were shot and wounded.")[0]?.[0]).toBe("wounded");
  });
});

describe("eighth round, twenty-second batch", () => {
  it("reads people carried on board, pulled out alive, crushed, or refusing work", () => {
    // ("carrying" is no cue: "an ambulance carrying 12 injured people" are wounded.)
    expect(read("An ambulance carrying 12 injured people reached the hospital.")[0]?.[0]).toBe(
      "wounded",
    );
    expect(read("Only 28 were pulled from the water alive.")[0]?.[0]).toBe("survivors");
    expect(read("At least 300 were crushed in the stampede.")[0]?.[0]).toBe("killed");
    expect(read("Some 3,000 workers refused to go underground.")[0]?.slice(0, 2)).toEqual([
      "participants",
      "other",
    ]);
  });

  it("gives our own count to the publisher, and names an operator or a company", () => {
    expect(read("Deaths recorded: 1,865 (our database)\n")[0]?.[2]).toBe("publisher");
    expect(
      read("The ferry was carrying roughly 230 people, according to the operator.")[0]?.[2],
    ).toBe("operator");
  });

  it("names a speaker introduced by 'one', and no speaker in a capitalised word of a count", () => {
    expect(
      read(
        "One Russian journalist said he had counted about 30 bodies near the landing site.",
      )[0]?.[2],
    ).toBe("One Russian journalist");
    expect(read("DNA analysis identified 88 of the victims.")[0]?.[2]).toBe("publisher");
  });
});
