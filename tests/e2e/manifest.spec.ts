import fs from 'node:fs';
import zlib from 'node:zlib';
import path from 'node:path';
import { expect, test } from './fixtures';
import { ROOT } from './paths';

const manifest = (dir: string) =>
  JSON.parse(fs.readFileSync(path.join(ROOT, '.output', dir, 'manifest.json'), 'utf8')) as Record<
    string,
    unknown
  >;

test.describe('manifest permissions (the list force IT is told about in docs/deployment.md)', () => {
  test('Chrome MV3 production build asks for exactly these permissions', () => {
    const m = manifest('chrome-mv3');
    expect(m.manifest_version).toBe(3);
    expect(m.permissions).toEqual(['storage', 'scripting']);
    expect(m.host_permissions).toEqual(['https://*.police.uk/*']);
    expect(m.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    // Registered at run time only: no static content script. The one page-reachable resource is
    // the panel's frame, through Chromium's per-session dynamic URL only.
    expect(m).not.toHaveProperty('content_scripts');
    expect(m.web_accessible_resources).toEqual([
      {
        resources: ['panel-frame.html'],
        matches: ['https://*.police.uk/*', 'https://*/*', 'http://*/*'],
        use_dynamic_url: true,
      },
    ]);
    expect(m).not.toHaveProperty('externally_connectable');
    expect((m.storage as { managed_schema: string }).managed_schema).toBe('managed_schema.json');
    expect(typeof m.key).toBe('string');
  });

  test('Firefox MV3 build has the same permissions and a stable gecko id', () => {
    const m = manifest('firefox-mv3');
    expect(m.permissions).toEqual(['storage', 'scripting']);
    expect(m.host_permissions).toEqual(['https://*.police.uk/*']);
    expect(m).not.toHaveProperty('content_scripts');
    expect(m.web_accessible_resources).toEqual([
      {
        resources: ['panel-frame.html'],
        matches: ['https://*.police.uk/*', 'https://*/*', 'http://*/*'],
      },
    ]);
    expect((m.browser_specific_settings as { gecko: { id: string } }).gecko.id).toBe(
      'waymark@waymark-extension.org',
    );
  });

  test('the running test build differs only by the fixture host', async ({ page, extensionId }) => {
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    const running = await page.evaluate(() => chrome.runtime.getManifest());
    expect(running.permissions).toEqual(['storage', 'scripting']);
    expect(running.host_permissions).toEqual(['https://*.police.uk/*', 'http://127.0.0.1/*']);
  });

  test('the content script stays inside its 60 KB gzip budget and carries no zod', () => {
    const js = fs.readFileSync(path.join(ROOT, '.output/chrome-mv3/content-script.js'));
    expect(zlib.gzipSync(js).length).toBeLessThan(60_000);
    expect(js.toString('utf8')).not.toContain('ZodError');
  });
});
