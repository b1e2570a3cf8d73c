// Routes of the field screens; app.tsx places them in the router. Owned by that area's screens.
// Form paths end in /baru or /ubah, so the frame hides the bottom navigation on them.
import type { VNode } from 'preact';
import { Route } from 'preact-iso';
import { MemberFormScreen } from '../screens/member-form-screen.tsx';
import { NewVisitScreen } from '../screens/new-visit-screen.tsx';
import { VisitsDueScreen } from '../screens/visits-due-screen.tsx';
import '../styles/field-work.css';

export const fieldRoutes: VNode[] = [
  <Route key="member-new" path="/keluarga/:id/anggota/baru" component={MemberFormScreen} />,
  <Route key="member-edit" path="/keluarga/:id/anggota/:memberId/ubah" component={MemberFormScreen} />,
  <Route key="visit-new" path="/keluarga/:id/kunjungan/baru" component={NewVisitScreen} />,
  <Route key="visits-due" path="/kunjungan" component={VisitsDueScreen} />,
];
