/**
 * The star rules the round page needs, taken from the domain itself so the console and the server
 * can never disagree: the working-day calendar of the notice period (法定节假日 and 调休) and who may
 * certify which star. Both modules are plain data and functions with no server dependencies.
 */
export { isWorkingDay } from '../../../../../../../libs/domain/src/stars/working-days';
export { highestCertifiableStar } from '../../../../../../../libs/domain/src/stars/star-qualification';
