import { Body, Controller, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Clock, RevokeStarCommand } from '@ledger/application';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Roles } from '../auth/decorators';
import { parseIfMatch, setETag } from '../http/if-match';
import { commandContextOf } from '../http/request-context';
import { VolunteerIdParam } from '../volunteering/id-param.pipe';
import { RevokeStarDto, StarRevocationDto } from './dto/star.dto';

@ApiTags('stars')
@ApiBearerAuth()
@Controller('volunteers')
export class StarRevocationsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly clock: Clock,
  ) {}

  @Post(':id/stars/revoke')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({
    summary: "Revoke a volunteer's star for falsified hours, with a ban of 1–3 years from later rounds",
    description:
      'Administrators of the volunteer’s region. 422 NO_STAR_TO_REVOKE when the volunteer holds none.',
  })
  @ApiOkResponse({ type: StarRevocationDto })
  async revoke(
    @Param('id', VolunteerIdParam) id: string,
    @Body() body: RevokeStarDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StarRevocationDto> {
    const { view, revision } = await this.commands.execute(
      new RevokeStarCommand(
        id,
        body,
        commandContextOf(request, this.clock.now()),
        parseIfMatch(request.headers['if-match']),
      ),
    );
    setETag(reply, revision);
    return view;
  }
}
