import { Body, Controller, Get, HttpCode, Param, Post, Put, Req, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { AttendanceService, Clock } from '@ledger/application';
import { ATTENDANCE_SESSION_ID_FORMAT, type Actor, RuleViolation } from '@ledger/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Roles } from '../auth/decorators';
import { RateLimits } from '../auth/rate-limits';
import { parseIfMatch, setETag } from '../http/if-match';
import { ProblemError } from '../http/problem';
import { commandContextOf, CurrentActor } from '../http/request-context';
import { ActivityIdParam } from '../journey/journey-params';
import { EmptyBody } from '../volunteering/empty-body.pipe';
import {
  AttendanceListDto,
  AttendanceSessionDto,
  CheckInAnswerDto,
  CheckInDto,
  CheckOutAnswerDto,
  CheckOutDto,
  CloseAnswerDto,
  GeoPointDto,
  StationCoordinatesAnswerDto,
} from './dto/attendance.dto';

const idParam = (format: RegExp, what: string) => ({
  transform(value: string): string {
    if (!format.test(value)) {
      throw ProblemError.of(400, 'VALIDATION_FAILED', `the path names no ${what}: not a ${what} id`, {
        errors: [{ field: 'id', message: `must be a ${what} id` }],
      });
    }
    return value;
  },
});

const SessionIdParam = idParam(ATTENDANCE_SESSION_ID_FORMAT, 'check-in session');
const StationIdParam = idParam(/^stn-[0-9a-f]{24}$/, 'station');

const REFUSALS =
  'Refusals (422): CHECKIN_CODE_INVALID (not a code of an open session, older than the last minute, foreign or forged), ' +
  'NOT_SIGNED_UP (no accepted sign-up and the activity takes no walk-ins), ALREADY_CHECKED_IN, NOT_CHECKED_IN, ' +
  'OUTSIDE_ACTIVITY_TIME (over 30 minutes before the start or after the end), VOLUNTEER_EXITED.';

/** Opening on-site check-in for an activity, and its attendance list (签到). */
@ApiTags('attendance')
@ApiBearerAuth()
@Controller('activities')
export class ActivityAttendanceController {
  constructor(
    private readonly attendance: AttendanceService,
    private readonly clock: Clock,
  ) {}

  @Post(':id/attendance')
  @Roles('admin', 'organiser')
  @ApiOperation({
    summary: 'Open on-site check-in (organisers and administrators of the activity’s region)',
    description:
      'Answers the session and its current pair: `code` (6 digits) and `qr` (the text to show as a QR code); both change every minute ' +
      '(GET /attendance/{sessionId}/code). While a session is open, opening again answers the open one. The check-outs of the session ' +
      'write pending service records recorded by the account that opened it. 422 OUTSIDE_ACTIVITY_TIME after the activity’s end.',
  })
  @ApiCreatedResponse({ type: AttendanceSessionDto })
  async open(
    @Param('id', ActivityIdParam) id: string,
    @Body(EmptyBody) _body: unknown,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AttendanceSessionDto> {
    const answer = await this.attendance.open(id, commandContextOf(request, this.clock.now()));
    void reply.status(201).header('location', `/api/v1/attendance/${answer.sessionId}/code`);
    return answer;
  }

  @Get(':id/attendance')
  @Roles('admin', 'organiser', 'auditor')
  @ApiOperation({
    summary: 'Who is signed up, in and out (readers of the activity’s region)',
    description:
      'Accepted (and no-show) sign-ups and walk-ins; one item per check-in, in the order they came, then those never checked in. ' +
      '`signup` is {id,status} or null for a walk-in; `farFromStation` flags a check-in over 1 km from the station.',
  })
  @ApiOkResponse({ type: AttendanceListDto })
  async list(
    @Param('id', ActivityIdParam) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<AttendanceListDto> {
    return { items: (await this.attendance.list(id, actor)) as AttendanceListDto['items'] };
  }
}

/** The codes and the closing of one check-in session. */
@ApiTags('attendance')
@ApiBearerAuth()
@Controller('attendance')
export class AttendanceSessionsController {
  constructor(
    private readonly attendance: AttendanceService,
    private readonly clock: Clock,
  ) {}

  @Get(':sessionId/code')
  @Roles('admin', 'organiser')
  @ApiOperation({
    summary: 'The current code pair of an open session (organisers and administrators of the region)',
    description: 'Fetch it again at `expiresAt`. 422 CHECKIN_CODE_INVALID once the session is closed.',
  })
  @ApiOkResponse({ type: AttendanceSessionDto })
  code(
    @Param('sessionId', SessionIdParam) sessionId: string,
    @CurrentActor() actor: Actor,
  ): Promise<AttendanceSessionDto> {
    return this.attendance.code(sessionId, actor, this.clock.now());
  }

  @Post(':sessionId/close')
  @HttpCode(200)
  @Roles('admin', 'organiser')
  @ApiOperation({
    summary: 'Close check-in: whoever is still in is checked out at the activity’s end (or now, if earlier)',
    description:
      'Each is checked out with a pending record, recorded by the account that opened the session. Closing a closed session changes nothing.',
  })
  @ApiOkResponse({ type: CloseAnswerDto })
  close(
    @Param('sessionId', SessionIdParam) sessionId: string,
    @Body(EmptyBody) _body: unknown,
    @Req() request: FastifyRequest,
  ): Promise<CloseAnswerDto> {
    return this.attendance.close(sessionId, commandContextOf(request, this.clock.now()));
  }
}

/** A volunteer checks in and out with the code on the organiser's screen (扫码签到、签退). */
@ApiTags('attendance')
@ApiBearerAuth()
@Controller()
export class CheckInsController {
  constructor(
    private readonly attendance: AttendanceService,
    private readonly clock: Clock,
    private readonly limits: RateLimits,
  ) {}

  /**
   * Codes are guessed one request at a time: an account that has given LEDGER_LOGIN_FAILURE_LIMIT
   * wrong codes in the window is refused (429) until the window passes, right codes included.
   */
  private async guarded<T>(request: FastifyRequest, attempt: () => Promise<T>): Promise<T> {
    const account = request.actor?.accountId ?? request.ip;
    const failures = this.limits.checkInCodeFailures;
    if (failures.isBlocked(account)) {
      const retryAfter = failures.retryAfterSeconds(account);
      throw ProblemError.of(429, 'RATE_LIMITED', `too many wrong check-in codes; retry in ${retryAfter} s`);
    }
    try {
      return await attempt();
    } catch (error) {
      if (error instanceof RuleViolation && error.code === 'CHECKIN_CODE_INVALID') failures.hit(account);
      throw error;
    }
  }

  @Post('check-ins')
  @Roles('volunteer')
  @ApiOperation({
    summary: 'Check in (a volunteer account)',
    description:
      '`code`: the 6 digits, or the QR code’s text as scanned. `location` is kept; over 1 km from the station flags the check-in, never refuses it. ' +
      REFUSALS,
  })
  @ApiCreatedResponse({ type: CheckInAnswerDto })
  async checkIn(
    @Body() body: CheckInDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CheckInAnswerDto> {
    const answer = await this.guarded(request, () =>
      this.attendance.checkIn(
        body.code,
        body.location ? { lat: body.location.lat, lng: body.location.lng } : null,
        commandContextOf(request, this.clock.now()),
      ),
    );
    void reply.status(201);
    return answer;
  }

  @Post('check-outs')
  @HttpCode(200)
  @Roles('volunteer')
  @ApiOperation({
    summary: 'Check out (a volunteer account): writes a pending service record of the minutes served',
    description:
      'The record runs from the check-in (or the start, if earlier) to now (or the end, if earlier), recorded by the account that opened ' +
      'the session, under the rules of a typed record (e.g. 422 SERVICE_TOO_SHORT under a minute). ' +
      REFUSALS,
  })
  @ApiOkResponse({ type: CheckOutAnswerDto })
  checkOut(@Body() body: CheckOutDto, @Req() request: FastifyRequest): Promise<CheckOutAnswerDto> {
    return this.guarded(request, () =>
      this.attendance.checkOut(body.code, commandContextOf(request, this.clock.now())),
    );
  }
}

/** Where a station is (站点坐标): check-ins far from it are flagged. */
@ApiTags('attendance')
@ApiBearerAuth()
@Controller('stations')
export class StationCoordinatesController {
  constructor(
    private readonly attendance: AttendanceService,
    private readonly clock: Clock,
  ) {}

  @Put(':id/coordinates')
  @Roles('admin')
  @ApiOperation({
    summary: 'Set where a station is (administrators of its region), WGS-84 degrees',
    description: 'A check-in over 1 km from the station of its activity is flagged (never refused).',
  })
  @ApiHeader({ name: 'If-Match', required: false, description: 'the ETag (station revision) last read' })
  @ApiOkResponse({ type: StationCoordinatesAnswerDto })
  async coordinates(
    @Param('id', StationIdParam) id: string,
    @Body() body: GeoPointDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StationCoordinatesAnswerDto> {
    const { revision, ...answer } = await this.attendance.setStationCoordinates(
      id,
      { lat: body.lat, lng: body.lng },
      commandContextOf(request, this.clock.now()),
      parseIfMatch(request.headers['if-match']),
    );
    setETag(reply, revision);
    return answer;
  }
}
