export * from './test-databases';
export * from './statement-counter';
export * from './zip-archive';
export * from './test-redis';
