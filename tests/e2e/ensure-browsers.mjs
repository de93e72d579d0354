#!/usr/bin/env node
// Before `npm test`: the browser tests need Debian's Chromium and Firefox ESR.
// Install what is missing with apt-get when we are root (CI, a fresh machine);
// otherwise say how. Never downloads a browser of its own (TOOLCHAIN.md).
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const browsers = [
  { name: 'Chromium', path: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', apt: 'chromium', env: 'CHROMIUM_PATH' },
  { name: 'Firefox ESR', path: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', apt: 'firefox-esr', env: 'FIREFOX_PATH' },
];
const missing = browsers.filter((b) => !existsSync(b.path));
if (missing.length) {
  const packages = missing.map((b) => b.apt).join(' ');
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log(`Installing ${missing.map((b) => b.name).join(' and ')} for the browser tests (apt-get install ${packages})…`);
    execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages}`, { stdio: 'inherit' });
  } else {
    for (const b of missing) console.error(`The browser tests need ${b.name} at ${b.path}: run "sudo apt-get install ${b.apt}", or set ${b.env}.`);
    process.exit(1);
  }
}
