// Which form of a section is open: none, a new row's (with the id made for it), or one row's.

import { useState } from "react";
import { newEventId } from "@/domain/parcel-actions";

export type Editing = { readonly mode: "new"; readonly id: string } | { readonly mode: "edit"; readonly id: string } | null;

export function useEditing() {
  const [editing, setEditing] = useState<Editing>(null);
  // a "saved" note stays until the next form opens
  const [saved, setSaved] = useState(false);
  return {
    editing,
    saved,
    openNew: () => { setSaved(false); setEditing({ mode: "new", id: newEventId() }); },
    openEdit: (id: string) => { setSaved(false); setEditing({ mode: "edit", id }); },
    close: () => setEditing(null),
    done: () => { setEditing(null); setSaved(true); },
  };
}
