/**
 * Places of the reference case (Khojaly, February 1992) and the cities its sources are published
 * from. Coordinates are WGS84 from general geographic knowledge, not surveyed: `precisionKm` says
 * how far off a point may be; null coordinates mean we do not know the place well enough.
 */
export type PlaceKind =
  | "town"
  | "village"
  | "city"
  | "district"
  | "river"
  | "region"
  | "country"
  | "area";

export interface Place {
  readonly id: string;
  readonly name: string;
  readonly kind: PlaceKind;
  /** Spellings in English, Azerbaijani Latin and Russian Cyrillic, plus attested variants. */
  readonly aliases: readonly string[];
  readonly lat: number | null;
  readonly lon: number | null;
  readonly precisionKm: number | null;
}

export const PLACES: readonly Place[] = [
  {
    id: "khojaly",
    name: "Khojaly",
    kind: "town",
    aliases: [
      "Khojali",
      "Khodjaly",
      "Khodjali",
      "Xocalı",
      "Xodjali",
      "Khocaly",
      "Ходжалы",
      "Ходжали",
      "Хоҹалы",
    ],
    lat: 39.911,
    lon: 46.79,
    precisionKm: 1,
  },
  {
    id: "aghdam",
    name: "Aghdam",
    kind: "city",
    aliases: ["Agdam", "Ağdam", "Агдам"],
    lat: 39.991,
    lon: 46.93,
    precisionKm: 1,
  },
  {
    id: "khankendi",
    name: "Khankendi",
    kind: "city",
    aliases: ["Stepanakert", "Stepankert", "Xankəndi", "Khankandi", "Степанакерт", "Ханкенди"],
    lat: 39.815,
    lon: 46.752,
    precisionKm: 1,
  },
  {
    id: "askeran",
    name: "Askeran",
    kind: "town",
    aliases: ["Əsgəran", "Asgaran", "Аскеран"],
    lat: 39.936,
    lon: 46.83,
    precisionKm: 2,
  },
  {
    id: "nakhchivanik",
    name: "Nakhchivanik",
    kind: "village",
    aliases: ["Nakhichevanik", "Naxçıvanlı", "Nakhchivanly", "Нахичеваник", "Нахчыванлы"],
    lat: 39.95,
    lon: 46.84,
    precisionKm: 5,
  },
  {
    id: "pirjamal",
    name: "Pirjamal",
    kind: "village",
    aliases: ["Pircamal", "Pirdzhamal", "Пирджамал"],
    lat: 39.96,
    lon: 46.87,
    precisionKm: 8,
  },
  {
    id: "shelli",
    name: "Shelli",
    kind: "village",
    aliases: ["Şelli", "Shelly", "Шелли"],
    lat: 39.97,
    lon: 46.87,
    precisionKm: 8,
  },
  {
    id: "dahraz",
    name: "Dahraz",
    kind: "village",
    aliases: ["Dəhraz", "Dahra", "Dehraz", "Дахраз"],
    lat: 39.97,
    lon: 46.84,
    precisionKm: 8,
  },
  {
    id: "garagaya",
    name: "Garagaya",
    kind: "area",
    aliases: ["Qaraqaya", "Karakaya", "Гарагая"],
    lat: null,
    lon: null,
    precisionKm: null,
  },
  {
    id: "gargar-river",
    name: "Gargar river",
    kind: "river",
    aliases: ["Gargar", "Qarqar", "Qarqarçay", "Gargarchay", "Каркар", "Каркарчай"],
    lat: 39.9,
    lon: 46.8,
    precisionKm: 10,
  },
  {
    id: "abdal-gulabli",
    name: "Abdal-Gulabli",
    kind: "village",
    aliases: ["Abdal Gulabli", "Abdal-Gülablı", "Abdal-Gyulably", "Абдал-Гюлаблы"],
    lat: 39.95,
    lon: 46.9,
    precisionKm: 8,
  },
  {
    id: "saderak",
    name: "Saderak",
    kind: "village",
    aliases: ["Sadarak", "Sədərək"],
    lat: null,
    lon: null,
    precisionKm: null,
  },
  {
    id: "krasny",
    name: "Krasny",
    kind: "village",
    aliases: ["Krasniy", "Krasnyy", "Красный"],
    lat: null,
    lon: null,
    precisionKm: null,
  },
  {
    id: "shusha",
    name: "Shusha",
    kind: "town",
    aliases: ["Şuşa", "Shushi", "Шуша"],
    lat: 39.758,
    lon: 46.748,
    precisionKm: 1,
  },
  {
    id: "nagorno-karabakh",
    name: "Nagorno-Karabakh",
    kind: "region",
    aliases: [
      "Nagorno Karabakh",
      "Nagorny Karabakh",
      "Nagorno-Karabagh",
      "Karabakh",
      "Karabagh",
      "Qarabağ",
      "Dağlıq Qarabağ",
      "Нагорный Карабах",
      "Карабах",
    ],
    lat: 39.83,
    lon: 46.75,
    precisionKm: 40,
  },
  {
    id: "baku",
    name: "Baku",
    kind: "city",
    aliases: ["Bakı", "Баку"],
    lat: 40.409,
    lon: 49.867,
    precisionKm: 2,
  },
  {
    id: "yerevan",
    name: "Yerevan",
    kind: "city",
    aliases: ["Erevan", "Ереван", "Irevan", "İrəvan"],
    lat: 40.179,
    lon: 44.499,
    precisionKm: 2,
  },
  {
    id: "tbilisi",
    name: "Tbilisi",
    kind: "city",
    aliases: ["Tiflis", "Тбилиси"],
    lat: 41.715,
    lon: 44.827,
    precisionKm: 2,
  },
  {
    id: "moscow",
    name: "Moscow",
    kind: "city",
    aliases: ["Moskva", "Москва"],
    lat: 55.756,
    lon: 37.617,
    precisionKm: 5,
  },
  {
    id: "armenia",
    name: "Armenia",
    kind: "country",
    aliases: ["Ermənistan", "Армения"],
    lat: 40.07,
    lon: 45.04,
    precisionKm: 100,
  },
  {
    id: "azerbaijan",
    name: "Azerbaijan",
    kind: "country",
    aliases: ["Azərbaycan", "Азербайджан"],
    lat: 40.14,
    lon: 47.58,
    precisionKm: 150,
  },
];
