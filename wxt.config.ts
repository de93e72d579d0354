import { defineConfig } from 'wxt';
import { iconFiles } from './src/icons';

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
  // The Firefox browser tests build into a folder of their own (tests/e2e/harness.ts), apart from npm run zip's.
  outDirTemplate: `{{browser}}-mv{{manifestVersion}}{{modeSuffix}}${process.env.FORETHOUGHT_OUT_SUFFIX ?? ''}`,
  // Vite's modulepreload polyfill fetch()es chunks; extension pages load them as modules anyway,
  // and leaving it out keeps every bundle free of network code (a test checks the build).
  vite: () => ({ build: { modulePreload: { polyfill: false } }, plugins: [messagesOnly] }),
  // npm run zip: the store packages, and (for AMO, which reviews the build) the sources archive that
  // rebuilds it: WXT writes it with the Firefox package, leaving out node_modules, dotfiles, tests and .output.
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}.zip',
    sourcesTemplate: '{{name}}-{{version}}-sources.zip',
    excludeSources: ['assets/screenshots/**', 'assets/store/**', 'tests/**'],
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Rendered from assets/icon.svg by npm run icons; Chrome's store rejects a package without the 128 px one.
    icons: iconFiles(),
    // The toolbar button; WXT adds the popup to it. MV2 (Firefox) names it browser_action, and WXT
    // would drop an `action` there, since the popup already made a browser_action.
    [manifestVersion === 2 ? 'browser_action' : 'action']: { default_icon: iconFiles(), default_title: '__MSG_extName__' },
    permissions: ['storage'],
    host_permissions: ['https://www.linkedin.com/*'],
    // Opens the findings panel from the editor (issue 9, item 5). A command, not a key listener in
    // the page, so the user can change it (chrome://extensions/shortcuts, Firefox's add-on settings).
    commands: {
      'open-panel': { suggested_key: { default: 'Alt+Shift+F' }, description: '__MSG_commandOpenPanel__' },
    },
    // Firefox only: an add-on id, and AMO's data_collection_permissions saying nothing is collected.
    // 140 is the oldest Firefox ESR still maintained, and the first desktop Firefox that reads
    // data_collection_permissions.
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'forethought@forethought.invalid',
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
        // Firefox for Android reads data_collection_permissions from 142 on (addons-linter warns otherwise).
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
});
