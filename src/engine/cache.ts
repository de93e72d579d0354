/**
 * A least-recently-used map bounded by the size of its keys in characters,
 * not by how many it holds: one 20,000-character line costs what 400 short
 * ones do. Every cache of the engine keys on text, and what it keeps for a
 * key grows with the key's length, so this bounds the memory too.
 */
export class TextCache<V> {
  private readonly map = new Map<string, V>();
  private chars = 0;
  constructor(readonly maxChars: number) {}

  /** The value for `key`, made and remembered on first use. A key longer than the whole budget is made but not kept. */
  get(key: string, make: (key: string) => V): V {
    let v = this.map.get(key);
    if (v !== undefined) {
      // Refresh its place, so the lines of the draft being edited stay cached.
      this.map.delete(key);
      this.map.set(key, v);
      return v;
    }
    v = make(key);
    if (key.length > this.maxChars) return v;
    this.map.set(key, v);
    this.chars += key.length;
    for (const old of this.map.keys()) {
      if (this.chars <= this.maxChars) break;
      this.map.delete(old);
      this.chars -= old.length;
    }
    return v;
  }

  /** Characters of key held now (for tests and the benchmark). */
  get size(): number {
    return this.chars;
  }

  clear(): void {
    this.map.clear();
    this.chars = 0;
  }
}
