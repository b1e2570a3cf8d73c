// Routes of the sync screens (issue #4); app.tsx places them in the router.
import type { VNode } from 'preact';
import { Route } from 'preact-iso';
import { RejectedScreen } from '../sync/rejected-screen.tsx';

export const syncRoutes: VNode[] = [<Route key="sinkron" path="/sinkron" component={RejectedScreen} />];
