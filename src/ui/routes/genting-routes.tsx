// Routes of the GENTING screens (Orang Tua Asuh: sponsors, pledges, deliveries, matching,
// sponsor report, monthly recap) and the data export (/ekspor); app.tsx places them before the
// placeholders. Specific paths come before '/orang-tua-asuh/:id'. The screens load lazily as
// one chunk; the export screen (with the XLSX writer) as its own.
import type { VNode } from 'preact';
import { Route, lazy } from 'preact-iso';

const genting = () => import('../genting/screens.ts');

const SponsorsScreen = lazy(() => genting().then((m) => m.SponsorsScreen));
const SponsorFormScreen = lazy(() => genting().then((m) => m.SponsorFormScreen));
const SponsorDetailScreen = lazy(() => genting().then((m) => m.SponsorDetailScreen));
const SponsorReportScreen = lazy(() => genting().then((m) => m.SponsorReportScreen));
const PledgeFormScreen = lazy(() => genting().then((m) => m.PledgeFormScreen));
const PledgeDetailScreen = lazy(() => genting().then((m) => m.PledgeDetailScreen));
const DeliveryFormScreen = lazy(() => genting().then((m) => m.DeliveryFormScreen));
const DeliveriesDueScreen = lazy(() => genting().then((m) => m.DeliveriesDueScreen));
const MatchingScreen = lazy(() => genting().then((m) => m.MatchingScreen));
const RecapScreen = lazy(() => genting().then((m) => m.RecapScreen));
const ExportScreen = lazy(() => import('../exports/export-screen.tsx').then((m) => m.ExportScreen));

export const gentingRoutes: VNode[] = [
  <Route key="ota" path="/orang-tua-asuh" component={SponsorsScreen} />,
  <Route key="ota-baru" path="/orang-tua-asuh/baru" component={SponsorFormScreen} />,
  <Route key="ota-pencocokan" path="/orang-tua-asuh/pencocokan" component={MatchingScreen} />,
  <Route key="ota-jatuh-tempo" path="/orang-tua-asuh/jatuh-tempo" component={DeliveriesDueScreen} />,
  <Route key="ota-rekap" path="/orang-tua-asuh/rekap" component={RecapScreen} />,
  <Route key="ota-komitmen-baru" path="/orang-tua-asuh/komitmen/baru" component={PledgeFormScreen} />,
  <Route key="ota-komitmen-ubah" path="/orang-tua-asuh/komitmen/:id/ubah" component={PledgeFormScreen} />,
  <Route key="ota-penyaluran" path="/orang-tua-asuh/komitmen/:id/penyaluran" component={DeliveryFormScreen} />,
  <Route key="ota-komitmen" path="/orang-tua-asuh/komitmen/:id" component={PledgeDetailScreen} />,
  <Route key="ota-ubah" path="/orang-tua-asuh/:id/ubah" component={SponsorFormScreen} />,
  <Route key="ota-laporan" path="/orang-tua-asuh/:id/laporan" component={SponsorReportScreen} />,
  <Route key="ota-detail" path="/orang-tua-asuh/:id" component={SponsorDetailScreen} />,
  <Route key="ekspor" path="/ekspor" component={ExportScreen} />,
];
