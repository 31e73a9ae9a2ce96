import { Module } from '@nestjs/common';
import { RegionsController } from './regions.controller';

/** HTTP for the GB/T 2260 divisions by name (GET /regions). */
@Module({ controllers: [RegionsController] })
export class RegionsApiModule {}
