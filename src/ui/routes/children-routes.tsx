// Routes of the children screens; app.tsx places them in the router. Owned by that area's screens.
// "Anak berisiko" at /anak, the child's page at /anak/:id, a new measurement at
// /anak/:id/ukur/baru (a form path: the frame hides the bottom navigation). One lazy chunk.
import type { VNode } from 'preact';
import { Route, lazy } from 'preact-iso';

/**
 * The chunk of the three screens. Once it is loaded, each screen is resolved (preload): a
 * lazy screen never rendered yet would otherwise suspend the router for a tick even with its
 * code at hand, and the router then draws the screen it leaves once more (the whole
 * measurement form, after a save) before the new one.
 */
const children = () =>
  import('../children/screens.ts').then((screens) => {
    for (const screen of [AtRiskScreen, ChildScreen, MeasurementScreen]) void screen.preload();
    return screens;
  });

const AtRiskScreen = lazy(() => children().then((m) => m.AtRiskScreen));
const ChildScreen = lazy(() => children().then((m) => m.ChildScreen));
const MeasurementScreen = lazy(() => children().then((m) => m.MeasurementScreen));

export const childrenRoutes: VNode[] = [
  <Route key="anak" path="/anak" component={AtRiskScreen} />,
  <Route key="anak-ukur" path="/anak/:id/ukur/baru" component={MeasurementScreen} />,
  <Route key="anak-detail" path="/anak/:id" component={ChildScreen} />,
];
