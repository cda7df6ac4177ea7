'use strict';

/** Runs `work` on every item, at most `concurrency` at a time. */
async function pool(items, concurrency, work) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      await work(items[next++]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
}

module.exports = { pool };
