/**
 * Issue 10, thirteenth round: a group's size set after its noun ("The bandits, some forty in
 * number", "The garrison, 1,150 strong") and the words partisan press uses for a crowd it
 * condemns ("some 300 hooligans"), a small group giving its size where it was ("We were eight
 * at home"), and a part "of them" of a group counted the sentence before. Invented sentences, in
 * the shapes of several documents.
 */
import { describe, expect, it } from "vitest";
import { figuresOf, measuresOf } from "./test-helpers.js";

describe("a group's size after its noun", () => {
  it("reads an armed group's size as taking part, its subgroup combatants", () => {
    expect(figuresOf("The raiders, some sixty in number, crossed the river at dawn.")).toEqual([
      ["some sixty", "participants", 60, 60, "approx", "combatants"],
    ]);
    expect(figuresOf("The garrison, 2,300 strong, held out for six weeks.")[0]?.slice(1)).toEqual([
      "participants",
      2300,
      2300,
      "exact",
      "combatants",
    ]);
  });

  it("reads a crowd's size by its role noun", () => {
    expect(
      figuresOf(
        "A band of agitators, about thirty in number, tried to storm the town hall.",
      )[0]?.[1],
    ).toBe("participants");
  });

  it("leaves a group whose noun names no role to its verb", () => {
    expect(figuresOf("The villagers, some 400 in number, fled into the hills.")[0]?.[1]).toBe(
      "displaced",
    );
    expect(figuresOf("Some 300 were killed, in a number of villages.")[0]?.[1]).toBe("killed");
  });
});

describe("partisan words for a crowd", () => {
  it("counts hooligans, troublemakers and provocateurs as taking part", () => {
    expect(figuresOf("Meanwhile some 300 hooligans tried to disrupt public order.")).toEqual([
      ["some 300 hooligans", "participants", 300, 300, "approx", null],
    ]);
    expect(figuresOf("Only a few hundred troublemakers answered the call.")).toEqual([]);
    expect(figuresOf("State radio spoke of 2,000 troublemakers in the square.")[0]?.[1]).toBe(
      "participants",
    );
  });

  it("keeps what a verb says happened to them", () => {
    expect(figuresOf("129 provocateurs were detained on the spot.")[0]?.[1]).toBe("detained");
  });
});

describe("a small group giving its size where it was", () => {
  it("counts it however small, as the place says", () => {
    expect(figuresOf('"We were six at home that evening," he says.')).toEqual([
      ["six", "population", 6, 6, "exact", null],
    ]);
    expect(figuresOf("They were seven in the house when the water came.")[0]?.[1]).toBe(
      "population",
    );
  });

  it("leaves an age alone", () => {
    expect(figuresOf("When we were eight we moved to the city.")).toEqual([]);
    expect(figuresOf("We were nine, and we did not understand.")).toEqual([]);
  });
});

describe("a part of a group counted the sentence before", () => {
  it("keeps the group's people", () => {
    const figures = figuresOf(
      "Soldiers took away 22 men from the market. Five of them were let go the next morning.",
    );
    expect(figures.map((f) => f[5])).toEqual(["men", "men"]);
  });

  it("does not carry a trade, nor reach past the sentence after", () => {
    expect(
      figuresOf("Police arrested 40 students. Twelve of them were charged.").map((f) => f[5]),
    ).toEqual(["other", null]);
    expect(
      figuresOf(
        "Soldiers took away 22 men. The town was quiet. Nobody spoke. Five of them came back.",
      ).map((f) => f[5]),
    ).toEqual(["men", null]);
  });
});

describe("the men of an armed unit", () => {
  it("counts them as fighters", () => {
    expect(figuresOf("A government column of about 2,000 men reached the town.")[0]?.[5]).toBe(
      "combatants",
    );
    expect(
      figuresOf("The attack was carried out by the 4th Rifle Regiment (c. 600 men).")[0]?.[5],
    ).toBe("combatants");
  });

  it("leaves men counted elsewhere men", () => {
    expect(figuresOf("A group of about 40 men was taken to the school.")[0]?.[5]).toBe("men");
    expect(
      figuresOf("The division of 300 men and 200 women into two lines took an hour.")[0]?.[5],
    ).toBe("men");
  });
});

