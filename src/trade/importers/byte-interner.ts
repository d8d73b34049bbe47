/**
 * Byte strings → slots, compared byte for byte: a field value seen on a million rows is decoded,
 * checked and normalised once, at its first sight, and found again by its bytes afterwards.
 */

export class ByteInterner<T> {
  private readonly table = new Map<number, number | number[]>();
  private readonly keys: Buffer[] = [];
  private readonly results: T[] = [];

  private static hash(buf: Buffer, s: number, e: number): number {
    // FNV-1a, 32 bits.
    let h = 0x811c9dc5;
    for (let p = s; p < e; p++) h = Math.imul(h ^ (buf[p] as number), 0x01000193);
    return h;
  }

  private same(slot: number, buf: Buffer, s: number, e: number): boolean {
    const key = this.keys[slot] as Buffer;
    if (key.length !== e - s) return false;
    for (let i = 0; i < key.length; i++) if (key[i] !== buf[s + i]) return false;
    return true;
  }

  /** The result stored for these bytes, or undefined at their first sight. */
  get(buf: Buffer, s: number, e: number): T | undefined {
    const found = this.table.get(ByteInterner.hash(buf, s, e));
    if (found === undefined) return undefined;
    if (typeof found === "number") return this.same(found, buf, s, e) ? this.results[found] : undefined;
    for (const slot of found) if (this.same(slot, buf, s, e)) return this.results[slot];
    return undefined;
  }

  set(buf: Buffer, s: number, e: number, result: T): void {
    const h = ByteInterner.hash(buf, s, e);
    const slot = this.keys.length;
    this.keys.push(Buffer.from(buf.subarray(s, e)));
    this.results.push(result);
    const found = this.table.get(h);
    if (found === undefined) this.table.set(h, slot);
    else if (typeof found === "number") this.table.set(h, [found, slot]);
    else found.push(slot);
  }

  get size(): number {
    return this.keys.length;
  }
}
