export * from './platform.module';
export * from './metrics';
export * from './start-app';
export * from './logging';
export * from './http-error.filter';
