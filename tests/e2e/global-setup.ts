/** Builds the extension once, before any test file runs, so parallel browser tests never build it at the same time. */
import { ensureBuilt } from './harness';

export default function setup(): void {
  ensureBuilt();
  ensureBuilt('firefox');
}
