// The Pokja screens, one lazily loaded chunk (routes/pokja-routes.tsx): the app's first
// load stays small, and the service worker precaches this chunk for offline use.
export { ActionItemFormScreen } from './action-item-form-screen.tsx';
export { AttendanceScreen } from './attendance-screen.tsx';
export { MeetingDetailScreen } from './meeting-detail-screen.tsx';
export { MeetingFormScreen } from './meeting-form-screen.tsx';
export { MeetingReportScreen } from './meeting-report-screen.tsx';
export { MemberFormScreen } from './member-form-screen.tsx';
export { MembersScreen } from './members-screen.tsx';
export { OpenActionItemsScreen } from './open-action-items-screen.tsx';
export { PokjaHomeScreen } from './pokja-home-screen.tsx';
