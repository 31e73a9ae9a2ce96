export * from './working-days';
export * from './star-ids';
export * from './star-rule-set';
export * from './star-qualification';
export * from './star-round.events';
export * from './star-round.decider';
export * from './star-judging';
