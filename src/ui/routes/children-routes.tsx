// Routes of the children screens; app.tsx places them in the router. Owned by that area's screens.
// "Anak berisiko" at /anak, the child's page at /anak/:id, a new measurement at
// /anak/:id/ukur/baru (a form path: the frame hides the bottom navigation). One lazy chunk.
import type { VNode } from 'preact';
import { Route, lazy } from 'preact-iso';

const children = () => import('../children/screens.ts');

const AtRiskScreen = lazy(() => children().then((m) => m.AtRiskScreen));
const ChildScreen = lazy(() => children().then((m) => m.ChildScreen));
const MeasurementScreen = lazy(() => children().then((m) => m.MeasurementScreen));

export const childrenRoutes: VNode[] = [
  <Route key="anak" path="/anak" component={AtRiskScreen} />,
  <Route key="anak-ukur" path="/anak/:id/ukur/baru" component={MeasurementScreen} />,
  <Route key="anak-detail" path="/anak/:id" component={ChildScreen} />,
];
