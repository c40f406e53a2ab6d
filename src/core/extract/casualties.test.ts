/**
 * Killed, wounded and survivors told apart by what the sentence says of each count (figure-measure.ts
 * and the measure vocabulary), on invented sentences of our own: people kept alive by care are
 * wounded, people "with" wounds are wounded whoever they are, and a copula after another number
 * is that number's.
 */
import { describe, expect, it } from "vitest";
import { figuresOf, measuresOf } from "./test-helpers.js";

describe("the wounded", () => {
  it("reads people kept alive by care as wounded, not dead", () => {
    expect(measuresOf("Eleven people died in the blast and 14 are on ventilators.")).toEqual([
      "killed",
      "wounded",
    ]);
    expect(
      measuresOf("Medics treated 80 marchers for tear gas; four remain in intensive care."),
    ).toEqual(["wounded", "wounded"]);
    expect(measuresOf("At least 25 children were still fighting for their lives.")).toEqual([
      "wounded",
    ]);
    // (Those who lost their lives are dead; those who remain in a camp are no patients.)
    expect(measuresOf("At least 25 children lost their lives in the fire.")).toEqual(["killed"]);
    expect(measuresOf("About 300 villagers remain in the camp.")).not.toContain("wounded");
  });

  it("reads people patched up or bandaged where they were as wounded", () => {
    expect(
      measuresOf("Another 40 or so were patched up inside the barracks for cuts and bruises."),
    ).toEqual(["wounded"]);
    expect(measuresOf("About 150 others were stitched up on the quay by volunteers.")).toEqual([
      "wounded",
    ]);
    // (Things patched up count no people.)
    expect(measuresOf("Volunteers patched up 40 tents at the camp.")).toEqual([]);
  });

  it("reads people with wounds as wounded, whoever they are", () => {
    expect(measuresOf("A doctor said she treated some 60 survivors with burns that week.")).toEqual(
      ["wounded"],
    );
    expect(measuresOf("The judges found that 19 survived with gunshot wounds.")).toEqual([
      "wounded",
    ]);
    expect(
      measuresOf(
        "When the camp fell, 700 prisoners were still alive, about 90 of them with broken limbs.",
      ),
    ).toEqual(["survivors", "wounded"]);
    // (Not bodies, not the dead, not a weapon.)
    expect(measuresOf("Troops killed 14 farmers with machetes.")).toEqual(["killed"]);
    expect(measuresOf("The pathologist counted 30 dead with gunshot wounds.")).toEqual(["killed"]);
    expect(measuresOf("Divers recovered 12 bodies with stab wounds.")).not.toContain("wounded");
  });

  it("leaves a copula after another number to that number", () => {
    expect(measuresOf("Seven died at the scene and nine are on ventilators.")).toEqual([
      "killed",
      "wounded",
    ]);
    // (Counts coordinated before one verb still share it.)
    expect(measuresOf("Nine miners and two guards were killed.")).toEqual(["killed", "killed"]);
  });
});

describe("values set after their noun", () => {
  it("reads the measure word right before each 'at' or 'as' as what its value counts", () => {
    expect(
      measuresOf("The gazette gave the dead as nineteen and the injured as about 240."),
    ).toEqual(["killed", "wounded"]);
    expect(measuresOf("The police put the number of dead at 12 and the injured at 40.")).toEqual([
      "killed",
      "wounded",
    ]);
    // (A "number of" phrase the word closes keeps the people it names.)
    expect(
      figuresOf("The army puts the number of rebels killed at 1,503.").map((f) => f[5]),
    ).toEqual(["combatants"]);
  });
});

describe("a member's own word", () => {
  it("reads the adjective or participle right after a member of a list as its measure", () => {
    expect(
      measuresOf("About 180 men were held in the hall; 48 of them were killed and 20 wounded."),
    ).toEqual(["detained", "killed", "wounded"]);
    expect(
      measuresOf("Of the 300 prisoners in the barracks, 41 were shot and about 60 injured."),
    ).toEqual(["detained", "killed", "wounded"]);
    // (A member with a noun of its own keeps the list's measure.)
    expect(measuresOf("Gunmen killed 48 villagers and 20 policemen.")).toEqual([
      "killed",
      "killed",
    ]);
  });
});

