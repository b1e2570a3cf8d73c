// Any address the router does not know.
import { PageHeader } from '../components/page-header.tsx';
import { useT } from '../i18n/language.tsx';

export function NotFoundScreen() {
  const t = useT();
  return (
    <div class="screen">
      <PageHeader title={t('app.notFound.title')} lead={t('app.notFound.body')} />
      <a class="button button--primary button--wide" href="/">
        {t('app.notFound.home')}
      </a>
    </div>
  );
}
