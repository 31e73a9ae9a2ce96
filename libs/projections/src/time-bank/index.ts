import { familyLinksProjection } from './family-links.projection';
import { timeBankTransfersProjection } from './time-bank-transfers.projection';

export * from './time-bank-transfers.projection';
export * from './time-bank-transfers.queries';
export * from './family-links.projection';
export * from './family-links.queries';

export const TIME_BANK_PROJECTIONS = [timeBankTransfersProjection, familyLinksProjection];