describe("the wounds the dead bore", () => {
  it("reads a part of bodies or of the dead that bore wounds as killed, a part of the living not", () => {
    expect(
      measuresOf(
        "The pathologist examined 40 bodies at the district hospital; 31 of them bore gunshot wounds, and six had in addition stab wounds.",
      ),
    ).toEqual(["forensic_examined", "killed", "killed"]);
    expect(
      measuresOf(
        "Investigators exhumed 52 bodies from the well in 2003 and found that 44 of them had burn injuries.",
      ),
    ).toEqual(["bodies_recovered", "killed"]);
    // (People treated or held who bore wounds stay what they were.)
    expect(
      measuresOf("Some 300 people were treated at the clinic; 40 of them had gunshot wounds."),
    ).toEqual(["wounded", "wounded"]);
  });
});

describe("killing said as annihilation or as removing a threat", () => {
  it("reads people wiped out, annihilated or neutralised as killed, and families so as destroyed", () => {
    expect(
      measuresOf("In a short battle 19 rebels were wiped out and six were taken alive."),
    ).toEqual(["killed", "detained"]);
    expect(measuresOf("The minister said four gunmen had been neutralised at the gate.")).toEqual([
      "killed",
    ]);
    expect(measuresOf("The raiders exterminated 120 villagers.")).toEqual(["killed"]);
    // (Families so killed are the families destroyed; places wiped out count no people.)
    expect(measuresOf("Seven families were wiped out completely.")).toEqual(["families_destroyed"]);
    expect(measuresOf("The floods wiped out 40 villages.")).toEqual([]);
  });
});

describe("deaths by their causes", () => {
  it("reads a death of exposure from the weather and the road, a killing from violence", () => {
    expect(measuresOf("At least 30 deportees died of fatigue and exposure on the road.")).toEqual([
      "died_of_exposure",
    ]);
    expect(measuresOf("That winter some 300 villagers died of cold in the forest.")).toEqual([
      "died_of_exposure",
    ]);
    expect(
      measuresOf("Guards said that 45 prisoners died of cold, exhaustion or beatings."),
    ).toEqual(["killed"]);
    // (A disease says no exposure; where the death befell is no cause.)
    expect(measuresOf("At least 90 refugees died of cholera in the cold season.")).toEqual([
      "killed",
    ]);
  });

  it("reads exhaustion and heat as the road and the weather, and causes past where the death befell", () => {
    // (The eval README's convention: cold, frost, heat, dehydration, exhaustion.)
    expect(measuresOf("At least 30 deportees died of exhaustion on the road.")).toEqual([
      "died_of_exposure",
    ]);
    expect(measuresOf("Some 40 marchers died of heatstroke in the desert.")).toEqual([
      "died_of_exposure",
    ]);
    expect(
      measuresOf("Eighteen are said to have died on the mountain path from exhaustion and cold."),
    ).toEqual(["died_of_exposure"]);
    expect(
      measuresOf("Nurses recorded nine deaths of infants in the column, from heat and exhaustion."),
    ).toEqual(["died_of_exposure"]);
    // (Violence, disease or hunger past the place still make a killing; the causes of another
    // clause are not the death's; thirst in a siege is a deprivation, as hunger is.)
    expect(measuresOf("Nine detainees died in the camp from beatings and exhaustion.")).toEqual([
      "killed",
    ]);
    expect(measuresOf("The ledger lists 314 deaths in that winter from hunger and cold.")).toEqual([
      "killed",
    ]);
    expect(
      measuresOf("At least 12 villagers died in the attack and 40 fled from the cold."),
    ).toEqual(["killed", "displaced"]);
    expect(measuresOf("Twelve prisoners died of thirst in the lorry.")).toEqual(["killed"]);
    // (Nor a part's cause after a comma: some of the dead, not all, died of the cold.)
    expect(measuresOf("He thought more than 300 had perished, some of cold.")).toEqual(["killed"]);
  });

  it("reads a death from hunger or disease as a killing, even beside the cold", () => {
    // (The eval README's convention, settled in the thirteenth round.)
    expect(measuresOf("That winter some 300 villagers died of hunger in the forest.")).toEqual([
      "killed",
    ]);
    expect(measuresOf("About 120 deportees died of cold and typhus on the way.")).toEqual([
      "killed",
    ]);
    expect(measuresOf("Some 70 marchers died from starvation and exposure.")).toEqual(["killed"]);
  });
});

