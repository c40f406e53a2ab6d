export { foldName } from "./fold-name.js";
export { findPlaces, lookupPlace, type PlaceMention } from "./lookup.js";
export { PLACES, type Place, type PlaceKind } from "./places.js";
