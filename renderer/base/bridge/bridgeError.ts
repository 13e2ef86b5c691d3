import type { IpcErrorCode } from '../../../shared/ipc/contract';

/**
 * Why a bridge call failed outright: main refused it (foreign sender, malformed payload),
 * main's handler failed, or main answered something outside the contract. Expected
 * outcomes (cancelled, file too large, write failed) are typed results, not errors.
 */
export type BridgeErrorCode = IpcErrorCode | 'invalidResponse';

export class BridgeError extends Error {
  override readonly name = 'BridgeError';

  constructor(
    readonly code: BridgeErrorCode,
    message: string,
  ) {
    super(message);
  }
}
