// The map's one setting from the server (GET /api/map-style, public: Find help asks it signed out).
import { request } from './api';

let styleUrl: Promise<string | null> | null = null;

/**
 * The configured MapLibre style, or null for the offline plot. Asked once per page load: the
 * setting changes only with a restart, and a new release reloads the page anyway. A failed
 * answer means the plot, and is asked again next time.
 */
export function mapStyleUrl(): Promise<string | null> {
  styleUrl ??= request('GET', '/api/map-style', { signedOutIsExpected: true, background: true })
    .then((answer) => {
      const value = (answer as { styleUrl?: unknown } | undefined)?.styleUrl;
      return typeof value === 'string' ? value : null;
    })
    .catch(() => {
      styleUrl = null;
      return null;
    });
  return styleUrl;
}

/** MapLibre draws with WebGL; without it (an old device, a locked-down browser) the plot it is. */
export function canDrawWebGl(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) !== null;
  } catch {
    return false;
  }
}
