import type { Projection } from '../projection';
import { attendanceSessionsProjection } from './attendance-sessions.projection';

export * from './attendance-sessions.projection';

export const ATTENDANCE_PROJECTIONS: readonly Projection[] = [attendanceSessionsProjection];
