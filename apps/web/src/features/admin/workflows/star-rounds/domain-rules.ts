/**
 * The star rules the round pages need, taken from the domain itself so the console and the server
 * can never disagree: the working-day calendar of the notice period (法定节假日 and 调休), who may
 * certify which star, and which region codes lie inside a region. These modules are plain data and
 * functions with no server dependencies.
 */
export { isWorkingDay } from '../../../../../../../libs/domain/src/stars/working-days';
export { highestCertifiableStar } from '../../../../../../../libs/domain/src/stars/star-qualification';
export { isValidRegionCode, regionContains } from '../../../../../../../libs/domain/src/regions/region-code';
