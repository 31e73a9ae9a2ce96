import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
/** Far beyond any region's rows, and small enough that page × pageSize stays an SQLite integer. */
export const MAX_PAGE = 1_000_000;

/**
 * Page numbers rather than cursors for the console's lists: an administrator jumps to page 7 of
 * pending records and wants the total. Lists are small read-model queries with a stable order, so
 * OFFSET is cheap at the sizes a region holds. (The volunteer history keeps its cursor: it is long
 * and grows while it is read.)
 */
export class PageQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE)
  page?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  pageSize?: number;
}

export interface PageRequest {
  readonly page: number;
  readonly pageSize: number;
  readonly limit: number;
  readonly offset: number;
}

export interface Page<T> {
  readonly items: T[];
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
}

export function pageRequestOf(query: PageQuery): PageRequest {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
  return { page, pageSize, limit: pageSize, offset: (page - 1) * pageSize };
}

export const pageOf = <T>(request: PageRequest, items: T[], total: number): Page<T> => ({
  items,
  total,
  page: request.page,
  pageSize: request.pageSize,
});

/** OpenAPI shape shared by every paged answer; subclasses narrow `items`. */
export class PageMetaDto {
  @ApiProperty({ description: 'items matching the filters, on all pages' }) total!: number;
  @ApiProperty({ minimum: 1 }) page!: number;
  @ApiProperty({ minimum: 1, maximum: MAX_PAGE_SIZE }) pageSize!: number;
}
