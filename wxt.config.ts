import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See ../shared/reference/code-style.md section 4 for the WXT facts this file relies on.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  webExt: { disabled: true },
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'Waymark',
  },
});
