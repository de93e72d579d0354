import { defineConfig } from 'wxt';

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Dev mode would try to launch a browser, which fails as root here; the demo
  // and the e2e tests launch Chromium themselves.
  webExt: { disabled: true },
  manifest: ({ browser }) => ({
    name: 'Forethought',
    description: 'A second look at a LinkedIn message before you send it. Everything stays on your machine.',
    permissions: ['storage'],
    host_permissions: ['https://www.linkedin.com/*'],
    // Firefox only: web-ext lint passes with an add-on id, Firefox 142 and no data collection (TOOLCHAIN.md).
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'forethought@forethought.invalid',
          strict_min_version: '142.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});
