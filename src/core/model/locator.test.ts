import { describe, expect, it } from "vitest";
import {
  checkLocator,
  clockTime,
  describeLocator,
  InvalidLocatorError,
  type LocatorTarget,
  mediaFragment,
} from "./locator.js";

const image: LocatorTarget = { kind: "image", width: 64, height: 48 };
const video: LocatorTarget = { kind: "video", width: 320, height: 240, duration: 3 };
const audio: LocatorTarget = { kind: "audio", duration: 3 };
const text: LocatorTarget = { kind: "text", length: 100 };

function fieldOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof InvalidLocatorError) return error.field;
    throw error;
  }
  throw new Error("no error");
}

const rect = (x: number, y: number, width: number, height: number) => ({
  shape: "rect",
  x,
  y,
  width,
  height,
});

describe("claim locators", () => {
  it("accepts a rectangle inside the picture and describes it", () => {
    const l = checkLocator({ type: "ImageRegion", region: rect(4, 8, 20, 10) }, image);
    expect(l).toEqual({ type: "ImageRegion", region: rect(4, 8, 20, 10) });
    expect(describeLocator(l)).toBe("region x 4–24, y 8–18 px");
    expect(mediaFragment(l)).toBe("xywh=4,8,20,10");
  });

  it("refuses a rectangle that leaves the picture, naming the field", () => {
    expect(
      fieldOf(() => checkLocator({ type: "ImageRegion", region: rect(50, 0, 20, 5) }, image)),
    ).toBe("locator.region.width");
    expect(
      fieldOf(() => checkLocator({ type: "ImageRegion", region: rect(0, 49, 1, 1) }, image)),
    ).toBe("locator.region.y");
    expect(
      fieldOf(() => checkLocator({ type: "ImageRegion", region: rect(0, 0, 0, 5) }, image)),
    ).toBe("locator.region.width");
    expect(
      fieldOf(() => checkLocator({ type: "ImageRegion", region: { shape: "circle" } }, image)),
    ).toBe("locator.region.shape");
  });

  it("accepts a well-formed polygon and refuses a crossing, flat or out-of-bounds one", () => {
    const triangle = {
      shape: "polygon",
      points: [
        [1, 1],
        [30, 2],
        [10, 40],
      ],
    };
    const l = checkLocator({ type: "ImageRegion", region: triangle }, image);
    expect(describeLocator(l)).toBe("polygon of 3 points within x 1–30, y 1–40 px");
    expect(mediaFragment(l)).toBe("polygon=1,1;30,2;10,40");
    const bowtie = {
      shape: "polygon",
      points: [
        [0, 0],
        [20, 20],
        [20, 0],
        [0, 20],
      ],
    };
    expect(fieldOf(() => checkLocator({ type: "ImageRegion", region: bowtie }, image))).toBe(
      "locator.region.points",
    );
    const flat = {
      shape: "polygon",
      points: [
        [0, 0],
        [10, 10],
        [20, 20],
      ],
    };
    expect(fieldOf(() => checkLocator({ type: "ImageRegion", region: flat }, image))).toBe(
      "locator.region.points",
    );
    const outside = {
      shape: "polygon",
      points: [
        [0, 0],
        [65, 10],
        [20, 20],
      ],
    };
    expect(fieldOf(() => checkLocator({ type: "ImageRegion", region: outside }, image))).toBe(
      "locator.region.points[1]",
    );
    const repeated = {
      shape: "polygon",
      points: [
        [0, 0],
        [0, 0],
        [20, 20],
        [0, 20],
      ],
    };
    expect(fieldOf(() => checkLocator({ type: "ImageRegion", region: repeated }, image))).toBe(
      "locator.region.points[1]",
    );
    const two = {
      shape: "polygon",
      points: [
        [0, 0],
        [1, 1],
      ],
    };
    expect(fieldOf(() => checkLocator({ type: "ImageRegion", region: two }, image))).toBe(
      "locator.region.points",
    );
  });

  it("accepts a time range inside the recording, with a region on video only", () => {
    const t = checkLocator({ type: "MediaTime", time: { start: 0.5, end: 2.25 } }, audio);
    expect(describeLocator(t)).toBe("0:00.5–0:02.2");
    expect(mediaFragment(t)).toBe("t=0.5,2.25");
    const withRegion = checkLocator(
      { type: "MediaTime", time: { start: 1, end: 1 }, region: rect(0, 0, 100, 50) },
      video,
    );
    expect(describeLocator(withRegion)).toBe("0:01.0, region x 0–100, y 0–50 px");
    expect(mediaFragment(withRegion)).toBe("t=1,1&xywh=0,0,100,50");
    expect(
      fieldOf(() =>
        checkLocator(
          { type: "MediaTime", time: { start: 0, end: 1 }, region: rect(0, 0, 1, 1) },
          audio,
        ),
      ),
    ).toBe("locator.region");
    expect(
      fieldOf(() => checkLocator({ type: "MediaTime", time: { start: 1, end: 3.5 } }, video)),
    ).toBe("locator.time.end");
    expect(
      fieldOf(() => checkLocator({ type: "MediaTime", time: { start: 2, end: 1 } }, video)),
    ).toBe("locator.time.end");
    expect(
      fieldOf(() => checkLocator({ type: "MediaTime", time: { start: -1, end: 1 } }, video)),
    ).toBe("locator.time.start");
  });

  it("refuses a locator of the wrong kind for its source", () => {
    expect(
      fieldOf(() => checkLocator({ type: "MediaTime", time: { start: 0, end: 1 } }, image)),
    ).toBe("locator.type");
    expect(
      fieldOf(() => checkLocator({ type: "ImageRegion", region: rect(0, 0, 1, 1) }, text)),
    ).toBe("locator.type");
    expect(fieldOf(() => checkLocator({ type: "Circle" }, text))).toBe("locator.type");
    expect(fieldOf(() => checkLocator("xywh=1,2,3,4", text))).toBe("locator");
  });

  it("checks a text span against the text", () => {
    expect(checkLocator({ type: "TextSpan", start: 3, end: 9 }, text)).toEqual({
      type: "TextSpan",
      start: 3,
      end: 9,
    });
    expect(fieldOf(() => checkLocator({ type: "TextSpan", start: 3, end: 101 }, text))).toBe(
      "locator.end",
    );
    expect(fieldOf(() => checkLocator({ type: "TextSpan", start: 3, end: 3 }, text))).toBe(
      "locator.end",
    );
  });

  it("writes clock times as players do", () => {
    expect(clockTime(0)).toBe("0:00.0");
    expect(clockTime(75.35)).toBe("1:15.3");
    expect(clockTime(3725.5)).toBe("1:02:05.5");
  });
});