describe("a part named by its predicate before the next count", () => {
  it("reads the predicate's people though another count follows its 'and'", () => {
    expect(
      figuresOf("Twenty of the dead were women and six were children.").map((f) => f[5]),
    ).toEqual(["women", "children"]);
    expect(figuresOf("Nine of the dead were miners and two were shift bosses.")[0]?.[5]).toBe(
      "other",
    );
  });

  it("reads it before a comma and the next count, past one qualifying word, past 'those of'", () => {
    const sub = (s: string) => figuresOf(s)[0]?.[5];
    expect(sub("At least six of the dead were children, two of them babies.")).toBe("children");
    expect(sub("Five of the dead were police officers on patrol.")).toBe("other");
    expect(sub("Forty of the skeletons were those of children under ten.")).toBe("children");
  });

  it("still names no one subgroup for a list of nouns, nor a denied one", () => {
    expect(figuresOf("Nine of the dead were men and women from the market.")[0]?.[5]).toBeNull();
    expect(figuresOf("Nine of the dead were men, women and children.")[0]?.[5]).toBeNull();
    expect(figuresOf("Nine of the dead were not children.")[0]?.[5]).toBeNull();
  });
});

describe("officers of an armed body", () => {
  it("reads officers as fighters when the words name their force", () => {
    const sub = (s: string) => figuresOf(s)[0]?.[5];
    expect(sub("A tribunal tried nine former officers of the republic's army in 1950.")).toBe(
      "combatants",
    );
    expect(sub("Three officers of the border battalion were later charged.")).toBe("combatants");
    expect(sub("In 1998 six former officers were charged with murder.")).toBe("combatants");
    expect(sub("Some 900 officers and men of the garrison were marched away.")).toBe("combatants");
    // (A body's members are not made attackers by their body: the verb says what befell them.)
    expect(figuresOf("In 1998 six former officers were charged with murder.")[0]?.[1]).toBe(
      "detained",
    );
  });

  it("keeps police officers and officers of no named force an occupational group", () => {
    const sub = (s: string) => figuresOf(s)[0]?.[5];
    expect(sub("Four former police officers were charged with murder.")).toBe("other");
    expect(sub("Six officers of the riot police were hurt by stones.")).toBe("other");
    expect(sub("Four other officers were injured by stones.")).toBe("other");
    expect(sub("Police said three of the ferry's officers had been arrested.")).toBe("other");
  });
});

describe("a capacity", () => {
  it("counts places, not a group of people", () => {
    expect(
      figuresOf("The village school, built for 450 pupils, now shelters some 2,800 people."),
    ).toEqual([
      ["450 pupils", "other", 450, 450, "exact", null],
      ["some 2,800 people", "displaced", 2800, 2800, "approx", null],
    ]);
    // (Pupils counted for what befell them keep their subgroup.)
    expect(figuresOf("Some 450 pupils were sent home when the school closed.")[0]?.[5]).toBe(
      "other",
    );
  });
});

describe("men and boys", () => {
  it("reads men and boys, and the names of men and boys, as men", () => {
    const sub = (s: string) => figuresOf(s)[0]?.[5];
    expect(sub("Soldiers rounded up about 900 men and boys from the hamlets.")).toBe("men");
    expect(sub("The gunmen took away at least 20 young men and boys as porters.")).toBe("men");
    expect(sub("The families' list holds 2,114 names of men and boys.")).toBe("men");
    expect(sub("The register holds 96 names of women from the valley.")).toBe("women");
  });

  it("keeps a list of everyone, and names of no one subgroup, without one", () => {
    const sub = (s: string) => figuresOf(s)[0]?.[5];
    expect(sub("Some 300 men, women and children fled across the river.")).toBeNull();
    expect(sub("The memorial lists 412 names of victims.")).toBeNull();
    expect(sub("It holds 300 names of men, women and children.")).toBeNull();
  });
});

describe("a group's size by 'numbered' after its noun", () => {
  it("counts it as 'numbering' before it does: the noun's role, an armed group's taking part", () => {
    expect(figuresOf("The gunmen numbered about 30, the ministry said.")).toEqual([
      ["about 30", "participants", 30, 30, "approx", "combatants"],
    ]);
    expect(
      figuresOf("By May the rebels held nine villages and numbered perhaps 2,000.")[0]?.slice(1, 2),
    ).toEqual(["participants"]);
    expect(figuresOf("The strikers numbered about 3,000.")[0]?.[1]).toBe("participants");
    expect(figuresOf("The crowd numbered some 20,000.")[0]?.[1]).toBe("participants");
    expect(figuresOf("The dead numbered 112.")[0]?.[1]).toBe("killed");
    expect(figuresOf("The village numbered about 400.")[0]?.[1]).toBe("population");
  });

  it("counts no things", () => {
    expect(figuresOf("Their houses numbered about 300.")).toEqual([]);
  });

  it("reads the verb's other forms and past a quotation mark or a range's 'between'", () => {
    expect(figuresOf("The raiders are thought to number about 30.")).toEqual([
      ["about 30", "participants", 30, 30, "approx", "combatants"],
    ]);
    expect(
      figuresOf('Witnesses described the gunmen as numbering "more than a hundred".')[0]?.slice(1),
    ).toEqual(["participants", 100, null, "more_than", "combatants"]);
    expect(figuresOf("Before the war the Kessi numbered between 60,000 and 80,000.")).toEqual([
      ["between 60,000 and 80,000", "population", 60000, 80000, "range", null],
    ]);
  });

  it("takes no noun nor a number named 'number' for the verb", () => {
    expect(figuresOf("He waited for the number 40 bus.")).toEqual([]);
    expect(figuresOf("He wrote down the numbers 40 and 41.")).toEqual([]);
  });
});

