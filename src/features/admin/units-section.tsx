// Admin units: the tree (province → districts / communes) with level and validity, each editable
// (name, valid_from, valid_to) by admins, and the way to import boundaries from a file.

import { useState } from "react";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { useLang } from "@/components/use-lang";
import type { AdminUnit } from "@/data/admin-units-query";
import { useAdminUnits, useUpdateAdminUnit } from "@/data/admin-units-query";
import { formatDate } from "@/domain/format";
import { routePath } from "@/state/route-paths";
import { AdminField } from "@/features/admin/admin-field";
import { ObjectHistory } from "@/features/admin/object-history";
import { QueryBlock } from "@/features/admin/query-block";
import { writeErrorText } from "@/features/admin/write-error-text";

export function UnitsSection({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const query = useAdminUnits();
  return (
    <section aria-labelledby="admin-units-heading">
      <div className="admin-section__head">
        <h2 id="admin-units-heading">{t("admin.units.heading")}</h2>
        {canEdit ? <Link className="button button--secondary" href={routePath("import", { search: "layer=admin_units" })}>{t("admin.units.importLink")}</Link> : null}
      </div>
      <p>{t("admin.units.intro")}</p>
      <QueryBlock query={query}>
        {(units) => units.length === 0 ? <p>{t("admin.units.empty")}</p> : (
          <ul className="unit-tree" aria-label={t("admin.units.tree")}>
            {units.filter((u) => u.parentId === null || !units.some((p) => p.id === u.parentId)).map((root) => (
              <UnitNode key={root.id} unit={root} units={units} canEdit={canEdit} />
            ))}
          </ul>
        )}
      </QueryBlock>
    </section>
  );
}

function UnitNode({ unit, units, canEdit }: { unit: AdminUnit; units: readonly AdminUnit[]; canEdit: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [editing, setEditing] = useState(false);
  const children = units.filter((u) => u.parentId === unit.id)
    .sort((a, b) => a.level.localeCompare(b.level) || a.name.localeCompare(b.name, "vi"));
  const validity = unit.validFrom || unit.validTo
    ? t("admin.units.fromTo", { from: unit.validFrom ? formatDate(unit.validFrom, lang) : "…", to: unit.validTo ? formatDate(unit.validTo, lang) : "…" })
    : t("admin.units.always");
  return (
    <li>
      <div className="unit-row">
        <span className="unit-row__name">{unit.name}</span>
        <span className="admin-badge admin-badge--plain">{t(`admin.units.level.${unit.level}`)}</span>
        <span className="unit-row__meta">
          {unit.id} · {t("admin.units.validity")}: {validity} · {t("admin.units.boundary")}: {unit.hasBoundary ? t("admin.units.hasBoundary") : t("admin.units.noBoundary")}
        </span>
        <button type="button" className="button button--ghost button--small" aria-expanded={editing}
          aria-label={t("admin.units.editLabel", { name: unit.name })} onClick={() => setEditing(!editing)}>
          {canEdit ? t("admin.common.edit") : t("admin.common.view")}
        </button>
      </div>
      {editing ? <UnitEditor unit={unit} canEdit={canEdit} onClose={() => setEditing(false)} /> : null}
      {children.length > 0 ? (
        <ul>{children.map((c) => <UnitNode key={c.id} unit={c} units={units} canEdit={canEdit} />)}</ul>
      ) : null}
    </li>
  );
}

function UnitEditor({ unit, canEdit, onClose }: { unit: AdminUnit; canEdit: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState(unit.name);
  const [validFrom, setValidFrom] = useState(unit.validFrom ?? "");
  const [validTo, setValidTo] = useState(unit.validTo ?? "");
  const [errors, setErrors] = useState<{ name?: string; validTo?: string }>({});
  const [message, setMessage] = useState<string | null>(null);
  const update = useUpdateAdminUnit();
  function submit(event: FormEvent) {
    event.preventDefault();
    update.reset();
    setMessage(null);
    const next: typeof errors = {};
    if (name.trim() === "") next.name = t("admin.error.name_required");
    if (validFrom && validTo && validTo < validFrom) next.validTo = t("admin.server.unitValidity");
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    update.mutate({ id: unit.id, edit: { name: name.trim(), validFrom: validFrom || null, validTo: validTo || null } },
      { onSuccess: () => setMessage(t("admin.units.saved", { name: name.trim() })) });
  }
  return (
    <div className="unit-editor">
      <form className="admin-card" onSubmit={submit} noValidate>
        <fieldset className="admin-form__all admin-grid" disabled={!canEdit || update.isPending}>
          <AdminField id={`unit-${unit.id}-name`} label={t("admin.units.name")} error={errors.name}>
            <input type="text" value={name} onChange={(e) => setName(e.target.value)} />
          </AdminField>
          <AdminField id={`unit-${unit.id}-from`} label={t("admin.units.validFrom")}>
            <input type="date" value={validFrom} onChange={(e) => setValidFrom(e.target.value)} />
          </AdminField>
          <AdminField id={`unit-${unit.id}-to`} label={t("admin.units.validTo")} error={errors.validTo}>
            <input type="date" value={validTo} onChange={(e) => setValidTo(e.target.value)} />
          </AdminField>
          {update.isError ? <p className="admin-notice admin-notice--error admin-grid__wide" role="alert">{writeErrorText(t, update.error)}</p> : null}
          {message ? <p className="admin-notice admin-notice--ok admin-grid__wide" role="status">{message}</p> : null}
          {canEdit ? (
            <div className="admin-form__actions admin-grid__wide">
              <button type="submit" className="button">{update.isPending ? t("admin.common.saving") : t("admin.common.save")}</button>
              <button type="button" className="button button--secondary" onClick={onClose}>{t("admin.common.close")}</button>
            </div>
          ) : null}
        </fieldset>
      </form>
      <ObjectHistory table="admin_units" rowId={unit.id} />
    </div>
  );
}
