/** One generated person: the truth that list records are noisy renderings of. */
import type { Rng } from "../estimation/random.js";
import {
  AZ_FEMALE,
  AZ_MALE,
  AZ_OTHER_SURNAMES,
  AZ_SURNAME_ROOTS,
  FEMALE_SUFFIXES,
  MALE_SUFFIXES,
  PLACES,
  ROOT_SUFFIXES,
  RU_FEMALE,
  RU_MALE,
  RU_SURNAMES,
  withCompounds,
} from "./name-pools.js";
import { zipfPool } from "./zipf.js";

export interface Person {
  readonly id: number;
  readonly origin: "az" | "ru";
  readonly sex: "M" | "F";
  /** Canonical spellings: Azerbaijani Latin for "az", Russian Cyrillic for "ru". */
  readonly given: string;
  readonly surname: string;
  readonly father: string;
  readonly birthYear: number;
  readonly birthMonth: number;
  readonly birthDay: number;
  readonly place: string;
  /** Multiplier of every list's capture probability: some people are far more visible. */
  readonly visibility: number;
}

const pools = {
  azMale: zipfPool(withCompounds(AZ_MALE, MALE_SUFFIXES)),
  azFemale: zipfPool(withCompounds(AZ_FEMALE, FEMALE_SUFFIXES)),
  azRoot: zipfPool(withCompounds(AZ_SURNAME_ROOTS, ROOT_SUFFIXES), 0.7),
  azOther: zipfPool(AZ_OTHER_SURNAMES),
  ruMale: zipfPool(RU_MALE),
  ruFemale: zipfPool(RU_FEMALE),
  ruSurname: zipfPool(RU_SURNAMES),
  place: zipfPool(PLACES, 0.3),
};

function azSurname(rng: Rng, sex: "M" | "F"): string {
  if (rng.next() < 0.05) return pools.azOther.draw(rng);
  const root = pools.azRoot.draw(rng);
  const male = /(ov|yev)$/.test(root)
    ? root
    : /[aeəıiouöü]$/.test(root)
      ? `${root}yev`
      : `${root}ov`;
  return sex === "F" ? `${male}a` : male;
}

/** Victims' ages at the event: children, adults and the elderly, as in the lists. */
function drawAge(rng: Rng): number {
  const u = rng.next();
  if (u < 0.2) return rng.int(18);
  if (u < 0.8) return 18 + rng.int(43);
  return 61 + rng.int(30);
}

/** Draws one person; `eventYear` turns ages into birth years. */
export function drawPerson(id: number, rng: Rng, eventYear: number): Person {
  const origin = rng.next() < 0.05 ? "ru" : "az";
  const sex = rng.next() < 0.55 ? "M" : "F";
  const given =
    origin === "az"
      ? (sex === "M" ? pools.azMale : pools.azFemale).draw(rng)
      : (sex === "M" ? pools.ruMale : pools.ruFemale).draw(rng);
  const ruSurname = pools.ruSurname.draw(rng);
  const surname = origin === "az" ? azSurname(rng, sex) : sex === "F" ? `${ruSurname}а` : ruSurname;
  const father = (origin === "az" ? pools.azMale : pools.ruMale).draw(rng);
  const birthMonth = 1 + rng.int(12);
  const birthDay = 1 + rng.int(28);
  const afterEvent = birthMonth > 2 || (birthMonth === 2 && birthDay > 26) ? 1 : 0;
  return {
    id,
    origin,
    sex,
    given,
    surname,
    father,
    birthYear: eventYear - drawAge(rng) - afterEvent,
    birthMonth,
    birthDay,
    place: pools.place.draw(rng),
    visibility: rng.next() < 0.3 ? 1.5 : 0.75,
  };
}
