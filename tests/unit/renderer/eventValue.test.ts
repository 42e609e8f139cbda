// Events from the main process as the renderer accepts them: store changes pass, so views read again.
import { describe, expect, it } from 'vitest';
import { asVigilEvent } from '../../../src/renderer/src/api/eventValue';

describe('event values', () => {
  it('passes store changes on, and nothing it does not know', () => {
    expect(asVigilEvent({ type: 'store.changed', reason: 'undo' })).toEqual({
      type: 'store.changed',
      reason: 'undo',
    });
    expect(asVigilEvent({ type: 'store.changed', reason: 'mapLabel' })).not.toBeNull();
    expect(asVigilEvent({ type: 'store.changed', reason: 'other' })).toBeNull();
    expect(asVigilEvent({ type: 'import.finished' })).toBeNull();
    expect(asVigilEvent({ type: 'something.else', jobId: 'x' })).toBeNull();
  });
});
