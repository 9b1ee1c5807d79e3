// Which of the web app's files a browser may keep for good: only the build's hashed assets.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { webCacheControl } from '../../src/server/http/app.js';

const FOREVER = 'public, max-age=31536000, immutable';

describe('webCacheControl', () => {
  const cases: readonly (readonly [string, string])[] = [
    ['/srv/lantern/dist/web/assets/index-Bfw04-G7.js', FOREVER],
    ['/srv/lantern/dist/web/assets/index-Bfw04-G7.js.br', FOREVER],
    ['/srv/lantern/dist/web/assets/index-OwKQEFMz.css.gz', FOREVER],
    ['/srv/lantern/dist/web/assets/WorkPage-a1b2c3d4.js', FOREVER],
    ['C:\\lantern\\dist\\web\\assets\\index-Bfw04-G7.js', FOREVER],
    ['/srv/lantern/dist/web/index.html', 'no-cache'],
    ['/srv/lantern/dist/web/index.html.br', 'no-cache'],
    // Not named by a hash: could change under the same name.
    ['/srv/lantern/dist/web/assets/logo.svg', 'no-cache'],
    ['/srv/lantern/dist/web/assets/index-short.js', 'no-cache'],
    ['/srv/lantern/dist/web/favicon.ico', 'no-cache'],
    // A hashed-looking file outside assets/.
    ['/srv/lantern/dist/web/index-Bfw04-G7.js', 'no-cache'],
  ];
  for (const [path, expected] of cases) {
    test(`${path}: ${expected}`, () => {
      assert.equal(webCacheControl(path), expected);
    });
  }
});
