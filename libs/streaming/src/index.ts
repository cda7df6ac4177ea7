export * from './gateway.env';
export * from './streaming.module';
export * from './configure-gateway';