describe("lasting harm", () => {
  it("reads people whose limbs, fingers or toes were amputated as disabled", () => {
    // (The eval README's convention, settled in the thirteenth round.)
    expect(measuresOf("Thirty-one of the miners had fingers or toes amputated.")).toEqual([
      "disabled",
    ]);
    expect(
      measuresOf(
        "That winter 20 prisoners froze to death and doctors amputated the limbs of a further 14.",
      ),
    ).toEqual(["died_of_exposure", "disabled"]);
    expect(measuresOf("At least 25 people needed amputations after the blast.")).toEqual([
      "disabled",
    ]);
  });

  it("leaves people treated or hurt wounded, and hands cut off by attackers mutilated", () => {
    expect(measuresOf("At least 25 people needed surgery after the blast.")).toEqual(["wounded"]);
    expect(measuresOf("The raiders cut off the hands of 12 farmers.")).toEqual(["mutilated"]);
  });
});

describe("survivors", () => {
  it("reads people who came through alive as survivors, whatever their noun", () => {
    expect(
      measuresOf("Only five of the men held in the school came out of the building alive."),
    ).toEqual(["survivors"]);
    expect(measuresOf("Only 14 prisoners are known to have left the camp alive.")).toEqual([
      "survivors",
    ]);
    expect(measuresOf("Another 120 were dug out of the rubble alive by neighbours.")).toEqual([
      "survivors",
    ]);
    // (Not those burned or buried alive, nor those never seen alive again, nor another count's.)
    expect(measuresOf("Twelve villagers were burned alive in the mosque.")).toEqual(["killed"]);
    expect(measuresOf("Militiamen buried 12 prisoners alive in a pit.")).not.toContain("survivors");
    expect(measuresOf("Of the 40 taken, fewer than 20 were ever seen alive again.")).not.toContain(
      "survivors",
    );
    // (People who came back from captivity are released, not survivors.)
    expect(measuresOf("Only 12 returned alive from the camp.")).not.toContain("survivors");
    expect(measuresOf("Nine miners were killed and 12 were brought up alive.")).toEqual([
      "killed",
      "survivors",
    ]);
  });
});

describe("a part's own stage", () => {
  it("reads the death of a part of the wounded or the held past 'more', an apposition or its care", () => {
    expect(measuresOf("Four more of the injured died in the provincial hospital.")).toEqual([
      "killed",
    ]);
    expect(
      measuresOf("Doctors said three of the hostages, all elderly women, had died overnight."),
    ).toEqual(["killed"]);
    expect(
      measuresOf("Staff said that 19 of the patients admitted there in March died within days."),
    ).toEqual(["killed"]);
    // (Care alone, or care then a discharge, is no death.)
    expect(
      measuresOf("Staff said that 19 of the patients admitted in March were discharged."),
    ).toEqual(["wounded"]);
  });

  it("reads people hit and not said to have died as wounded", () => {
    expect(measuresOf("The inquiry found that 17 bystanders were hit.")).toEqual(["wounded"]);
    expect(measuresOf("Eleven workers were shot dead at the gate and 40 more were hit.")).toEqual([
      "killed",
      "wounded",
    ]);
  });
});

