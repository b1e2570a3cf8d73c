// The question before leaving a form with unsaved input (leave-guard.ts), in the app's style:
// "Isian belum disimpan" [Tinggalkan] [Tetap di sini]; the draft stays on the device either way.
// Mounted once in the frame, it also catches the ways out: a tap on an in-app link ("‹ back",
// the top bar) before the router sees it, and the phone's back button (popstate: the page is
// put back and the question asked; "Tinggalkan" goes back again). The safe answer, "Tetap
// di sini", has the focus.
import { useLocation } from 'preact-iso';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../i18n/language.tsx';
import { leaveGuard } from './leave-guard.ts';
import './drafts.css';

function internalLink(event: MouseEvent): string | null {
  if (event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return null;
  const link = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement && node.href !== '');
  if (!link || link.origin !== location.origin || link.download || !/^(_?self)?$/i.test(link.target)) return null;
  const href = link.getAttribute('href') ?? '';
  return href.startsWith('#') ? null : link.href.replace(location.origin, '');
}

/**
 * The back button's handler. Listeners on window run in the order they were added, and the
 * router adds its own when it mounts: this one is added when the module loads, before it.
 */
let onBack: ((event: PopStateEvent) => void) | null = null;
if (typeof window !== 'undefined') window.addEventListener('popstate', (event) => onBack?.(event), true);

/** Catches links and the back button while a form holds unsaved input. */
function useLeaveCatcher(): void {
  const { url, route } = useLocation();
  const here = useRef(url);
  here.current = url;
  const goingBack = useRef(false);
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (!leaveGuard.hasUnsaved()) return;
      const target = internalLink(event);
      if (target === null || target === here.current) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      leaveGuard.requestLeave(() => route(target));
    };
    const onPopState = (event: PopStateEvent) => {
      if (goingBack.current) {
        goingBack.current = false;
        return;
      }
      if (!leaveGuard.hasUnsaved()) return;
      event.stopImmediatePropagation();
      history.pushState(null, '', here.current);
      leaveGuard.requestLeave(() => {
        goingBack.current = true;
        history.back();
      });
    };
    // Capture: a click reaches window's capturing listeners before the router's.
    addEventListener('click', onClick, true);
    onBack = onPopState;
    return () => {
      removeEventListener('click', onClick, true);
      if (onBack === onPopState) onBack = null;
    };
  }, [route]);
}

export function LeaveDialog() {
  const t = useT();
  const [isAsking, setAsking] = useState(leaveGuard.isAsking());
  const dialog = useRef<HTMLDialogElement>(null);
  useLeaveCatcher();
  useEffect(() => leaveGuard.subscribe(() => setAsking(leaveGuard.isAsking())), []);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (isAsking && !element.open) element.showModal();
    if (!isAsking && element.open) element.close();
  }, [isAsking]);
  return (
    <dialog
      ref={dialog}
      class="leave-dialog"
      aria-labelledby="leave-dialog-title"
      data-testid="leave-dialog"
      onCancel={(event) => {
        event.preventDefault();
        leaveGuard.answer(false);
      }}
    >
      <h2 id="leave-dialog-title" class="leave-dialog__title">{t('drafts.leaveTitle')}</h2>
      <p class="leave-dialog__text">{t('drafts.leaveText')}</p>
      <div class="leave-dialog__actions">
        <button type="button" class="button button--secondary" onClick={() => leaveGuard.answer(true)} data-testid="leave-confirm">
          {t('drafts.leave')}
        </button>
        <button type="button" class="button button--primary" onClick={() => leaveGuard.answer(false)} data-testid="leave-stay" autofocus>
          {t('drafts.stay')}
        </button>
      </div>
    </dialog>
  );
}
