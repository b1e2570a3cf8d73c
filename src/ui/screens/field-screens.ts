// The member, visit and visits-due screens, loaded lazily as one chunk (field-routes.tsx):
// none of them is needed to show the first screen.
export { MemberFormScreen } from './member-form-screen.tsx';
export { NewVisitScreen } from './new-visit-screen.tsx';
export { VisitsDueScreen } from './visits-due-screen.tsx';
