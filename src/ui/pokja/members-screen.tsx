// Anggota Pokja: every member with position and phone, inactive ones marked; add and edit
// (only for a role that writes Pokja members: the rows are plain text for the others).
import { useCanWrite } from '../data/session.ts';
import type { PokjaMember } from '../../domain/pokja-member.ts';
import { EmptyState } from '../components/empty-state.tsx';
import { PageHeader } from '../components/page-header.tsx';
import { usePokjaMembers } from '../data/pokja.ts';
import { useT } from '../i18n/language.tsx';
import { AddLink } from './add-link.tsx';
import './pokja.css';

function MemberItem({ member, canEdit }: { member: PokjaMember; canEdit: boolean }) {
  const t = useT();
  const position = t(`enums.pokjaPosition.${member.position}`);
  return (
    <li class="list-item" data-testid="pokja-member">
      <a class="list-item__link" href={canEdit ? `/pokja/anggota/${member.id}/ubah` : undefined}>
        <span class="list-item__body">
          <span class="list-item__title">{member.name}</span>
          <span class="list-item__meta">{member.positionNote ? `${position} · ${member.positionNote}` : position}</span>
          {member.phone && <span class="list-item__sub">{member.phone}</span>}
        </span>
        {!member.active && <span class="badge">{t('pokja.member.inactive')}</span>}
      </a>
    </li>
  );
}

export function MembersScreen() {
  const t = useT();
  const members = usePokjaMembers();
  const canEdit = useCanWrite('pokjaMember');
  const back = { href: '/pokja', label: t('pokja.meeting.back') };
  if (members === undefined) return <p class="loading">{t('common.loading')}</p>;
  const active = members.filter((member) => member.active).length;
  return (
    <div class="screen">
      <PageHeader title={t('pokja.member.listTitle')} back={back} lead={t('pokja.member.listLead', { active, total: members.length })} />
      {members.length === 0 ? (
        <EmptyState title={t('pokja.member.listTitle')} body={t('pokja.member.empty')} />
      ) : (
        <ul class="list" data-testid="pokja-member-list">
          {members.map((member) => <MemberItem key={member.id} member={member} canEdit={canEdit} />)}
        </ul>
      )}
      <div class="floating-action">
        {canEdit && <AddLink href="/pokja/anggota/baru" label={t('pokja.member.add')} testId="add-pokja-member" />}
      </div>
    </div>
  );
}
