export * from './organisation-application.module';
