import { describe, expect, it, vi } from 'vitest';
import { createWorkerSlot, type WorkerPortOf } from './workerSlot';

class FakePort implements WorkerPortOf<string> {
  readonly listeners = new Map<string, (event: never) => void>();
  terminated = false;
  addEventListener(type: 'message' | 'error', listener: never): void {
    this.listeners.set(type, listener);
  }
  terminate(): void {
    this.terminated = true;
  }
}

describe('the worker slot', () => {
  it('creates the worker once, passes its answers on, and gives it up after an error', () => {
    const port = new FakePort();
    const create = vi.fn(() => port);
    const onMessage = vi.fn();
    const reportError = vi.fn();
    const onBroken = vi.fn();
    const slot = createWorkerSlot<FakePort, string>({ create, onMessage, reportError, onBroken });
    expect(slot.get()).toBe(port);
    expect(slot.get()).toBe(port);
    expect(create).toHaveBeenCalledTimes(1);
    (port.listeners.get('message') as (event: { data: string }) => void)({ data: 'answer' });
    expect(onMessage).toHaveBeenCalledWith('answer');
    const failure = new Event('error');
    (port.listeners.get('error') as (event: Event) => void)(failure);
    expect(reportError).toHaveBeenCalledWith(failure);
    expect(port.terminated).toBe(true);
    expect(onBroken).toHaveBeenCalledTimes(1);
    // Not created again: the service computes in its own thread from now on.
    expect(slot.get()).toBeNull();
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('reports a worker that cannot be created and does not try again', () => {
    const reportError = vi.fn();
    const create = vi.fn((): FakePort => {
      throw new Error('no workers here');
    });
    const slot = createWorkerSlot<FakePort, string>({ create, onMessage: vi.fn(), reportError, onBroken: vi.fn() });
    expect(slot.get()).toBeNull();
    expect(slot.get()).toBeNull();
    expect(create).toHaveBeenCalledTimes(1);
    expect(reportError).toHaveBeenCalledWith(new Error('no workers here'));
  });
});
