export * from './test-databases';
export * from './statement-counter';
