/**
 * The targets of the provincial pilot work plan (河南省科技志愿服务体系建设试点工作方案, 四、试点任务),
 * as data. A pilot copies the targets of its level into its PilotCreated event, so a later change of
 * this table (a new version) never rewrites what an existing pilot was asked to reach.
 */
export type PilotLevel = 'city' | 'county';

export const PILOT_LEVELS: readonly PilotLevel[] = ['city', 'county'];

export interface PilotTargets {
  /** Volunteer teams registered on the 大美志愿 platform, each with at least `minMembers` members. */
  readonly teams: { readonly required: number; readonly minMembers: number };
  /** Service projects designed and run. */
  readonly projects: { readonly required: number };
  /** Activities held. */
  readonly activities: { readonly required: number };
  /** Service stations meeting the six musts (有场所、有队伍、有项目、有设施、有制度、有标识). */
  readonly stations: { readonly required: number };
}

export interface PilotTargetRules {
  readonly version: string;
  /** How long a pilot runs from its funding date (试点建设周期1年，以试点立项资助之日起算). */
  readonly periodYears: number;
  readonly targets: Readonly<Record<PilotLevel, PilotTargets>>;
}

export const PILOT_TARGET_RULES: PilotTargetRules = {
  version: 'henan-pilot-plan-v1',
  periodYears: 1,
  targets: {
    city: {
      teams: { required: 10, minMembers: 50 },
      projects: { required: 5 },
      activities: { required: 20 },
      stations: { required: 10 },
    },
    county: {
      teams: { required: 2, minMembers: 20 },
      projects: { required: 2 },
      activities: { required: 10 },
      stations: { required: 2 },
    },
  },
};
