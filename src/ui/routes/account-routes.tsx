// Routes of the account screens (issue #5); app.tsx places them in the router.
import type { VNode } from 'preact';
import { Route } from 'preact-iso';
import { AccountScreen } from '../account/account-screen.tsx';
import { SetupScreen } from '../account/setup-screen.tsx';
import { SignInScreen } from '../account/sign-in-screen.tsx';

export const accountRoutes: VNode[] = [
  <Route key="masuk" path="/masuk" component={SignInScreen} />,
  <Route key="siapkan" path="/siapkan" component={SetupScreen} />,
  <Route key="akun" path="/akun" component={AccountScreen} />,
];
