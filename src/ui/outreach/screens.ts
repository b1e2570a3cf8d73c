// The GenRe outreach screens, one lazily loaded chunk (routes/pokja-routes.tsx).
export { OutreachDetailScreen } from './outreach-detail-screen.tsx';
export { OutreachFormScreen } from './outreach-form-screen.tsx';
export { OutreachScreen } from './outreach-screen.tsx';
