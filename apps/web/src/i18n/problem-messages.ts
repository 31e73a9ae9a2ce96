import { ApiError, isApiError } from '../api/api-error';
import type { Language } from './language';

/**
 * Every refusal the API can give, in words a person understands. The key is the stable problem+json
 * `code` (API.md); the server's own `detail` is shown only for codes this table does not know yet.
 */
const PROBLEMS: Record<string, { zh: string; en: string }> = {
  NETWORK_ERROR: {
    zh: '无法连接服务器，请检查网络后重试。',
    en: 'The server cannot be reached. Check the connection and try again.',
  },
  VALIDATION_FAILED: {
    zh: '填写的内容有误，请检查标出的项目。',
    en: 'Some of the input is not valid; check the marked fields.',
  },
  UNAUTHENTICATED: { zh: '登录已失效，请重新登录。', en: 'Your session has ended. Please sign in again.' },
  FORBIDDEN: {
    zh: '您的账号无权进行此操作（或对象不在您的管辖区域内）。',
    en: 'Your account may not do this (or it is outside your region).',
  },
  NOT_FOUND: { zh: '找不到该记录，可能已被删除或编号有误。', en: 'Not found: the number may be wrong.' },
  CONFLICT: {
    zh: '该记录刚被他人修改，请刷新后重试。',
    en: 'Someone else changed this just now. Refresh and try again.',
  },
  RATE_LIMITED: { zh: '尝试过于频繁，请稍后再试。', en: 'Too many attempts. Please wait a moment.' },
  PAYLOAD_TOO_LARGE: { zh: '提交的内容过大。', en: 'What was sent is too large.' },
  UNSUPPORTED_MEDIA_TYPE: { zh: '提交的格式不受支持。', en: 'That format is not supported.' },
  NOT_ACCEPTABLE: {
    zh: '服务器无法以所需格式回答。',
    en: 'The server cannot answer in the requested format.',
  },
  METHOD_NOT_ALLOWED: { zh: '不支持该操作。', en: 'That operation is not supported.' },
  BAD_REQUEST: { zh: '请求无效。', en: 'The request is not valid.' },
  INTERNAL_ERROR: {
    zh: '服务器出错，操作未完成。请稍后重试或联系管理员。',
    en: 'The server failed; nothing was done. Try again later or contact an administrator.',
  },
  // Accounts and passwords
  PASSWORD_CHANGE_REQUIRED: {
    zh: '请先修改初始密码，再进行其他操作。',
    en: 'Change your initial password before doing anything else.',
  },
  WRONG_CURRENT_PASSWORD: { zh: '当前密码不正确。', en: 'The current password is wrong.' },
  PASSWORD_TOO_SHORT: {
    zh: '密码太短，至少 8 个字符。',
    en: 'The password is too short: at least 8 characters.',
  },
  PASSWORD_TOO_LONG: { zh: '密码太长。', en: 'The password is too long.' },
  PASSWORD_UNCHANGED: {
    zh: '新密码不能与当前密码相同。',
    en: 'The new password must differ from the current one.',
  },
  // Recruitment, sign-up, check-in and exit
  SIGNUP_CLOSED: {
    zh: '该活动已停止报名（未在招募，或已过报名截止时间或活动已开始）。',
    en: 'Sign-up is closed: not recruiting, or past the deadline or the start.',
  },
  ALREADY_SIGNED_UP: { zh: '已经报名过该活动。', en: 'Already signed up for this activity.' },
  NOT_IN_AUDIENCE: {
    zh: '该活动只面向指定区域或队伍的志愿者招募。',
    en: 'This activity recruits only volunteers of its region or named teams.',
  },
  SCHEDULE_CONFLICT: {
    zh: '与已报名成功的另一活动时间冲突。',
    en: 'It overlaps another activity the volunteer is accepted for.',
  },
  SIGNUP_WRONG_STATUS: {
    zh: '该报名的当前状态不允许此操作，请刷新后查看。',
    en: 'The sign-up’s current status does not allow this; refresh to see it.',
  },
  // Needs of the public (群众点单)
  NEED_WRONG_STATUS: {
    zh: '该需求的当前状态不允许此操作，请刷新后查看。',
    en: 'The need’s current status does not allow this step; refresh to see it.',
  },
  NEED_NOT_FULFILLED: {
    zh: '该需求尚未完成服务，完成后才能评价。',
    en: 'The need has not been served yet; it can be rated once served.',
  },
  NEED_ALREADY_RATED: {
    zh: '该需求已经评价过，每个需求只能评价一次。',
    en: 'The need has been rated already (once only).',
  },
  NEED_ACTIVITY_NOT_LINKED: {
    zh: '该活动未关联此需求。',
    en: 'The activity is not linked to this need.',
  },
  ACTIVITY_STARTED: {
    zh: '活动已经开始，不能再取消报名。',
    en: 'The activity has started; the sign-up can no longer be withdrawn.',
  },
  VOLUNTEER_EXITED: {
    zh: '该志愿者已退出志愿服务，恢复后才能报名、签到或记录服务。',
    en: 'The volunteer has exited; they must rejoin before signing up, checking in or being recorded.',
  },
  NOT_INSURED: {
    zh: '该活动要求参加保险，志愿者尚无有效保险。',
    en: 'The activity requires insurance, and the volunteer has no valid cover.',
  },
  CHECKIN_CODE_INVALID: {
    zh: '签到码无效或已过期，请扫描现场最新的二维码或输入最新的 6 位数字。',
    en: 'The code is invalid or expired: scan the current QR code or type the current 6 digits.',
  },
  NOT_SIGNED_UP: {
    zh: '未报名该活动（或报名未通过）。',
    en: 'Not signed up for this activity (or not accepted).',
  },
  ALREADY_CHECKED_IN: { zh: '已经签到过了。', en: 'Already checked in.' },
  NOT_CHECKED_IN: { zh: '尚未签到，不能签退。', en: 'Not checked in, so cannot check out.' },
  // Organisation
  OUTSIDE_PILOT_REGION: { zh: '所选对象不在该试点的区域内。', en: 'It lies outside the pilot’s region.' },
  OUTSIDE_PROJECT_REGION: {
    zh: '活动不在所属项目的区域内。',
    en: 'The activity lies outside its project’s region.',
  },
  TEAM_OUTSIDE_REGION: { zh: '该队伍不在此区域内。', en: 'The team is outside this region.' },
  STATION_OUTSIDE_REGION: { zh: '该服务站不在此区域内。', en: 'The station is outside this region.' },
  PARTNER_OUTSIDE_REGION: { zh: '该合作场馆不在此区域内。', en: 'The partner venue is outside this region.' },
  NOT_A_MEMBER: { zh: '该志愿者不是这支队伍的成员。', en: 'The volunteer is not a member of this team.' },
  // Service records
  SELF_CONFIRMATION: {
    zh: '不能确认自己录入的服务记录，请由其他管理员确认。',
    en: 'You recorded this yourself; another administrator must confirm it.',
  },
  OVERLAPPING_SERVICE: {
    zh: '与该志愿者已确认的另一条服务记录时间重叠，不能确认。',
    en: 'It overlaps another confirmed record of the same volunteer.',
  },
  RECORD_NOT_PENDING: { zh: '该记录已处理过（不再是待确认状态）。', en: 'This record is no longer pending.' },
  RECORD_REJECTED: { zh: '该记录已被驳回。', en: 'This record was rejected.' },
  RECORD_ALREADY_VOIDED: { zh: '该记录已作废。', en: 'This record is already void.' },
  END_NOT_AFTER_START: { zh: '结束时间必须晚于开始时间。', en: 'The end must be after the start.' },
  SERVICE_TOO_SHORT: { zh: '服务时长过短，不能记录。', en: 'The service is too short to record.' },
  SERVICE_TOO_LONG: { zh: '单次服务时长超过上限。', en: 'The service is longer than one record may be.' },
  SERVICE_IN_FUTURE: { zh: '服务时间不能在将来。', en: 'Service cannot lie in the future.' },
  // Both a typed record and a check-in: the same rule, the activity's window.
  OUTSIDE_ACTIVITY_TIME: {
    zh: '服务时间不在活动时间范围内（签到最早可在活动开始前 30 分钟）。',
    en: 'Outside the activity’s time (check-in opens 30 minutes before the start).',
  },
  CORRECTION_CHANGES_NOTHING: { zh: '更正内容与原记录相同。', en: 'The correction changes nothing.' },
  REASON_REQUIRED: { zh: '请填写原因。', en: 'A reason is required.' },
  DATE_IN_FUTURE: { zh: '日期不能在将来。', en: 'The date cannot be in the future.' },
  VOLUNTEER_FORGOTTEN: {
    zh: '该志愿者的个人信息已按其要求删除。',
    en: 'This volunteer’s personal data was erased at their request.',
  },
  // Incentives
  INSUFFICIENT_TIME_BALANCE: { zh: '时间银行余额不足。', en: 'Not enough time in the time bank.' },
  NOT_FAMILY: { zh: '只能转给已登记的家庭成员。', en: 'Hours go only to registered family.' },
  FAMILY_NAME_MISMATCH: {
    zh: '姓名与该志愿者编号登记的姓名不一致，请核对后重试。',
    en: 'The name does not match the one registered with that volunteer number. Check both and try again.',
  },
  UNKNOWN_VOLUNTEER_NO: {
    zh: '没有这个志愿者编号，请核对后重试。',
    en: 'No volunteer has that number. Check it and try again.',
  },
  INSUFFICIENT_POINTS: { zh: '积分不足。', en: 'Not enough points.' },
  STAR_LEVEL_TOO_LOW: { zh: '星级不够，不能兑换该权益。', en: 'The star level is too low for this benefit.' },
  OUT_OF_STOCK: { zh: '该权益已兑完。', en: 'This benefit is out of stock.' },
  LIMIT_REACHED: { zh: '已达到每人兑换次数上限。', en: 'The per-volunteer limit is reached.' },
  BENEFIT_NOT_AVAILABLE: {
    zh: '该权益当前不可兑换（不在有效期内或已下架）。',
    en: 'This benefit is not available now.',
  },
  INVALID_VOLUNTEER_CODE: {
    zh: '兑换码无效、已使用或已过期，请让志愿者重新生成。',
    en: 'The code is invalid, used or expired; ask the volunteer for a new one.',
  },
  REDEMPTION_NOT_HELD: { zh: '该兑换不在“已预留”状态。', en: 'The redemption is not held.' },
  REDEMPTION_EXPIRED: {
    zh: '该兑换已过期，积分已退回。',
    en: 'The redemption expired; the points were returned.',
  },
  REDEMPTION_ALREADY_CAPTURED: { zh: '该兑换已核销。', en: 'The redemption was already captured.' },
  // Stars
  VOLUNTEER_BANNED: { zh: '该志愿者在禁评期内。', en: 'The volunteer is banned from star rounds for now.' },
  NO_STAR_TO_REVOKE: { zh: '该志愿者没有可撤销的星级。', en: 'The volunteer holds no star to revoke.' },
  NOT_A_CANDIDATE: {
    zh: '该志愿者不在本轮候选名单中。',
    en: 'The volunteer is not a candidate of this round.',
  },
  ROUND_NOT_DRAWN: { zh: '本轮尚未生成候选名单。', en: 'The candidates have not been drawn yet.' },
  ROUND_FINALIZED: { zh: '本轮评定已完成。', en: 'This round is already finalized.' },
  ROUND_NOT_FINALIZING: { zh: '本轮不在认定过程中。', en: 'This round is not being finalized.' },
  NOTICE_NOT_PUBLISHED: { zh: '尚未发布公示。', en: 'The notice has not been published.' },
  NOTICE_ALREADY_PUBLISHED: { zh: '公示已发布。', en: 'The notice is already published.' },
  NOTICE_PERIOD_NOT_OVER: { zh: '公示期尚未结束，不能认定。', en: 'The notice period is not over yet.' },
  CERTIFYING_LEVEL_TOO_LOW: {
    zh: '本级科协无权认定该星级（1–2星县级，3–4星市级，5星省级）。',
    en: 'Your level may not certify this star (1–2★ county, 3–4★ city, 5★ province).',
  },
  HOLIDAY_CALENDAR_NOT_COVERED: {
    zh: '节假日日历尚未覆盖公示期，无法计算工作日。',
    en: 'The holiday calendar does not cover the notice period yet.',
  },
  RULE_SET_NOT_APPLICABLE: {
    zh: '该评定规则不适用于此区域。',
    en: 'That rule set does not apply to this region.',
  },
  AWARDS_PENDING: {
    zh: '仍有星级在写入中，请稍后再试。',
    en: 'Awards are still being written; try again shortly.',
  },
  // Certificates
  NO_ISSUER: { zh: '该区域尚未登记发证单位（科协）。', en: 'No issuer is registered for this region.' },
  CERTIFICATE_ALREADY_REVOKED: { zh: '该证明已撤销。', en: 'The certificate is already revoked.' },
  NOT_COMPLETED: { zh: '尚未完成。', en: 'Not completed yet.' },
};

/** The sentence to show for a failed call: the mapped message, with the fields that failed. */
export function describeProblem(error: unknown, language: Language): string {
  if (!isApiError(error)) {
    return PROBLEMS.INTERNAL_ERROR[language];
  }
  const known = PROBLEMS[error.code];
  const base = known ? known[language] : error.detail || PROBLEMS.INTERNAL_ERROR[language];
  if (error.code === 'VALIDATION_FAILED' && error.errors.length) {
    const fields = error.errors.map((e) => `${e.field}: ${e.message}`).join('; ');
    return `${base} (${fields})`;
  }
  return base;
}

export const knownProblemCodes = (): string[] => Object.keys(PROBLEMS);

export { ApiError };
