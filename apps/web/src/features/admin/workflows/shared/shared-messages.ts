import { defineMessages } from '../../../../i18n/messages';

/** Texts the three workflow pages share: the reason form, volunteer search, generic labels. */
export const sharedMessages = defineMessages({
  zh: {
    reasonLabel: '原因',
    reasonRequired: '请填写原因',
    reasonTooLong: '原因不能超过 {max} 个字',
    reasonPlaceholder: '请说明原因（将记录在案）',
    cancel: '取消',
    volunteerSearchPlaceholder: '输入姓名、志愿者编号（或其中几位）或手机号搜索',
    volunteerSearchEmpty: '没有找到匹配的志愿者',
    searching: '搜索中…',
    me: '本人',
    reload: '刷新',
    all: '全部',
  },
  en: {
    reasonLabel: 'Reason',
    reasonRequired: 'Please give a reason',
    reasonTooLong: 'The reason may be at most {max} characters',
    reasonPlaceholder: 'Say why (it is kept on record)',
    cancel: 'Cancel',
    volunteerSearchPlaceholder: 'Search by name, volunteer number (or part of it) or phone',
    volunteerSearchEmpty: 'No volunteer matches',
    searching: 'Searching…',
    me: 'me',
    reload: 'Refresh',
    all: 'All',
  },
});
