// The frame every browser journey shares: one Chromium per test file, a fresh `vigil serve` on a temp
// store per journey, and the same two promises checked after each: nothing left this machine, and
// nothing went wrong in the page.
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { launch, openPage, serve, type Served, type Watched } from './harness';

export function journeys(): { open: () => Promise<Watched & { served: Served }> } {
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
    async open() {
      served = await serve();
      watched = await openPage(browser, served);
      return { ...watched, served };
    },
  };
}
