import { defineConfig } from 'wxt';

/**
 * The content script carries the UI's translations to follow LinkedIn's page
 * language (src/ui/page-i18n.ts); the translators' descriptions are half of
 * each file and no use at run time, so bundles get the messages alone. The
 * _locales folder the browser reads is copied whole.
 */
const messagesOnly = {
  name: 'forethought:locale-messages-only',
  enforce: 'pre' as const,
  transform(code: string, id: string) {
    if (!/[\\/]_locales[\\/][^\\/]+[\\/]messages\.json$/.test(id)) return null;
    const messages = JSON.parse(code) as Record<string, { message: string }>;
    return { code: JSON.stringify(Object.fromEntries(Object.entries(messages).map(([key, { message }]) => [key, { message }]))), map: null };
  },
};

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // _locales (every UI string) lives with the other assets.
  publicDir: 'assets/public',
  // Dev mode would try to launch a browser, which fails as root here; the demo
  // and the e2e tests launch Chromium themselves.
  webExt: { disabled: true },
  // Vite's modulepreload polyfill fetch()es chunks; extension pages load them as modules anyway,
  // and leaving it out keeps every bundle free of network code (a test checks the build).
  vite: () => ({ build: { modulePreload: { polyfill: false } }, plugins: [messagesOnly] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    host_permissions: ['https://www.linkedin.com/*'],
    // Opens the findings panel from the editor (issue 9, item 5). A command, not a key listener in
    // the page, so the user can change it (chrome://extensions/shortcuts, Firefox's add-on settings).
    commands: {
      'open-panel': { suggested_key: { default: 'Alt+Shift+F' }, description: '__MSG_commandOpenPanel__' },
    },
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
