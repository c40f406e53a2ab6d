import { describe, expect, it } from "vitest";
import { claimsOfKind } from "./test-helpers.js";

const times = (text: string) =>
  claimsOfKind(text, "time").map((c) => [c.text, c.startIso, c.endIso, c.precision, c.approximate]);

describe("time claims", () => {
  it("anchors clock times to their date, with approximation and ranges", () => {
    expect(times("Shelling began around 23:00 on 3 May 2021.")).toEqual([
      ["around 23:00 on 3 May 2021", "2021-05-03T23:00", null, "minute", true],
    ]);
    expect(
      times(
        "In May 2021 the town fell. Troops crossed the bridge between 01:00 and 04:00 on 4 May.",
      )[1],
    ).toEqual([
      "between 01:00 and 04:00 on 4 May",
      "2021-05-04T01:00",
      "2021-05-04T04:00",
      "minute",
      false,
    ]);
    expect(times("On 3 May 2021 the convoy left about 11:00 p.m.")[0]?.slice(1)).toEqual([
      "2021-05-03T23:00",
      null,
      "minute",
      true,
    ]);
    expect(
      times("They reached the bridge at about 10.00-11.00 a.m. on 5 May 2021.")[0]?.slice(1),
    ).toEqual(["2021-05-05T10:00", "2021-05-05T11:00", "minute", true]);
  });

  it("reads nights, day ranges and months", () => {
    expect(times("It happened on the night of 3-4 May 2021.")).toEqual([
      ["night of 3-4 May 2021", "2021-05-03", "2021-05-04", "night", false],
    ]);
    expect(times("The inquiry opened on June 2, 2021 and closed in March 2023.")).toEqual([
      ["June 2, 2021", "2021-06-02", null, "day", false],
      ["March 2023", "2023-03", null, "month", false],
    ]);
    expect(times("Observers were there in March-April 2022.")[0]?.slice(1, 4)).toEqual([
      "2022-03",
      "2022-04",
      "month",
    ]);
  });

  it("reads day ranges written with words and 24-hour clocks with a stray p.m.", () => {
    expect(times("They died on June 5 and 6, 2021.")[0]?.slice(1)).toEqual([
      "2021-06-05",
      "2021-06-06",
      "day",
      false,
    ]);
    expect(times("Over the night from 5 to 6 June 2021 the bridge fell.")[0]?.slice(1)).toEqual([
      "2021-06-05",
      "2021-06-06",
      "night",
      false,
    ]);
    expect(times("On 3 May 2021 at around 16:00 p.m the men came.")[0]?.slice(1, 3)).toEqual([
      "2021-05-03T16:00",
      null,
    ]);
  });

  it("takes a missing year from the dates before it, and claims nothing without one", () => {
    expect(times("The siege began in January 2021. The town fell on 26 February.")[1]?.[1]).toBe(
      "2021-02-26",
    );
    expect(times("The town fell on 26 February.")).toEqual([]);
  });
});
