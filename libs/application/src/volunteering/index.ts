export * from './volunteering-application.module';