describe("lists of names", () => {
  it("reads a participle on a document as the document's, not the people's", () => {
    expect(
      measuresOf(
        "The toll was higher, people say: a list kept by the village teacher has 58 names.",
      ),
    ).toEqual(["killed"]);
    expect(
      measuresOf("The widows' own list, kept for decades by the union, has 23 names."),
    ).toEqual(["killed"]);
    // (People kept or held are still held.)
    expect(measuresOf("Police kept 58 protesters in the cells overnight.")).toEqual(["detained"]);
  });
});

describe("more of the dead", () => {
  it("counts a small 'another' or 'a further' with an event of its own", () => {
    expect(
      measuresOf("Eleven died in the fire, and a further three died in hospital that week."),
    ).toEqual(["killed", "killed"]);
    expect(measuresOf("Six men died in the camp; another five died on the road home.")).toEqual([
      "killed",
      "killed",
    ]);
    // (Nothing happening to them: narrative, no figure.)
    expect(measuresOf("Six men died in the camp; another five sat by the fire.")).toEqual([
      "killed",
    ]);
  });
});

describe("people named by a participle", () => {
  it("counts parts of the rescued, the fallen and the arrested", () => {
    expect(measuresOf("Four of the rescued died of their burns in hospital.")).toEqual(["killed"]);
    expect(measuresOf("Twelve of the arrested were released on bail.")).toEqual(["other"]);
    expect(measuresOf("Five of the fallen were buried in the village square.")).toEqual(["buried"]);
    // (A verb after a number stays a verb.)
    expect(measuresOf("Prices had fallen 40 percent by May.")).toEqual([]);
  });
});

describe("a list whose first member is named", () => {
  it("reads a count after a named first member as the list's next member", () => {
    expect(
      measuresOf(
        "Troops shot at least 80 prisoners in the yard after the surrender, among them the town's priest and nine teachers.",
      ),
    ).toEqual(["killed", "killed"]);
    expect(
      measuresOf(
        "The gunmen took about 60 hostages at the clinic, among them women in labour and three newborn babies.",
      ),
    ).toEqual(["hostage", "hostage"]);
    expect(
      figuresOf(
        "Thirty were shot on the bridge, he said, among them his father and two of his brothers.",
      ),
    ).toContainEqual(["two of his brothers", "killed", 2, 2, "exact", null]);
  });

  it("leaves a count after another clause's named people to its own verb", () => {
    // (A semicolon closes the list: the mayor and the councillors are another clause's.)
    expect(
      measuresOf(
        "Troops shot at least 80 prisoners in the yard, among them the priest; the mayor and nine councillors were arrested later.",
      ),
    ).toEqual(["killed", "detained"]);
  });
});

describe("kin lost", () => {
  it("reads kin someone lost as the dead", () => {
    expect(measuresOf("The old fisherman lost nine relatives in the raid.")).toEqual(["killed"]);
    expect(
      measuresOf("A teacher said she had lost 14 members of her family in the shelling."),
    ).toEqual(["killed"]);
    expect(figuresOf("My grandmother lost four of her sons that spring.")[0]?.[1]).toBe("killed");
  });

  it("leaves a loss of men, workers or money to the rest of the sentence", () => {
    // (Men a village lost may have been taken away; a company loses workers to another.)
    expect(measuresOf("The hamlet lost fourteen of its men that afternoon.")).not.toContain(
      "killed",
    );
    expect(measuresOf("The mill lost 40 workers to the new mine.")).not.toContain("killed");
  });
});

describe("bodies seen", () => {
  it("reads bodies seen where they lay as the toll, past a quotation mark or in the passive", () => {
    expect(
      measuresOf('Two farmers described seeing "about thirty" bodies on the riverbank.'),
    ).toEqual(["killed"]);
    expect(
      measuresOf("Counsel submits that no more than 50 bodies were ever seen by the inspectors."),
    ).toEqual(["killed"]);
  });

  it("leaves bodies recovered, and bodies never seen again, as they were", () => {
    expect(measuresOf("Divers said 40 bodies were recovered from the river.")).toEqual([
      "bodies_recovered",
    ]);
    expect(measuresOf("The 40 bodies were never seen again.")).not.toContain("killed");
  });
});

