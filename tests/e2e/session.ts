/** One Chromium with the built extension for a whole test file (harness.ts stays free of vitest, for the demo and the bench). */
import { afterAll, beforeAll } from 'vitest';
import { ensureBuilt, launch, type Session } from './harness';

/**
 * Launches the browser before the file's tests and closes it after them; call
 * the result for the session, or take it from `onStart`.
 */
export function fileSession(onStart?: (session: Session) => void): () => Session {
  let session: Session | undefined;
  beforeAll(async () => {
    ensureBuilt();
    session = await launch();
    onStart?.(session);
  }, 120_000);
  afterAll(async () => session?.close());
  return () => session!;
}
