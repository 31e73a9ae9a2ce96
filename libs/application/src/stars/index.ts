export * from './stars-application.module';
export * from './star.commands';
export * from './star.views';
export * from './star-queries';
export * from './star-access';
export * from './star-award-id';
export * from './star-rule-sets';
