/**
 * Predicate frames (predicate-frames.ts, vocabulary/english-frames.ts) on invented sentences of
 * our own, read by the rules alone (no learned fallback): the measure a count takes from what its
 * clause's verb says it did or what was done to it, and the written rule where a frame and a cue
 * disagree — a cue bound to the number beats a frame, a frame of the count's own clause beats a
 * cue in another clause.
 */
import { describe, expect, it } from "vitest";
import { measuresOf } from "./test-helpers.js";
import { ENGLISH_FRAMES } from "./vocabulary/english-frames.js";

/** The measure of each figure of `text`, in order, as the rules read it. */
const measures = (text: string) => measuresOf(text, { measureFallback: null });

describe("predicate frames", () => {
  it("read the measure from the count's role in its clause's verb", () => {
    // Subject of a verb phrase, past an apposition, an of- or from-phrase and auxiliaries.
    expect(measures("About 2,000 people were moved to schools in the town.")).toEqual([
      "displaced",
    ]);
    expect(measures("Some 900 residents, most of them women, had abandoned their homes.")).toEqual([
      "displaced",
    ]);
    expect(measures("Another 300 families were taken in by relatives.")).toEqual(["displaced"]);
    expect(measures("More than 10,000 people filled the main square on Sunday.")).toEqual([
      "participants",
    ]);
    expect(measures("In 1990, 350 men went down the shaft for the night shift.")).toEqual([
      "population",
    ]);
    // Past a phrase on the noun, the vocabulary's own verb cues are read at the predicate too.
    expect(
      measures("Some 3,000 people from the lowland districts have sought refuge here."),
    ).toEqual(["displaced"]);
    expect(measures("More than 4,000 miners at the Kova pit stopped work on Monday.")).toEqual([
      "participants",
    ]);
    expect(measures("Some 400 people fleeing the fighting reached the border.")).toEqual([
      "displaced",
    ]);
    // Object of a verb phrase right before it, with what follows the count where the frame asks.
    expect(measures("Rescuers pulled 37 people from the rubble.")).toEqual(["survivors"]);
    expect(measures("A lorry carrying 30 soldiers reached the town.")).toEqual(["population"]);
    // (A cue the sentence holds for another count, refused, leaves the frame to say.)
    expect(
      measures(
        "A bus carrying 46 passengers was ambushed near the pass; 12 passengers were shot dead.",
      ),
    ).toEqual(["population", "killed"]);
    expect(measures("Soldiers fired on 5,000 demonstrators, killing 30.")).toEqual([
      "participants",
      "killed",
    ]);
    expect(measures("There are about 900 foreign nationals in the country.")).toEqual([
      "population",
    ]);
    expect(measures("A plaque on the school wall bears 41 names.")).toEqual(["killed"]);
    expect(measures("Bulldozers demolished the homes of about 900 families.")).toEqual([
      "displaced",
    ]);
    expect(measures("A column of about 200 militiamen entered the valley.")).toEqual([
      "participants",
    ]);
  });

  it("ask their object, subject or following words to be of the frame's class", () => {
    // A crowd fills a square; people who fill in forms are no crowd.
    expect(measures("More than 10,000 people filled in the forms on Sunday.")).toEqual(["other"]);
    // A list of names is of the dead on a memorial, not in a register.
    expect(measures("The register lists 41 names.")).toEqual(["other"]);
    // Led somewhere is no rescue unless to safety.
    expect(measures("Soldiers led 60 men out of the village.")).toEqual(["other"]);
    expect(measures("Soldiers led 60 men to safety.")).toEqual(["survivors"]);
  });

  it("know each act's other verbs, their inflections and the places their class names", () => {
    // Obligation, a present form, a vehicle's plural, a vehicle or a square full of people.
    expect(measures("Some 400 villagers had to leave their homes after the flood.")).toEqual([
      "displaced",
    ]);
    expect(measures("Every week about 300 families flee their villages.")).toEqual(["displaced"]);
    expect(measures("Some 40 people were on the ferry when it sank.")).toEqual(["population"]);
    expect(measures("A boat crammed with 300 people was seen off the cape.")).toEqual([
      "population",
    ]);
    expect(measures("The square was packed with 20,000 people.")).toEqual(["participants"]);
    // Not seen since; gone to their deaths.
    expect(measures("Some 60 men from the village have not been found.")).toEqual(["missing"]);
    expect(measures("About 90 of the prisoners went to their deaths.")).toEqual(["killed"]);
    // The same verbs without the class their frame asks, or in another measure's sense.
    expect(measures("Some 40 people were on the committee when it met.")).toEqual(["other"]);
    expect(measures("A hall crammed with 300 people heard the speech.")).toEqual(["other"]);
    expect(measures("Some 400 villagers had to leave the meeting early.")).toEqual(["other"]);
    // A capacity stays other: "holds" is no frame's verb for a shelter.
    expect(measures("The school hall holds 2,000 people.")).toEqual(["other"]);
  });

  it("read past an apposition between dashes, or after a phrase on the noun, that closes", () => {
    expect(
      measures(
        "More than 5,000 people — students, workers and their families — filled the square.",
      ),
    ).toEqual(["participants"]);
    expect(
      measures(
        "Some 2,600 civilians from the hill villages, most of them women, camped in schools.",
      ),
    ).toEqual(["displaced"]);
    // A comma that closes nothing ends the subject: the soldiers camped, not the 300.
    expect(
      measures("He saw 300 people from the village, and the soldiers camped in the school."),
    ).toEqual(["other"]);
    expect(measures("He saw 300 people — and the soldiers camped in the school.")).toEqual([
      "other",
    ]);
  });

  it("read the verb after a list of nouns the count's noun opens, not after another clause", () => {
    expect(
      measures("Some 2,000 drivers, conductors and mechanics gathered outside the depot."),
    ).toEqual(["participants"]);
    expect(measures("About 300 men, women and children camped in the school.")).toEqual([
      "displaced",
    ]);
    // No item between the comma and "and": a clause of its own.
    expect(measures("He saw 300 people, and the soldiers camped in the school.")).toEqual([
      "other",
    ]);
  });

  it("read past an adverb in -ly, a participle after the noun and a particle before the count", () => {
    expect(
      measures("By nightfall some 1,400 squatters had hastily abandoned their plots."),
    ).toEqual(["displaced"]);
    expect(measures("About 3,000 people living in the camps lack clean water.")).toEqual([
      "displaced",
    ]);
    expect(measures("Rescuers pulled out 37 people from the rubble.")).toEqual(["survivors"]);
    // An adverb that takes the verb back is not read past; a place no shelter is no camp.
    expect(measures("By nightfall some 1,400 squatters had nearly abandoned their plots.")).toEqual(
      ["other"],
    );
    expect(measures("About 3,000 people living in the town lack clean water.")).toEqual(["other"]);
  });

  it("read a relative clause's verb right after its pronoun, and past brackets", () => {
    expect(measures("Some 300 villagers who abandoned their homes reached the town.")).toEqual([
      "displaced",
    ]);
    expect(measures("Some 300 villagers who saw their homes burn reached the town.")).toEqual([
      "other",
    ]);
    expect(measures("Some 900 residents (most of them women) had abandoned their homes.")).toEqual([
      "displaced",
    ]);
  });

  it("read the object of a verb by what is said of it after ('homeless', 'to camps', 'to jail')", () => {
    expect(measures("The flood left 3,000 people homeless.")).toEqual(["displaced"]);
    expect(measures("The army moved 3,000 villagers to camps.")).toEqual(["displaced"]);
    expect(measures("Police took 300 people to the barracks.")).toEqual(["detained"]);
    expect(measures("The rescue of 37 people took all night.")).toEqual(["survivors"]);
    // Without those words the verb says nothing of the measure.
    expect(measures("The flood left 3,000 people without food.")).toEqual(["other"]);
    expect(measures("The army moved 3,000 villagers every morning.")).toEqual(["other"]);
    expect(measures("Police took 300 people by surprise.")).toEqual(["other"]);
  });

  it("read a rescue's passive only out of a danger, not any taking out", () => {
    expect(measures("Some 37 people were pulled out of the rubble.")).toEqual(["survivors"]);
    expect(measures("Some 84 miners were brought up from the shaft.")).toEqual(["survivors"]);
    expect(measures("About 400 troops were pulled out of the town.")).toEqual(["other"]);
    expect(measures("Some 300 children were brought up in the orphanage.")).toEqual(["other"]);
  });

  it("make no figure of a bare number by a verb before it, only by its own verb after it", () => {
    expect(measures("The marchers carried 40 banners.")).toEqual([]);
    expect(measures("Of the town's miners, barely 3,000 laid down their tools.")).toEqual([
      "participants",
    ]);
    expect(measures("At the school, some 700 slept in the classrooms.")).toEqual(["displaced"]);
    expect(measures("Article 12 left the question open.")).toEqual([]);
  });

  it("give way to a cue bound to the number, and beat a cue in another clause", () => {
    // The noun bound to the number decides: "30 wounded soldiers" on a lorry are wounded.
    expect(measures("A lorry carrying 30 wounded soldiers reached the town.")).toEqual(["wounded"]);
    // The count's own verb beats the killing of another clause in its sentence.
    expect(
      measures("After the shelling killed 12 people, some 3,000 residents camped in the school."),
    ).toEqual(["killed", "displaced"]);
  });

  it("leave a holding to the policy for people held", () => {
    expect(measures("Some 40 men were bundled into lorries by soldiers.")).toEqual(["detained"]);
    expect(measures("Some 40 men were bundled into lorries by the rebels.")).toEqual(["hostage"]);
    expect(measures("Police said 23 students would be tried for rioting.")).toEqual(["detained"]);
  });

  it("read where a group is said to be: a shelter, custody, a crowd's square, a home", () => {
    expect(measures("We were twelve families in one classroom.")).toEqual(["displaced"]);
    expect(measures("We were forty in the school gymnasium for a month.")).toEqual(["displaced"]);
    expect(measures("There were about 600 people in the relief camps.")).toEqual(["displaced"]);
    expect(measures("There were some 2,000 people in the main square.")).toEqual(["participants"]);
    // The kind of camp before "camps" says custody first.
    expect(measures("There were 800 persons in the internment camps by June.")).toEqual([
      "detained",
    ]);
    // A street people live in, a town, a house: the place's population, as before.
    expect(measures("There were twenty families in our street.")).toEqual(["population"]);
    expect(measures("There were 5,000 people in the town before the war.")).toEqual(["population"]);
    expect(measures("We were thirty in the house that night.")).toEqual(["population"]);
  });

  it("count a place's people whole when a part of them is the clause's subject", () => {
    expect(measures("Nearly half of the town's 8,000 mill workers had walked out.")).toEqual([
      "population",
    ]);
    expect(
      measures("The governor appealed to the city's 90,000 inhabitants to stay indoors."),
    ).toEqual(["population"]);
    // A noun that is a measure of its own, or the verb of the whole, still decides.
    expect(measures("Half of the town's 3,000 refugees went home.")).toEqual(["displaced"]);
    expect(measures("The village's 1,400 inhabitants fled to the hills.")).toEqual(["displaced"]);
  });

  it("read the refusals of a strike or a mutiny as taking part", () => {
    expect(measures("About 1,100 labourers refused to turn out for work on Monday.")).toEqual([
      "participants",
    ]);
    expect(measures("Some 600 sailors refused to put to sea.")).toEqual(["participants"]);
    // (Not a refusal to leave: people at home refuse that too.)
    expect(measures("Some 600 villagers refused to leave their homes.")).not.toContain(
      "participants",
    );
  });

  it("read a force sent or posted somewhere as other, not what a fallback guesses", () => {
    // (The fallback here answers `displaced` for any count no cue or frame decided.)
    const guessing = (text: string) => measuresOf(text, { measureFallback: () => "displaced" });
    expect(guessing("About 2,000 troops were deployed to the region.")).toEqual(["other"]);
    expect(guessing("Some 600 peacekeepers are stationed in the town.")).toEqual(["other"]);
    expect(guessing("The army deployed 2,000 troops along the border.")).toEqual(["other"]);
    // (Not a force something befell, nor people who are no force.)
    expect(guessing("About 40 soldiers were killed.")).toEqual(["killed"]);
    expect(guessing("The army dispatched 2,000 villagers to the camps.")).toEqual(["displaced"]);
  });

  it("count inhabitants a place has, or nothing else is said of, as its population", () => {
    expect(measures("It was a village in the hills with approximately 450 residents.")).toEqual([
      "population",
    ]);
    expect(
      measures(
        "By dawn some 600 people, nearly the whole village, which had about 700 inhabitants before the war, had been marched to the harbour.",
      ),
    ).toEqual([expect.any(String), "population"]);
    // (Not "has" an auxiliary, nor residents their sentence says left or sheltered, nor killed.)
    expect(
      measures(
        "It has also been established that some 1,400 inhabitants of the three communities fled to the mountains.",
      ),
    ).toEqual(["displaced"]);
    expect(
      measures(
        "Fearing an attack, some 150 residents of the quarter, most of them women, took shelter in the mosque.",
      ),
    ).toEqual(["displaced"]);
    expect(measures("About 450 residents were killed.")).toEqual(["killed"]);
  });

  it("read people brought out alive or lifted off a roof as survivors, not people taken alive", () => {
    expect(measures("Thirty-eight miners were brought up alive on the sixth day.")).toEqual([
      "survivors",
    ]);
    expect(measures("About 900 people were lifted off roofs by helicopter.")).toEqual([
      "survivors",
    ]);
    // A capture: "taken alive" by their captors (casualties.test.ts holds the other "alive" rules).
    expect(measures("Some 20 soldiers were taken alive by the rebels.")).not.toContain("survivors");
    expect(measures("Some 60 people were carried out of the building.")).toEqual(["other"]);
  });

  it("let a bare count's own verb outrank the figure before it ('another', 'more', 'or so')", () => {
    expect(
      measures(
        "By the end of the month some 900 people remained in the town. Another 2,000 or so were taken in by relatives.",
      ),
    ).toEqual(["population", "displaced"]);
    expect(
      measures(
        "Some 40 people died in the flood, and 300 more were put up by families in the next village.",
      ),
    ).toEqual(["killed", "displaced"]);
    // Relief centres that hold people hold the displaced; a prison's holding stays detained.
    expect(measures("The relief centres held 9,000 people on the first night.")).toEqual([
      "displaced",
    ]);
    expect(measures("The two prisons held 9,000 people on the first night.")).toEqual(["detained"]);
  });

  it("read places named as ones of displacement (relief, transit, host families), not a camp alone", () => {
    expect(measures("Some 1,200 residents were moved to relief centres.")).toEqual(["displaced"]);
    expect(measures("About 3,000 people were taken to transit centres.")).toEqual(["displaced"]);
    expect(measures("Some 5,000 people are still in the relief camps.")).toEqual(["displaced"]);
    expect(measures("Some 800 families are living with host families.")).toEqual(["displaced"]);
    // A camp or a centre alone may hold prisoners or be a town's middle; residents nothing else
    // is said of stay the place's population.
    expect(measures("About 400 men were transferred to another camp.")).not.toContain("displaced");
    expect(measures("Some 300 people were in the centre of the town.")).not.toContain("displaced");
    expect(measures("Some 97 residents were registered at the hostel.")).toEqual(["population"]);
  });

  it("let a count in apposition take the frame of the verb after it over its phrase's cue", () => {
    // The phrase says who they were, the verb after the closing comma what became of them.
    expect(
      measures(
        "The hamlet was burned and its inhabitants, some 450 persons, were compelled to leave.",
      ),
    ).toEqual(["displaced"]);
    expect(
      measures(
        "After the raid the surviving residents, roughly 600 people, abandoned their farms.",
      ),
    ).toEqual(["displaced"]);
    expect(measures("The remaining population, about 9,000 people, was marched west.")).toEqual([
      "displaced",
    ]);
    // No frame after it: the phrase's cue stands ("lived by fishing"; a bare verb cue, "was
    // counted", says less than the phrase); a crowd ordered to leave a square is not displaced.
    expect(measures("Its inhabitants, some 300 persons, lived by fishing.")).toEqual([
      "population",
    ]);
    expect(
      measures("The district's population, about 12,000 people, was counted in the census."),
    ).toEqual(["population"]);
    expect(
      measures(
        "The square was cleared and the protesters, some 300 people, were ordered to leave.",
      ),
    ).toEqual(["participants"]);
  });

  it("name only classes of places the data defines", () => {
    const classes = new Set(Object.keys(ENGLISH_FRAMES.places));
    for (const f of ENGLISH_FRAMES.frames) {
      if (f.objects !== undefined) expect(classes).toContain(f.objects);
      if (f.subjects !== undefined) expect(classes).toContain(f.subjects);
      for (const v of f.verbs) expect(v).toBe(v.toLowerCase().trim());
    }
    for (const stay of ENGLISH_FRAMES.stays) expect(classes).toContain(stay.places);
  });
});
