/**
 * The shapes of generated lists, modelled on the kinds of lists kept after an atrocity: a mosque
 * register in Azerbaijani Latin, a morgue log in Russian, a prosecutor's list in English, an NGO
 * appendix in Azerbaijani Cyrillic. Lists beyond four cycle through them.
 */
import type { Style } from "./render-tables.js";

export type Column =
  | "id"
  | "surname"
  | "given_name"
  | "patronymic"
  | "full_name"
  | "sex"
  | "birth_year"
  | "birth_date"
  | "age"
  | "place";

export interface ListLayout {
  readonly label: string;
  readonly style: Style;
  readonly columns: readonly Column[];
  /** For full_name: surname first ("Əliyev Elçin Həsən oğlu") or given first. */
  readonly surnameFirst: boolean;
}

export const LAYOUTS: readonly ListLayout[] = [
  {
    label: "mosque-register",
    style: "az-latin",
    columns: ["id", "surname", "given_name", "patronymic", "birth_year", "place"],
    surnameFirst: true,
  },
  {
    label: "morgue-log",
    style: "ru-cyrillic",
    columns: ["id", "full_name", "sex", "age", "place"],
    surnameFirst: true,
  },
  {
    label: "prosecutor-list",
    style: "english",
    columns: ["id", "given_name", "surname", "patronymic", "sex", "birth_date", "place"],
    surnameFirst: false,
  },
  {
    label: "ngo-appendix",
    style: "az-cyrillic",
    columns: ["id", "full_name", "birth_date", "age"],
    surnameFirst: true,
  },
];

/** Patronymic markers (son of / daughter of) as each style writes them. */
export const MARKERS: Readonly<Record<Style, { M: readonly string[]; F: readonly string[] }>> = {
  "az-latin": { M: ["oğlu"], F: ["qızı"] },
  "az-cyrillic": { M: ["оғлу"], F: ["гызы"] },
  "ru-cyrillic": { M: ["оглы"], F: ["кызы"] },
  english: { M: ["oglu", "ogly"], F: ["gizi", "kyzy"] },
};
