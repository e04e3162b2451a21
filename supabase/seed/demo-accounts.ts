// The demo sign-ins created by supabase/local/seed.sql (local backend only). Tests import them from here.

/** The password of every demo account. */
export const DEMO_PASSWORD = "gpmb-demo-2024";
/** bcrypt ($2b$, cost 10) hash of DEMO_PASSWORD, as stored in auth.users.encrypted_password. */
export const DEMO_PASSWORD_BCRYPT = "$2b$10$dNn5TER3eR/YDYTuC9ikh.f2iUQFEADHWLqmM5KSXUIU8p8pFyeP6";

export type DemoRole = "admin" | "leader" | "officer";

/** A demo user with one membership. */
export interface DemoAccount {
  readonly id: string;
  readonly email: string;
  readonly role: DemoRole;
  /** The officer's area (GSO code); null for admin and leader, who are province-wide. */
  readonly adminUnitId: string | null;
  /** Who this account stands for, in Vietnamese. */
  readonly labelVi: string;
}

export const DEMO_ACCOUNTS = {
  admin: {
    id: "6a7f0c1e-0000-4000-8000-000000000001",
    email: "admin@gpmb.local",
    role: "admin",
    adminUnitId: null,
    labelVi: "Quản trị hệ thống",
  },
  leader: {
    id: "6a7f0c1e-0000-4000-8000-000000000002",
    email: "lanhdao@gpmb.local",
    role: "leader",
    adminUnitId: null,
    labelVi: "Lãnh đạo tỉnh",
  },
  officerVanGiang: {
    id: "6a7f0c1e-0000-4000-8000-000000000003",
    email: "canbo.vangiang@gpmb.local",
    role: "officer",
    adminUnitId: "326",
    labelVi: "Cán bộ địa chính huyện Văn Giang",
  },
  officerVanLam: {
    id: "6a7f0c1e-0000-4000-8000-000000000004",
    email: "canbo.vanlam@gpmb.local",
    role: "officer",
    adminUnitId: "325",
    labelVi: "Cán bộ địa chính huyện Văn Lâm",
  },
} as const satisfies Record<string, DemoAccount>;

/** Every demo account, in a fixed order. */
export const DEMO_ACCOUNT_LIST: readonly DemoAccount[] = Object.values(DEMO_ACCOUNTS);

/** The officer whose id the seed records as the actor of events in a district, if any. */
export function demoOfficerFor(districtCode: string): DemoAccount | undefined {
  return DEMO_ACCOUNT_LIST.find((a) => a.role === "officer" && a.adminUnitId === districtCode);
}
