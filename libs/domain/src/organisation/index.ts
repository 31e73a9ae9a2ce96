export * from './activity.events';
export * from './activity.commands';
export * from './activity.decider';
export * from './organisation-ids';
export {
  ACTIVITY_TITLE_MAX_LENGTH,
  ORGANISATION_NAME_MAX_LENGTH,
  ORGANISATION_REASON_MAX_LENGTH,
  PLATFORM_REGISTRATION_NO_PATTERN,
  type PilotReference,
  regionsNest,
} from './organisation-rules';
export * from './pilot.events';
export * from './pilot.commands';
export * from './pilot.decider';
export * from './pilot-period';
export * from './pilot-progress';
export * from './pilot-schedule';
export * from './project.events';
export * from './project.commands';
export * from './project.decider';
export * from './station.events';
export * from './station.commands';
export * from './station.decider';
export * from './team.events';
export * from './team.commands';
export * from './team.decider';
