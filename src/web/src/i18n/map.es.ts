// Spanish for the tiled map (MapLibre) of the directory and Find help; the plain plot's words are
// directoryMap, in directory.es.ts.
import type { mapEn } from './map.en';

export const mapEs = {
  tiledMap: {
    canvas:
      'Mapa de los resultados: se mueve arrastrándolo o con las flechas del teclado; + y − cambian el zoom.',
    caption:
      'Cada marcador numerado es un lugar público, con el mismo número que en la lista; al seleccionarlo, se abre.',
    fallback: 'El mapa no se pudo cargar; se muestra el plano sencillo.',
    zoomIn: 'Acercar',
    zoomOut: 'Alejar',
    attribution: 'Mostrar u ocultar las fuentes del mapa',
  },
  findHelpMap: {
    show: 'Ver estos lugares en un mapa',
    hide: 'Ocultar el mapa',
  },
} satisfies typeof mapEn;
