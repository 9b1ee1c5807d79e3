// Results on a map, for the directory and the public Find help page: a MapLibre map over the
// configured style (LANTERN_MAP_STYLE_URL), or the plain offline plot when none is set, when
// WebGL is missing or when the style does not load. Either way one numbered marker per public
// point, a link to the result; confidential locations are never plotted, whoever is looking.
import { useEffect, useId, useMemo, useState } from 'react';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '../../components/Messages';
import { canDrawWebGl, mapStyleUrl } from '../../map-api';
import { plotPlaces, uniquePlaces } from './map-places';
import type { MapMarker, MapPlace, MapPoint, NotPlotted } from './map-places';
import type { TiledMapProps } from './MapLibreMap';
import { PlainPlot } from './PlainPlot';

export function ServiceMap(props: {
  places: readonly MapPlace[];
  searchPoint: MapPoint | null;
  /** Router state the markers' and key's links carry (the directory's way back to its search). */
  linkState?: unknown;
}) {
  const { places, searchPoint, linkState } = props;
  const { t } = useTranslation();
  const headingId = useId();
  const { markers, notPlotted } = useMemo(() => plotPlaces(places), [places]);
  return (
    <section className="service-map" aria-labelledby={headingId}>
      <h3 id={headingId} className="visually-hidden">
        {t('directoryMap.label')}
      </h3>
      <p className="message message-notice">{t('directoryMap.confidentialNote')}</p>
      {markers.length === 0 ? (
        <p>{t('directoryMap.noPoints')}</p>
      ) : (
        <MapOfMarkers markers={markers} searchPoint={searchPoint} linkState={linkState} />
      )}
      <MapKey markers={markers} notPlotted={notPlotted} linkState={linkState} />
    </section>
  );
}

type Shown =
  | { kind: 'waiting' }
  | { kind: 'plain'; couldNotLoad: boolean }
  | { kind: 'tiled'; styleUrl: string; TiledMap: ComponentType<TiledMapProps> };

/** The tiled map when one is configured and can be drawn; the plain plot otherwise. */
function MapOfMarkers(props: {
  markers: readonly MapMarker[];
  searchPoint: MapPoint | null;
  linkState: unknown;
}) {
  const { t } = useTranslation();
  const [shown, setShown] = useState<Shown>({ kind: 'waiting' });
  useEffect(() => {
    let cancelled = false;
    const show = (next: Shown) => {
      if (!cancelled) setShown(next);
    };
    void (async () => {
      const styleUrl = await mapStyleUrl();
      if (styleUrl === null || !canDrawWebGl()) {
        show({ kind: 'plain', couldNotLoad: styleUrl !== null });
        return;
      }
      try {
        // Its own chunk (MapLibre is about 1 MB): only people who open a tiled map load it.
        const { MapLibreMap } = await import('./MapLibreMap');
        show({ kind: 'tiled', styleUrl, TiledMap: MapLibreMap });
      } catch {
        show({ kind: 'plain', couldNotLoad: true });
      }
    })();
    return () => {
      cancelled = true;
    };
  }, []);

  if (shown.kind === 'waiting') return <Loading label={t('common.loading')} />;
  if (shown.kind === 'tiled') {
    const { TiledMap } = shown;
    return (
      <TiledMap
        {...props}
        styleUrl={shown.styleUrl}
        onFail={() => {
          setShown({ kind: 'plain', couldNotLoad: true });
        }}
      />
    );
  }
  return (
    <>
      {shown.couldNotLoad ? (
        <p className="message message-notice">{t('tiledMap.fallback')}</p>
      ) : null}
      <PlainPlot {...props} />
    </>
  );
}

/** The markers' numbers in words, and the results that have no marker and why. */
function MapKey(props: {
  markers: readonly MapMarker[];
  notPlotted: readonly NotPlotted[];
  linkState: unknown;
}) {
  const { markers, notPlotted, linkState } = props;
  const { t } = useTranslation();
  return (
    <>
      {markers.length > 0 ? (
        <>
          <h4>{t('directoryMap.key')}</h4>
          <ol className="map-key">
            {uniquePlaces(markers).map(({ key, href, name, number, place }) => (
              <li key={key} value={number}>
                <Link to={href} state={linkState}>
                  {name}
                </Link>
                <span className="muted"> — {place}</span>
              </li>
            ))}
          </ol>
        </>
      ) : null}
      {notPlotted.length > 0 ? (
        <>
          <h4>{t('directoryMap.notPlotted')}</h4>
          <ol className="map-key">
            {notPlotted.map(({ id, href, name, number, why }) => (
              <li key={id} value={number}>
                <Link to={href} state={linkState}>
                  {name}
                </Link>
                <span className="muted"> — {t(`directoryMap.${why}`)}</span>
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </>
  );
}
