import { Controller, Get, Param, Query, Res, type PipeTransform } from '@nestjs/common';
import { ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import {
  findRegion,
  isValidRegionCode,
  NotFound,
  type Region,
  regionAncestors,
  regionChildren,
  regionFullName,
} from '@ledger/domain';
import { IsOptional, Matches } from 'class-validator';
import type { FastifyReply } from 'fastify';
import { Public } from '../auth/decorators';
import { ProblemError } from '../http/problem';

/** The divisions change with a release of the data package, never while the server runs: a day in any cache. */
const CACHE_CONTROL = 'public, max-age=86400';

export class ListRegionsQuery {
  @ApiPropertyOptional({
    description: 'A province or city code; without it, the provinces',
    example: '410000',
  })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'parent must be a six-digit region code such as 410000' })
  parent?: string;
}

export interface RegionItem extends Region {
  /** False for a county: nothing lies under it. */
  readonly hasChildren: boolean;
}

export interface RegionView extends Region {
  /** From the province down, groupings left out: 河南省郑州市中牟县. */
  readonly fullName: string;
  /** The province first, then the city. */
  readonly ancestors: readonly Region[];
}

const RegionCodeParam: PipeTransform<string, string> = {
  transform(value: string): string {
    if (!isValidRegionCode(value)) {
      throw ProblemError.of(400, 'VALIDATION_FAILED', 'the path names no region code', {
        errors: [{ field: 'code', message: 'must be a six-digit GB/T 2260 region code such as 410122' }],
      });
    }
    return value;
  },
};

const itemOf = (region: Region): RegionItem => ({
  ...region,
  hasChildren: regionChildren(region.code).length > 0,
});

const viewOf = (region: Region): RegionView => ({
  ...region,
  fullName: regionFullName(region.code) ?? region.name,
  ancestors: regionAncestors(region.code),
});

function known(code: string): Region {
  const region = findRegion(code);
  if (!region) throw new NotFound('region', code);
  return region;
}

/**
 * The provinces, cities and counties of GB/T 2260 by name, a level at a time, so that the console asks
 * for what it shows rather than carrying the whole country. Public and cacheable: the names of places
 * are no secret and the same for everyone.
 */
@ApiTags('regions')
@Controller('regions')
export class RegionsController {
  @Get()
  @Public()
  @ApiOperation({
    summary: 'The provinces, or the divisions under a province or city (public, cacheable)',
    description:
      '{parent, items}: parent is null or the region asked for with its full name; items in code order, each {code, name, level, parentCode, hasChildren}. 404 for a well-formed code of no region.',
  })
  list(
    @Query() query: ListRegionsQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): { parent: RegionView | null; items: RegionItem[] } {
    const parent = query.parent === undefined ? null : viewOf(known(query.parent));
    void reply.header('cache-control', CACHE_CONTROL);
    return { parent, items: regionChildren(parent?.code ?? null).map(itemOf) };
  }

  @Get(':code')
  @Public()
  @ApiOperation({
    summary: 'One region by code, with its full name and the regions above it (public, cacheable)',
    description: '{code, name, level, parentCode, fullName, ancestors}; 404 for a code of no region.',
  })
  get(
    @Param('code', RegionCodeParam) code: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): RegionView {
    const region = viewOf(known(code));
    void reply.header('cache-control', CACHE_CONTROL);
    return region;
  }
}
