/**
 * Idempotency keys for moves a person submits. A retry of the same submission (the answer was
 * lost, the button pressed again) must carry the same key, so that the server moves the hours
 * once; a changed form or a finished move gets a new key.
 */

/** A random version-4 UUID. crypto.randomUUID exists only on https and localhost pages. */
export function newIdempotencyKey(random: (bytes: Uint8Array) => void = fillRandom): string {
  const bytes = new Uint8Array(16);
  random(bytes);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    hex.slice(12, 16),
    hex.slice(16, 20),
    hex.slice(20),
  ].join('-');
}

function fillRandom(bytes: Uint8Array): void {
  crypto.getRandomValues(bytes);
}

export interface SubmissionKeys {
  /** The key for a submission of `content`: the same while the content and no answer change. */
  keyFor(content: unknown): string;
  /** The move is done: the next submission, even of the same content, gets a new key. */
  settle(): void;
}

export function submissionKeys(makeKey: () => string = newIdempotencyKey): SubmissionKeys {
  let current: { content: string; key: string } | null = null;
  return {
    keyFor(content) {
      const fingerprint = JSON.stringify(content);
      if (current?.content !== fingerprint) current = { content: fingerprint, key: makeKey() };
      return current.key;
    },
    settle() {
      current = null;
    },
  };
}
