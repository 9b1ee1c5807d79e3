// English for the tiled map (MapLibre) of the directory and Find help; the plain plot's words are
// directoryMap, in directory.en.ts.
export const mapEn = {
  tiledMap: {
    canvas: 'Map of the results: drag it, or use the arrow keys, to move it; + and − zoom.',
    caption:
      'Each numbered marker is a public location, numbered as in the list. Select a marker to open it.',
    fallback: 'The map could not load; showing the plain plot.',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    attribution: 'Show or hide the map’s sources',
  },
  findHelpMap: {
    show: 'Show these places on a map',
    hide: 'Hide the map',
  },
};
