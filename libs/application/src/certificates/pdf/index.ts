export * from './certificate-fonts';
export * from './certificate-pdf';
export * from './certificate-pdf-format';
export * from './certificate-pdf.module';
