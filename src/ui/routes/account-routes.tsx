// Routes of the account screens (issue #5); app.tsx places them in the router.
import type { VNode } from 'preact';
import { Route, lazy } from 'preact-iso';
import { AccountScreen } from '../account/account-screen.tsx';
import { SetupScreen } from '../account/setup-screen.tsx';
import { SignInScreen } from '../account/sign-in-screen.tsx';

const manage = () => import('../account/manage/screens.ts');
const UsersScreen = lazy(() => manage().then((m) => m.UsersScreen));
const UserFormScreen = lazy(() => manage().then((m) => m.UserFormScreen));
const UserDetailScreen = lazy(() => manage().then((m) => m.UserDetailScreen));

export const accountRoutes: VNode[] = [
  <Route key="masuk" path="/masuk" component={SignInScreen} />,
  <Route key="siapkan" path="/siapkan" component={SetupScreen} />,
  <Route key="akun" path="/akun" component={AccountScreen} />,
  <Route key="akun-pengguna" path="/akun/pengguna" component={UsersScreen} />,
  <Route key="akun-pengguna-baru" path="/akun/pengguna/baru" component={UserFormScreen} />,
  <Route key="akun-pengguna-detail" path="/akun/pengguna/:id" component={UserDetailScreen} />,
];
