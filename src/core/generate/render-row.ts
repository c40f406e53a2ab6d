/** One list row: a person as a particular list keeper wrote them down, mistakes included. */
import type { Rng } from "../estimation/random.js";
import { type Column, type ListLayout, MARKERS } from "./list-layouts.js";
import type { Person } from "./person.js";
import { renderWord } from "./render.js";
import { addTypo } from "./typos.js";

export interface RowNoise {
  readonly typoRate: number;
  readonly missingRate: number;
  readonly variation: number;
  readonly eventYear: number;
}

const pad = (n: number) => String(n).padStart(2, "0");

function russianPatronymic(father: string, sex: "M" | "F"): string {
  const stem = father.replace(/[йь]$/, "");
  const soft = stem !== father;
  if (sex === "M") return `${stem}${soft ? "евич" : "ович"}`;
  return `${stem}${soft ? "евна" : "овна"}`;
}

/** Renders one row of the layout for the person; `id` is the row's identifier in its list. */
export function renderRow(
  person: Person,
  layout: ListLayout,
  id: string,
  rng: Rng,
  noise: RowNoise,
): string[] {
  const word = (canonical: string) => {
    const w = renderWord(canonical, person.origin, layout.style, rng, noise.variation);
    return rng.next() < noise.typoRate ? addTypo(w, rng) : w;
  };
  const missing = () => rng.next() < noise.missingRate;
  let surname = word(person.surname);
  let given = word(person.given);
  let patronymic: string;
  if (person.origin === "ru") patronymic = word(russianPatronymic(person.father, person.sex));
  else {
    const markers = MARKERS[layout.style][person.sex];
    patronymic = `${word(person.father)} ${markers[rng.int(markers.length)]}`;
  }
  // Clerks sometimes put the surname in the given-name column and the other way round.
  if (rng.next() < 0.02) [surname, given] = [given, surname];
  const surnameFirst = rng.next() < 0.05 ? !layout.surnameFirst : layout.surnameFirst;
  const withPatronymic = !missing();
  const parts = surnameFirst ? [surname, given] : [given, surname];
  if (withPatronymic) parts.splice(surnameFirst ? 2 : 1, 0, patronymic);
  const r = rng.next();
  const ageNoise = r < 0.7 ? 0 : r < 0.95 ? (rng.next() < 0.5 ? -1 : 1) : rng.next() < 0.5 ? -2 : 2;
  const afterEvent =
    person.birthMonth > 2 || (person.birthMonth === 2 && person.birthDay > 26) ? 1 : 0;
  const age = noise.eventYear - person.birthYear - afterEvent + ageNoise;
  const value = (column: Column): string => {
    switch (column) {
      case "id":
        return id;
      case "surname":
        return surname;
      case "given_name":
        return given;
      case "patronymic":
        return withPatronymic ? patronymic : "";
      case "full_name":
        return parts.join(" ");
      case "sex":
        return missing() ? "" : person.sex;
      case "birth_year":
        return missing() ? "" : String(person.birthYear);
      case "birth_date": {
        if (missing()) return "";
        if (rng.next() < 0.15) return String(person.birthYear);
        const swap = rng.next() < 0.02;
        const [m, d] = swap
          ? [person.birthDay, person.birthMonth]
          : [person.birthMonth, person.birthDay];
        return `${person.birthYear}-${pad(m)}-${pad(d)}`;
      }
      case "age":
        return missing() ? "" : String(Math.max(0, age));
      case "place":
        return missing() ? "" : renderWord(person.place, "az", layout.style, rng, noise.variation);
    }
  };
  return layout.columns.map(value);
}
