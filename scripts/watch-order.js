// Subscribes to one order on the gateway and prints every message: `node scripts/watch-order.js <orderId> [token]`.
// Reconnects with `since`, so a gateway restart loses nothing.
const WebSocket = require('ws');

const [orderId, token] = process.argv.slice(2);
const url = process.env.GATEWAY_URL ?? 'ws://127.0.0.1:3000/v1/stream';
let lastSeq;

const describe = (d) => `${d.provider} ${d.paymentId} v${d.version} ${d.status} (${d.providerStatus})`;

function print(message) {
  if (message.type === 'subscribed') {
    console.log(`subscribed        \t${message.snapshot.length} payment(s) in the snapshot`);
    message.snapshot.forEach((data) => console.log(`  snapshot        \t${describe(data)}`));
    return;
  }
  const detail = message.data ? describe(message.data) : JSON.stringify(message);
  console.log(`${message.type.padEnd(17)} ${message.seq ?? ''}\t${detail}`);
}

function connect() {
  const ws = new WebSocket(url);
  ws.on('open', () => ws.send(JSON.stringify({ action: 'subscribe', orderId, token, since: lastSeq })));
  ws.on('message', (raw) => {
    const message = JSON.parse(raw.toString());
    lastSeq = message.seq ?? lastSeq;
    print(message);
  });
  ws.on('close', () => setTimeout(connect, 1000));
  ws.on('error', () => undefined);
}

connect();
