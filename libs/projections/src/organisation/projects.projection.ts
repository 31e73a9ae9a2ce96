import { PROJECT_EVENT_TYPES, type ProjectEvent } from '@ledger/domain';
import type { Projection } from '../projection';

export interface ProjectRow {
  project_id: string;
  name: string;
  team_id: string;
  region_code: string;
  pilot_id: string | null;
  field: string;
  created_by: string;
  created_at: string;
  revision: number;
}

export const projectsProjection: Projection = {
  name: 'organisation-projects',
  version: 2,
  tables: ['org_projects'],
  schema: `
    CREATE TABLE IF NOT EXISTS org_projects (
      project_id  TEXT PRIMARY KEY,
      name        TEXT NOT NULL,
      team_id     TEXT NOT NULL,
      region_code TEXT NOT NULL,
      pilot_id    TEXT,
      field       TEXT NOT NULL,
      created_by  TEXT NOT NULL,
      created_at  TEXT NOT NULL,
      revision    INTEGER NOT NULL
    );
    CREATE INDEX IF NOT EXISTS org_projects_by_pilot ON org_projects (pilot_id);
    CREATE INDEX IF NOT EXISTS org_projects_by_team ON org_projects (team_id);`,
  eventTypes: PROJECT_EVENT_TYPES,
  bind(db) {
    const insert = db.prepare(
      `INSERT INTO org_projects (project_id, name, team_id, region_code, pilot_id, field, created_by, created_at, revision)
       VALUES (@projectId, @name, @teamId, @regionCode, @pilotId, @field, @createdBy, @createdAt, @revision)`,
    );
    return (recorded) => {
      const event = recorded as unknown as ProjectEvent;
      switch (event.type) {
        case 'ProjectCreated':
          insert.run({ ...event.data, revision: recorded.revision });
          break;
      }
    };
  },
};
