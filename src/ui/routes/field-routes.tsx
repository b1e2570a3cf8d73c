// Routes of the field screens; app.tsx places them in the router. Owned by that area's screens.
// Form paths end in /baru or /ubah, so the frame hides the bottom navigation on them. One lazy
// chunk (the first screen does not need it); each screen is resolved once the chunk is in, as
// in children-routes.tsx.
import type { VNode } from 'preact';
import { Route, lazy } from 'preact-iso';
import '../styles/field-work.css';

const field = () =>
  import('../screens/field-screens.ts').then((screens) => {
    for (const screen of [MemberFormScreen, NewVisitScreen, VisitsDueScreen]) void screen.preload();
    return screens;
  });

const MemberFormScreen = lazy(() => field().then((m) => m.MemberFormScreen));
const NewVisitScreen = lazy(() => field().then((m) => m.NewVisitScreen));
const VisitsDueScreen = lazy(() => field().then((m) => m.VisitsDueScreen));

export const fieldRoutes: VNode[] = [
  <Route key="member-new" path="/keluarga/:id/anggota/baru" component={MemberFormScreen} />,
  <Route key="member-edit" path="/keluarga/:id/anggota/:memberId/ubah" component={MemberFormScreen} />,
  <Route key="visit-new" path="/keluarga/:id/kunjungan/baru" component={NewVisitScreen} />,
  <Route key="visits-due" path="/kunjungan" component={VisitsDueScreen} />,
];
