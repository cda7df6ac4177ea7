export * from './balance-updater/balance-updater.env';
export * from './balance-updater/balance-updater.module';
export * from './balance-updater/credit.decision';
export * from './balance-updater/hub-event.parse';
