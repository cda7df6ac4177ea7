export * from './poller.env';
export * from './watching.module';
export * from './model/watch-record';
export * from './model/status-source';
