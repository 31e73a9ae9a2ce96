export * from './need-contact-vault';
export * from './need-fulfilment-sweep';
export * from './need.views';
export * from './needs-application.module';
export * from './needs.service';
