import { z } from '../../../shared/model/zodConfig';
import {
  IPC_CONTRACT,
  IPC_METHOD_NAMES,
  ipcResponseSchema,
  isInvokeMethod,
  voidResultSchema,
  type InvokeMethodName,
  type IpcMethodName,
  type IpcResponse,
  type StroomlijnBridge,
  type StroomlijnPreloadApi,
} from '../../../shared/ipc/contract';
import { BridgeError } from './bridgeError';

/**
 * The bridge over Electron IPC, derived from the IPC table: every answer is checked against
 * the method's response schema and every event against its payload schema. The renderer
 * trusts main no more than main trusts the renderer.
 */
export function createElectronBridge(api: StroomlijnPreloadApi): StroomlijnBridge {
  const methods = Object.fromEntries(IPC_METHOD_NAMES.map((name) => [name, bridgeMethod(api, name)]));
  // The entries are built per name from the table; TypeScript cannot follow a mapped object built in a loop.
  return { kind: 'electron', ...methods } as StroomlijnBridge;
}

function bridgeMethod(api: StroomlijnPreloadApi, name: IpcMethodName): (...args: unknown[]) => unknown {
  const preloadMethod = api[name] as (...args: unknown[]) => unknown;
  if (isInvokeMethod(name)) {
    const { response } = IPC_CONTRACT[name];
    // Methods that answer nothing resolve with undefined, as their type (Promise<void>) says.
    const answers = response !== voidResultSchema;
    return async (...args) => {
      const value = await unwrap(name, response, preloadMethod(...args.slice(0, 1)) as Promise<unknown>);
      return answers ? value : undefined;
    };
  }
  const { payload: payloadSchema } = IPC_CONTRACT[name];
  return (callback: unknown) =>
    preloadMethod((payload: unknown) => {
      const parsed = payloadSchema.safeParse(payload);
      const deliver = callback as (...payload: unknown[]) => void;
      // Events that carry nothing call back without an argument, as their type says.
      if (parsed.success) deliver(...(parsed.data === undefined ? [] : [parsed.data]));
      else console.error(`${name}: unexpected message from the app`, payload);
    });
}

async function unwrap<Schema extends z.ZodType>(method: InvokeMethodName, valueSchema: Schema, response: Promise<unknown>): Promise<z.output<Schema>> {
  const envelope = ipcResponseSchema(valueSchema).safeParse(await response);
  if (!envelope.success) {
    throw new BridgeError('invalidResponse', `${method}: unexpected answer from the app: ${z.prettifyError(envelope.error)}`);
  }
  // zod cannot narrow a union built from a generic schema; the parse above checked this shape.
  const checked = envelope.data as IpcResponse<z.output<Schema>>;
  if (!checked.ok) throw new BridgeError(checked.error.code, checked.error.message);
  return checked.value;
}
