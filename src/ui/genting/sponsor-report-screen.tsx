// Laporan untuk Orang Tua Asuh: for one sponsor, each beneficiary's deliveries and the
// growth of the children since the pledge began (src/reports/sponsor-report.ts, which keeps
// NIK, KK, phone and address out). On screen a paper-like page with a print button; printed
// (genting-report.css) an A4 document without the app's bars, so "Save as PDF" works offline.
import { formatVillageCode } from '../../domain/village-code.ts';
import { buildSponsorReport } from '../../reports/sponsor-report.ts';
import type { SponsorReport, SponsorReportPledge } from '../../reports/sponsor-report.ts';
import { PageHeader } from '../components/page-header.tsx';
import { useAllGentingRecords, useSponsor } from '../data/genting.ts';
import { useLanguage, useT } from '../i18n/language.tsx';
import { deviceToday, formatDate } from '../platform/calendar.ts';
import { GrowthThenNow, GrowthTrend } from './growth-tables-view.tsx';
import { formatNumber, formatRupiah, pledgeSummary } from './pledge-text.ts';
import { PrintToolbar } from './print-toolbar.tsx';
import { useGrowthTables } from './use-growth-tables.ts';
import './genting-report.css';

function PledgeSection({ entry, number }: { entry: SponsorReportPledge; number: number }) {
  const t = useT();
  const [language] = useLanguage();
  const { beneficiary } = entry;
  const who = beneficiary
    ? [beneficiary.name, t(`enums.beneficiaryKind.${beneficiary.kind}`), beneficiary.ageMonths !== null && beneficiary.kind === 'anak' ? t('reports.sponsor.ageMonths', { months: beneficiary.ageMonths }) : null, beneficiary.dusun].filter(Boolean).join(' · ')
    : t('reports.sponsor.notAssigned');
  const summary = pledgeSummary(t, entry);
  return (
    <section class="report-section sponsor-pledge" data-testid="report-pledge">
      <h2 class="report-section__title">{t('reports.sponsor.pledge', { number })}: {summary}</h2>
      <table class="report-facts">
        <tbody>
          <tr><th scope="row">{t('reports.sponsor.beneficiary')}</th><td data-testid="report-beneficiary">{who}</td></tr>
          <tr><th scope="row">{t('sponsors.pledge.fields.startDate')}</th><td>{formatDate(entry.startDate, language)}</td></tr>
          <tr><th scope="row">{t('sponsors.pledge.fulfilment')}</th><td>{t('reports.sponsor.fulfilment', { delivered: entry.fulfilment.delivered, due: entry.fulfilment.due })}</td></tr>
        </tbody>
      </table>
      <h3 class="report-subtitle">{t('reports.sponsor.deliveries')}</h3>
      {entry.deliveries.length === 0 ? (
        <p class="report-text report-text--empty">{t('reports.sponsor.noDeliveries')}</p>
      ) : (
        <div class="report-table-wrap" role="region" aria-label={t('reports.sponsor.deliveries')} tabIndex={0}>
          <table class="report-table" data-testid="report-deliveries">
            <thead>
              <tr>
                <th scope="col">{t('reports.sponsor.columns.date')}</th>
                <th scope="col">{t('reports.sponsor.columns.items')}</th>
                <th scope="col">{t('reports.sponsor.columns.quantity')}</th>
                <th scope="col">{t('reports.sponsor.columns.value')}</th>
                <th scope="col">{t('reports.sponsor.columns.receivedBy')}</th>
              </tr>
            </thead>
            <tbody>
              {entry.deliveries.map((d, index) => (
                <tr key={index}>
                  <td>{formatDate(d.date, language, 'medium')}</td>
                  <td>{d.items}</td>
                  <td>{d.quantity === null ? '' : `${formatNumber(d.quantity)} ${d.unit ?? ''}`}</td>
                  <td>{d.valueRp === null ? '' : formatRupiah(d.valueRp)}</td>
                  <td>{d.receivedBy ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {entry.children.map((child) => (
        <div class="report-growth" key={child.name} data-testid="report-growth">
          <h3 class="report-subtitle">{t('reports.sponsor.growth', { name: child.name })}</h3>
          <GrowthThenNow growth={child} />
          <GrowthTrend growth={child} />
        </div>
      ))}
    </section>
  );
}

function ReportDocument({ report, isGrowthLoading }: { report: SponsorReport; isGrowthLoading: boolean }) {
  const t = useT();
  const [language] = useLanguage();
  return (
    <article class="print-doc" data-testid="sponsor-report" aria-label={t('reports.sponsor.title')}>
      <header class="report-head">
        <p class="report-head__kind">{t('reports.sponsor.title').toLocaleUpperCase('id')}</p>
        <h1 class="report-head__title">{report.sponsor.name}</h1>
        <p class="report-head__village">
          {t(`enums.sponsorKind.${report.sponsor.kind}`)} · {t('reports.village', { code: formatVillageCode(report.villageCode) })} · {t('reports.asOf', { date: formatDate(report.today, language) })}
        </p>
      </header>
      <p class="report-text">{t('reports.sponsor.intro', { name: report.sponsor.name })}</p>
      <p class="report-totals" data-testid="report-totals">
        {t('reports.sponsor.totals', { beneficiaries: report.totals.beneficiaries, deliveries: report.totals.deliveries, value: formatRupiah(report.totals.valueRp) })}
      </p>
      {isGrowthLoading && <p class="report-note">{t('reports.sponsor.growthLoading')}</p>}
      {report.pledges.length === 0 ? (
        <p class="report-text report-text--empty">{t('reports.sponsor.noPledges')}</p>
      ) : (
        report.pledges.map((entry, index) => <PledgeSection key={entry.pledgeId} entry={entry} number={index + 1} />)
      )}
      <p class="report-note report-privacy">{t('reports.sponsor.privacy')}</p>
    </article>
  );
}

export function SponsorReportScreen({ id }: { id: string }) {
  const t = useT();
  const sponsor = useSponsor(id);
  const records = useAllGentingRecords();
  const { tables, isLoading } = useGrowthTables();
  const back = { href: `/orang-tua-asuh/${id}`, label: t('reports.sponsor.back') };
  if (sponsor === undefined || !records) return <p class="loading">{t('common.loading')}</p>;
  if (!sponsor || sponsor.deleted) return <div class="screen"><PageHeader title={t('reports.sponsor.title')} back={back} lead={t('sponsors.sponsor.notFound')} /></div>;
  const report = buildSponsorReport(sponsor, records, tables, deviceToday());
  return (
    <div class="screen report-screen">
      <PrintToolbar title={t('reports.sponsor.title')} back={back} />
      <ReportDocument report={report} isGrowthLoading={isLoading} />
    </div>
  );
}
