import type { Command } from '../decider';
import type { SealedData } from '../volunteering/sealed-data';

export type SubmitNeed = Command<
  'SubmitNeed',
  {
    needId: string;
    trackingNo: string;
    title: string;
    description: string;
    field: string;
    regionCode: string;
    contact: SealedData;
    organisation: string | null;
    preferredFrom: string | null;
    preferredTo: string | null;
    accessTokenHash: string;
    channel: 'public' | 'staff';
  }
>;
export type AcceptNeed = Command<'AcceptNeed', { needId: string }>;
export type DeclineNeed = Command<'DeclineNeed', { needId: string; reason: string }>;
/** The handler has checked that the team exists and lies in the need's region. */
export type DispatchNeed = Command<'DispatchNeed', { needId: string; teamId: string }>;
export type TakeNeed = Command<'TakeNeed', { needId: string }>;
export type ReturnNeed = Command<'ReturnNeed', { needId: string; reason: string }>;
export type LinkNeedActivity = Command<'LinkNeedActivity', { needId: string; activityId: string }>;
export type FulfilNeed = Command<'FulfilNeed', { needId: string; activityId: string }>;
export type RateNeed = Command<'RateNeed', { needId: string; score: number; comment: string | null }>;
export type CloseNeed = Command<'CloseNeed', { needId: string; reason: string }>;
export type RecordNeedContactRead = Command<'RecordNeedContactRead', { needId: string }>;

export type ForgetNeedRequester = Command<'ForgetNeedRequester', { needId: string; reason: string }>;

export type NeedCommand =
  | SubmitNeed
  | AcceptNeed
  | DeclineNeed
  | DispatchNeed
  | TakeNeed
  | ReturnNeed
  | LinkNeedActivity
  | FulfilNeed
  | RateNeed
  | CloseNeed
  | RecordNeedContactRead
  | ForgetNeedRequester;
