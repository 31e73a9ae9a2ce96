import { certificatesProjection } from './certificates.projection';

export * from './certificates.projection';
export * from './certificates.queries';

export const CERTIFICATE_PROJECTIONS = [certificatesProjection];
