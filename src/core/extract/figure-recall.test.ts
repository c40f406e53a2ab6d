/**
 * General constructions the rules missed on unseen text (the tenth round's recall work, from
 * scripts/eval/misses.ts over the development half's blind readings), in invented sentences of
 * our own.
 */
import { describe, expect, it } from "vitest";
import { claimsOfKind, figuresOf } from "./test-helpers.js";

/** [span text, measure, min, max] of each figure of `text`. */
const read = (text: string) => figuresOf(text).map(([t, m, min, max]) => [t, m, min, max]);

describe("another source's count of the same people", () => {
  it("reads a bare count after a verb of counting, recognising, conceding or speaking of", () => {
    expect(read("The inquiry put the toll at 38; the dockers' union spoke of 112.")).toEqual([
      ["38", "killed", 38, 38],
      ["112", "killed", 112, 112],
    ]);
    expect(
      read("The ministry lists 1,620 people as missing. A commission recognises 1,906."),
    ).toEqual([
      ["1,620 people", "missing", 1620, 1620],
      ["1,906", "missing", 1906, 1906],
    ]);
    expect(
      read('Over 30,000 people now live in tents; the observers count only "about 20,000".'),
    ).toEqual([
      ["Over 30,000 people", "displaced", 30000, null],
      ["about 20,000", "displaced", 20000, 20000],
    ]);
  });

  it("names the source that counts or recognises as its claimant", () => {
    const claimants = (text: string) => claimsOfKind(text, "figure").map((c) => c.claimant.name);
    expect(
      claimants("The ministry lists 1,620 people as missing. A commission recognises 1,906."),
    ).toEqual(["ministry", "commission"]);
    expect(claimants("The refugee agency counts 118,400 registered refugees.")).toEqual([
      "refugee agency",
    ]);
  });

  it("reads 'the N its organisers boast of', 'the N the army admits to' the same way", () => {
    expect(
      read("The march drew no more than 1,500 people, not the 50,000 its organisers boast of."),
    ).toEqual([
      ["no more than 1,500 people", "participants", null, 1500],
      ["50,000", "participants", 50000, 50000],
    ]);
  });

  it("keeps the measure of the count it repeats, not the source's own words", () => {
    expect(read("A commission counted at least 300 dead; survivors speak of about 600.")).toEqual([
      ["at least 300 dead", "killed", 300, null],
      ["about 600", "killed", 600, 600],
    ]);
    expect(
      read('The state said 1,500 people marched. Its television admitted "about 20,000".'),
    ).toEqual([
      ["1,500 people", "participants", 1500, 1500],
      ["about 20,000", "participants", 20000, 20000],
    ]);
  });

  it("lets the count's own verb decide, and reaches back one sentence only", () => {
    expect(
      read('By the afternoon, 147 were dead. The first statement spoke of "about 40 missing".'),
    ).toEqual([
      ["147 were dead", "killed", 147, 147],
      ["about 40", "missing", 40, 40],
    ]);
    expect(
      read(
        'The police claim 37 died. That is a lie. Our people came out. The television admitted "about 20,000".',
      ),
    ).toEqual([["37", "killed", 37, 37]]);
  });
});

describe("a further count of the same", () => {
  it('reads "a further N" as "another N", with the measure of the count before', () => {
    expect(
      read("In four days, 76,212 people were deported; a further 18,567 followed in April."),
    ).toEqual([
      ["76,212 people", "displaced", 76212, 76212],
      ["18,567", "displaced", 18567, 18567],
    ]);
    expect(read("Police arrested 300 people on Monday and a further 120 on Tuesday.")).toEqual([
      ["300 people", "detained", 300, 300],
      ["120", "detained", 120, 120],
    ]);
  });

  it("counts no places or things after 'at N'", () => {
    expect(read("The army put the dead at 612.")).toEqual([["612", "killed", 612, 612]]);
    expect(read("Some 76,212 people were loaded onto trains at 30 stations.")).toEqual([
      ["Some 76,212 people", "displaced", 76212, 76212],
    ]);
    expect(
      read("The union claims 150,000 members at 70 schools.").map(([text]) => text),
    ).not.toContain("70");
  });
});

