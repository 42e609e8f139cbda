// Pushes main-process events (import progress and outcomes) to the window on the one event channel.
import type { BrowserWindow } from 'electron';
import type { VigilEvent } from '../../shared/events';
import { EVENT_CHANNEL } from '../../shared/ipcChannels';

export function createEventForwarder(getWindow: () => BrowserWindow | null): (event: VigilEvent) => void {
  return (event) => {
    const window = getWindow();
    // An import may still report after the window has closed during shutdown; there is no one to tell.
    if (window === null || window.isDestroyed() || window.webContents.isDestroyed()) return;
    window.webContents.send(EVENT_CHANNEL, event);
  };
}
