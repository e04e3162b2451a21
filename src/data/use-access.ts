// The one hook that says what the signed-in user may do: roles, editable and assigned units,
// whether they are an officer, and canEdit(parcel). Built from my_access(); the public and a
// user whose access is still loading get no rights.

import { useMemo } from "react";
import type { AccessRights } from "@/domain/access";
import { NO_ACCESS, accessRights } from "@/domain/access";
import { useSignedInUser } from "@/data/auth-session";
import { useMyAccess } from "@/data/my-access-query";

/** The user's rights, and how their loading went. */
export interface Access extends AccessRights {
  /** anonymous: nobody is signed in; loading / error: my_access has not answered (no rights meanwhile). */
  readonly status: "anonymous" | "loading" | "error" | "ready";
  readonly error: Error | null;
}

/** The signed-in user's access (the public's when nobody is signed in). */
export function useAccess(): Access {
  const user = useSignedInUser();
  const { data, error, isPending, isError } = useMyAccess();
  return useMemo(() => {
    if (!user) return { ...NO_ACCESS, status: "anonymous", error: null };
    if (isError) return { ...NO_ACCESS, status: "error", error };
    if (isPending || !data) return { ...NO_ACCESS, status: "loading", error: null };
    return { ...accessRights(data.grants, data.editableUnitIds), status: "ready", error: null };
  }, [user, data, error, isPending, isError]);
}
