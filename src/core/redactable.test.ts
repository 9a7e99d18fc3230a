import { describe, expect, it } from 'vitest';
import { unwrap, valueOf } from './redactable.ts';

describe('unwrap', () => {
  it('reads the three shapes editors and the redact pass write', () => {
    expect(unwrap('plain')).toEqual({ state: 'plain', value: 'plain' });
    expect(unwrap({ redact: ['atia-15-1'], value: 'secret' })).toEqual({ state: 'shown', value: 'secret', markers: ['atia-15-1'] });
    expect(unwrap({ redacted: ['atia-15-1'] })).toEqual({ state: 'redacted', markers: ['atia-15-1'] });
  });

  it('reads { redact } without a value as withheld and not recorded: there is nothing to show', () => {
    expect(unwrap({ redact: ['atia-15-1'] })).toEqual({ state: 'redacted', markers: ['atia-15-1'], unrecorded: true });
    expect(valueOf({ redact: ['atia-15-1'] })).toBeUndefined();
  });
});