describe("tolls given as a value", () => {
  it("reads a toll given 'as' a number, and a small toll put 'at' past 'the number of'", () => {
    expect(figuresOf("The governor gave the number of dead as 23.")).toEqual([
      ["23", "killed", 23, 23, "exact", null],
    ]);
    expect(measuresOf("The official inquiry gave the death toll as 212.")).toEqual(["killed"]);
    expect(figuresOf("The police put the number of dead at six.")).toEqual([
      ["six", "killed", 6, 6, "exact", null],
    ]);
  });

  it("leaves 'as' with no toll given, and a number of things, alone", () => {
    expect(figuresOf("The number of houses destroyed was given as 40.")).toEqual([]);
    expect(figuresOf("He worked as a guard for 19 years.")).toEqual([]);
  });
});

describe("bodies counted with no noun", () => {
  it("counts 'the bodies of two' and 'the bodies of the other 13' as bodies", () => {
    expect(figuresOf("Herders found the bodies of three in a gully below the road.")).toEqual([
      ["three", "bodies_recovered", 3, 3, "exact", null],
    ]);
    expect(measuresOf("Villagers took the bodies of the other 13 home on carts.")).toEqual([
      "bodies_recovered",
    ]);
  });

  it("leaves the bodies of people counted with a noun to that noun's phrase", () => {
    expect(figuresOf("Herders found the bodies of three shepherds in a gully.")).toEqual([
      ["three shepherds", "bodies_recovered", 3, 3, "exact", "other"],
    ]);
    expect(figuresOf("The bodies lay in the gully for two days.")).toEqual([]);
  });
});

describe("forensic work", () => {
  it("reads no examination from a forensic team's digging or a forensic report beside a list", () => {
    expect(measuresOf("A forensic team lifted the remains of 300 people from the pits.")).toEqual([
      "bodies_recovered",
    ]);
    expect(
      measuresOf(
        "The commission relied on the parish register, which lists 64 names, and on the forensic report.",
      ),
    ).toEqual(["killed"]);
  });

  it("reads the examiners and their examination as forensic work", () => {
    expect(measuresOf("Forensic experts identified 60 of the bodies.")).toEqual([
      "forensic_examined",
    ]);
    expect(measuresOf("The forensic examination of 85 bodies took a year.")).toEqual([
      "forensic_examined",
    ]);
  });
});

describe("names on a list", () => {
  it("reads the names a survivors' group or a burial register keeps as the dead", () => {
    expect(measuresOf("The survivors' committee later compiled a list of 230 names.")).toEqual([
      "killed",
    ]);
    expect(
      measuresOf(
        "The burial register kept by the parish, which lists 96 names, was shown to the court.",
      ),
    ).toEqual(["killed"]);
  });

  it("reads names nothing else is said of as the dead, not as a fallback guesses", () => {
    const guessing = (text: string) => measuresOf(text, { measureFallback: () => "population" });
    expect(guessing("There is a marble plaque with 97 names by the school gate.")).toEqual([
      "killed",
    ]);
    // (A list of people alive when listed keeps what else reads it.)
    expect(guessing("The passenger list held 171 names.")).toEqual(["population"]);
  });

  it("leaves names whose owners are said, and registers of the missing, to their own measure", () => {
    expect(measuresOf("The committee holds the names of 120 survivors.")).toEqual(["survivors"]);
    expect(measuresOf("The state register of the disappeared lists 2,760 names.")).toEqual([
      "missing",
    ]);
  });
});

describe("a staff's word", () => {
  it("reads no care from 'a hospital official', as from 'hospital officials'", () => {
    expect(
      measuresOf(
        "Thirty of the dead were women and twelve were children, a hospital official said.",
      ),
    ).toEqual(["killed", "killed"]);
  });

  it("keeps the care a count's own clause names", () => {
    expect(measuresOf("Twelve children were taken to hospital, an official said.")).toEqual([
      "wounded",
    ]);
  });
});

