#!/usr/bin/env node
// Before `npm test`: the browser tests need Debian's Chromium. Install it with
// apt-get when it is missing and we are root (CI, a fresh machine); otherwise
// say how. Never downloads a browser of its own (TOOLCHAIN.md).
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(path)) {
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log('Installing Chromium for the browser tests (apt-get install chromium)…');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
  } else {
    console.error(`The browser tests need Chromium at ${path}: run "sudo apt-get install chromium", or set CHROMIUM_PATH.`);
    process.exit(1);
  }
}
