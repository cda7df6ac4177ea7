'use strict';
// socket.io's way: a room per order fed by one core NATS subscription per order; the same frames as events.
const http = require('node:http');
const { Server } = require('socket.io');
const { connect } = require('@nats-io/transport-node');
const { natsNames, orderSubjectFilter } = require('../lib/contract');

const names = natsNames(process.env.NATS_NAMESPACE);
const subscriptions = new Map(); // orderId (room) -> NATS subscription
let seq = 0;

async function main() {
  const nc = await connect({ servers: process.env.NATS_URL });
  const server = http.createServer((req, res) => {
    if (!req.url.startsWith('/socket.io')) {
      res.writeHead(req.url === '/healthz' ? 200 : 404).end();
    }
  });
  const io = new Server(server, { transports: ['websocket'], serveClient: false });
  io.of('/').adapter.on('delete-room', (room) => {
    subscriptions.get(room)?.unsubscribe();
    subscriptions.delete(room);
  });
  io.on('connection', (socket) =>
    socket.on('subscribe', (frame) => {
      const orderId = frame?.orderId;
      if (typeof orderId !== 'string') {
        return socket.emit('error_frame', { type: 'error', code: 'INVALID_MESSAGE', message: 'orderId required' });
      }
      if (!subscriptions.has(orderId)) {
        const filter = orderSubjectFilter(names, orderId);
        subscriptions.set(orderId, nc.subscribe(filter, { callback: (_, msg) => fanOut(io, orderId, msg) }));
      }
      void socket.join(orderId);
      socket.emit('subscribed', { type: 'subscribed', orderId, snapshot: [] });
    }),
  );
  server.listen(Number(process.env.PORT), '127.0.0.1');
}

function fanOut(io, orderId, msg) {
  const { data } = msg.json();
  io.to(orderId).emit('status_update', { type: 'status_update', orderId, seq: ++seq, data });
}

void main();
