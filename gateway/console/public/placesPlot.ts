import type { ServicePlace } from '../graphql/resultTypes.ts';
import { svg } from '../ui/dom.ts';

const REGION_COLOURS: Record<string, string> = { SHANGHAI: '#c0392b', JIANGSU: '#2471a3', ZHEJIANG: '#1e8449', ANHUI: '#b9770e' };

/**
 * A plain SVG plot of the places around the searcher (north up, equirectangular, scaled to
 * the farthest place): one dot per place in its province's colour, numbered as in the list.
 */
export function placesPlot(centre: { latitude: number; longitude: number }, places: readonly ServicePlace[]): SVGSVGElement {
  const size = 320;
  const margin = 24;
  const cosine = Math.cos((centre.latitude * Math.PI) / 180);
  const offsets = places.map((place) => ({ x: (place.longitude - centre.longitude) * cosine, y: place.latitude - centre.latitude }));
  const reach = Math.max(1e-4, ...offsets.map((offset) => Math.max(Math.abs(offset.x), Math.abs(offset.y))));
  const scale = (size / 2 - margin) / reach;
  const at = (offset: { x: number; y: number }) => ({ cx: size / 2 + offset.x * scale, cy: size / 2 - offset.y * scale });
  const plot = svg('svg', { viewBox: `0 0 ${size} ${size}`, role: 'img', class: 'places-plot', 'aria-label': '服务地点分布图（中心为您的位置）' });
  plot.append(svg('rect', { x: 0, y: 0, width: size, height: size, class: 'plot-ground' }));
  plot.append(svg('circle', { cx: size / 2, cy: size / 2, r: size / 2 - margin, class: 'plot-ring' }));
  plot.append(svg('text', { x: size / 2, y: 14, class: 'plot-label', 'text-anchor': 'middle' }, '北'));
  offsets.forEach((offset, index) => {
    const place = places[index];
    if (!place) return;
    const { cx, cy } = at(offset);
    const dot = svg('circle', { cx, cy, r: 7, fill: REGION_COLOURS[place.region] ?? '#555', class: 'plot-place' });
    dot.append(svg('title', {}, `${index + 1}. ${place.name}`));
    plot.append(dot, svg('text', { x: cx, y: cy + 3.5, class: 'plot-number', 'text-anchor': 'middle' }, String(index + 1)));
  });
  plot.append(svg('circle', { cx: size / 2, cy: size / 2, r: 6, class: 'plot-here' }), svg('text', { x: size / 2 + 9, y: size / 2 - 8, class: 'plot-label' }, '您在这里'));
  return plot;
}
