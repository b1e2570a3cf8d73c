// The app: language, router, and the frame (top bar, update banner, screen, bottom
// navigation). Routes use Indonesian paths, the words a cadre would say.
import { LocationProvider, Route, Router } from 'preact-iso';
import { LanguageProvider } from './i18n/language.tsx';
import { AppFrame } from './shell/app-frame.tsx';
import { ComingSoonScreen } from './screens/coming-soon-screen.tsx';
import { EditHouseholdScreen } from './screens/edit-household-screen.tsx';
import { HomeScreen } from './screens/home-screen.tsx';
import { HouseholdDetailScreen } from './screens/household-detail-screen.tsx';
import { HouseholdsScreen } from './screens/households-screen.tsx';
import { NewHouseholdScreen } from './screens/new-household-screen.tsx';
import { NotFoundScreen } from './screens/not-found-screen.tsx';
import { childrenRoutes } from './routes/children-routes.tsx';
import { fieldRoutes } from './routes/field-routes.tsx';
import { gentingRoutes } from './routes/genting-routes.tsx';
import { pokjaRoutes } from './routes/pokja-routes.tsx';
import { accountRoutes } from './routes/account-routes.tsx';
import { syncRoutes } from './routes/sync-routes.tsx';

const ChildrenScreen = () => <ComingSoonScreen section="children" />;
const SponsorsScreen = () => <ComingSoonScreen section="sponsors" />;
const PokjaScreen = () => <ComingSoonScreen section="pokja" />;

/** Moves focus to the new screen's content so screen readers announce the change. */
function focusMain(): void {
  document.getElementById('main')?.focus({ preventScroll: true });
  window.scrollTo(0, 0);
}

export function App() {
  return (
    <LanguageProvider>
      <LocationProvider>
        <AppFrame>
          <Router onRouteChange={focusMain}>
            <Route path="/" component={HomeScreen} />
            <Route path="/keluarga" component={HouseholdsScreen} />
            <Route path="/keluarga/baru" component={NewHouseholdScreen} />
            <Route path="/keluarga/:id/ubah" component={EditHouseholdScreen} />
            <Route path="/keluarga/:id" component={HouseholdDetailScreen} />
            {fieldRoutes}
            {childrenRoutes}
            {gentingRoutes}
            {pokjaRoutes}
            {accountRoutes}
            {syncRoutes}
            <Route path="/anak" component={ChildrenScreen} />
            <Route path="/orang-tua-asuh" component={SponsorsScreen} />
            <Route path="/pokja" component={PokjaScreen} />
            <Route default component={NotFoundScreen} />
          </Router>
        </AppFrame>
      </LocationProvider>
    </LanguageProvider>
  );
}