describe("a count with its verb left out and only its cause", () => {
  it("reads 'and 12 of machete wounds' as more of what the count before counted", () => {
    expect(
      read("The witness said 31 had died of gunshot wounds and 12 of machete wounds."),
    ).toEqual([
      ["31", "killed", 31, 31],
      ["12", "killed", 12, 12],
    ]);
    expect(
      read("Of the 248 deceased, 163 died of infections, 41 of injuries and at least 9 of hunger."),
    ).toEqual([
      ["248 deceased", "killed", 248, 248],
      ["163", "killed", 163, 163],
      ["41", "killed", 41, 41],
      ["at least 9", "killed", 9, null],
    ]);
  });

  it("keeps a part of a group a part ('12 of them', '12 of the wounded')", () => {
    expect(read("Some 40 people were injured, 12 of them children.")).toEqual([
      ["Some 40 people", "wounded", 40, 40],
      ["12 of them children", "wounded", 12, 12],
    ]);
  });
});

describe("an alternative count and a list of names", () => {
  it("reads 'N or M' of two different counts as two figures of the same measure", () => {
    expect(read("Whether the toll was 86 or 112 does not affect the verdict.")).toEqual([
      ["86", "killed", 86, 86],
      ["112", "killed", 112, 112],
    ]);
    expect(read("He was sentenced to 10 or 12 years.")).toEqual([]);
  });

  it("reads 'the names of N' as a source's count of the people just counted", () => {
    expect(
      read("The inquiry put the toll at 38; the union published the names of 112 and said more."),
    ).toEqual([
      ["38", "killed", 38, 38],
      ["112", "killed", 112, 112],
    ]);
  });
});

describe("a count in words that opens its clause after one adverb", () => {
  it("reads 'All seven were charged', '…; today nine are still living'", () => {
    expect(
      read("Police arrested Okello with six other men. All seven were charged in June."),
    ).toEqual([
      ["six other men", "detained", 6, 6],
      ["seven", "detained", 7, 7],
    ]);
    expect(read("A group has traced 212 survivors; today nine are still living.")).toEqual([
      ["212 survivors", "survivors", 212, 212],
      ["nine", "survivors", 9, 9],
    ]);
  });

  it("reads 'Two more died', 'Two more were arrested' with no count before them", () => {
    expect(read("Two more died in hospital on Sunday.")).toEqual([["Two", "killed", 2, 2]]);
    expect(read("Two more were arrested later.")).toEqual([["Two", "detained", 2, 2]]);
  });

  it("reads no count where nothing happens to it", () => {
    expect(read("All three said they saw the shooting.")).toEqual([]);
    expect(read("Two others said they saw it. Five more buses arrived.")).toEqual([]);
  });
});

describe("a running count carried to a new figure", () => {
  it("reads 'bringing the death toll to 45', 'raising the number of dead to 61'", () => {
    expect(read("Two more died in hospital, bringing the death toll to 45.")).toEqual([
      ["Two", "killed", 2, 2],
      ["45", "killed", 45, 45],
    ]);
    expect(read("Three more bodies were found, raising the number of dead to 61.")).toEqual([
      ["Three more bodies", "bodies_recovered", 3, 3],
      ["61", "killed", 61, 61],
    ]);
  });

  it("counts on what the figure before it counted when the count names no measure", () => {
    expect(
      read(
        "Eight of the wounded were in a serious condition. Two more died there after being admitted, bringing the hospital's count to 13.",
      ),
    ).toEqual([
      ["Eight of the wounded", "wounded", 8, 8],
      ["Two", "killed", 2, 2],
      ["13", "killed", 13, 13],
    ]);
    expect(read("Forty people were arrested, taking the total to 190.")).toEqual([
      ["Forty people", "detained", 40, 40],
      ["190", "detained", 190, 190],
    ]);
    expect(read("They brought the injured to 3 hospitals.")).toEqual([]);
  });
});

describe("a count its source's words after it make one", () => {
  it("reads 'more than 100,000 by the Front's count', 'close to 300, by the priest's reckoning'", () => {
    expect(read("They came in great numbers, more than 100,000 by the Front's count.")).toEqual([
      ["more than 100,000", "participants", 100000, null],
    ]);
    expect(read("The march drew 5,000, by police estimates.")).toEqual([
      ["5,000", "participants", 5000, 5000],
    ]);
  });
});

