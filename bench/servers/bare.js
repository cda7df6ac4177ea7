'use strict';
// The limit of this stack: `ws` + one core NATS subscription per order with local subscribers,
// each event serialized once into the gateway's frame and written to every subscriber.
const http = require('node:http');
const { WebSocketServer } = require('ws');
const { connect } = require('@nats-io/transport-node');
const { natsNames, orderSubjectFilter } = require('../lib/contract');

const names = natsNames(process.env.NATS_NAMESPACE);
const orders = new Map(); // orderId -> { sockets, subscription }
let seq = 0; // core NATS carries no stream sequence: a process-wide counter stands in for it

async function main() {
  const nc = await connect({ servers: process.env.NATS_URL });
  const server = http.createServer((req, res) => res.writeHead(req.url === '/healthz' ? 200 : 404).end());
  new WebSocketServer({ server, path: '/v1/stream' }).on('connection', (ws) => {
    const mine = new Set();
    ws.on('message', (raw) => {
      const frame = parse(raw);
      if (frame?.action === 'subscribe' && typeof frame.orderId === 'string') {
        join(nc, ws, frame.orderId);
        mine.add(frame.orderId);
        ws.send(JSON.stringify({ type: 'subscribed', orderId: frame.orderId, snapshot: [] }));
      } else {
        ws.send(JSON.stringify({ type: 'error', code: 'INVALID_MESSAGE', message: 'unsupported frame' }));
      }
    });
    ws.on('close', () => mine.forEach((orderId) => leave(ws, orderId)));
  });
  server.listen(Number(process.env.PORT), '127.0.0.1');
}

function join(nc, ws, orderId) {
  let order = orders.get(orderId);
  if (!order) {
    const subscription = nc.subscribe(orderSubjectFilter(names, orderId), { callback: (_, msg) => fanOut(order, msg) });
    order = { sockets: new Set(), subscription };
    orders.set(orderId, order);
  }
  order.sockets.add(ws);
}

function leave(ws, orderId) {
  const order = orders.get(orderId);
  order.sockets.delete(ws);
  if (order.sockets.size === 0) {
    order.subscription.unsubscribe();
    orders.delete(orderId);
  }
}

function fanOut(order, msg) {
  const { data } = msg.json();
  const frame = Buffer.from(
    `{"type":"status_update","orderId":${JSON.stringify(data.orderId)},"seq":${++seq},"data":${JSON.stringify(data)}}`,
  );
  order.sockets.forEach((ws) => ws.send(frame, { binary: false }));
}

function parse(raw) {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

void main();
