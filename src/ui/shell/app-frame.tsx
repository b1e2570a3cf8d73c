// The frame around every screen: top bar, update and account banners, the screen, bottom
// navigation, all under the app PIN lock (account/app-lock.tsx).
// Form screens (/baru, /ubah) hide the bottom navigation so their save bar sits at the
// bottom of the phone and a tap on a tab cannot drop what is being typed. A form the
// signed-in role may not use (issue #5: e.g. a viewer on /keluarga/baru) shows why instead,
// with the navigation. LeaveDialog asks before leaving a form with unsaved input (src/ui/forms).
import type { ComponentChildren } from 'preact';
import { useLocation } from 'preact-iso';
import { BottomNav } from './bottom-nav.tsx';
import { TopBar } from './top-bar.tsx';
import { UpdateBanner } from './update-banner.tsx';
import { AccountBanner } from '../account/account-banner.tsx';
import { AppLock } from '../account/app-lock.tsx';
import { useFormRefusal } from '../account/use-form-refusal.ts';
import { WriteRefusal } from '../account/write-refusal.tsx';
import { useSession } from '../data/session.ts';
import { LeaveDialog } from '../forms/leave-dialog.tsx';
import { StorageFullBanner } from '../sync/storage-banner.tsx';

export function isFormPath(path: string): boolean {
  return /\/(baru|ubah)$/.test(path);
}

export function AppFrame({ children }: { children: ComponentChildren }) {
  const { path } = useLocation();
  const session = useSession();
  const refusal = useFormRefusal(path);
  const isForm = isFormPath(path) && (refusal === null || refusal === 'loading');
  return (
    <AppLock>
      <div class={isForm ? 'shell shell--form' : 'shell'} data-session={session.state}>
        <div class="shell__top">
          <TopBar />
          <UpdateBanner />
          <AccountBanner />
          <StorageFullBanner />
        </div>
        <main id="main" class="shell__main" tabIndex={-1}>
          {refusal === null ? children : refusal === 'loading' ? null : <WriteRefusal target={refusal} />}
        </main>
        {!isForm && <BottomNav />}
        <LeaveDialog />
      </div>
    </AppLock>
  );
}