describe("gendarmes", () => {
  it("counts gendarmes, a military force, with the fighters; police stay an occupational group", () => {
    const sub = (s: string) => figuresOf(s)[0]?.[5];
    expect(sub("Eleven gendarmes were killed when the post was overrun.")).toBe("combatants");
    expect(sub("Six members of the gendarmerie were wounded.")).toBe("combatants");
    expect(sub("Four policemen were wounded by stones.")).toBe("other");
    expect(sub("Six members of the riot police were wounded.")).toBe("other");
  });
});

describe("a settlement's size in its households", () => {
  it("counts a village, a hamlet or a settlement of N families or households as its people", () => {
    expect(
      measuresOf("Troops surrounded Kora, a settlement of 46 households in the hills."),
    ).toEqual(["population"]);
    expect(measuresOf("The gunmen entered Lomé Alto, a village of some 95 families.")).toEqual([
      "population",
    ]);
    expect(measuresOf("Sabu is a hamlet of about 30 families on the river.")).toEqual([
      "population",
    ]);
  });

  it("leaves families the verb or a noun before them says more of", () => {
    expect(
      measuresOf("Bulldozers demolished the homes of about 900 families in the village of Kora."),
    ).toEqual(["displaced"]);
    expect(measuresOf("Some 95 families fled the village of Kora.")).toEqual(["displaced"]);
  });
});

describe("a people noun negated by 'non-'", () => {
  it("reads the negated noun's own people, not the noun's", () => {
    const sub = (s: string) => figuresOf(s)[0]?.[5];
    expect(sub("A committee claims that 2,000 non-combatants were killed.")).toBe("civilians");
    expect(sub("Some 40 non-residents were evacuated.")).toBe(null);
  });

  it("leaves the noun's people when the prefix is on a word before it", () => {
    const sub = (s: string) => figuresOf(s)[0]?.[5];
    expect(sub("About 3,000 non-Serb civilians were expelled.")).toBe("civilians");
    expect(sub("A committee claims that 2,000 combatants were killed.")).toBe("combatants");
  });
});

describe("'the number of' a role noun put at a count", () => {
  it("reads the noun's role and keeps the people it names", () => {
    expect(figuresOf("Police put the number of attackers at about 40.")).toEqual([
      ["about 40", "participants", 40, 40, "approx", "combatants"],
    ]);
    expect(figuresOf("The union put the number of strikers at 9,200.")).toEqual([
      ["9,200", "participants", 9200, 9200, "exact", null],
    ]);
  });
});

describe("an armed body's losses", () => {
  it("counts the dead and wounded a unit, an army or fighters lost as fighters", () => {
    const subs = (s: string) => figuresOf(s).map((f) => f[5]);
    expect(subs("The battalion lost 212 killed and more than 400 wounded in the siege.")).toEqual([
      "combatants",
      "combatants",
    ]);
    expect(subs("The battle cost the Frontier Force 26 dead.")).toEqual(["combatants"]);
    expect(subs("The rebels had lost 40 killed by the evening.")).toEqual(["combatants"]);
  });

  it("leaves a village's losses and a family's kin without fighters", () => {
    const subs = (s: string) => figuresOf(s).map((f) => f[5]);
    expect(subs("The village lost 40 killed in the raid.")).toEqual([null]);
    expect(subs("The flood cost the town 26 dead.")).toEqual([null]);
  });
});

describe("officers in a sentence of an armed force", () => {
  it("reads bare officers as fighters where the sentence names the military and no police", () => {
    const sub = (s: string) => figuresOf(s).find((f) => f[0].includes("officers"))?.[5];
    expect(sub("A military court later sentenced four officers for the killings.")).toBe(
      "combatants",
    );
    expect(sub("By the navy's own count, 23 sailors and four officers died in the mutiny.")).toBe(
      "combatants",
    );
  });

  it("keeps officers of a police force, or of no force named, an occupational group", () => {
    const sub = (s: string) => figuresOf(s).find((f) => f[0].includes("officers"))?.[5];
    expect(sub("Army troops and police sealed the town; four officers were hurt.")).toBe("other");
    expect(sub("Four officers of the ferry were taken into custody.")).toBe("other");
  });
});
