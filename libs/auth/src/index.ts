export * from './auth.service';
export * from './api-key.guard';
export * from './bearer';
export * from './auth.module';
