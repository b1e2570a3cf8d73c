// The account-management screens, loaded as one lazy chunk (account-routes.tsx).
export { UsersScreen } from './users-screen.tsx';
export { UserFormScreen } from './user-form-screen.tsx';
export { UserDetailScreen } from './user-detail-screen.tsx';
