import { defineConfig } from 'wxt';

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Dev mode would try to launch a browser, which fails as root here; the demo
  // and the e2e tests launch Chromium themselves.
  webExt: { disabled: true },
  manifest: {
    name: 'Forethought',
    description: 'A second look at a LinkedIn message before you send it. Everything stays on your machine.',
    permissions: ['storage'],
    host_permissions: ['https://www.linkedin.com/*'],
    browser_specific_settings: {
      gecko: {
        id: 'forethought@forethought.invalid',
        strict_min_version: '142.0',
        // @ts-expect-error: newer Firefox manifest key, not yet in WXT's types
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
});
