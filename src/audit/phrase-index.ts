/**
 * Finds phrases of up to six words in a list of words in linear time: words become numbers, the
 * runs starting at each word are hashed one word longer at a time (no string is built), and a hash
 * hit is confirmed word by word. A run stops at the first word that no phrase uses.
 */
export interface Phrase<T> {
  tokens: string[];
  needle: T;
}

export interface PhraseIndex<T> {
  /** Calls `found` for every phrase found, with the index of the word it starts at. */
  find(tokens: string[], found: (phrase: Phrase<T>, start: number) => void): void;
}

export function indexPhrases<T>(phrases: Phrase<T>[]): PhraseIndex<T> {
  const vocabulary = new Map<string, number>();
  const idOf = (word: string) => {
    let id = vocabulary.get(word);
    if (id === undefined) vocabulary.set(word, (id = vocabulary.size + 1));
    return id;
  };
  type Bucket = { ids: number[]; phrase: Phrase<T> }[];
  // FNV-1a over word numbers, a left fold: the hash of a run of n + 1 words is one step from the
  // hash of its first n. Kept to 30 bits so that keys stay small integers (fast map keys).
  const basis = 0x811c9dc5 | 0;
  const step = (h: number, id: number) => Math.imul(h ^ id, 0x01000193);
  const key = (h: number) => h & 0x3fffffff;
  const tables: (Map<number, Bucket> | undefined)[] = []; // By phrase length.
  for (const phrase of phrases) {
    const ids = phrase.tokens.map(idOf);
    const table = (tables[ids.length] ??= new Map<number, Bucket>());
    const k = key(ids.reduce(step, basis));
    const bucket = table.get(k);
    if (bucket) bucket.push({ ids, phrase });
    else table.set(k, [{ ids, phrase }]);
  }
  const longest = tables.length - 1;
  return {
    find(tokens, found) {
      const ids = new Int32Array(tokens.length);
      for (let i = 0; i < tokens.length; i++) ids[i] = vocabulary.get(tokens[i]!) ?? 0;
      for (let start = 0; start < ids.length; start++) {
        let h = basis;
        // A run stops at a word that no phrase uses.
        for (let length = 1; length <= longest && start + length <= ids.length; length++) {
          const id = ids[start + length - 1]!;
          if (id === 0) break;
          h = step(h, id);
          const bucket = tables[length]?.get(key(h));
          if (!bucket) continue;
          for (const candidate of bucket) {
            if (candidate.ids.every((cid, k) => ids[start + k] === cid)) found(candidate.phrase, start);
          }
        }
      }
    },
  };
}
