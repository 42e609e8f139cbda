// The names of the Electron IPC channels, derived from the contract in one place so the preload and
// the IPC host cannot disagree; nothing else spells a channel.
import type { OperationName } from './contract';

const PREFIX = 'vigil:';

export type OperationChannel = `${typeof PREFIX}${OperationName}`;

/** The invoke channel that carries one contract operation. */
export function channelFor(name: OperationName): OperationChannel {
  return `${PREFIX}${name}`;
}

/**
 * The one channel on which the main process pushes events to the window. Operation names always
 * contain a dot, so it can never collide with an operation's channel.
 */
export const EVENT_CHANNEL = `${PREFIX}event`;
