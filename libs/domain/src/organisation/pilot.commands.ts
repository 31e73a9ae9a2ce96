import type { Command } from '../decider';

export type CreatePilot = Command<
  'CreatePilot',
  { pilotId: string; name: string; level: string; regionCode: string; fundedOn: string }
>;

export type PilotCommand = CreatePilot;
