import type { Point } from './geo.ts';

/**
 * Approximate centres (WGS-84) of the divisions the fixtures use, for placing service halls
 * on the map. The demonstration zone's three counties — 青浦, 吴江, 嘉善 — meet near 31.0 N 120.9 E.
 */
export const DIVISION_CENTRES: Readonly<Record<string, Point>> = {
  '310101': { latitude: 31.2317, longitude: 121.4846 },
  '310104': { latitude: 31.1884, longitude: 121.4366 },
  '310106': { latitude: 31.2293, longitude: 121.4480 },
  '310112': { latitude: 31.1128, longitude: 121.3817 },
  '310115': { latitude: 31.2212, longitude: 121.5442 },
  '310117': { latitude: 31.0322, longitude: 121.2277 },
  '310118': { latitude: 31.1510, longitude: 121.1240 },
  '310151': { latitude: 31.6228, longitude: 121.3973 },
  '320100': { latitude: 32.0603, longitude: 118.7969 },
  '320500': { latitude: 31.2990, longitude: 120.5853 },
  '320508': { latitude: 31.3114, longitude: 120.6174 },
  '320509': { latitude: 31.1606, longitude: 120.6450 },
  '320583': { latitude: 31.3856, longitude: 120.9807 },
  '320585': { latitude: 31.4574, longitude: 121.1301 },
  '330100': { latitude: 30.2741, longitude: 120.1551 },
  '330400': { latitude: 30.7461, longitude: 120.7555 },
  '330421': { latitude: 30.8307, longitude: 120.9262 },
  '330700': { latitude: 29.0790, longitude: 119.6474 },
  '330782': { latitude: 29.3064, longitude: 120.0751 },
  '330783': { latitude: 29.2894, longitude: 120.2419 },
  '340100': { latitude: 31.8206, longitude: 117.2272 },
  '340102': { latitude: 31.8580, longitude: 117.3093 },
  '340111': { latitude: 31.7930, longitude: 117.3090 },
  '341600': { latitude: 33.8448, longitude: 115.7785 },
  '341602': { latitude: 33.8762, longitude: 115.7789 },
  '341621': { latitude: 33.4929, longitude: 116.2157 },
  '341622': { latitude: 33.2654, longitude: 116.5644 },
  '341623': { latitude: 33.1443, longitude: 116.2080 },
};

export function centreOf(divisionCode: string): Point | undefined {
  return DIVISION_CENTRES[divisionCode];
}