describe("a capacity with no noun of its own", () => {
  it("reads 'a cell built for eight', 'a boat built for thirty', 'built for 4,200' as other", () => {
    expect(read("She was one of around 30 women in a cell built for eight.")).toContainEqual([
      "eight",
      "other",
      8,
      8,
    ]);
    expect(read("The prisons, built for 4,200, held 11,850 inmates.")).toEqual([
      ["4,200", "other", 4200, 4200],
      ["11,850 inmates", "detained", 11850, 11850],
    ]);
  });

  it("leaves a capacity of things alone", () => {
    expect(read("The hall was designed for 2 hours of use.")).toEqual([]);
  });
});

describe("a part of someone's people", () => {
  it("reads 'two of their number', 'three of his sons' with the event that befell them", () => {
    expect(
      read("Miners stopped work after two of their number were crushed in a rock fall."),
    ).toEqual([["two of their number", "killed", 2, 2]]);
    expect(read("Three of his sons were arrested.")).toEqual([
      ["Three of his sons", "detained", 3, 3],
    ]);
  });

  it("reads no count where nothing happens to them", () => {
    expect(read("Two of her friends said they saw it.")).toEqual([]);
  });
});

describe("a group's strength", () => {
  it("reads 'volunteers, 2,500 strong', 'a force 3,000 strong' as how many took part", () => {
    expect(read("Our volunteers, 2,500 strong, held the bridge for two days.")).toEqual([
      ["2,500", "participants", 2500, 2500],
    ]);
    expect(read("A rebel force 3,000 strong attacked the town.")).toEqual([
      ["3,000", "participants", 3000, 3000],
    ]);
    expect(read("The 1,500-strong crowd marched on parliament.")).toEqual([
      ["1,500", "participants", 1500, 1500],
    ]);
    expect(read("He was 6 feet tall and strong. A 30-year-old man was shot.")).toEqual([]);
  });
});

describe("false figures: a number right before 'the'", () => {
  it("reads no year or count as counting the noun of the next noun phrase", () => {
    expect(read("In 1992 the soldiers killed 30 villagers.")).toEqual([
      ["30 villagers", "killed", 30, 30],
    ]);
    expect(read("They buried the 30 the soldiers killed.")).toEqual([]);
  });
});

describe("false figures: a case caption's parties", () => {
  it("reads no figure in 'State v. Arun Mehta and 27 others' or 'KENYA v. OTIENO AND 9 OTHERS'", () => {
    expect(read("Criminal Case No. 7 of 2011: State v. Arun Mehta and 27 others.")).toEqual([]);
    expect(read("KENYA v. OTIENO AND 9 OTHERS")).toEqual([]);
  });

  it("still counts 'shot Obi and 11 others'", () => {
    expect(read("Soldiers shot Obi and 11 others.")).toEqual([["11 others", "killed", 11, 11]]);
  });
});

describe("a count revised, or given as what the figure is", () => {
  it("reads 'revised to 73', 'later lowered to 250', 'the real figure is closer to 60'", () => {
    expect(read("Officials said 52 people died. The figure has since been revised to 73.")).toEqual(
      [
        ["52 people", "killed", 52, 52],
        ["73", "killed", 73, 73],
      ],
    );
    expect(read("The army arrested 300 people. The number was later lowered to 250.")).toEqual([
      ["300 people", "detained", 300, 300],
      ["250", "detained", 250, 250],
    ]);
    expect(
      read("Police said 12 people died. Residents say the real figure is closer to 60."),
    ).toEqual([
      ["12 people", "killed", 12, 12],
      ["closer to 60", "killed", 60, 60],
    ]);
  });

  it("reads a toll that names its measure as that measure", () => {
    expect(read("Police said 12 people were hurt. The death toll was 45.")).toContainEqual([
      "45",
      "killed",
      45,
      45,
    ]);
  });
});

describe("'all' between an event's verb and its count", () => {
  it("reads 'killed all 157 people on board' as killed, not as the people on board", () => {
    expect(read("The crash killed all 157 people on board.")).toEqual([
      ["157 people", "killed", 157, 157],
    ]);
  });
});

