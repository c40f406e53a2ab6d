/** The memorial's answers as the web app reads them (shapes of services/presenters/memorial). */
export interface NameForm {
  text: string;
  fromSource: boolean;
}

export interface MemorialPerson {
  id: string;
  names: { az: NameForm; ru: NameForm; en: NameForm };
  spellings: { name: string; list: string; recordId: string; line: number }[];
  age: number | null;
  birthYear: number | null;
  places: string[];
}

export interface MemorialList {
  named: number;
  others: number;
  total: number;
  items: MemorialPerson[];
}

export interface MemorialPersonDetail extends MemorialPerson {
  mentions: { sourceId: string; sourceTitle: string; seq: number | null; snippet: string }[];
  photos: {
    entryId: string;
    sourceId: string;
    title: string;
    caption: string;
    hasThumbnail: boolean;
    width: number | null;
    height: number | null;
  }[];
}

/** The form of the name in the reader's script: Cyrillic for Russian, the Azerbaijani Latin for Azerbaijani. */
export function nameFor(p: MemorialPerson, locale: string): NameForm {
  return locale === "ru" ? p.names.ru : locale === "az" ? p.names.az : p.names.en;
}
