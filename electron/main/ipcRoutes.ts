import {
  IPC_CONTRACT,
  IPC_METHODS,
  IPC_METHOD_NAMES,
  isInvokeMethod,
  noPayloadSchema,
  type EventMethodName,
  type InvokeMethodName,
  type IpcRequest,
  type IpcResult,
} from '../../shared/ipc/contract';
import { createIpcRouter, type InvokeEvent, type IpcRoute, type IpcRouterOptions } from './ipc';

/** The event methods the page subscribes to by telling main (`listenChannel` in the IPC table). */
type ListenedEventName = {
  [Name in EventMethodName]: (typeof IPC_METHODS)[Name] extends { listenChannel: string } ? Name : never;
}[EventMethodName];

/**
 * Main's side of the IPC table, one handler per method, named as the method: an invoke
 * method's handler gets the caller's event and the validated request and answers (nothing for methods that answer
 * `null`); a subscribed event's handler hears that the page now listens. main.ts wires the
 * real modules (editorShell.ts), tests use fakes.
 */
export type IpcHandlers = {
  [Name in InvokeMethodName]: (event: InvokeEvent, request: IpcRequest<Name>) => IpcHandlerResult<Name> | Promise<IpcHandlerResult<Name>>;
} & {
  [Name in ListenedEventName]: (event: InvokeEvent) => void;
};

type IpcHandlerResult<Name extends InvokeMethodName> = IpcResult<Name> extends null ? void : IpcResult<Name>;

/**
 * The routes of the IPC table: one per invoke method on its channel and one per subscribed
 * event on its listen channel, each checking the sender and validating the request with the
 * method's schema before its handler runs.
 */
export function buildIpcRoutes(handlers: IpcHandlers, options: IpcRouterOptions): IpcRoute[] {
  const router = createIpcRouter(options);
  const routes: IpcRoute[] = [];
  for (const name of IPC_METHOD_NAMES) {
    const method = IPC_METHODS[name];
    if (isInvokeMethod(name)) {
      // The table pairs each name with its own handler and schema; TypeScript cannot follow the pairing through a loop.
      const handle = handlers[name] as (event: InvokeEvent, request: unknown) => unknown;
      routes.push(router.route(method.channel, IPC_CONTRACT[name].request, async (request, event) => (await handle(event, request)) ?? null));
    } else if ('listenChannel' in method) {
      const listen = handlers[name as ListenedEventName];
      routes.push(router.route(method.listenChannel, noPayloadSchema, (_request, event) => (listen(event), null)));
    }
  }
  return routes;
}
