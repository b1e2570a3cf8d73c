// The GENTING screens (Orang Tua Asuh tab), one lazily loaded chunk (routes/genting-routes.tsx);
// the service worker precaches it for offline use like the rest of the app.
export { DeliveriesDueScreen } from './deliveries-due.tsx';
export { DeliveryFormScreen } from './delivery-form-screen.tsx';
export { MatchingScreen } from './matching-screen.tsx';
export { PledgeDetailScreen } from './pledge-detail-screen.tsx';
export { PledgeFormScreen } from './pledge-form-screen.tsx';
export { RecapScreen } from './recap-screen.tsx';
export { SponsorDetailScreen } from './sponsor-detail-screen.tsx';
export { SponsorFormScreen } from './sponsor-form-screen.tsx';
export { SponsorReportScreen } from './sponsor-report-screen.tsx';
export { SponsorsScreen } from './sponsors-screen.tsx';
