'use strict';
// Fan-out scenarios (issue 6), full size and the quick mode's tiny versions. Every connection
// follows one order; subscribers per order = clients / orders.

const ramp = (from, factor, steps, seconds) =>
  Array.from({ length: steps }, (_, i) => {
    const rate = Math.round(from * factor ** i);
    return { rate, count: rate * seconds };
  });

const steady = (rate, seconds) => [{ rate, count: rate * seconds }];

function fanoutScenarios(quick) {
  const pick = (full, small) => (quick ? small : full);
  return {
    a: {
      title: '1,000 clients × 1 order, 1,000 events/s',
      clients: pick(1000, 100),
      orders: pick(1000, 100),
      steps: steady(pick(1000, 200), pick(10, 1)),
    },
    b: {
      title: '10,000 clients × 1 order, 2,000 events/s',
      clients: pick(10_000, 500),
      orders: pick(10_000, 500),
      steps: steady(pick(2000, 200), pick(10, 1)),
    },
    c: {
      title: '5,000 clients on 10 orders, 50 events/s',
      clients: pick(5000, 250),
      orders: 10,
      steps: steady(50, pick(10, 1)),
    },
    d: {
      title: 'saturation: 10 subscribers per order, rate raised until p99 > 100 ms or a loss',
      clients: pick(2000, 200),
      orders: pick(200, 20),
      steps: ramp(pick(1000, 200), 1.25, pick(16, 2), pick(5, 1)),
      saturation: true,
    },
    e: {
      title: 'most connections held by one process (one event to each)',
      clients: pick(19_900, 1000),
      orders: pick(19_900, 1000),
      steps: [{ rate: pick(2000, 1000), count: pick(19_900, 1000) }],
      heldConnections: true,
    },
  };
}

module.exports = { fanoutScenarios };
