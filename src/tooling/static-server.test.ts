/**
 * The static server answers as a static host would: index.html for a folder's address, a
 * redirect to the trailing slash, the site's 404 page for anything else, nothing outside the
 * site's folder or base path, and only GET and HEAD.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { answer, startStaticServer } from './static-server.ts';
import { tempDir } from '../../tests/temp.ts';

const site = tempDir('static');
fs.mkdirSync(path.join(site, 'en/forums'), { recursive: true });
fs.writeFileSync(path.join(site, 'en/forums/index.html'), '<p>Forums</p>');
fs.writeFileSync(path.join(site, '404.html'), '<p>Not found</p>');
fs.writeFileSync(path.join(site, 'style.css'), 'p{}');

describe('the static server', () => {
  it('answers each address as a static host would', () => {
    expect(answer('GET', '/binder/en/forums/', site, '/binder/')).toEqual({ status: 200, file: path.join(site, 'en/forums/index.html') });
    expect(answer('HEAD', '/binder/style.css', site, '/binder/')).toEqual({ status: 200, file: path.join(site, 'style.css') });
    expect(answer('GET', '/binder/en/forums?q=1', site, '/binder/')).toEqual({
      status: 301,
      headers: { location: '/binder/en/forums/?q=1' },
    });
    for (const url of ['/binder/en/nothing/', '/en/forums/', '/binder/../../etc/passwd', '/binder/%2e%2e/%2e%2e/etc/passwd']) {
      expect(answer('GET', url, site, '/binder/')).toEqual({ status: 404, file: path.join(site, '404.html') });
    }
    expect(answer('POST', '/binder/', site, '/binder/')).toEqual({ status: 405, headers: { allow: 'GET, HEAD' } });
    expect(answer('GET', '/binder/%E0%A4%A', site, '/binder/')).toEqual({ status: 400 });
  });

  it('serves them over HTTP', async () => {
    const server = await startStaticServer(site, '/binder/');
    try {
      const page = await fetch(`${server.url}en/forums/`);
      expect([page.status, page.headers.get('content-type'), await page.text()]).toEqual([
        200,
        'text/html; charset=utf-8',
        '<p>Forums</p>',
      ]);
      expect((await fetch(`${server.url}missing/`)).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});
