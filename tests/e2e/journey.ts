// The frame every browser journey shares: one Chromium per test file, a fresh `vigil serve` on a temp
// store per journey, and the same two promises checked after each: nothing left this machine, and
// nothing went wrong in the page.
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { launch, openPage, serve, type Served, type Watched } from './harness';

/** `prepare` runs on the served store before the page opens (for example an import by the command line). */
type Prepare = (served: Served) => void | Promise<void>;

export function journeys(): {
  open: (prepare?: Prepare, locale?: string) => Promise<Watched & { served: Served }>;
} {
  let browser: Browser;
  let served: Served | undefined;
  let watched: Watched | undefined;

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser.close();
  });
  afterEach(async () => {
    if (watched) {
      expect(watched.foreignRequests).toEqual([]);
      expect(watched.consoleErrors).toEqual([]);
      await watched.page.context().close();
    }
    watched = undefined;
    await served?.stop();
    served = undefined;
  });

  return {
    async open(prepare, locale) {
      served = await serve();
      await prepare?.(served);
      watched = await openPage(browser, served, locale);
      return { ...watched, served };
    },
  };
}
