export * from './poller.env';
