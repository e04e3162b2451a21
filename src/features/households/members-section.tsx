// The household's members (as the household book lists them), and for an officer of the area
// their forms: add, edit, delete.

import { useTranslation } from "react-i18next";
import type { TFunction } from "i18next";
import { useLang } from "@/components/use-lang";
import type { HouseholdDetail } from "@/domain/household-types";
import { dayInVietnam } from "@/domain/clock";
import { MISSING, formatPercentValue } from "@/domain/format";
import type { Lang } from "@/domain/lang";
import { DeleteButton } from "@/features/households/delete-button";
import type { FieldSpec } from "@/features/households/form-spec";
import type { MemberFormValues } from "@/features/households/member-form-model";
import { emptyMemberForm, memberToForm, validateMemberForm } from "@/features/households/member-form-model";
import { RecordForm } from "@/features/households/record-form";
import { useEditing } from "@/features/households/use-editing";

function memberFields(t: TFunction): FieldSpec<MemberFormValues>[] {
  return [
    { key: "fullName", label: t("households.members.fullName"), type: "text", wide: true },
    { key: "idNumber", label: t("households.members.idNumber"), type: "text" },
    { key: "birthYear", label: t("households.members.birthYear"), type: "number" },
    { key: "relation", label: t("households.members.relation"), type: "text", hint: t("households.members.relationHint") },
    { key: "sharePct", label: t("households.members.sharePct"), type: "number" },
    { key: "isHead", label: t("households.members.isHead"), type: "checkbox" },
  ];
}

const thisYear = () => Number(dayInVietnam(new Date()).slice(0, 4));

export function MembersSection({ detail }: { detail: HouseholdDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  const editing = useEditing();
  const { members } = detail;
  const open = editing.editing;
  const edited = open?.mode === "edit" ? members.find((m) => m.id === open.id) ?? null : null;
  return (
    <section className="hh-card" aria-labelledby="hh-members">
      <div className="hh-card__head">
        <h2 id="hh-members">{t("households.members.title")}</h2>
        {detail.canEdit && !open ? (
          <button type="button" className="button button--secondary button--small" onClick={editing.openNew}>{t("households.members.add")}</button>
        ) : null}
      </div>
      {editing.saved ? <p className="hh-notice hh-notice--ok" role="status">{t("households.form.saved")}</p> : null}
      {members.length === 0 ? <p className="hh-empty">{t("households.members.none")}</p> : (
        <div className="hh-table-wrap">
          <table className="hh-table">
            <thead>
              <tr>
                <th scope="col">{t("households.members.fullName")}</th>
                <th scope="col">{t("households.members.relation")}</th>
                <th scope="col" className="num">{t("households.members.birthYear")}</th>
                <th scope="col">{t("households.members.idNumber")}</th>
                <th scope="col" className="num">{t("households.members.sharePct")}</th>
                {detail.canEdit ? <th scope="col"><span className="sr-only">{t("households.form.edit")}</span></th> : null}
              </tr>
            </thead>
            <tbody>
              {members.map((m) => (
                <tr key={m.id}>
                  <th scope="row">{m.fullName}{m.isHead ? <span className="hh-badge hh-badge--plain">{t("households.members.head")}</span> : null}</th>
                  <td>{m.relation ?? MISSING}</td>
                  <td className="num">{m.birthYear ?? MISSING}</td>
                  <td>{m.idNumber ?? MISSING}</td>
                  <td className="num">{m.sharePct === null ? MISSING : formatPercentValue(m.sharePct, lang, m.sharePct % 1 === 0 ? 0 : 2)}</td>
                  {detail.canEdit ? (
                    <td className="hh-actions">
                      <button type="button" className="button button--ghost button--small" onClick={() => editing.openEdit(m.id)}
                        aria-label={`${t("households.form.edit")}: ${m.fullName}`}>{t("households.form.edit")}</button>
                      <DeleteButton kind="member.delete" id={m.id} version={m.version} what={m.fullName} />
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {open && (open.mode === "new" || edited) ? (
        <RecordForm key={open.id} kind="member.save" rowId={open.id} fields={memberFields(t)}
          title={edited ? t("households.members.editTitle", { name: edited.fullName }) : t("households.members.addTitle")}
          initial={edited ? memberToForm(edited, lang) : emptyMemberForm()} version={edited?.version ?? null}
          current={edited ? { values: memberToForm(edited, lang), version: edited.version } : null}
          validate={(v) => validateMemberForm(v, memberContext(detail, open.mode === "edit" ? open.id : null, lang))}
          onSaved={editing.done} onCancel={editing.close} />
      ) : null}
    </section>
  );
}

function memberContext(detail: HouseholdDetail, memberId: string | null, lang: Lang) {
  return { partyId: detail.party.id, memberId, members: detail.members, year: thisYear(), lang };
}
