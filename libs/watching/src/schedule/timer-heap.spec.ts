import fc from 'fast-check';
import { Timed, TimerHeap } from './timer-heap';

const item = (id: number): Timed & { id: number } => ({ id, dueAt: 0, heapIndex: -1 });

describe('TimerHeap', () => {
  it('pops in due order', () => {
    const heap = new TimerHeap<ReturnType<typeof item>>();
    [30, 10, 20].forEach((due, i) => heap.schedule(item(i), due));
    expect([heap.pop()?.dueAt, heap.pop()?.dueAt, heap.pop()?.dueAt, heap.pop()]).toEqual([10, 20, 30, undefined]);
  });

  it('keeps order through any mix of schedule, reschedule and remove', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('schedule', 'remove'), fc.nat(19), fc.nat(1_000)), { maxLength: 200 }),
        (ops) => {
          const heap = new TimerHeap<ReturnType<typeof item>>();
          const items = Array.from({ length: 20 }, (_, i) => item(i));
          const model = new Map<number, number>();
          for (const [op, id, due] of ops) {
            if (op === 'schedule') {
              heap.schedule(items[id], due);
              model.set(id, due);
            } else {
              heap.remove(items[id]);
              model.delete(id);
            }
          }
          const popped: number[] = [];
          for (let next = heap.pop(); next; next = heap.pop()) {
            expect(model.get(next.id)).toBe(next.dueAt);
            popped.push(next.dueAt);
          }
          expect(popped).toEqual([...model.values()].sort((a, b) => a - b));
          expect(items.every((it) => it.heapIndex === -1)).toBe(true);
        },
      ),
    );
  });
});