describe("a group's size and the part of it that got out", () => {
  it("counts the group as a population and the part that came or got out as survivors", () => {
    expect(read("We were twelve in the cellar, and five of us got out.")).toEqual([
      ["twelve", "population", 12, 12],
      ["five of us", "survivors", 5, 5],
    ]);
    expect(read("There were nine of us on the raft. Three came out of the water.")).toEqual([
      ["nine of us", "population", 9, 9],
      ["Three", "survivors", 3, 3],
    ]);
  });

  it("still reads coming out to act as taking part", () => {
    expect(read("About 5,000 dockers came out on strike on Monday.")).toEqual([
      ["About 5,000 dockers", "participants", 5000, 5000],
    ]);
  });
});

describe("a count of orphans whose parents the sentence named before ('and 40 lost one')", () => {
  it("reads 'lost one' and 'lost both' after parents named as orphaned, of the same people", () => {
    expect(figuresOf("Some 60 pupils lost both parents and about 210 lost one.")).toEqual([
      ["Some 60 pupils", "orphaned_both", 60, 60, "approx", "other"],
      ["about 210", "orphaned_one", 210, 210, "approx", "other"],
    ]);
    expect(
      figuresOf("The mission counted 85 children who had lost a parent, and 23 who had lost both."),
    ).toEqual([
      ["85 children", "orphaned_one", 85, 85, "exact", "children"],
      ["23", "orphaned_both", 23, 23, "exact", "children"],
    ]);
  });

  it("leaves 'lost one' alone with no parents named, or with a noun of its own after it", () => {
    expect(read("Forty families lost their homes and 12 lost both.")).toEqual([
      ["Forty families", "displaced", 40, 40],
    ]);
    expect(read("Thirty children lost both parents; 14 soldiers lost both legs.")).toEqual([
      ["Thirty children", "orphaned_both", 30, 30],
      ["14 soldiers", "other", 14, 14],
    ]);
  });
});

describe("a small count joined by 'and' to the figure before, its cue far after both", () => {
  it("shares the predicate of the count it is joined to", () => {
    expect(
      read(
        "Fourteen women and six children were lined up against the wall of the old mill behind the church and shot.",
      ),
    ).toEqual([
      ["Fourteen women", "killed", 14, 14],
      ["six children", "killed", 6, 6],
    ]);
    expect(
      read("That morning there were 212 pupils and five teachers inside when the roof gave way."),
    ).toEqual([
      ["212 pupils", "population", 212, 212],
      ["five teachers", "population", 5, 5],
    ]);
  });

  it("leaves a small count with a predicate of its own, not joined to the figure, alone", () => {
    expect(
      read("Fourteen women were lined up against the wall and shot; six children hid in the mill."),
    ).toEqual([["Fourteen women", "killed", 14, 14]]);
  });
});

describe("a part counted of a whole that has its own count ('Eight of the fourteen')", () => {
  it("counts the part, the subject of the verb after the whole's phrase", () => {
    expect(read("Six of the eleven were shot at close range, the post-mortems found.")).toEqual([
      ["Six", "killed", 6, 6],
      ["eleven", "killed", 11, 11],
    ]);
    expect(read("By evening 40 of the village's 200 or so inhabitants were dead.")[0]).toEqual([
      "40",
      "killed",
      40,
      40,
    ]);
  });

  it("counts no part of a proceeding's whole or of places", () => {
    expect(read("Twelve of the 30 accused were convicted on Friday.")).toEqual([]);
    expect(read("Data came from 14 of the 37 health centres still open.")).toEqual([]);
  });
});

describe("remains identified, their noun left out ('identified some 650', 'put names to 41')", () => {
  it("reads a bare count after a verb of identifying remains named before as forensic_examined", () => {
    expect(
      read(
        "Investigators exhumed the remains of 73 people from the well and have so far identified 52.",
      ),
    ).toEqual([
      ["73 people", "bodies_recovered", 73, 73],
      ["52", "forensic_examined", 52, 52],
    ]);
    expect(
      read("The team recovered 30 bodies from the river. It has since put names to nine."),
    ).toEqual([
      ["30 bodies", "bodies_recovered", 30, 30],
      ["nine", "forensic_examined", 9, 9],
    ]);
  });

  it("reads no forensic count where no remains are named", () => {
    expect(read("By Friday the police had identified 40, most of them students.")).toEqual([]);
  });
});
