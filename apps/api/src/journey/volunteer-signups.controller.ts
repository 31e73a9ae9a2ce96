import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { JourneyService } from '@ledger/application';
import type { Actor } from '@ledger/domain';
import { Roles } from '../auth/decorators';
import { type Page, pageOf, PageQuery, pageRequestOf } from '../http/paging';
import { CurrentActor } from '../http/request-context';
import { VolunteerIdParam } from '../volunteering/id-param.pipe';
import { type VolunteerSignupDto, VolunteerSignupPageDto } from './dto/volunteer-signup.dto';

/** A volunteer's own sign-ups (我的报名), whether or not their activities still recruit. */
@ApiTags('sign-ups')
@ApiBearerAuth()
@Controller('volunteers')
export class VolunteerSignupsController {
  constructor(private readonly journey: JourneyService) {}

  @Get(':id/signups')
  @Roles('admin', 'organiser', 'auditor', 'volunteer')
  @ApiOperation({
    summary: "A volunteer's sign-ups, the latest activity first",
    description:
      'The volunteer itself, and administrators, organisers and auditors of its region. Every sign-up whatever its status, ' +
      'also for activities whose recruitment has closed, started or ended.',
  })
  @ApiOkResponse({ type: VolunteerSignupPageDto })
  async signups(
    @Param('id', VolunteerIdParam) id: string,
    @Query() query: PageQuery,
    @CurrentActor() actor: Actor,
  ): Promise<Page<VolunteerSignupDto>> {
    const request = pageRequestOf(query);
    const { rows, total } = await this.journey.signupsOfVolunteer(actor, id, request);
    return pageOf(
      request,
      rows.map((row) => ({
        id: row.signupId,
        activity: row.activity,
        status: row.status,
        signedUpAt: row.signedUpAt,
        ...(row.waitlistPosition === undefined ? {} : { waitlistPosition: row.waitlistPosition }),
      })),
      total,
    );
  }
}
