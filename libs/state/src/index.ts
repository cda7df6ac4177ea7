export * from './kv-entries';
export * from './payment-state.store';
export * from './state.module';
