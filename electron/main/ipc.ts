import type { IpcMainInvokeEvent } from 'electron';
import { z } from '../../shared/model/zodConfig';
import type { IpcError, IpcResponse } from '../../shared/ipc/contract';
import type { SenderFrame } from './security';

/** The parts of an invoke event a handler needs; Electron's IpcMainInvokeEvent has them. */
export type InvokeEvent = Pick<IpcMainInvokeEvent, 'sender'> & { readonly senderFrame: SenderFrame | null };

export type GuardedHandler = (event: InvokeEvent, ...args: unknown[]) => Promise<IpcResponse<unknown>>;

export interface IpcRoute {
  channel: string;
  handler: GuardedHandler;
}

export interface IpcRouterOptions {
  isTrustedSender: (frame: SenderFrame | null) => boolean;
  /** Receives failures of handlers; the renderer only gets a short message. */
  logError: (channel: string, error: unknown) => void;
}

/**
 * Builds IPC routes that check, in this order: the sending frame is our renderer, the
 * call has at most one argument, the argument matches the route's zod schema. Only then
 * the handler runs. Every outcome is an IpcResponse envelope; nothing throws across IPC.
 */
export function createIpcRouter({ isTrustedSender, logError }: IpcRouterOptions) {
  return {
    route<Schema extends z.ZodType, Result>(
      channel: string,
      payloadSchema: Schema,
      run: (payload: z.output<Schema>, event: InvokeEvent) => Result | Promise<Result>,
    ): IpcRoute {
      const handler: GuardedHandler = async (event, ...args) => {
        if (!isTrustedSender(event.senderFrame)) {
          return refuse('forbiddenSender', `${channel} refused: the sender is not the Stroomlijn window`);
        }
        if (args.length > 1) return refuse('invalidPayload', `${channel} takes at most one argument, got ${args.length}`);
        const parsed = payloadSchema.safeParse(args[0]);
        if (!parsed.success) return refuse('invalidPayload', `${channel}: ${z.prettifyError(parsed.error)}`.slice(0, 4000));
        try {
          return { ok: true, value: await run(parsed.data, event) };
        } catch (error) {
          logError(channel, error);
          return refuse('internal', `${channel} failed: ${error instanceof Error ? error.message : String(error)}`.slice(0, 4000));
        }
      };
      return { channel, handler };
    },
  };
}

function refuse(code: IpcError['code'], message: string): IpcResponse<never> {
  return { ok: false, error: { code, message } };
}

/** The part of ipcMain used to register routes. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>): void;
}

export function registerIpcRoutes(ipcMain: IpcMainLike, routes: readonly IpcRoute[]): void {
  const channels = new Set<string>();
  for (const { channel, handler } of routes) {
    if (channels.has(channel)) throw new Error(`IPC channel ${channel} registered twice`);
    channels.add(channel);
    ipcMain.handle(channel, (event, ...args) => handler(event, ...args));
  }
}
