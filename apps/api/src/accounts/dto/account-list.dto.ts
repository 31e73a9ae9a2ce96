import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { ROLES, type Role } from '@ledger/domain';
import { PageMetaDto, PageQuery } from '../../http/paging';
import { SearchText } from '../../organisation/dto/list-filters';
import { AccountDto } from './create-account.dto';

export class ListAccountsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @SearchText('a part of the username')
  q?: string;
}

export class AccountPageDto extends PageMetaDto {
  @ApiProperty({ type: [AccountDto], description: 'by username' })
  items!: AccountDto[];
}
