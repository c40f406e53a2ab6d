import { describe, expect, it } from "vitest";
import type { ClaimFields } from "../model/claim.js";
import { applyClaimCorrection, InvalidClaimError } from "./claim-correction.js";

const gps: ClaimFields = {
  kind: "place",
  placeId: null,
  name: "Photo position",
  coordinates: { lat: 39.9114, lon: 46.7903 },
};
const taken: ClaimFields = {
  kind: "time",
  startIso: "1992-02-26T09:15:00",
  endIso: null,
  precision: "minute",
  approximate: false,
  utcOffset: "+04:00",
};

describe("applyClaimCorrection keeps what the correction does not change", () => {
  it("keeps a place's coordinates when its name is corrected", () => {
    expect(applyClaimCorrection(gps, { name: "Khojaly" })).toEqual({
      ...gps,
      name: "Khojaly",
    });
  });

  it("keeps a time's offset from UTC when its start is corrected", () => {
    expect(applyClaimCorrection(taken, { startIso: "1992-02-26T09:20:00" })).toEqual({
      ...taken,
      startIso: "1992-02-26T09:20:00",
    });
  });

  it("changes or removes coordinates and offset when the correction names them", () => {
    expect(applyClaimCorrection(gps, { coordinates: "39.92, 46.8" })).toMatchObject({
      coordinates: { lat: 39.92, lon: 46.8 },
    });
    expect(applyClaimCorrection(gps, { coordinates: null })).not.toHaveProperty("coordinates");
    expect(applyClaimCorrection(taken, { utcOffset: "+0300" })).toMatchObject({
      utcOffset: "+03:00",
    });
    expect(applyClaimCorrection(taken, { utcOffset: null })).not.toHaveProperty("utcOffset");
  });

  it("refuses a position or an offset out of range, naming the field", () => {
    for (const [current, patch, field] of [
      [gps, { coordinates: "95, 46" }, "coordinates"],
      [gps, { coordinates: "north" }, "coordinates"],
      [taken, { utcOffset: "+15:00" }, "utcOffset"],
    ] as const) {
      const attempt = () => applyClaimCorrection(current, patch);
      expect(attempt).toThrow(InvalidClaimError);
      expect(attempt).toThrow(new RegExp(`^${field}:`));
    }
  });
});
