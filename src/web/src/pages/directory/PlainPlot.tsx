// The results on a plain map: no tiles (Lantern works offline), only the services' public points
// scaled to their bounding box, north up. Each marker is a link, numbered as in the list, reached
// with Tab and opened with Enter. The map when no style is configured, or when MapLibre cannot run.
import { useId, useState } from 'react';
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { formatNumber } from './format';
import type { MapMarker, MapPoint } from './map-places';

const WIDTH = 480;
const HEIGHT = 320;
const PADDING = 36;
const RADIUS = 15;
const KM_PER_DEGREE = 111.32;
/** The smallest span shown, in degrees of latitude (about 1 km), so one point is not a zoom. */
const MIN_SPAN = 0.01;

type Point = MapPoint;
type Marker = MapMarker;

/** Equirectangular projection of the points' bounding box into the drawing, north up. */
function projection(points: readonly Point[]) {
  const latitudes = points.map((p) => p.latitude);
  const longitudes = points.map((p) => p.longitude);
  const north = Math.max(...latitudes);
  const south = Math.min(...latitudes);
  const middle = (north + south) / 2;
  const shrink = Math.cos((middle * Math.PI) / 180);
  const east = Math.max(...longitudes);
  const west = Math.min(...longitudes);
  const spanX = Math.max((east - west) * shrink, MIN_SPAN);
  const spanY = Math.max(north - south, MIN_SPAN);
  const scale = Math.min((WIDTH - 2 * PADDING) / spanX, (HEIGHT - 2 * PADDING) / spanY);
  const centerX = ((east + west) / 2) * shrink;
  const centerY = middle;
  return {
    x: (p: Point) => WIDTH / 2 + (p.longitude * shrink - centerX) * scale,
    y: (p: Point) => HEIGHT / 2 - (p.latitude - centerY) * scale,
    /** Kilometres across the whole drawing. */
    widthKm: (WIDTH / scale) * KM_PER_DEGREE,
  };
}

export function PlainPlot(props: {
  markers: readonly Marker[];
  searchPoint: Point | null;
  linkState: unknown;
}) {
  const { markers, searchPoint, linkState } = props;
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const captionId = useId();
  const [active, setActive] = useState<string | null>(null);

  const open = (event: MouseEvent, marker: Marker) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    void navigate(marker.href, { state: linkState });
  };

  const project = projection([...markers, ...(searchPoint ? [searchPoint] : [])]);
  const placed = spreadOut(markers, project);
  const activeMarker = placed.find(({ marker }) => marker.key === active);
  return (
    <figure className="map-figure">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="group"
        aria-label={t('directoryMap.label')}
        aria-describedby={captionId}
        className="map-drawing"
      >
        <rect className="map-ground" x="0" y="0" width={WIDTH} height={HEIGHT} />
        <g className="map-north" aria-hidden="true">
          <path d={`M ${WIDTH - 22} 30 l 8 -18 l 8 18 z`} />
          <text x={WIDTH - 14} y="46" textAnchor="middle">
            N
          </text>
        </g>
        {/* Under the markers, long enough to show past one drawn on top of it. */}
        {searchPoint ? (
          <path
            className="map-search-point"
            aria-hidden="true"
            d={`M ${project.x(searchPoint) - 24} ${project.y(searchPoint)} h 48 M ${project.x(searchPoint)} ${project.y(searchPoint) - 24} v 48`}
          />
        ) : null}
        {placed.map(({ marker, x, y, trueX, trueY }) =>
          x === trueX && y === trueY ? null : (
            <g key={marker.key} className="map-leader" aria-hidden="true">
              <line x1={trueX} y1={trueY} x2={x} y2={y} />
              <circle cx={trueX} cy={trueY} r={3} />
            </g>
          ),
        )}
        {placed.map(({ marker, x, y }) => (
          <a
            key={marker.key}
            href={marker.href}
            className="map-marker"
            aria-label={t('directoryMap.marker', {
              number: marker.number,
              name: marker.name,
              place: marker.place,
            })}
            onClick={(event) => {
              open(event, marker);
            }}
            onFocus={() => {
              setActive(marker.key);
            }}
            onBlur={() => {
              setActive(null);
            }}
            onMouseEnter={() => {
              setActive(marker.key);
            }}
            onMouseLeave={() => {
              setActive(null);
            }}
          >
            <circle cx={x} cy={y} r={RADIUS} />
            <text x={x} y={y} dy="0.35em" textAnchor="middle" aria-hidden="true">
              {marker.number}
            </text>
          </a>
        ))}
        {activeMarker ? <MarkerLabel {...activeMarker} /> : null}
      </svg>
      <figcaption id={captionId}>
        {t('directoryMap.caption', {
          km: formatNumber(Math.max(1, Math.round(project.widthKm)), i18n.language),
        })}{' '}
        {searchPoint ? t('directoryMap.searchPoint') : null}
      </figcaption>
    </figure>
  );
}

interface Placed {
  marker: Marker;
  /** Where the marker is drawn. */
  x: number;
  y: number;
  /** Where the service is; differs when the marker was moved off another one. */
  trueX: number;
  trueY: number;
}

/**
 * Markers that would cover one another are moved outward on a spiral until they are clear, each
 * keeping a line to its true point, so every marker can be seen, tapped and focused.
 */
function spreadOut(
  markers: readonly Marker[],
  project: { x: (p: Point) => number; y: (p: Point) => number },
): Placed[] {
  const placed: Placed[] = [];
  const clear = (x: number, y: number) =>
    placed.every((other) => Math.hypot(other.x - x, other.y - y) >= 2 * RADIUS + 2);
  const inside = (x: number, y: number) =>
    x >= RADIUS && x <= WIDTH - RADIUS && y >= RADIUS && y <= HEIGHT - RADIUS;
  for (const marker of markers) {
    const trueX = project.x(marker);
    const trueY = project.y(marker);
    let x = trueX;
    let y = trueY;
    for (let step = 1; !clear(x, y) && step < 400; step += 1) {
      const angle = step * 0.7;
      const distance = RADIUS * (0.9 + step * 0.12);
      const nextX = trueX + Math.cos(angle) * distance;
      const nextY = trueY + Math.sin(angle) * distance;
      if (inside(nextX, nextY)) [x, y] = [nextX, nextY];
    }
    placed.push({ marker, x, y, trueX, trueY });
  }
  return placed;
}

/** The focused or hovered marker's name, drawn last so it sits on top, kept inside the map. */
function MarkerLabel({ marker, x, y }: Placed) {
  const text = marker.name;
  const width = Math.min(WIDTH - 8, text.length * 7.5 + 16);
  const left = Math.min(Math.max(4, x - width / 2), WIDTH - width - 4);
  const below = y < 50;
  const top = below ? y + RADIUS + 6 : y - RADIUS - 32;
  return (
    <g className="map-label" aria-hidden="true">
      <rect x={left} y={top} width={width} height={26} rx={4} />
      <text x={left + width / 2} y={top + 17} textAnchor="middle">
        {text}
      </text>
    </g>
  );
}