describe("bodies in a hospital", () => {
  it("reads no wounded from a hospital or a morgue that took in bodies", () => {
    expect(
      measuresOf("The morgue of the central hospital took in 27 bodies after the march."),
    ).toEqual(["bodies_recovered"]);
    expect(measuresOf("By nightfall 18 bodies lay in the hospital courtyard.")).toEqual([
      "bodies_recovered",
    ]);
    expect(measuresOf("The district hospital received 40 bodies on Sunday.")).toEqual([
      "bodies_recovered",
    ]);
  });

  it("keeps the hospital's wounded, and bodies counted there as the toll", () => {
    expect(measuresOf("The district hospital treated 40 people on Sunday.")).toEqual(["wounded"]);
    expect(measuresOf("Doctors at the hospital counted 30 bodies.")).toEqual(["killed"]);
  });
});

describe("a repetition named by what befell it", () => {
  it("reads 'the eleven dead', 'the 19 killed', 'the 11 missing' by their own word", () => {
    expect(
      measuresOf(
        "Soldiers rounded up eleven men in the square. Their families later read out the names of the eleven dead.",
      ),
    ).toEqual(["detained", "killed"]);
    expect(
      measuresOf(
        "Divers recovered 19 bodies from the river. The court found that the 19 killed had been unarmed.",
      ),
    ).toEqual(["bodies_recovered", "killed"]);
    expect(
      measuresOf(
        "Fishermen found 11 bodies on the beach; the 11 missing are believed to have drowned with them.",
      ),
    ).toEqual(["bodies_recovered", "missing"]);
  });

  it("keeps a repetition named by a noun, or with no word of its own, as it was", () => {
    expect(
      measuresOf(
        "Police detained 30 men that night. Days later a judge questioned the 30 detainees.",
      ),
    ).toEqual(["detained", "detained"]);
    expect(
      measuresOf("Rescuers pulled 14 people from the rubble. The 14 were taken to hospital."),
    ).toEqual(["survivors", "survivors"]);
  });
});

describe("a source's figure stated as a predicate, and the dead carried to a new total", () => {
  it("counts 'the police figure … was 19' and 'bringing the dead to 14'", () => {
    expect(measuresOf("Two more died in hospital overnight, bringing the dead to 14.")).toEqual([
      "killed",
      "killed",
    ]);
    expect(
      figuresOf(
        "Police fired on the march. The police figure, given to the assembly in May, was 19.",
      ).map(([text]) => text),
    ).toEqual(["19"]);
    expect(
      figuresOf(
        "Troops fired on the crowd. The army's count for that day is 61, and no one believes it.",
      ).map(([text]) => text),
    ).toEqual(["61"]);
  });

  it("leaves a figure or a count that is not the whole predicate, and other totals, alone", () => {
    expect(figuresOf("The count was 1,200 votes short.")).toEqual([]);
    expect(figuresOf("Her figure was 22 when she married.")).toEqual([]);
    expect(figuresOf("The unemployment figure was 22 per cent.")).toEqual([]);
    expect(figuresOf("Prices rose, bringing the total to 14 dollars.")).toEqual([]);
  });
});

describe("a small count as the object of an event verb", () => {
  it("reads it before a place or a time, as before the next clause", () => {
    expect(
      figuresOf("The police fired into the crowd, killing seven on the spot.").map(([t, m]) => [
        t,
        m,
      ]),
    ).toEqual([["seven", "killed"]]);
    expect(figuresOf("We buried nine from our street alone.").map(([t, m]) => [t, m])).toEqual([
      ["nine", "buried"],
    ]);
    expect(figuresOf("The blast killed nine and injured 27.").map(([t, m]) => [t, m])).toEqual([
      ["nine", "killed"],
      ["27", "wounded"],
    ]);
  });

  it("leaves a small number after a verb of no event, or after 'at', alone", () => {
    expect(figuresOf("They arrived at seven in the evening.")).toEqual([]);
    expect(figuresOf("The meeting started at nine in the morning.")).toEqual([]);
    expect(figuresOf("She finished seven in the race.")).toEqual([]);
  });
});
