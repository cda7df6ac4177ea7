// Subscribes to one order on the gateway and prints every message: `node scripts/watch-order.js <orderId> [token]`.
const WebSocket = require('ws');

const [orderId, token] = process.argv.slice(2);
const url = process.env.GATEWAY_URL ?? 'ws://127.0.0.1:3000/v1/stream';
let lastSeq;

function connect() {
  const ws = new WebSocket(url);
  ws.on('open', () => ws.send(JSON.stringify({ action: 'subscribe', orderId, token, since: lastSeq })));
  ws.on('message', (raw) => {
    const message = JSON.parse(raw.toString());
    if (message.seq !== undefined) {
      lastSeq = message.seq;
    }
    const d = message.data;
    const line = d
      ? `${d.provider} ${d.paymentId} v${d.version} ${d.status} (${d.providerStatus})`
      : JSON.stringify(message);
    console.log(`${message.type.padEnd(17)} ${message.seq ?? ''}\t${line}`);
  });
  ws.on('close', () => setTimeout(connect, 1000));
  ws.on('error', () => undefined);
}

connect();
