'use strict';
// One client connection of each kind, behind the same small interface: send(frame), close(), and
// callbacks open(), frame(object), closed(reason).
const WebSocket = require('ws');
const { io } = require('socket.io-client');

function ws(url, on) {
  const socket = new WebSocket(url, { perMessageDeflate: false });
  socket.on('open', on.open);
  socket.on('message', (data) => on.frame(JSON.parse(data)));
  socket.on('close', (code) => on.closed(`close ${code}`));
  socket.on('error', (error) => on.closed(error.code ?? error.message));
  return { send: (frame) => socket.send(JSON.stringify(frame)), close: () => socket.terminate() };
}

function socketio(url, on) {
  const socket = io(url, { transports: ['websocket'], reconnection: false, forceNew: true, timeout: 60_000 });
  socket.on('connect', on.open);
  for (const event of ['subscribed', 'status_update', 'error_frame']) {
    socket.on(event, on.frame);
  }
  socket.on('disconnect', (reason) => on.closed(reason));
  socket.on('connect_error', (error) => on.closed(error.message));
  return { send: (frame) => socket.emit(frame.action, frame), close: () => socket.disconnect() };
}

module.exports = { ws, socketio };
