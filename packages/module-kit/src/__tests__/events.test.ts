import { describe, expect, it, vi } from 'vitest';
import { createEventBus } from '../events.js';

const approved = { applicationId: 'a-1', regionId: 'leshan', applicantId: 'u-1', decidedAt: '2026-11-24T08:00:00Z' };

describe('createEventBus', () => {
  it('delivers a typed payload to every handler of that event only', () => {
    const bus = createEventBus();
    const onApproved = vi.fn();
    const onSession = vi.fn();
    bus.on('legal-aid.application.approved', onApproved);
    bus.on('session.changed', onSession);
    bus.emit('legal-aid.application.approved', approved);
    expect(onApproved).toHaveBeenCalledWith(approved);
    expect(onSession).not.toHaveBeenCalled();
  });

  it('stops delivering after unsubscribe', () => {
    const bus = createEventBus();
    const handler = vi.fn();
    const off = bus.on('session.changed', handler);
    bus.emit('session.changed', { userId: 'u-1' });
    off();
    bus.emit('session.changed', { userId: null });
    expect(handler.mock.calls).toEqual([[{ userId: 'u-1' }]]);
  });

  it('reports a throwing handler and still runs the others', () => {
    const reported = vi.fn();
    const bus = createEventBus(reported);
    const failure = new Error('notary module bug');
    const after = vi.fn();
    bus.on('legal-aid.application.approved', () => {
      throw failure;
    });
    bus.on('legal-aid.application.approved', after);
    expect(() => bus.emit('legal-aid.application.approved', approved)).not.toThrow();
    expect(after).toHaveBeenCalledWith(approved);
    expect(reported).toHaveBeenCalledWith(failure, 'legal-aid.application.approved');
  });

  it('lets a handler unsubscribe itself while the event is delivered', () => {
    const bus = createEventBus();
    const second = vi.fn();
    const off = bus.on('session.changed', () => off());
    bus.on('session.changed', second);
    bus.emit('session.changed', { userId: 'u-1' });
    bus.emit('session.changed', { userId: 'u-2' });
    expect(second).toHaveBeenCalledTimes(2);
  });

  it('checks event names and payloads at compile time', () => {
    const bus = createEventBus();
    const handler = vi.fn();
    // @ts-expect-error — not in FawangEvents (a module adds its events by augmenting the interface)
    bus.on('lawyers.unknown', handler);
    // @ts-expect-error — userId is required
    bus.emit('session.changed', {});
    expect(handler).not.toHaveBeenCalled();
  });
});
