// The tiled map: MapLibre GL over the style named by LANTERN_MAP_STYLE_URL, loaded as its own
// chunk by ServiceMap only when a style is configured. Each marker is a real link (Tab reaches
// it, Enter opens it) named like the plain plot's; the canvas itself can be moved by keyboard.
// Anything that stops the map before its style has loaded hands back to the plain plot.
import 'maplibre-gl/dist/maplibre-gl.css';
import './MapLibreMap.css';
import {
  LngLatBounds,
  Map as MapLibre,
  Marker,
  NavigationControl,
  setWorkerUrl,
} from 'maplibre-gl';
// Served from Lantern itself, so the page's CSP needs no blob: worker (docs/ARCHITECTURE.md).
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { MapMarker, MapPoint } from './map-places';

export interface TiledMapProps {
  styleUrl: string;
  markers: readonly MapMarker[];
  searchPoint: MapPoint | null;
  linkState: unknown;
  /** WebGL refused, or the style did not load: the caller shows the plain plot instead. */
  onFail: () => void;
}

export function MapLibreMap(props: TiledMapProps) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const captionId = useId();
  const container = useRef<HTMLDivElement>(null);
  // The map is made once per style, set of markers and language, not on every render; the
  // effect reads the latest props and helpers from here.
  const latest = useRef({ props, t, navigate });
  useEffect(() => {
    latest.current = { props, t, navigate };
  });
  const drawn = JSON.stringify([props.styleUrl, props.markers, props.searchPoint, i18n.language]);
  // Busy until this drawing's style has loaded, for screen readers (and the browser test).
  const [loadedDrawing, setLoadedDrawing] = useState<string | null>(null);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const { props: current, t: translate } = latest.current;
    const points = [...current.markers, ...(current.searchPoint ? [current.searchPoint] : [])];
    const bounds = new LngLatBounds();
    for (const point of points) bounds.extend([point.longitude, point.latitude]);
    setWorkerUrl(workerUrl);
    let map: MapLibre;
    try {
      map = new MapLibre({
        container: element,
        style: current.styleUrl,
        bounds,
        fitBoundsOptions: { padding: 48, maxZoom: 15 },
        // North stays up, as on the plain plot; the page scrolls past the map.
        dragRotate: false,
        pitchWithRotate: false,
        touchPitch: false,
        scrollZoom: false,
        attributionControl: { compact: true },
        locale: {
          'Map.Title': translate('tiledMap.canvas'),
          'NavigationControl.ZoomIn': translate('tiledMap.zoomIn'),
          'NavigationControl.ZoomOut': translate('tiledMap.zoomOut'),
          'AttributionControl.ToggleAttribution': translate('tiledMap.attribution'),
        },
      });
    } catch {
      // No WebGL context after all.
      latest.current.props.onFail();
      return;
    }
    let loaded = false;
    map.once('load', () => {
      loaded = true;
      setLoadedDrawing(drawn);
    });
    // After the style has loaded, a missing tile is only a blank square: the markers still work.
    map.on('error', () => {
      if (!loaded) latest.current.props.onFail();
    });
    map.getCanvas().setAttribute('aria-describedby', captionId);
    map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    for (const marker of current.markers) {
      new Marker({ element: markerLink(marker) })
        .setLngLat([marker.longitude, marker.latitude])
        .addTo(map);
    }
    if (current.searchPoint) {
      const cross = document.createElement('div');
      cross.className = 'tiled-map-search-point';
      cross.setAttribute('aria-hidden', 'true');
      new Marker({ element: cross })
        .setLngLat([current.searchPoint.longitude, current.searchPoint.latitude])
        .addTo(map);
    }
    return () => {
      map.remove();
    };

    function markerLink(marker: MapMarker): HTMLAnchorElement {
      const link = document.createElement('a');
      link.href = marker.href;
      link.className = 'tiled-map-marker';
      link.textContent = String(marker.number);
      link.setAttribute(
        'aria-label',
        translate('directoryMap.marker', {
          number: marker.number,
          name: marker.name,
          place: marker.place,
        }),
      );
      link.title = marker.name;
      link.addEventListener('click', (event) => {
        if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        const { navigate: go, props: now } = latest.current;
        void go(marker.href, { state: now.linkState });
      });
      return link;
    }
  }, [drawn, captionId]);

  return (
    <figure className="map-figure">
      <div ref={container} className="tiled-map" aria-busy={loadedDrawing !== drawn} />
      <figcaption id={captionId}>
        {t('tiledMap.caption')} {props.searchPoint ? t('directoryMap.searchPoint') : null}
      </figcaption>
    </figure>
  );
}
