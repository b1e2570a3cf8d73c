// Routes of the Pokja screens (members, meetings, attendance, RTL, meeting report) and of
// the GenRe outreach log; app.tsx places them in the router before the placeholders.
// Screens load lazily (two chunks), precached by the service worker like the rest.
import type { VNode } from 'preact';
import { Route, lazy } from 'preact-iso';

const pokja = () => import('../pokja/screens.ts');
const outreach = () => import('../outreach/screens.ts');

const PokjaHomeScreen = lazy(() => pokja().then((m) => m.PokjaHomeScreen));
const MembersScreen = lazy(() => pokja().then((m) => m.MembersScreen));
const MemberFormScreen = lazy(() => pokja().then((m) => m.MemberFormScreen));
const MeetingFormScreen = lazy(() => pokja().then((m) => m.MeetingFormScreen));
const MeetingDetailScreen = lazy(() => pokja().then((m) => m.MeetingDetailScreen));
const AttendanceScreen = lazy(() => pokja().then((m) => m.AttendanceScreen));
const ActionItemFormScreen = lazy(() => pokja().then((m) => m.ActionItemFormScreen));
const OpenActionItemsScreen = lazy(() => pokja().then((m) => m.OpenActionItemsScreen));
const MeetingReportScreen = lazy(() => pokja().then((m) => m.MeetingReportScreen));
const OutreachScreen = lazy(() => outreach().then((m) => m.OutreachScreen));
const OutreachFormScreen = lazy(() => outreach().then((m) => m.OutreachFormScreen));
const OutreachDetailScreen = lazy(() => outreach().then((m) => m.OutreachDetailScreen));

export const pokjaRoutes: VNode[] = [
  <Route key="pokja" path="/pokja" component={PokjaHomeScreen} />,
  <Route key="pokja-anggota" path="/pokja/anggota" component={MembersScreen} />,
  <Route key="pokja-anggota-baru" path="/pokja/anggota/baru" component={MemberFormScreen} />,
  <Route key="pokja-anggota-ubah" path="/pokja/anggota/:id/ubah" component={MemberFormScreen} />,
  <Route key="pokja-rtl" path="/pokja/rtl" component={OpenActionItemsScreen} />,
  <Route key="pokja-rtl-ubah" path="/pokja/rtl/:id/ubah" component={ActionItemFormScreen} />,
  <Route key="pokja-pertemuan-baru" path="/pokja/pertemuan/baru" component={MeetingFormScreen} />,
  <Route key="pokja-pertemuan-ubah" path="/pokja/pertemuan/:id/ubah" component={MeetingFormScreen} />,
  <Route key="pokja-pertemuan-hadir" path="/pokja/pertemuan/:id/hadir" component={AttendanceScreen} />,
  <Route key="pokja-pertemuan-laporan" path="/pokja/pertemuan/:id/laporan" component={MeetingReportScreen} />,
  <Route key="pokja-pertemuan-rtl-baru" path="/pokja/pertemuan/:meetingId/rtl/baru" component={ActionItemFormScreen} />,
  <Route key="pokja-pertemuan" path="/pokja/pertemuan/:id" component={MeetingDetailScreen} />,
  <Route key="genre" path="/genre" component={OutreachScreen} />,
  <Route key="genre-baru" path="/genre/baru" component={OutreachFormScreen} />,
  <Route key="genre-ubah" path="/genre/:id/ubah" component={OutreachFormScreen} />,
  <Route key="genre-detail" path="/genre/:id" component={OutreachDetailScreen} />,
];
