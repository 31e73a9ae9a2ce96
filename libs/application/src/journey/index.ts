export * from './journey.service';
export * from './no-show-sweep';
export * from './volunteer-exit-hook';
export * from './journey-application.module';
