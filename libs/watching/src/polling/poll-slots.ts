/**
 * The instance-wide cap on polls in flight, shared by every connection's runner. A runner that
 * finds no slot leaves a wake-up and is called back when one frees.
 */
export class PollSlots {
  private used = 0;
  private readonly waiting = new Set<() => void>();

  constructor(readonly max: number) {}

  tryTake(wake: () => void): boolean {
    if (this.used < this.max) {
      this.used++;
      return true;
    }
    this.waiting.add(wake);
    return false;
  }

  release(): void {
    this.used--;
    if (this.waiting.size > 0) {
      const wakes = [...this.waiting];
      this.waiting.clear();
      wakes.forEach((wake) => wake());
    }
  }
}
