export * from './load-env';
export * from './transforms';
export * from './hub.env';
export * from './provider-connections';
export * from './config.module';
