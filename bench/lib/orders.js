'use strict';
// Order i of a scenario, the same in the runner and in every load generator.
const PREFIX = 'order-';

const orderId = (index) => `${PREFIX}${index}`;
const orderIndex = (id) => Number(id.slice(PREFIX.length));

module.exports = { orderId, orderIndex, PROVIDER: 'bench' };
