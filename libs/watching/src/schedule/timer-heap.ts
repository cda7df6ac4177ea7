/** What the heap orders: the time an item is due, and its slot (-1 when not in the heap). */
export interface Timed {
  dueAt: number;
  heapIndex: number;
}

/**
 * A binary min-heap on `dueAt` that knows each item's slot, so one connection's whole schedule
 * is one heap and one timer (not a setTimeout per watch), and an item can be moved or removed in
 * O(log n).
 */
export class TimerHeap<T extends Timed> {
  private readonly items: T[] = [];

  get size(): number {
    return this.items.length;
  }

  peek(): T | undefined {
    return this.items[0];
  }

  has(item: T): boolean {
    return item.heapIndex >= 0 && this.items[item.heapIndex] === item;
  }

  /** Adds `item` due at `dueAt`, or moves it there if it is already in. */
  schedule(item: T, dueAt: number): void {
    item.dueAt = dueAt;
    if (this.has(item)) {
      this.siftUp(item.heapIndex);
      this.siftDown(item.heapIndex);
      return;
    }
    item.heapIndex = this.items.length;
    this.items.push(item);
    this.siftUp(item.heapIndex);
  }

  pop(): T | undefined {
    const top = this.items[0];
    if (top !== undefined) {
      this.remove(top);
    }
    return top;
  }

  remove(item: T): void {
    if (!this.has(item)) {
      return;
    }
    const at = item.heapIndex;
    const last = this.items.pop()!;
    item.heapIndex = -1;
    if (last !== item) {
      this.items[at] = last;
      last.heapIndex = at;
      this.siftUp(at);
      this.siftDown(last.heapIndex);
    }
  }

  private siftUp(at: number): void {
    const item = this.items[at];
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (this.items[parent].dueAt <= item.dueAt) {
        break;
      }
      this.place(this.items[parent], at);
      at = parent;
    }
    this.place(item, at);
  }

  private siftDown(at: number): void {
    const item = this.items[at];
    const n = this.items.length;
    for (;;) {
      const left = 2 * at + 1;
      if (left >= n) {
        break;
      }
      const right = left + 1;
      const child = right < n && this.items[right].dueAt < this.items[left].dueAt ? right : left;
      if (this.items[child].dueAt >= item.dueAt) {
        break;
      }
      this.place(this.items[child], at);
      at = child;
    }
    this.place(item, at);
  }

  private place(item: T, at: number): void {
    this.items[at] = item;
    item.heapIndex = at;
  }
}
