/**
 * @module A BK-tree over 64-bit perceptual hashes: a metric tree on Hamming distance, so a
 * query for everything within r bits visits only the subtrees the triangle inequality allows.
 */
import { hashHalves, popcount32 } from "./perceptual-hash.js";

interface Node<T> {
  readonly hi: number;
  readonly lo: number;
  readonly items: T[];
  readonly children: Map<number, Node<T>>;
}

export interface HashMatch<T> {
  readonly item: T;
  readonly distance: number;
}

export class BkTree<T> {
  #root: Node<T> | null = null;
  #size = 0;

  get size(): number {
    return this.#size;
  }

  /** Adds an item under its hash (16 hex digits); equal hashes share one node. */
  add(hash: string, item: T): void {
    const [hi, lo] = hashHalves(hash);
    this.#size++;
    if (this.#root === null) {
      this.#root = { hi, lo, items: [item], children: new Map() };
      return;
    }
    let node = this.#root;
    for (;;) {
      const d = distance(node, hi, lo);
      if (d === 0) {
        node.items.push(item);
        return;
      }
      const next = node.children.get(d);
      if (next === undefined) {
        node.children.set(d, { hi, lo, items: [item], children: new Map() });
        return;
      }
      node = next;
    }
  }

  /** Every item whose hash is within `radius` bits of `hash`, nearest first. */
  within(hash: string, radius: number): HashMatch<T>[] {
    const [hi, lo] = hashHalves(hash);
    const out: HashMatch<T>[] = [];
    const stack: Node<T>[] = this.#root ? [this.#root] : [];
    for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
      const d = distance(node, hi, lo);
      if (d <= radius) for (const item of node.items) out.push({ item, distance: d });
      for (const [edge, child] of node.children) {
        if (edge >= d - radius && edge <= d + radius) stack.push(child);
      }
    }
    return out.sort((a, b) => a.distance - b.distance);
  }
}

function distance<T>(node: Node<T>, hi: number, lo: number): number {
  return popcount32((node.hi ^ hi) >>> 0) + popcount32((node.lo ^ lo) >>> 0);
}
