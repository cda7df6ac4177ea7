export * from './gateway.env';
