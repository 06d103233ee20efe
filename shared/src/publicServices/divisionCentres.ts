import type { Point } from './geo.ts';

/**
 * Where a division lies, roughly: an approximate centre (WGS-84) and its area, for placing
 * service places on the map. The centre is the seat of government where that lies well inside
 * the division, else near the middle of its land (浦东新区, 闵行区, 崇明区, 吴江区, 东阳市, whose
 * seats lie near an edge). The demonstration zone's three counties — 青浦, 吴江, 嘉善 — meet near
 * 31.0 N 120.9 E.
 */
export interface DivisionCentre extends Point {
  /** Administrative area in km² (approximate, published figures). */
  readonly areaKm2: number;
}

export const DIVISION_CENTRES: Readonly<Record<string, DivisionCentre>> = {
  '310101': { latitude: 31.2317, longitude: 121.4846, areaKm2: 20.5 }, // 黄浦区
  '310104': { latitude: 31.1884, longitude: 121.4366, areaKm2: 54.8 }, // 徐汇区
  '310106': { latitude: 31.2293, longitude: 121.4480, areaKm2: 36.9 }, // 静安区
  '310112': { latitude: 31.0900, longitude: 121.4300, areaKm2: 371 }, // 闵行区
  '310115': { latitude: 31.1200, longitude: 121.6900, areaKm2: 1210 }, // 浦东新区
  '310117': { latitude: 31.0322, longitude: 121.2277, areaKm2: 606 }, // 松江区
  '310118': { latitude: 31.1510, longitude: 121.1240, areaKm2: 670 }, // 青浦区
  '310151': { latitude: 31.6600, longitude: 121.5500, areaKm2: 1185 }, // 崇明区
  '320100': { latitude: 32.0603, longitude: 118.7969, areaKm2: 6587 }, // 南京市
  '320500': { latitude: 31.2990, longitude: 120.5853, areaKm2: 8657 }, // 苏州市
  '320508': { latitude: 31.3114, longitude: 120.6174, areaKm2: 83.4 }, // 姑苏区
  '320509': { latitude: 31.0000, longitude: 120.6400, areaKm2: 1176 }, // 吴江区
  '320583': { latitude: 31.3856, longitude: 120.9807, areaKm2: 931 }, // 昆山市
  '320585': { latitude: 31.4574, longitude: 121.1301, areaKm2: 810 }, // 太仓市
  '330100': { latitude: 30.2741, longitude: 120.1551, areaKm2: 16850 }, // 杭州市
  '330400': { latitude: 30.7461, longitude: 120.7555, areaKm2: 4237 }, // 嘉兴市
  '330421': { latitude: 30.8307, longitude: 120.9262, areaKm2: 507 }, // 嘉善县
  '330700': { latitude: 29.0790, longitude: 119.6474, areaKm2: 10942 }, // 金华市
  '330782': { latitude: 29.3064, longitude: 120.0751, areaKm2: 1105 }, // 义乌市
  '330783': { latitude: 29.2300, longitude: 120.3700, areaKm2: 1739 }, // 东阳市
  '340100': { latitude: 31.8206, longitude: 117.2272, areaKm2: 11445 }, // 合肥市
  '340102': { latitude: 31.8580, longitude: 117.3093, areaKm2: 143 }, // 瑶海区
  '340111': { latitude: 31.7930, longitude: 117.3090, areaKm2: 294 }, // 包河区
  '341600': { latitude: 33.8448, longitude: 115.7785, areaKm2: 8374 }, // 亳州市
  '341602': { latitude: 33.8762, longitude: 115.7789, areaKm2: 2226 }, // 谯城区
  '341621': { latitude: 33.4929, longitude: 116.2157, areaKm2: 2107 }, // 涡阳县
  '341622': { latitude: 33.2654, longitude: 116.5644, areaKm2: 2091 }, // 蒙城县
  '341623': { latitude: 33.1443, longitude: 116.2080, areaKm2: 2005 }, // 利辛县
};

export function centreOf(divisionCode: string): Point | undefined {
  const centre = DIVISION_CENTRES[divisionCode];
  return centre === undefined ? undefined : { latitude: centre.latitude, longitude: centre.longitude };
}

/** The radius in km of a disc as large as the division (its "size"), or undefined when unknown. */
export function radiusKmOf(divisionCode: string): number | undefined {
  const centre = DIVISION_CENTRES[divisionCode];
  return centre === undefined ? undefined : Math.sqrt(centre.areaKm2 / Math.PI);
}
