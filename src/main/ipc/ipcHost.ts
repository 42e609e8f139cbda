// The IPC host: one invoke handler per contract operation, all through the same wrapper, which checks
// the sender, lets dispatch() validate and run the call, and always answers with a Result value:
// nothing thrown ever crosses into the renderer, where it would arrive as a stack-bearing Error.
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { OPERATION_NAMES, type OperationName } from '../../shared/contract';
import { errorValue, toVigilError, type Result } from '../../shared/errors';
import type { Language } from '../../shared/i18n/languages';
import { channelFor } from '../../shared/ipcChannels';
import { dispatch } from '../services/dispatch';
import type { CallContext, Handlers } from '../services/handlers';
import { ipcCallContext } from './callContext';
import { createReportPrinter } from './reportPrint';
import { isTrustedSender } from './senderCheck';

export interface IpcHostOptions {
  handlers: Handlers;
  /** The window whose main frame may call; read at each call, as the window comes and goes. */
  getWindow: () => BrowserWindow | null;
  context?: CallContext;
  /** The window's language, for the words of dialogs the host opens itself (Save as PDF). */
  language?: () => Language;
}

/** Registers every operation's channel; returns the function that removes them again. */
export function registerIpcHost({
  handlers,
  getWindow,
  context = ipcCallContext,
  language = () => 'en',
}: IpcHostOptions): () => void {
  // Printing needs the window's web contents, which only this host has: it stands in for the services'
  // handler, which refuses (a browser prints the page itself). Input is still validated by dispatch().
  const served: Handlers = { ...handlers, 'report.print': createReportPrinter(getWindow, language) };
  const channels = OPERATION_NAMES.map((name) => {
    const channel = channelFor(name);
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, input: unknown) =>
      handleCall(name, event, input, { handlers: served, getWindow, context }),
    );
    return channel;
  });
  return () => {
    for (const channel of channels) ipcMain.removeHandler(channel);
  };
}

async function handleCall(
  name: OperationName,
  event: IpcMainInvokeEvent,
  input: unknown,
  { handlers, getWindow, context }: Required<Omit<IpcHostOptions, 'language'>>,
): Promise<Result<unknown>> {
  try {
    if (!isTrustedSender(event, getWindow())) {
      return {
        ok: false,
        error: errorValue('forbidden', { key: 'errors:host.notOwnWindow', params: { operation: name } }),
      };
    }
    return await dispatch(handlers, name, input, context);
  } catch (err) {
    return { ok: false, error: toVigilError(err) };
  }
}
