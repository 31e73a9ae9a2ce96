import { timeBankTransfersProjection } from './time-bank-transfers.projection';

export * from './time-bank-transfers.projection';
export * from './time-bank-transfers.queries';

export const TIME_BANK_PROJECTIONS = [timeBankTransfersProjection];
