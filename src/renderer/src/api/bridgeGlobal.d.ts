// What the Electron preload adds to the page; absent in browser mode.
import type { VigilBridge } from '../../../shared/client';

declare global {
  interface Window {
    vigil?: VigilBridge;
  }
}

export {};
